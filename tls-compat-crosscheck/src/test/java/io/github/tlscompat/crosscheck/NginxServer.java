package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * nginx serving a policy where what a server does without server_name is the point: two
 * {@code server} blocks on one port, the named one holding the policy's certificate, and the
 * {@code default_server} that answers hellos without server_name (or with another name): with
 * {@code ssl_reject_handshake on} for a policy that requires SNI, with the fallback certificate
 * for one that has it.
 *
 * <p>The TLS directives are {@link NginxConfig#write}'s, at {@code http} level so both blocks share
 * them: nginx settles versions and suites on the default server's settings before it reads the
 * name, so per-block settings would be a second policy. nginx is built on OpenSSL, so the policy as
 * it implements it is the one {@link OpenSslServer} derives (same library, same habits), keeping
 * the SNI requirement and the fallback that the blocks implement.
 */
final class NginxServer {
  static final String PACKAGE = "nginx";

  private final Path nginx;
  private final OpenSslServer openssl;
  private final String version;

  NginxServer(Path dir) {
    this.nginx = Binaries.require("nginx", PACKAGE);
    this.openssl = new OpenSslServer(dir);
    this.version = Binaries.run(List.of(nginx.toString(), "-v"), Map.of()).stderr().strip().replace("nginx version: ", "");
  }

  /** E.g. {@code nginx/1.22.1, OpenSSL 3.0.19 27 Jan 2026}. */
  String kind() {
    return version + ", " + openssl.library();
  }

  /** The policy as nginx implements it: OpenSSL's reading of it, with SNI handled by the server blocks. */
  Implemented implement(ServerPolicy grid) {
    Implemented viaOpenSsl = openssl.implement(grid);
    List<String> changes = new ArrayList<>();
    for (String c : viaOpenSsl.changes()) {
      if (!c.startsWith("s_server has no setting")) changes.add(c);
    }
    ServerPolicy.Builder b = viaOpenSsl.policy().toBuilder().requiresSni(grid.requiresSni())
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true);
    changes.add("habit: OpenSSL settles the version (ssl_choose_server_version) before nginx's servername callback"
        + " runs, so a client with no version in common gets protocol_version, not the SNI refusal");
    grid.fallbackCertificate().ifPresent(b::fallbackCertificate);
    changes.add("server_name handled by a default_server block: " + (grid.fallbackCertificate().isPresent()
        ? "the fallback certificate" : "ssl_reject_handshake on"));
    return new Implemented(grid, b.build(), changes);
  }

  /** Writes the configuration for the implemented policy into {@code dir} and starts nginx in the foreground. */
  ServerProcess start(ServerPolicy policy, Path dir) {
    Path[] named = ServerCredentials.of(policy.certificates().get(0)).writePem(dir, "server");
    Path[] fallback = policy.fallbackCertificate().map(c -> ServerCredentials.of(c).writePem(dir, "fallback"))
        .orElse(null);
    Exported directives = NginxConfig.write(policy);
    return ServerProcess.start(port -> {
      Path conf = dir.resolve("nginx-" + port + ".conf");
      write(conf, config(directives.text(), port, named, fallback, dir));
      return List.of(nginx.toString(), "-e", dir.resolve("error.log").toString(), "-p", dir.toString(),
          "-c", conf.toString());
    }, openssl.environment(), dir.resolve("nginx.out"));
  }

  private static String config(String directives, int port, Path[] named, Path[] fallback, Path dir) {
    StringBuilder c = new StringBuilder();
    c.append("# written by the tls-compat cross-check; runs in the foreground, as any user\n");
    c.append("daemon off;\nmaster_process off;\nworker_processes 1;\n");
    c.append("pid ").append(dir.resolve("nginx.pid")).append(";\n");
    c.append("error_log ").append(dir.resolve("error.log")).append(" info;\n");
    c.append("events { worker_connections 512; }\n");
    c.append("http {\n  access_log off;\n");
    for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      c.append("  ").append(temp).append("_temp_path ").append(dir.resolve("temp-" + temp)).append(";\n");
    }
    for (String line : directives.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      // security level 0, as for s_server (see OpenSslServer): the policy has no security level
      if (line.startsWith("ssl_ciphers ") && !line.contains("@SECLEVEL=")) line = line.replaceFirst(";$", ":@SECLEVEL=0;");
      c.append("  ").append(line).append('\n');
    }
    c.append("  server {\n    listen 127.0.0.1:").append(port).append(" ssl default_server;\n");
    if (fallback == null) {
      c.append("    ssl_reject_handshake on;\n");
    } else {
      c.append("    ssl_certificate ").append(fallback[1]).append(";\n");
      c.append("    ssl_certificate_key ").append(fallback[0]).append(";\n");
    }
    c.append("    return 421;\n  }\n");
    c.append("  server {\n    listen 127.0.0.1:").append(port).append(" ssl;\n");
    c.append("    server_name ").append(CrossCheck.SNI_HOST).append(";\n");
    c.append("    ssl_certificate ").append(named[1]).append(";\n");
    c.append("    ssl_certificate_key ").append(named[0]).append(";\n");
    c.append("    return 200;\n  }\n}\n");
    return c.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
