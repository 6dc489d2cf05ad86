package io.github.tlscompat.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * Runs in the legacy-jsse Surefire fork, where {@code jdk.tls.disabledAlgorithms} is empty, so that
 * the JDK reports every suite it knows, RC4, DES, export and anonymous ones included.
 */
class CipherSuiteLegacyJsseTest {

  @Test
  void jsseNames_everySuiteTheJdkSupports_mapsBothWays() throws Exception {
    // GIVEN the fork really runs without the JDK's legacy restrictions
    assertThat(Security.getProperty("jdk.tls.disabledAlgorithms")).isBlank();
    String[] jdkNames = SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites();
    assertThat(jdkNames).hasSizeGreaterThan(60).contains("SSL_RSA_WITH_3DES_EDE_CBC_SHA", "SSL_RSA_WITH_RC4_128_MD5");

    // WHEN each JDK name is resolved
    List<String> wrong = new ArrayList<>();
    for (String name : jdkNames) {
      CipherSuite s = CipherSuite.fromJsseName(name);
      if (!s.jsseName().equals(name)) wrong.add(name + " -> " + s + " (" + s.jsseName() + ")");
    }

    // THEN it names one of ours whose JSSE name is the JDK's own
    assertThat(wrong).isEmpty();
  }
}
