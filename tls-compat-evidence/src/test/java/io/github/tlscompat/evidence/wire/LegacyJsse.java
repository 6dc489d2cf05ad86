package io.github.tlscompat.evidence.wire;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;

/**
 * A SunJSSE engine as an admin re-enables 3DES on it, for the legacy-jsse fork: emptying
 * {@code jdk.tls.disabledAlgorithms} (src/test/legacy-jsse.security) is enough on JDK 17, but JDK
 * 25 still supports the 3DES suites without enabling them by default, so they must be named too.
 */
public final class LegacyJsse {

  private LegacyJsse() {}

  /** {@code engine} with the JDK's authenticated 3DES suites added after its enabled ones. */
  public static SSLEngine with3des(SSLEngine engine) {
    Set<String> enabled = new LinkedHashSet<>(List.of(engine.getEnabledCipherSuites()));
    for (String suite : engine.getSupportedCipherSuites()) {
      if (suite.contains("_3DES_EDE_") && !suite.contains("_anon_")) enabled.add(suite);
    }
    engine.setEnabledCipherSuites(enabled.toArray(String[]::new));
    return engine;
  }
}
