package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.config.ApacheConfig;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache httpd configurations admins deploy, served as they are by Debian 12's apache2 (mod_ssl on
 * OpenSSL 3.0.19, security level 2 compiled in) through {@link ApacheServer}, every catalog client
 * on the wire, compared with {@code import --type apache} for {@link OpenSslBuild#DEBIAN_12}
 * ({@link ApacheConfig#read(String, Optional, CertificateSpec, ServerLibrary, Function)}), as
 * {@link AdminConfigCrossCheckTest} does for nginx and {@code openssl s_server}: at least 99% of
 * cells agree in outcome, version, suite and the reason class of a refusal.
 */
class ApacheAdminConfigCrossCheckTest {
  private static final ServerLibrary LIBRARY = ServerLibrary.of(OpenSslBuild.DEBIAN_12);
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;
  private static final Pattern DH_FILE = Pattern.compile("(?im)^\\s*SSLOpenSSLConfCmd\\s+DHParameters\\s+\"?([^\"\\s]+)");
  private static final Function<String, Optional<String>> FILES = path -> path.contains("/")
      ? Optional.empty() : Optional.of(AdminConfigCrossCheckTest.admin(path));

  static Stream<String> configurations() {
    return Stream.of("apache-debian-default-ssl.conf", "apache-mozilla-intermediate.conf", "apache-mozilla-old.conf",
        "apache-mozilla-modern.conf", "apache-all-high-honor-on.conf", "apache-all-high-honor-off.conf",
        "apache-dh2048.conf");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void apache_servesWhatTheImportPredicts(String name, @TempDir Path dir) {
    Path apache2 = ApacheServer.binary();
    String conf = AdminConfigCrossCheckTest.admin(name);
    Implemented implemented = imported(conf);
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    copyDhParameters(conf, dir);
    try (ServerProcess server = ApacheServer.start(apache2, conf, pem, dir)) {
      Report report = CrossCheck.run(ApacheServer.version(apache2) + " " + name, implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      AdminAgreement.assertAgreement(report, server);
    }
  }

  /** The admin's configuration as {@code import --type apache} reads it for {@link OpenSslBuild#DEBIAN_12}. */
  static Implemented imported(String conf) {
    ImportedPolicy imported = ApacheConfig.read(conf, Optional.empty(), RSA, LIBRARY, FILES);
    return new Implemented(imported.policy(), imported.policy(), imported.warnings());
  }

  @Test
  void apache_with1024BitDhParameters_startsNeitherForRealNorInTheModel(@TempDir Path dir) {
    Path apache2 = ApacheServer.binary();
    String conf = AdminConfigCrossCheckTest.admin("apache-dh1024.conf");
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    copyDhParameters(conf, dir);

    assertThatThrownBy(() -> ApacheConfig.read(conf, Optional.empty(), RSA, LIBRARY, FILES))
        .hasMessageContaining("would not start: SSLOpenSSLConfCmd DHParameters: 1024-bit DH is dropped");
    assertThatThrownBy(() -> ApacheServer.start(apache2, conf, pem, dir)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dh key too small");
  }

  /** Writes the DH parameter files the configuration names into {@code dir}, where httpd reads them. */
  static void copyDhParameters(String conf, Path dir) {
    Matcher m = DH_FILE.matcher(conf);
    while (m.find()) {
      try {
        Files.writeString(dir.resolve(m.group(1)), AdminConfigCrossCheckTest.admin(m.group(1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
