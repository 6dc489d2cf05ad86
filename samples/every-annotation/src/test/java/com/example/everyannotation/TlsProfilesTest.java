package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import io.github.tlscompat.junit.TlsProfiles;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @TlsProfiles}: your own client profiles next to the catalog's, by id and by tag. */
class TlsProfilesTest {

  @Test
  void ownProfile_failureNamesItAndTheReason() {
    EngineExecutionResults results = Cases.run(BadgeReadersOnPci.class);

    assertThat(Cases.failures(results)).containsOnly(entry("badgeReadersConnect()", "AssertionFailedError: contoso-badge-reader (Contoso badge reader, firmware 2.1)"
            + " cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION -"
            + " client offers TLSv1.0 only, server enables TLSv1.2 only. Remedy: enable TLSv1.0:"
            + " connects with TLSv1.0 TLS_RSA_WITH_AES_128_CBC_SHA (graded weak)."));
  }

  @Test
  void ownProfileByTag_connectsToTheFipsTemplate() {
    EngineExecutionResults results = Cases.run(BadgeReadersOnFips.class);

    assertThat(Cases.failures(results)).isEmpty();
    assertThat(Cases.passed(results)).containsExactly("badgeReadersConnect()");
  }

  @TlsProfiles("src/test/profiles")
  static class BadgeReadersOnPci {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-pci-3.2-win2016";

    @Test
    @RequiresClient("contoso-badge-reader")
    void badgeReadersConnect() {
    }
  }

  @TlsProfiles("src/test/profiles")
  static class BadgeReadersOnFips {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-fips-140-2-win2012r2";

    @Test
    @RequiresClient(tags = "contoso-devices", version = "TLSv1.0")
    void badgeReadersConnect() {
    }
  }
}
