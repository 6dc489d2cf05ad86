package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.LPE;
import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@ServerUnderTest with a live loopback server")
class LiveServerTests {
  /** TLS 1.3 and 1.2, two suites each, the server's order: the same server on every JDK. */
  static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  static final String[] SUITES = {"TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"};

  @Nested
  @DisplayName("scanned once per class")
  class Scanned {

    @Test
    @DisplayName("checks each client on the model and the wire, and gives a refused one the model's remedy")
    void address_modelAndWireEvidence() {
      EngineExecutionResults results = run(AddressCase.class);

      results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
      String server = "127.0.0.1:" + AddressCase.live.address().getPort();
      assertThat(failures(results)).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
          LPE + " cannot connect to " + server + ": NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0,"
              + " server enables TLSv1.2..TLSv1.3. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with"
              + " TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).",
          "chrome-101-win10 (Chrome 101 (Win 10)) connects to " + server + " with TLSv1.3 TLS_AES_256_GCM_SHA384, but"
              + " must be refused.");
      assertThat(reportEntries(results)).contains("tls-compat.java-17.0.3-21.0.6-openjdk=" + server + ": CONNECTED"
          + " TLSv1.3 TLS_AES_256_GCM_SHA384 x25519 (model and wire)");
    }

    @Test
    @DisplayName("takes an https URI")
    void uri_modelAndWireEvidence() {
      EngineExecutionResults results = run(UriCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(reportEntries(results)).containsExactly("tls-compat.chrome-101-win10=127.0.0.1:"
          + UriCase.live.address().getPort() + ": CONNECTED TLSv1.3 TLS_AES_256_GCM_SHA384 x25519 (model and wire)");
    }
  }

  @Nested
  @DisplayName("when model and wire disagree")
  class WhenModelAndWireDisagree {

    @Test
    @DisplayName("fails saying which said what, and that the model is the class's scan")
    void serverReconfiguredAfterTheScan_disagreementReported() {
      EngineExecutionResults results = run(ReconfiguredCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
      String server = "127.0.0.1:" + ReconfiguredCase.live.address().getPort();
      // The second check met a server without TLS 1.2: the model is still the first check's scan.
      assertThat(failureMessage(results)).isEqualTo("The model and the wire disagree on chrome-65-win7 (Chrome 65"
          + " Win 7) vs " + server + ": model predicts CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 x25519,"
          + " but the server answered WIRE REFUSED NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert."
          + " The model rests on a scan of " + server + " made once for this test class, before its first check: a"
          + " server reconfigured since, or a behaviour the scan could not settle (tls-compat scan " + server
          + " lists them), shows as such a disagreement.");
      assertThat(reportEntries(results)).containsExactly(
          "tls-compat.chrome-65-win7=" + server + ": CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 x25519"
              + " (model and wire)",
          "tls-compat.chrome-65-win7=" + server + ": MODEL CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
              + " x25519 but WIRE REFUSED NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert");
    }
  }

  @Nested
  @DisplayName("when the server cannot be scanned")
  class WhenUnreachable {

    @Test
    @DisplayName("fails each test naming the member, the address and what failed")
    void closedPort_failsNamingTheAddressAndWhatFailed() {
      EngineExecutionResults results = run(UnreachableCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      int port = UnreachableCase.address.getPort();
      Throwable failure = failures(results).get(0);
      assertThat(failure).isInstanceOf(UncheckedIOException.class).hasMessage("@ServerUnderTest field 'address' of " + UnreachableCase.class.getName() + ": cannot scan"
              + " 127.0.0.1:" + port + ": cannot connect to 127.0.0.1:" + port + ": Connection refused");
    }
  }

  static class AddressCase {
    static LoopbackServer live;

    @ServerUnderTest static InetSocketAddress address;

    @BeforeAll
    static void start() {
      live = LoopbackServer.start(ServerKeys.rsa2048(), PROTOCOLS, SUITES);
      address = live.address();
    }

    @AfterAll
    static void stop() throws IOException {
      live.close();
    }

    @Test @RequiresClient({"chrome-101-win10", "java-17.0.3-21.0.6-openjdk"}) void modernClientsConnect() {}

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}

    @Test @RejectsClient("chrome-101-win10") void chromeIsCutOff() {}
  }

  static class UriCase {
    static LoopbackServer live;

    @BeforeAll
    static void start() {
      live = LoopbackServer.start(ServerKeys.rsa2048(), PROTOCOLS, SUITES);
    }

    @AfterAll
    static void stop() throws IOException {
      live.close();
    }

    @ServerUnderTest
    static URI server() {
      return URI.create("https://127.0.0.1:" + live.address().getPort() + "/");
    }

    @Test @RequiresClient("chrome-101-win10") void chromeConnects() {}
  }

  /** The server turns TLS 1.2 off during the class, after the first check scanned it. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ReconfiguredCase {
    static LoopbackServer live;

    @ServerUnderTest static InetSocketAddress address;

    @BeforeAll
    static void start() {
      live = LoopbackServer.start(ServerKeys.rsa2048(), PROTOCOLS, SUITES);
      address = live.address();
    }

    @AfterAll
    static void stop() throws IOException {
      live.close();
    }

    @Test @Order(1) @RequiresClient("chrome-65-win7")
    void tls12ClientConnects_thenTls12IsTurnedOff() {
      live.protocols("TLSv1.3");
    }

    @Test @Order(2) @RequiresClient("chrome-65-win7") void tls12ClientStillConnects() {}
  }

  static class UnreachableCase {
    @ServerUnderTest static InetSocketAddress address;

    @BeforeAll
    static void closedPort() throws IOException {
      try (ServerSocket s = new ServerSocket(0)) {
        address = new InetSocketAddress("127.0.0.1", s.getLocalPort());
      }
    }

    @Test @RequiresClient("chrome-101-win10") void chromeConnects() {}
  }
}
