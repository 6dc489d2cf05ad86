package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.crosscheck.HandshakeCheck.HandshakeReport;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog client against a SunJSSE server engine of the running JDK, with the JDK's security
 * properties as shipped, serving each grid policy it can serve (TLS 1.0 and 3DES need
 * {@link JsseServerCrossCheckLegacyJsseTest}).
 */
class JsseServerCrossCheckTest {

  static Stream<Arguments> policies() {
    return Stream.of(JsseServer.Provider.values())
        .flatMap(provider -> Grid.policies().stream().map(policy -> Arguments.of(provider, policy)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("policies")
  void everyClientGetsWhatTheModelPredicts(JsseServer.Provider provider, ServerPolicy policy) {
    // GIVEN
    JsseServer jsse = new JsseServer(provider);
    Implemented implemented = jsse.implement(policy);
    // WHEN
    Report report = CrossCheck.run(jsse.kind(), implemented, hellos -> jsse.probe(implemented, hellos));
    HandshakeReport engine = HandshakeCheck.againstEngine(jsse.kind(), implemented, jsse.engines(implemented));
    HandshakeReport emulated = HandshakeCheck.emulated(jsse.kind(), implemented);
    // THEN the wire agrees with the model, and so do complete Bouncy Castle handshakes with the
    // engine and with Bouncy Castle's server emulating the policy
    Reports.assertAgrees(report, engine, emulated);
  }
}
