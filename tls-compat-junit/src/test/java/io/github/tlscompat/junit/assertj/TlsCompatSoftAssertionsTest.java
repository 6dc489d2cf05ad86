package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.FIPS;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.LPE_VS_PCI;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.PCI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.algebra.Diff;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

class TlsCompatSoftAssertionsTest {

  @Test
  void assertAll_collectsEveryFailureOfEverySubject() {
    // GIVEN
    TlsCompatSoftAssertions softly = new TlsCompatSoftAssertions();

    // WHEN
    softly.assertThat(PCI).accepts("LPE-CE6");
    softly.assertThat(FIPS).accepts("LPE-CE6").negotiating(TLS_1_2, TLS_RSA_WITH_AES_128_CBC_SHA);
    softly.assertThat(Diff.between(FIPS, PCI, DiffAssertTest.FLEET)).keeps("LPE-CE6");
    softly.assertThat(FleetAssertTest.PHONES).noneConnectTo(PCI);
    softly.assertThat(NegotiationAssertTest.REFUSED).isRefused();
    AssertJMultipleFailuresError error = catchThrowableOfType(AssertJMultipleFailuresError.class, softly::assertAll);

    // THEN
    // Soft assertions add the line of each failing assertion after the message.
    assertThat(error.getFailures()).extracting(Throwable::getMessage).containsExactly(
        LPE_VS_PCI + lineOf(23),
        ServerPolicyAssertTest.LPE + " connects to iiscrypto-3.2-fips-140-2-win2012r2 with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA, but expected TLSv1.2 TLS_RSA_WITH_AES_128_CBC_SHA." + lineOf(24),
        LPE_VS_PCI + lineOf(25));
  }

  private static String lineOf(int line) {
    return String.format("%nat TlsCompatSoftAssertionsTest.assertAll_collectsEveryFailureOfEverySubject("
        + "TlsCompatSoftAssertionsTest.java:%d)", line);
  }
}
