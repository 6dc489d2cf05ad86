package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configurations admins deploy, served as they are by the real nginx and {@code openssl s_server}
 * of this machine at the library's default security level (no {@code @SECLEVEL}, no
 * {@code OPENSSL_CONF}: the machine's own), every catalog client on the wire, compared with the
 * model of the configuration as imported for the library on this machine and in CI,
 * {@link OpenSslBuild#DEBIAN_12}. Only what makes the file run here changes: the listen address,
 * the certificate paths (an RSA 2048 certificate), log and temp paths; the TLS directives are the
 * admin's. At least 99% of cells must agree in outcome, version and suite, and in the reason
 * class of a refusal (the alert, {@link OpenSslRefusals}) too ({@link AdminAgreement}): OpenSSL 3.0
 * at level 1 and above takes a TLS 1.0 or 1.1 hello as that version and then fails for want of a
 * signature it may make ({@code internal_error}), which the model says as
 * {@code SIGNATURE_FORBIDDEN_BY_LIBRARY}.
 */
class AdminConfigCrossCheckTest {
  private static final ServerLibrary LIBRARY = ServerLibrary.of(OpenSslBuild.DEBIAN_12);
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;

  static String admin(String name) {
    try (InputStream in = AdminConfigCrossCheckTest.class.getResourceAsStream("admin/" + name)) {
      if (in == null) throw new IllegalStateException("no test resource admin/" + name);
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Function<String, Optional<String>> FILES = path -> path.contains("/")
      ? Optional.empty() : Optional.of(admin(path));

  static Stream<String> nginxConfigs() {
    return Stream.of("debian-nginx.conf", "mozilla-intermediate.conf", "mozilla-old.conf");
  }

  /** s_server command lines as admins and tutorials write them (with no -cert, -key or -accept). */
  static Stream<String> sServerArguments() {
    return Stream.of("", "-cipher 'HIGH:!aNULL:!MD5:@STRENGTH'", "-cipher kRSA", "-tls1_3", "-curves X25519",
        "-cipher 'HIGH:!aNULL:!MD5' -serverpref -no_tls1_3", "-cipher 'EECDH+AESGCM:EDH+AESGCM' -dhparam ffdhe2048.pem");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nginxConfigs")
  void nginx_servesWhatTheImportPredicts(String name, @TempDir Path dir) throws IOException {
    Path nginx = Binaries.require("nginx", NginxServer.PACKAGE);
    String conf = admin(name);
    ImportedPolicy imported = NginxConfig.read(conf, Optional.empty(), RSA, LIBRARY, FILES);
    String version = Binaries.run(List.of(nginx.toString(), "-v"), Map.of()).stderr().strip()
        .replace("nginx version: ", "");
    Implemented implemented = new Implemented(imported.policy(), imported.policy(), imported.warnings());
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    copyDhParameters(conf, dir);
    try (ServerProcess server = ServerProcess.start(port -> {
      Path file = dir.resolve("nginx-" + port + ".conf");
      write(file, runnable(conf, port, pem, dir));
      return List.of(nginx.toString(), "-e", dir.resolve("error.log").toString(), "-p", dir.toString(), "-c",
          file.toString());
    }, Map.of(), dir.resolve("nginx.out"))) {
      Report report = CrossCheck.run(version + " " + name, implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      AdminAgreement.assertAgreement(report, server);
    }
  }

  @Test
  void nginx_cipherlistStWith1024BitDh_startsNeitherForRealNorInTheModel(@TempDir Path dir) {
    Path nginx = Binaries.require("nginx", NginxServer.PACKAGE);
    String conf = admin("cipherlist.conf");
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    copyDhParameters(conf, dir);

    assertThatThrownBy(() -> NginxConfig.read(conf, Optional.empty(), RSA, LIBRARY, FILES))
        .hasMessageContaining("would not start: ssl_dhparam: 1024-bit DH is dropped");
    assertThatThrownBy(() -> ServerProcess.start(port -> {
      Path file = dir.resolve("nginx-" + port + ".conf");
      write(file, runnable(conf, port, pem, dir));
      return List.of(nginx.toString(), "-e", dir.resolve("error.log").toString(), "-p", dir.toString(), "-c",
          file.toString());
    }, Map.of(), dir.resolve("nginx.out"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dh key too small");
  }

  @ParameterizedTest(name = "s_server {0}")
  @MethodSource("sServerArguments")
  void sServer_servesWhatTheImportPredicts(String arguments, @TempDir Path dir) throws IOException {
    Implemented implemented = importedSServer(arguments);
    try (ServerProcess server = startSServer(arguments, dir)) {
      Report report = CrossCheck.run("openssl s_server " + arguments, implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      AdminAgreement.assertAgreement(report, server);
    }
  }

  /** The s_server command line as {@code import --type s_server} reads it for {@link OpenSslBuild#DEBIAN_12}. */
  static Implemented importedSServer(String arguments) {
    ImportedPolicy imported = OpenSslConfig.readArguments("s_server", arguments, RSA, LIBRARY, FILES);
    return new Implemented(imported.policy(), imported.policy(), imported.warnings());
  }

  /**
   * {@code openssl s_server} with the admin's {@code arguments} and the test's RSA 2048 certificate,
   * on a free loopback port, its DH parameter file (if it names one) written into {@code dir}.
   */
  static ServerProcess startSServer(String arguments, Path dir) throws IOException {
    Path openssl = Binaries.require("openssl", OpenSslServer.PACKAGE);
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    List<String> words = OpenSslServer.shellWords(arguments);
    int dh = words.indexOf("-dhparam");
    if (dh >= 0) {
      Files.writeString(dir.resolve(words.get(dh + 1)), admin(words.get(dh + 1)));
      words.set(dh + 1, dir.resolve(words.get(dh + 1)).toString());
    }
    return ServerProcess.start(port -> {
      List<String> command = new ArrayList<>(List.of(openssl.toString(), "s_server"));
      command.addAll(words);
      command.addAll(List.of("-cert", pem[1].toString(), "-key", pem[0].toString(), "-accept", "127.0.0.1:" + port,
          "-www"));
      return command;
    }, Map.of(), dir.resolve("s_server.log"));
  }

  /**
   * The admin's file made to run here: a foreground nginx with its own pid, logs and temp files,
   * listening on 127.0.0.1:port with the test's certificate; includes, plain-HTTP and IPv6 listens
   * and log paths left out; {@code ssl_stapling} stays (it only warns without a resolver). The TLS directives are untouched.
   */
  private static String runnable(String conf, int port, Path[] pem, Path dir) {
    StringBuilder c = new StringBuilder();
    c.append("daemon off;\nmaster_process off;\nworker_processes 1;\n");
    c.append("pid ").append(dir.resolve("nginx.pid")).append(";\n");
    c.append("error_log ").append(dir.resolve("error.log")).append(" info;\n");
    c.append("events { worker_connections 512; }\n");
    for (String line : conf.split("\n")) {
      String t = line.strip();
      if (t.startsWith("include ") || t.startsWith("access_log ") || t.startsWith("error_log ")
          || t.matches("listen\\s+(\\[::\\]|80\\b).*")) {
        continue;
      }
      if (t.matches("listen\\s+443\\b.*")) {
        // the test's certificate, whether the snippet names one (cipherli.st's does not) or not
        c.append("    listen 127.0.0.1:").append(port).append(" ssl;\n");
        c.append("    ssl_certificate ").append(pem[1]).append(";\n");
        c.append("    ssl_certificate_key ").append(pem[0]).append(";\n");
      } else if (t.startsWith("ssl_certificate ") || t.startsWith("ssl_certificate_key ")) {
        continue;
      } else if (t.startsWith("ssl_dhparam ")) {
        String file = t.substring("ssl_dhparam ".length()).replace(";", "").strip();
        c.append("    ssl_dhparam ").append(dir.resolve(file)).append(";\n");
      } else if (t.startsWith("http {")) {
        c.append("http {\n    access_log off;\n");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
          c.append("    ").append(temp).append("_temp_path ").append(dir.resolve("temp-" + temp)).append(";\n");
        }
      } else {
        c.append(line).append('\n');
      }
    }
    return c.toString();
  }

  private static void copyDhParameters(String conf, Path dir) {
    for (String line : conf.split("\n")) {
      String t = line.strip();
      if (t.startsWith("ssl_dhparam ")) {
        String file = t.substring("ssl_dhparam ".length()).replace(";", "").strip();
        write(dir.resolve(file), admin(file));
      }
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
