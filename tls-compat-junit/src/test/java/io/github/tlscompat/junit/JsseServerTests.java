package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.LPE;
import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@ServerUnderTest with an SSLContext")
class JsseServerTests {

  @Nested
  @DisplayName("when model and wire agree")
  class WhenModelAndWireAgree {

    @Test
    @DisplayName("passes for clients both let connect, reporting both kinds of evidence")
    void modernClients_pass() {
      EngineExecutionResults results = run(DefaultContextCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
      assertThat(reportEntries(results)).contains(
          "tls-compat.chrome-101-win10=the SSLContext of DefaultContextCase.server: CONNECTED TLSv1.3"
              + " TLS_AES_256_GCM_SHA384 x25519 (model and wire)",
          "tls-compat.java-17.0.3-21.0.6-openjdk=the SSLContext of DefaultContextCase.server: CONNECTED TLSv1.3"
              + " TLS_AES_256_GCM_SHA384 x25519 (model and wire)");
    }

    @Test
    @DisplayName("fails for a refused client with the remedy for the policy read from the parameters")
    void legacyClient_failsWithRemedy() {
      EngineExecutionResults results = run(DefaultContextCase.class);

      assertThat(failureMessage(results)).isEqualTo(LPE + " cannot connect to the SSLContext of"
          + " DefaultContextCase.server: NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables"
          + " TLSv1.2..TLSv1.3. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
          + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).");
    }

    @Test
    @DisplayName("applies the SSLParameters of a JsseServer to model and wire")
    void parameters_applied() {
      EngineExecutionResults results = run(Tls12OnlyCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(reportEntries(results)).containsExactly("tls-compat.chrome-101-win10=the SSLContext of"
          + " Tls12OnlyCase.server(): CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 x25519 (model and wire)");
    }
  }

  @Nested
  @DisplayName("when model and wire disagree")
  class WhenModelAndWireDisagree {

    @Test
    @DisplayName("fails saying which said what, and what the JVM's java.security disables")
    void jvmWideDisabledAlgorithms_disagreementReported() {
      EngineExecutionResults results = run(LegacyParametersCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failureMessage(results)).isEqualTo("The model and the wire disagree on " + LPE + " vs the SSLContext"
          + " of LegacyParametersCase.server(): model predicts CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA, but the"
          + " server answered WIRE REFUSED NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert. The"
          + " SSLEngine ran on Java " + System.getProperty("java.version") + " with enabled protocols [TLSv1.2, TLSv1]"
          + " under this JVM's jdk.tls.disabledAlgorithms=" + Security.getProperty("jdk.tls.disabledAlgorithms")
          + " (java.security applies JVM-wide; the model reads only the SSLParameters).");
      assertThat(reportEntries(results)).containsExactly("tls-compat.LPE-CE6=the SSLContext of"
          + " LegacyParametersCase.server(): MODEL CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA but WIRE REFUSED"
          + " NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert");
    }
  }

  static class DefaultContextCase {
    @ServerUnderTest static SSLContext server = ServerKeys.rsa2048();

    @Test @RequiresClient({"chrome-101-win10", "java-17.0.3-21.0.6-openjdk"}) void modernClientsConnect() {}

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}
  }

  static class Tls12OnlyCase {
    @ServerUnderTest
    static JsseServer server() {
      SSLContext context = ServerKeys.rsa2048();
      SSLParameters parameters = context.getDefaultSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.2"});
      parameters.setCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
      return JsseServer.of(context, parameters);
    }

    @Test @RequiresClient(value = "chrome-101-win10", version = "TLSv1.2") void chromeConnectsWithTls12() {}
  }

  static class LegacyParametersCase {
    // What the parameters enable, the JDK's java.security disables for every engine of the JVM.
    @ServerUnderTest
    static JsseServer server() {
      SSLContext context = ServerKeys.rsa2048();
      SSLParameters parameters = context.getDefaultSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.2", "TLSv1"});
      parameters.setCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_WITH_3DES_EDE_CBC_SHA"});
      return JsseServer.of(context, parameters);
    }

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}
  }
}
