package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.scan.ScanResult;
import io.github.tlscompat.evidence.scan.ServerScan;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scan}, then the model: each real server of the grid is scanned, and the model's prediction
 * for every catalog client against the <em>scanned</em> policy must agree with that client's hello
 * sent to the same server (outcome, version, suite, and group, DH size and signature scheme where
 * the wire shows them). This is what makes a scanned profile as good as a written one. And the
 * library the scan tells from the server's behaviour must be the one the server runs on. Apache httpd
 * and {@code openssl s_server} are also scanned serving administrators' configurations as they are
 * rather than the grid, at the library's default security level, and their scanned versions must
 * be the imported configuration's.
 */
class ScanCrossCheckTest {

  static Stream<ServerPolicy> policies() {
    return Grid.policies().stream();
  }

  static Stream<ServerPolicy> sniPolicies() {
    return Grid.sniPolicies().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void openSsl_scannedPolicyPredictsEveryClient(ServerPolicy policy, @TempDir Path dir) {
    OpenSslServer openssl = new OpenSslServer(dir);
    Implemented implemented = openssl.implement(policy);
    try (ServerProcess server = openssl.start(implemented.policy(), dir)) {
      check(openssl.kind(), implemented, server, LibraryFamily.OPENSSL);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void gnuTls_scannedPolicyPredictsEveryClient(ServerPolicy policy, @TempDir Path dir) {
    GnuTlsServer gnutls = new GnuTlsServer();
    Implemented implemented = gnutls.implement(policy);
    try (ServerProcess server = gnutls.start(implemented, dir)) {
      check(gnutls.kind(), implemented, server, LibraryFamily.GNUTLS);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sniPolicies")
  void nginx_scannedPolicyPredictsEveryClient(ServerPolicy policy, @TempDir Path dir) {
    NginxServer nginx = new NginxServer(dir);
    Implemented implemented = nginx.implement(policy);
    try (ServerProcess server = nginx.start(implemented.policy(), dir)) {
      check(nginx.kind(), implemented, server, LibraryFamily.OPENSSL);
    }
  }

  /**
   * Every configuration of {@link ApacheAdminConfigCrossCheckTest}. Five of them (Debian's stock
   * {@code default-ssl}, Mozilla's old, all-high with and without honoring the order, dh2048) leave
   * TLS 1.0 and 1.1 on, which OpenSSL 3.0 at Debian's level 2 reads and then refuses for want of a
   * signature it may make, where a version it does not enable gets {@code protocol_version}: the
   * scan records those versions as enabled, inferred from that refusal, and the library as OpenSSL
   * 3.0 with its signature rule, so that the scanned profile refuses the TLS 1.0 clients (LPE-CE6,
   * LPE-CE6-sha1-only, schannel-client-winxp, yealink-sfb-phone-tls10-era, ie-8-xp) for the
   * signature, as the wire and the imported configuration do.
   */
  static Stream<String> apacheConfigurations() {
    return ApacheAdminConfigCrossCheckTest.configurations();
  }

  /** Apache httpd (mod_ssl on OpenSSL) serving administrators' configurations as they are. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("apacheConfigurations")
  void apache_scannedPolicyPredictsEveryClient(String name, @TempDir Path dir) {
    Path apache2 = ApacheServer.binary();
    String conf = AdminConfigCrossCheckTest.admin(name);
    Path[] pem = ServerCredentials.of(CertificateSpec.RSA_2048_SHA256).writePem(dir, "server");
    ApacheAdminConfigCrossCheckTest.copyDhParameters(conf, dir);
    Implemented imported = ApacheAdminConfigCrossCheckTest.imported(conf);
    try (ServerProcess server = ApacheServer.start(apache2, conf, pem, dir)) {
      ScanResult scan = check(ApacheServer.version(apache2) + " " + name, imported, server, LibraryFamily.OPENSSL);

      // AND it enables the versions the configuration enables, those OpenSSL reads only to refuse included
      assertThat(scan.policy().versions()).isEqualTo(imported.policy().versions());
    }
  }

  /**
   * The command lines of {@link AdminConfigCrossCheckTest#sServerArguments()} but {@code -curves
   * X25519}: there OpenSSL's TLS 1.2 DHE prime (its own 2048-bit one, which the scan names
   * ffdhe2048) lands in the profile's one group list, so the scanned profile offers ffdhe2048 in TLS
   * 1.3 too, which that server does not (two JDK 11 and 12 clients); a profile has no group list per
   * version.
   */
  static Stream<String> sServerArguments() {
    return AdminConfigCrossCheckTest.sServerArguments().filter(a -> !a.equals("-curves X25519"));
  }

  /**
   * {@code openssl s_server} at its defaults and with the command lines admins write: at its
   * defaults it enables TLS 1.0 and 1.1 and refuses them with {@code internal_error} (no signature
   * OpenSSL 3.0 at level 2 may make), where a version it does not enable gets {@code protocol_version}.
   */
  @ParameterizedTest(name = "s_server {0}")
  @MethodSource("sServerArguments")
  void sServer_scannedPolicyPredictsEveryClient(String arguments, @TempDir Path dir) throws IOException {
    Implemented imported = AdminConfigCrossCheckTest.importedSServer(arguments);
    try (ServerProcess server = AdminConfigCrossCheckTest.startSServer(arguments, dir)) {
      ScanResult scan = check("openssl s_server " + arguments, imported, server, LibraryFamily.OPENSSL);

      assertThat(scan.policy().versions()).isEqualTo(imported.policy().versions());
    }
  }

  /** SunJSSE through engines pumped over a socket ({@link EngineSocketServer}). */
  static Stream<org.junit.jupiter.params.provider.Arguments> jssePolicies() {
    return Grid.policies().stream()
        .map(policy -> org.junit.jupiter.params.provider.Arguments.of(JsseServer.Provider.SUN_JSSE, policy));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jssePolicies")
  void jsse_scannedPolicyPredictsEveryClient(JsseServer.Provider provider, ServerPolicy policy) {
    JsseServer jsse = new JsseServer(provider);
    Implemented implemented = jsse.implement(policy);
    try (EngineSocketServer server = new EngineSocketServer(jsse.engines(implemented))) {
      check(jsse.kind(), implemented, server.address(), null, LibraryFamily.SUNJSSE);
    }
  }

  /**
   * BCJSSE through its own server socket ({@link JsseSocketServer}): its engine, pumped over a plain
   * socket by {@link EngineSocketServer}, stalls on some probes, which says more about the pump than
   * about the scan.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void bcjsse_scannedPolicyPredictsEveryClient(ServerPolicy policy) {
    org.junit.jupiter.api.Assumptions.assumeFalse(policy == Grid.TLS10_3DES, "BCJSSE applies this JDK's"
        + " jdk.tls.disabledAlgorithms (TLSv1, 3DES_EDE_CBC) at the handshake, which leaves nothing of tls10-3des;"
        + " ScanCrossCheckLegacyJsseTest scans it with the property cleared");
    JsseServer jsse = new JsseServer(JsseServer.Provider.BC_JSSE);
    Implemented implemented = jsse.implement(policy);
    try (JsseSocketServer server = new JsseSocketServer(jsse, implemented)) {
      check(jsse.kind(), implemented, server.address(), null, LibraryFamily.BCJSSE);
    }
  }

  private static ScanResult check(String kind, Implemented implemented, ServerProcess server, LibraryFamily library) {
    return check(kind, implemented, server.address(), server, library);
  }

  static ScanResult check(String kind, Implemented implemented, java.net.InetSocketAddress address,
      ServerProcess server, LibraryFamily library) {
    // WHEN the server is scanned
    ScanResult scan;
    try {
      scan = ServerScan.builder("127.0.0.1", address.getPort()).sni(CrossCheck.SNI_HOST)
          .timeout(Duration.ofSeconds(5)).build().run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> changes = new ArrayList<>();
    changes.add("scanned in " + scan.elapsed().toMillis() + " ms with " + scan.probes() + " probes: "
        + CrossCheck.describe(scan.policy()));
    scan.unconfirmed().forEach(u -> changes.add("unconfirmed: " + u));
    // THEN every client's answer from the server is what the model predicts from the scanned policy
    Report report = CrossCheck.run(kind + " (scanned)", new Implemented(implemented.grid(), scan.policy(), changes),
        hellos -> Probes.live().probeAll(address, hellos, LiveProbe.Progress.NONE));
    Reports.assertAgrees(report, server);
    // AND the library its behaviour tells is the one it runs on
    assertThat(scan.library().family()).as(scan.library().describe()).contains(library);
    return scan;
  }
}
