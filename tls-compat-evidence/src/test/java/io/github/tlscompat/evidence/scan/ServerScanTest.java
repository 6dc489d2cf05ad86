package io.github.tlscompat.evidence.scan;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_AES_256_GCM_SHA384;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServerScanTest {
  private static final ServerPolicy TLS12 = ServerPolicy.builder("tls12", "TLS 1.2")
      .versions(ProtocolVersion.TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
      .build();

  private static ScanResult scan(EmulatedServer server, String sni) throws IOException {
    return ServerScan.builder("127.0.0.1", server.port()).sni(sni).timeout(Duration.ofSeconds(5)).build().run();
  }

  @Nested
  class Builder {
    @Test
    void port_outOfRange_isRefusedWithTheRange() {
      assertThatThrownBy(() -> ServerScan.builder("example.com", 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be 1 to 65535, got 0");
    }

    @Test
    void timeout_zero_isRefused() {
      assertThatThrownBy(() -> ServerScan.builder("example.com", 443).timeout(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout must be between 1 ms and 10 minutes, got PT0S");
    }

    @Test
    void concurrency_tooHigh_isRefused() {
      assertThatThrownBy(() -> ServerScan.builder("example.com", 443).concurrency(257))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency must be 1 to 256, got 257");
    }

    @Test
    void id_withASpace_isRefused() {
      assertThatThrownBy(() -> ServerScan.builder("example.com", 443).id("my server"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id 'my server' is not an id; expected letters, digits, '.', '_' and '-', starting with a letter or digit");
    }

    @Test
    void defaults_nameTheHostInServerNameButNotAnAddress() {
      ServerScan byName = ServerScan.builder("www.example.com", 443).build();
      ServerScan byAddress = ServerScan.builder("127.0.0.1", 8443).build();
      ServerScan byIpv6 = ServerScan.builder("::1", 443).build();

      assertThat(byName.sni()).isEqualTo("www.example.com");
      assertThat(byName.id()).isEqualTo("www.example.com-443");
      assertThat(byAddress.sni()).isNull();
      assertThat(byAddress.id()).isEqualTo("127.0.0.1-8443");
      assertThat(byIpv6.target()).isEqualTo("[::1]:443");
      assertThat(byName.timeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(byName.concurrency()).isEqualTo(16);
    }
  }

  @Nested
  class Failures {
    @Test
    void closedPort_isAnIOExceptionNamingTheServer() throws IOException {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      int closed = port;

      assertThatThrownBy(() -> ServerScan.builder("127.0.0.1", closed).build().run())
          .isInstanceOf(IOException.class)
          .hasMessage("cannot connect to 127.0.0.1:" + closed + ": Connection refused");
    }

    @Test
    void serverThatClosesEveryConnection_isAnIOExceptionSayingItSpeaksNoTls() throws Exception {
      try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        Thread closer = new Thread(() -> {
          while (!s.isClosed()) {
            try (Socket c = s.accept()) {
              c.getOutputStream().write("HTTP/1.0 400 Bad Request\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } catch (IOException closedNow) {
              return;
            }
          }
        });
        closer.setDaemon(true);
        closer.start();
        int port = s.getLocalPort();

        assertThatThrownBy(() -> ServerScan.builder("127.0.0.1", port).timeout(Duration.ofSeconds(2)).build().run())
            .isInstanceOf(IOException.class)
            .hasMessage("127.0.0.1:" + port + " answered no ClientHello with a ServerHello (SSL 3.0 to TLS 1.3, SSL 2.0):"
                + " it does not speak TLS, or refuses every offer");
      }
    }
  }

  @Test
  void run_onTls12Server_measuresVersionsSuitesOrderAndCertificate() throws IOException {
    try (EmulatedServer server = EmulatedServer.start(TLS12)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().versions()).containsExactly(ProtocolVersion.TLS_1_2);
      assertThat(r.policy().cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA);
      assertThat(r.policy().serverPreference()).isTrue();
      assertThat(r.policy().certificates()).containsExactly(CertificateSpec.RSA_2048_SHA256);
      assertThat(r.policy().requiresSni()).isFalse();
      assertThat(r.measured()).contains("versions", "cipherSuites", "serverPreference", "groups", "certificates",
          "requiresSni", "requiresClientCertificate");
      assertThat(r.target()).isEqualTo("127.0.0.1:" + server.port());
      assertThat(r.probes()).isPositive();
    }
  }

  @Test
  void run_onClientOrderServer_saysTheServersOwnOrderIsNotSeen() throws IOException {
    ServerPolicy clientOrder = TLS12.toBuilder().id("client-order").serverPreference(false).build();
    try (EmulatedServer server = EmulatedServer.start(clientOrder)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().serverPreference()).isFalse();
      assertThat(r.notes()).contains("cipherSuites: the client's order wins, so the server's own order cannot be seen;"
          + " listed in the order of the probes");
    }
  }

  @Test
  void run_onServerRequiringSni_recordsTheRefusal() throws IOException {
    ServerPolicy sni = TLS12.toBuilder().id("sni-only").requiresSni(true).build();
    try (EmulatedServer server = EmulatedServer.start(sni)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().requiresSni()).isTrue();
      assertThat(r.policy().fallbackCertificate()).isEmpty();
      assertThat(r.notes()).contains("requiresSni: a hello without server_name got fatal unrecognized_name(112) alert");
    }
  }

  @Test
  void run_onServerWithFallbackCertificate_recordsIt() throws IOException {
    ServerPolicy fallback = TLS12.toBuilder().id("fallback").requiresSni(true)
        .fallbackCertificate(CertificateSpec.RSA_2048_SHA1).build();
    try (EmulatedServer server = EmulatedServer.start(fallback)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().requiresSni()).isTrue();
      assertThat(r.policy().fallbackCertificate()).contains(CertificateSpec.RSA_2048_SHA1);
      assertThat(r.measured()).contains("fallbackCertificate");
    }
  }

  @Test
  void run_withoutServerName_leavesSniUnconfirmed() throws IOException {
    try (EmulatedServer server = EmulatedServer.start(TLS12)) {
      ScanResult r = scan(server, null);

      assertThat(r.unconfirmed()).contains("requiresSni: scanned without a server name (an IP address and no --sni),"
          + " so what the server does with one cannot be compared");
      assertThat(r.measured()).doesNotContain("requiresSni");
    }
  }

  @Test
  void run_onServerRequiringClientCertificate_measuresIt() throws IOException {
    ServerPolicy mtls = TLS12.toBuilder().id("mtls").requiresClientCertificate(true).build();
    try (EmulatedServer server = EmulatedServer.start(mtls)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().requiresClientCertificate()).isTrue();
      assertThat(r.measured()).contains("requiresClientCertificate");
      assertThat(r.assumed()).doesNotContain("requiresClientCertificate");
    }
  }

  @Test
  void run_onTls13OnlyServer_readsItsCertificateWithARealHandshake() throws IOException {
    ServerPolicy tls13 = ServerPolicy.builder("tls13-ecdsa", "TLS 1.3, ECDSA").versions(ProtocolVersion.TLS_1_3)
        .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256).certificates(CertificateSpec.ECDSA_P256_SHA256)
        .build();
    try (EmulatedServer server = EmulatedServer.start(tls13)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().versions()).containsExactly(ProtocolVersion.TLS_1_3);
      assertThat(r.policy().cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256);
      assertThat(r.policy().certificates()).containsExactly(CertificateSpec.ECDSA_P256_SHA256);
      assertThat(r.measured()).contains("certificates");
    }
  }

  @Test
  void run_onServerEnablingTls10WithoutASuiteForIt_recordsTls10AsReadAndRefused() throws IOException {
    ServerPolicy gcmOnly = ServerPolicy.builder("gcm-only", "TLS 1.0 to 1.2, GCM suites only")
        .versions(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2)
        .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();
    try (EmulatedServer server = EmulatedServer.start(gcmOnly)) {
      ScanResult r = scan(server, "server.scan.test");

      assertThat(r.policy().versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
          ProtocolVersion.TLS_1_2);
      assertThat(r.policy().library()).isEmpty();
      assertThat(r.notes()).contains("versions: TLSv1.0 is enabled (inferred, not completed): a TLSv1.0 hello offering"
          + " 128 suites got fatal handshake_failure(40) alert, where a version the server does not enable gets"
          + " protocol_version; the scanned profile refuses it too: NO_SHARED_CIPHER_SUITE");
      assertThat(r.unconfirmed()).noneMatch(u -> u.startsWith("versions:"));
    }
  }

  @Test
  void run_onServerRefusingTls10ForItsSignature_leavesTls10OutWhenTheLibraryIsNotOpenSsl() throws IOException {
    ServerPolicy openSsl30 = ServerPolicy.builder("openssl-3.0-tls10", "TLS 1.0 to 1.2 on OpenSSL 3.0")
        .versions(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2)
        .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
        .library(io.github.tlscompat.core.library.ServerLibrary.of(io.github.tlscompat.core.library.OpenSslBuild.OPENSSL_3_0))
        .build();
    try (EmulatedServer server = EmulatedServer.start(openSsl30)) {
      ScanResult r = scan(server, "server.scan.test");

      // The emulation is Bouncy Castle's code, told as BCJSSE: nothing says its refusal is OpenSSL's rule.
      assertThat(r.library().family()).contains(io.github.tlscompat.core.library.LibraryFamily.BCJSSE);
      assertThat(r.policy().versions()).containsExactly(ProtocolVersion.TLS_1_2);
      assertThat(r.policy().library()).isEmpty();
      assertThat(r.unconfirmed()).contains("versions: a TLSv1.0 hello offering 1 suite got fatal handshake_failure(40)"
          + " alert, where a version the server does not enable gets protocol_version, so it reads TLSv1.0; but the"
          + " scanned profile cannot say why it refuses every suite there, so TLSv1.0 is left out");
    }
  }

  @Test
  void merge_putsAnOlderVersionsSuiteBeforeTheOneItPreceded() {
    List<CipherSuite> into = new ArrayList<>(List.of(TLS_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256));

    Scan.merge(into, List.of(TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_AES_256_GCM_SHA384));

    assertThat(into).containsExactly(TLS_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384);
  }
}
