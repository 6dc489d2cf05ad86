package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.JsseServer;
import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The annotations against an SSLContext: the model reads the policy from the SSLParameters, the
 * wire feeds each client's ClientHello to an SSLEngine from the context, and both must agree.
 */
class SslContextServerTest {

  @Test
  void sslContextWithParameters_failuresNameTheClientAndTheReason() {
    EngineExecutionResults results = Cases.run(Tls12OnlyJsse.class);

    assertThat(Cases.passed(results)).containsExactly("browsersConnect()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last"
            + " firmware, accepts SHA-256-signed certificates)) cannot connect to the SSLContext"
            + " of Tls12OnlyJsse.server(): NO_SHARED_PROTOCOL_VERSION - client offers"
            + " SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0, add"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)."),
        entry("browsersAreRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to the"
            + " SSLContext of Tls12OnlyJsse.server() with TLSv1.2"
            + " TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, but must be refused."));
  }

  @Test
  void bareSslContext_failuresNameTheClientAndTheReason() {
    EngineExecutionResults results = Cases.run(DefaultJsse.class);

    assertThat(Cases.passed(results)).isEmpty();
    assertThat(Cases.failures(results)).containsOnly(entry("lyncPhonesConnect()",
        "AssertionFailedError: LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware,"
        + " accepts SHA-256-signed certificates)) cannot connect to the SSLContext of"
        + " DefaultJsse.server: NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server"
        + " enables TLSv1.2..TLSv1.3. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA:"
        + " connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)."));
  }

  static class Tls12OnlyJsse {
    @ServerUnderTest
    static JsseServer server() {
      SSLContext context = ServerKeys.serverContext();
      return JsseServer.of(context, ServerKeys.tls12Only(context));
    }

    @Test
    @RequiresClient(value = {"chrome-101-win10", "firefox-137-win11"}, version = "TLSv1.2")
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

  static class DefaultJsse {
    @ServerUnderTest
    static SSLContext server = ServerKeys.serverContext();

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }
  }
}
