package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.crosscheck.HandshakeCheck.HandshakeReport;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog client against {@code gnutls-serv} serving each grid policy. */
class GnuTlsServerCrossCheckTest {

  static Stream<ServerPolicy> policies() {
    return Grid.policies().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void everyClientGetsWhatTheModelPredicts(ServerPolicy policy, @TempDir Path dir) {
    // GIVEN
    GnuTlsServer gnutls = new GnuTlsServer();
    Implemented implemented = gnutls.implement(policy);
    HandshakeReport emulated = HandshakeCheck.emulated(gnutls.kind(), implemented);
    // WHEN the server, always stopped at the end, answers every client
    try (ServerProcess server = gnutls.start(implemented, dir)) {
      Report report = CrossCheck.run(gnutls.kind(), implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      // THEN the wire agrees with the model, and so does Bouncy Castle's server emulating the policy
      Reports.assertAgrees(report, server, emulated);
    }
  }
}
