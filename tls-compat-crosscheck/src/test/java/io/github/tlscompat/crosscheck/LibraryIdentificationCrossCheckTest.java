package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.evidence.scan.LibraryIdentification;
import io.github.tlscompat.evidence.scan.LibraryIdentification.Confidence;
import io.github.tlscompat.evidence.scan.ServerScan;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library a scan tells from behaviour, against the servers {@link ScanCrossCheckTest} does not
 * scan: Apache httpd (mod_ssl on OpenSSL) with administrators' configurations, and a JSSE server in a
 * child JVM of each installed JDK with nothing set but its certificate. (s_server, gnutls-serv,
 * nginx, SunJSSE and BCJSSE are told in {@code ScanCrossCheckTest}; the emulated servers, Bouncy
 * Castle's TLS, in evidence's {@code ServerScanEmulatedTest}.)
 */
class LibraryIdentificationCrossCheckTest {
  private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  /**
   * Each configuration and the confidence its answers allow: TLS 1.3 alone, under the client's
   * order, leaves only the HelloRetryRequest to tell OpenSSL from SunJSSE and BCJSSE.
   */
  static Stream<Arguments> apacheConfigurations() {
    return Stream.of(Arguments.of("apache-debian-default-ssl.conf", Confidence.HIGH),
        Arguments.of("apache-mozilla-intermediate.conf", Confidence.HIGH),
        Arguments.of("apache-mozilla-modern.conf", Confidence.MEDIUM));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apacheConfigurations")
  void apache_isToldAsOpenSsl(String name, Confidence confidence, @TempDir Path dir) {
    Path apache2 = ApacheServer.binary();
    Path[] pem = ServerCredentials.of(CertificateSpec.RSA_2048_SHA256).writePem(dir, "server");
    try (ServerProcess server = ApacheServer.start(apache2, AdminConfigCrossCheckTest.admin(name), pem, dir)) {
      LibraryIdentification library = scan(server.address());

      assertThat(library.family()).as(library.describe()).contains(LibraryFamily.OPENSSL);
      assertThat(library.releases()).contains("1.1.1 or later");
      assertThat(library.confidence()).as(library.describe()).isEqualTo(confidence);
    }
  }

  static Stream<Path> jdks() {
    List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
    if (Files.isExecutable(TEMURIN_25.resolve("bin/java")) && !homes.get(0).startsWith(TEMURIN_25)) homes.add(TEMURIN_25);
    return homes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void jsseChildJvm_isToldAsSunJsse(Path home, @TempDir Path dir) {
    Path[] pem = ServerCredentials.of(CertificateSpec.RSA_2048_SHA256).writePem(dir, "server");
    try (ServerProcess server = ServerProcess.start(port -> List.of(home.resolve("bin/java").toString(), "-cp",
        testClasses(), JsseChildServer.class.getName(), Integer.toString(port), pem[0].toString(), pem[1].toString()),
        Map.of(), dir.resolve("java.log"))) {
      LibraryIdentification library = scan(server.address());

      assertThat(library.family()).as(library.describe()).contains(LibraryFamily.SUNJSSE);
      assertThat(library.releases()).contains("in JDK 11 or later (or 8u261 or later)");
      assertThat(library.confidence()).as(library.describe()).isEqualTo(Confidence.HIGH);
    }
  }

  private static LibraryIdentification scan(InetSocketAddress address) {
    try {
      return ServerScan.builder("127.0.0.1", address.getPort()).sni(CrossCheck.SNI_HOST)
          .timeout(Duration.ofSeconds(10)).build().run().library();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String testClasses() {
    try {
      return Path.of(JsseChildServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
