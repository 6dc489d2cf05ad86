package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.LPE;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@ServerUnderTest with a live loopback server")
class LiveServerTests {

  @Test
  @DisplayName("checks each client on the wire and fails for the refused one, without a remedy")
  void address_wireEvidence() {
    EngineExecutionResults results = run(AddressCase.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
    String server = "127.0.0.1:" + AddressCase.live.address().getPort();
    assertThat(failures(results)).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
        LPE + " cannot connect to " + server + ": NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert."
            + " Seen on the wire; without the server's policy no remedy is offered.",
        "chrome-101-win10 (Chrome 101 (Win 10)) connects to " + server + " with TLSv1.3 TLS_AES_256_GCM_SHA384, but"
            + " must be refused.");
    assertThat(reportEntries(results)).contains("tls-compat.java-17.0.3-21.0.6-openjdk=" + server + ": CONNECTED"
        + " TLSv1.3 TLS_AES_256_GCM_SHA384 x25519 (wire)");
  }

  @Test
  @DisplayName("takes an https URI")
  void uri_wireEvidence() {
    EngineExecutionResults results = run(UriCase.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(reportEntries(results)).containsExactly("tls-compat.chrome-101-win10=127.0.0.1:"
        + UriCase.live.address().getPort() + ": CONNECTED TLSv1.3 TLS_AES_256_GCM_SHA384 x25519 (wire)");
  }

  static class AddressCase {
    static LoopbackServer live;

    @ServerUnderTest static InetSocketAddress address;

    @BeforeAll
    static void start() {
      live = LoopbackServer.start(ServerKeys.rsa2048());
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
      live = LoopbackServer.start(ServerKeys.rsa2048());
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
}
