package io.github.tlscompat.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Apache httpd 2.4 (Debian's {@code apache2}) serving an admin's configuration as it is: a
 * foreground server with its own {@code ServerRoot}, pid file, run and log directories in a
 * temporary directory, modules loaded from {@value #MODULES}, one {@code Listen} on 127.0.0.1 and a
 * free port. Only what makes the file run here changes ({@link #runnable}); the TLS directives are
 * the admin's. Runs as root too: then its workers run as {@code nobody}, after the parent has read
 * the key.
 */
final class ApacheServer {
  static final String PACKAGE = "apache2";
  static final String MODULES = "/usr/lib/apache2/modules";

  // What Debian's stock and Mozilla's configurations use beside mod_ssl: AddType (mime), the
  // shmcb session and stapling caches, Header (headers), Protocols h2 (http2), RewriteEngine.
  private static final List<String> MODULE_NAMES = List.of("mpm_event", "authz_core", "mime", "socache_shmcb",
      "ssl", "headers", "http2", "rewrite");

  private ApacheServer() {}

  /** The program, or a skip (a failure in CI) naming the package. */
  static Path binary() {
    return Binaries.require("apache2", PACKAGE);
  }

  /** The server's version, e.g. {@code Apache/2.4.71 (Debian)}. */
  static String version(Path apache2) {
    return Binaries.run(List.of(apache2.toString(), "-v"), Map.of()).stdout().lines()
        .filter(l -> l.startsWith("Server version: ")).findFirst().orElse("Apache httpd")
        .replace("Server version: ", "");
  }

  /** Starts {@code apache2 -DFOREGROUND} on the admin's {@code conf} made {@linkplain #runnable runnable}. */
  static ServerProcess start(Path apache2, String conf, Path[] pem, Path dir) {
    try {
      Files.createDirectories(dir.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerProcess server;
    try {
      server = ServerProcess.start(port -> {
        Path file = dir.resolve("httpd-" + port + ".conf");
        write(file, runnable(conf, port, pem, dir));
        return List.of(apache2.toString(), "-f", file.toString(), "-DFOREGROUND");
      }, Map.of(), dir.resolve("apache2.out"));
    } catch (IllegalStateException e) {
      // httpd may exit before it binds (mod_ssl refusing the DH parameters is quick): its reason is
      // in the error log, not on its output.
      throw new IllegalStateException(e.getMessage() + "\n--- its error log ---\n" + read(dir.resolve("error.log")), e);
    }
    awaitRunning(server, dir.resolve("error.log"));
    return server;
  }

  /**
   * Waits for "resuming normal operations" in the error log: httpd binds its port before mod_ssl
   * loads the certificate and DH parameters, so a connection is accepted even by a server that is
   * about to exit ("AH02312: Fatal error initialising mod_ssl").
   *
   * @throws IllegalStateException with the error log's end when the server exits instead
   */
  private static void awaitRunning(ServerProcess server, Path errorLog) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      String log = read(errorLog);
      if (log.contains("resuming normal operations")) return;
      if (!server.isAlive()) {
        server.close();
        throw new IllegalStateException("apache2 did not start\n--- its error log ---\n" + log);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    server.close();
    throw new IllegalStateException("apache2 did not say it runs within 15 s\n--- its error log ---\n" + read(errorLog));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The admin's file made to run here: a server root, pid file, mutexes, run and log directories of
   * its own; the modules it needs; {@code Listen 127.0.0.1:port}; each {@code <VirtualHost *:443>}
   * on that port with the test's certificate; port-80 virtual hosts, {@code Listen}, log and
   * document-root lines left out; a {@code DHParameters} file taken from {@code dir}.
   */
  static String runnable(String conf, int port, Path[] pem, Path dir) {
    StringBuilder c = new StringBuilder();
    c.append("Define APACHE_RUN_DIR ").append(dir).append('\n');
    c.append("Define APACHE_LOG_DIR ").append(dir).append('\n');
    c.append("ServerRoot ").append(dir).append('\n');
    c.append("PidFile ").append(dir.resolve("httpd.pid")).append('\n');
    c.append("DefaultRuntimeDir ").append(dir).append('\n');
    c.append("Mutex file:").append(dir).append(" default\n");
    for (String m : MODULE_NAMES) {
      c.append("LoadModule ").append(m).append("_module ").append(MODULES).append("/mod_").append(m).append(".so\n");
    }
    c.append("TypesConfig /dev/null\n");
    if ("root".equals(System.getProperty("user.name"))) c.append("User nobody\nGroup nogroup\n");
    c.append("ServerName localhost\nStartServers 1\n");
    c.append("Listen 127.0.0.1:").append(port).append('\n');
    c.append("ErrorLog ").append(dir.resolve("error.log")).append("\nLogLevel info\n");
    c.append("DocumentRoot ").append(dir).append('\n');
    boolean skipping = false;
    for (String line : conf.split("\n")) {
      String t = line.strip();
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (skipping) {
        if (lower.startsWith("</virtualhost")) skipping = false;
        continue;
      }
      if (lower.matches("<virtualhost\\s+\\*:80>")) {
        skipping = true;
      } else if (lower.matches("<virtualhost\\s+\\*:443>")) {
        c.append("<VirtualHost *:").append(port).append(">\n");
      } else if (lower.startsWith("listen ") || lower.startsWith("errorlog ") || lower.startsWith("customlog ")
          || lower.startsWith("documentroot ")) {
        continue;
      } else if (lower.startsWith("sslcertificatefile ")) {
        c.append("SSLCertificateFile ").append(pem[1]).append('\n');
      } else if (lower.startsWith("sslcertificatekeyfile ")) {
        c.append("SSLCertificateKeyFile ").append(pem[0]).append('\n');
      } else if (lower.matches("sslopensslconfcmd\\s+dhparameters\\s+.*")) {
        String file = t.replaceFirst("(?i)sslopensslconfcmd\\s+dhparameters\\s+", "").replace("\"", "").strip();
        c.append("SSLOpenSSLConfCmd DHParameters \"").append(dir.resolve(file)).append("\"\n");
      } else {
        c.append(line).append('\n');
      }
    }
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
