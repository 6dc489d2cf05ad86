package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.FIPS;
import static io.github.tlscompat.junit.RequiresClientTests.LPE;
import static io.github.tlscompat.junit.RequiresClientTests.PCI;
import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@RejectsClient")
class RejectsClientTests {

  @Test
  @DisplayName("passes when the client is refused")
  void refusedClient_passes() {
    EngineExecutionResults results = run(PciCase.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(reportEntries(results)).containsExactly("tls-compat.LPE-CE6=" + PCI + ": REFUSED"
        + " NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only (model)");
  }

  @Test
  @DisplayName("fails saying with what version and suite the client connects")
  void connectingClient_failsWithVersionAndSuite() {
    EngineExecutionResults results = run(FipsCase.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureMessage(results)).isEqualTo("2 clients fail against " + FIPS + ":\n"
        + "1. " + LPE + " connects to " + FIPS + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA, but must be refused.\n"
        + "2. chrome-101-win10 (Chrome 101 (Win 10)) connects to " + FIPS + " with TLSv1.2"
        + " TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, but must be refused.");
  }

  @Test
  @DisplayName("combines with @RequiresClient on one test")
  void withRequiresClient_bothChecked() {
    EngineExecutionResults results = run(BothCase.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(reportEntries(results)).hasSize(2);
  }

  static class PciCase {
    @ServerUnderTest static String server = PCI;

    @Test @RejectsClient("LPE-CE6") void lyncPhoneIsCutOff() {}
  }

  static class FipsCase {
    @ServerUnderTest static String server = FIPS;

    @Test @RejectsClient("LPE-CE6") @RejectsClient("chrome-101-win10") void bothAreCutOff() {}
  }

  static class BothCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient("chrome-101-win10") @RejectsClient("LPE-CE6") void modernOnly() {}
  }
}
