package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scan}, then the model, against BCJSSE with {@code jdk.tls.disabledAlgorithms} cleared (its
 * own Surefire fork, see the pom), so that TLS 1.0, 3DES and the SSL 2.0-compatible hellos of old
 * Java clients meet a BCJSSE that enables what the grid policies ask: as in
 * {@link ScanCrossCheckTest}, every catalog client's answer must be what the scanned policy
 * predicts, and the library told must be BCJSSE.
 */
class ScanCrossCheckLegacyJsseTest {

  static Stream<ServerPolicy> policies() {
    return Grid.policies().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void bcjsse_scannedPolicyPredictsEveryClient(ServerPolicy policy) {
    JsseServer jsse = new JsseServer(JsseServer.Provider.BC_JSSE);
    Implemented implemented = jsse.implement(policy);
    try (JsseSocketServer server = new JsseSocketServer(jsse, implemented)) {
      ScanCrossCheckTest.check(jsse.kind(), implemented, server.address(), null, LibraryFamily.BCJSSE);
    }
  }
}
