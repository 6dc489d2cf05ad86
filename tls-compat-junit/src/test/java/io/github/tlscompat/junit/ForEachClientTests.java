package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.FIPS;
import static io.github.tlscompat.junit.RequiresClientTests.LPE;
import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Negotiation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

@DisplayName("@ForEachClient")
class ForEachClientTests {

  @Nested
  @DisplayName("runs once per client")
  class RunsOncePerClient {

    @Test
    @DisplayName("named after the client, with its profile and negotiation injected")
    void invocationsNamedAfterClients_parametersInjected() {
      ForEachCase.SEEN.clear();

      EngineExecutionResults results = run(ForEachCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
      assertThat(results.testEvents().started().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()))
          .containsExactly(LPE, "chrome-101-win10 (Chrome 101 (Win 10))");
      assertThat(ForEachCase.SEEN).containsExactly(
          "LPE-CE6: CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA",
          "chrome-101-win10: CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA secp256r1");
      assertThat(reportEntries(results)).containsExactly(
          "tls-compat.LPE-CE6=" + FIPS + ": CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (model)",
          "tls-compat.chrome-101-win10=" + FIPS + ": CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA secp256r1"
              + " (model)");
    }

    @Test
    @DisplayName("for every client carrying a tag, in a composed annotation")
    void tags_composed() {
      EngineExecutionResults results = run(TagCase.class);

      results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    }

    @Test
    @DisplayName("injects the profile without a server")
    void noServer_profileOnly() {
      EngineExecutionResults results = run(ProfileOnlyCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    @DisplayName("fails an invocation whose model and wire disagree")
    void disagreement_failsTheInvocation() {
      EngineExecutionResults results = run(DisagreementCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failures(results)).singleElement().isInstanceOf(AssertionFailedError.class);
      assertThat(failureMessage(results)).startsWith("The model and the wire disagree on " + LPE + " vs the"
          + " SSLContext of DisagreementCase.server(): model predicts CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA,"
          + " but the server answered WIRE CLOSED (the server closed without sending a byte: refused, for a reason"
          + " the wire does not say). The SSLEngine ran on Java " + System.getProperty("java.version")
          + " with enabled protocols [TLSv1] under this JVM's jdk.tls.disabledAlgorithms=");
    }
  }

  @Nested
  @DisplayName("reports illegal usage")
  class ReportsIllegalUsage {

    @Test
    @DisplayName("a Negotiation parameter without a @ServerUnderTest")
    void negotiationWithoutServer() {
      EngineExecutionResults results = run(NegotiationWithoutServerCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failures(results)).singleElement().isInstanceOf(ParameterResolutionException.class);
      assertThat(failureMessage(results)).isEqualTo("@ForEachClient on NegotiationWithoutServerCase.each(): a"
          + " Negotiation parameter needs a server: annotate one static field or static method of "
          + NegotiationWithoutServerCase.class.getName() + ", a superclass or an enclosing class with @ServerUnderTest");
    }

    @Test
    @DisplayName("an id the catalog lacks fails the template, naming the closest")
    void unknownId() {
      EngineExecutionResults results = run(UnknownIdCase.class);

      results.containerEvents().assertStatistics(s -> s.failed(1));
      Throwable t = results.containerEvents().failed().stream().findFirst().orElseThrow()
          .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
      assertThat(t).isInstanceOf(ExtensionConfigurationException.class)
          .hasMessage("@ForEachClient on UnknownIdCase.each(): no client 'chrome-101-win11' in the catalog; did you"
              + " mean chrome-101-win10?");
    }
  }

  static class ForEachCase {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @ServerUnderTest static String server = FIPS;

    @ForEachClient({"LPE-CE6", "chrome-101-win10"})
    void each(ClientProfile client, Negotiation negotiation) {
      SEEN.add(client.id() + ": " + negotiation);
    }
  }

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @ForEachClient(tags = "windows-ce")
  @interface EachWindowsCeDevice {}

  static class TagCase {
    @ServerUnderTest static String server = FIPS;

    @EachWindowsCeDevice
    void each(Negotiation negotiation, ClientProfile client) {
      assertThat(client.id()).isNotBlank();
      assertThat(negotiation).isNotNull();
    }
  }

  static class ProfileOnlyCase {
    @ForEachClient("LPE-CE6")
    void each(ClientProfile client) {
      assertThat(client.id()).isEqualTo("LPE-CE6");
    }
  }

  static class NegotiationWithoutServerCase {
    @ForEachClient("LPE-CE6")
    void each(Negotiation negotiation) {}
  }

  static class UnknownIdCase {
    @ServerUnderTest static String server = FIPS;

    @ForEachClient("chrome-101-win11")
    void each(ClientProfile client) {}
  }

  static class DisagreementCase {
    @ServerUnderTest
    static JsseServer server() {
      SSLContext context = ServerKeys.rsa2048();
      SSLParameters parameters = context.getDefaultSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1"});
      parameters.setCipherSuites(new String[] {"SSL_RSA_WITH_3DES_EDE_CBC_SHA"});
      return JsseServer.of(context, parameters);
    }

    @ForEachClient("LPE-CE6")
    void each(Negotiation negotiation) {}
  }
}
