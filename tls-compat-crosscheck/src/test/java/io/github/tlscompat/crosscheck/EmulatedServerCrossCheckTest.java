package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.HandshakeCheck.HandshakeReport;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog client Bouncy Castle can play against Bouncy Castle's server emulating each grid
 * policy as written (no server's habits), in memory: needs no server program, so this evidence runs
 * wherever the module builds. The policies as each real server implements them are emulated in
 * that server's own test.
 */
class EmulatedServerCrossCheckTest {

  static Stream<ServerPolicy> policies() {
    return Grid.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void everyClientGetsWhatTheModelPredicts(ServerPolicy policy) {
    // WHEN Bouncy Castle's server emulates the grid's policy itself
    HandshakeReport report = HandshakeCheck.emulatedAsWritten(policy);
    // THEN
    Reports.assertAgrees(report);
  }
}
