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

/**
 * Every catalog client against nginx serving the grid policies where server_name matters: one that
 * requires it ({@code ssl_reject_handshake}) and one with a fallback certificate.
 */
class NginxServerCrossCheckTest {

  static Stream<ServerPolicy> policies() {
    return Grid.sniPolicies().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void everyClientGetsWhatTheModelPredicts(ServerPolicy policy, @TempDir Path dir) {
    // GIVEN
    NginxServer nginx = new NginxServer(dir);
    Implemented implemented = nginx.implement(policy);
    HandshakeReport emulated = HandshakeCheck.emulated(nginx.kind(), implemented);
    // WHEN the server, always stopped at the end, answers every client
    try (ServerProcess server = nginx.start(implemented.policy(), dir)) {
      Report report = CrossCheck.run(nginx.kind(), implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      // THEN the wire agrees with the model, and so does Bouncy Castle's server emulating the policy
      Reports.assertAgrees(report, server, emulated);
    }
  }
}
