package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The annotations against a live server on 127.0.0.1 (a JDK HttpsServer, TLS 1.2 only), asked on the wire. */
class LiveServerTest {
  private static final String LPE = "LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed"
      + " certificates))";
  /**
   * What a JDK HttpsServer does with a TLS 1.0 ClientHello when TLS 1.0 is disabled, as the
   * failure says it, measured on the two JDKs the build runs on: JDK 17 closes the connection
   * without a byte, JDK 25 answers with a protocol_version alert. Either way the message says what
   * the wire showed.
   */
  private static final String WIRE_CLOSED = (Runtime.version().feature() < 25
      ? ": the server answered WIRE CLOSED (the server closed without sending a byte: refused, for a reason the"
          + " wire does not say)."
      : ": NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert.")
      + " Seen on the wire; without the server's policy no remedy is offered.";

  @Test
  void liveAddress_failuresNameTheClientAndWhatTheServerAnswered() {
    EngineExecutionResults results = Cases.run(LiveTls12Server.class);

    String server = "127.0.0.1:" + LiveTls12Server.port;
    assertThat(Cases.passed(results)).containsExactly("browsersConnect()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: " + LPE + " cannot connect to " + server + WIRE_CLOSED),
        entry("browsersAreRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to "
            + server + " with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, but must be refused."));
  }

  @Test
  void liveUri_failuresNameTheClientAndWhatTheServerAnswered() {
    EngineExecutionResults results = Cases.run(LiveTls12ServerByUri.class);

    assertThat(Cases.failures(results)).containsOnly(entry("lyncPhonesConnect()",
        "AssertionFailedError: " + LPE + " cannot connect to 127.0.0.1:" + LiveTls12ServerByUri.port + WIRE_CLOSED));
  }

  static class LiveTls12Server {
    static HttpsServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
      server = startTls12Only();
      port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
      server.stop(0);
    }

    @ServerUnderTest
    static InetSocketAddress address() {
      return server.getAddress();
    }

    @Test
    @RequiresClient({"chrome-101-win10", "firefox-137-win11"})
    void browsersConnect() {
    }

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }

    @Test
    @RejectsClient("chrome-101-win10")
    void browsersAreRefused() {
    }
  }

  static class LiveTls12ServerByUri {
    static HttpsServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
      server = startTls12Only();
      port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
      server.stop(0);
    }

    @ServerUnderTest
    static URI uri() {
      return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }
  }

  static HttpsServer startTls12Only() throws IOException {
    SSLContext context = ServerKeys.serverContext();
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context) {
      @Override public void configure(HttpsParameters parameters) {
        parameters.setSSLParameters(ServerKeys.tls12Only(context));
      }
    });
    server.start();
    return server;
  }
}
