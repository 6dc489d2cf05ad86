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
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The annotations against a live server on 127.0.0.1 (a JDK HttpsServer, TLS 1.2 only, two ECDHE
 * suites on every JDK), scanned once per class for the model and asked on the wire.
 */
class LiveServerTest {
  private static final String LPE = "LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed"
      + " certificates))";
  /**
   * The model's refusal, from the scan of the server the harness makes once per class: the same on
   * every JDK (a JDK HttpsServer closes on a TLS 1.0 hello on JDK 17 and answers protocol_version on
   * JDK 25; the model agrees with both), with the remedy the model finds.
   */
  private static final String REFUSED = ": NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables"
      + " TLSv1.2 only. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
      + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).";

  @Test
  void liveAddress_failuresNameTheClientAndWhatTheServerAnswered() {
    EngineExecutionResults results = Cases.run(LiveTls12Server.class);

    String server = "127.0.0.1:" + LiveTls12Server.port;
    assertThat(Cases.passed(results)).containsExactly("browsersConnect()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: " + LPE + " cannot connect to " + server + REFUSED),
        entry("browsersAreRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to "
            + server + " with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, but must be refused."));
  }

  @Test
  void liveUri_failuresNameTheClientAndWhatTheServerAnswered() {
    EngineExecutionResults results = Cases.run(LiveTls12ServerByUri.class);

    assertThat(Cases.failures(results)).containsOnly(entry("lyncPhonesConnect()",
        "AssertionFailedError: " + LPE + " cannot connect to 127.0.0.1:" + LiveTls12ServerByUri.port + REFUSED));
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
        SSLParameters tls12 = ServerKeys.tls12Only(context);
        // The JDK's default suites differ between JDK 17 and 25 (25 disables TLS_RSA_*): fixed here,
        // so the scanned model, and the remedy it gives, are the same on both.
        tls12.setCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
        parameters.setSSLParameters(tls12);
      }
    });
    server.start();
    return server;
  }
}
