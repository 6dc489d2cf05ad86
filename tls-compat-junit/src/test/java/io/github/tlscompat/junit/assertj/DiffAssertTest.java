package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.FIPS;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.LPE_VS_PCI;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.PCI;
import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.profiles.Catalog;
import org.junit.jupiter.api.Test;

class DiffAssertTest {

  static final Fleet FLEET = Catalog.builtIn().fleet("LPE-CE6,chrome-101-win10");
  /** The hardening of the seed story: the FIPS template today, PCI after. */
  static final Diff HARDENING = Diff.between(FIPS, PCI, FLEET);

  @Test
  void loses_lostClient_passes() {
    assertThat(HARDENING).loses("LPE-CE6").keeps("chrome-101-win10");
  }

  @Test
  void keeps_lostClient_failsWithTheRequiresClientMessage() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(HARDENING).keeps("LPE-CE6"));

    assertThat(error).hasMessage(LPE_VS_PCI);
  }

  @Test
  void losesNothing_lossyChange_failsListingTheLost() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(HARDENING).losesNothing());

    assertThat(error).hasMessage(LPE_VS_PCI);
  }

  @Test
  void loses_keptClient_failsWithTheExplanation() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(HARDENING).loses("chrome-101-win10"));

    assertThat(error).hasMessage(String.format("Expecting the change from iiscrypto-3.2-fips-140-2-win2012r2 to"
        + " iiscrypto-3.2-pci-3.2-win2016 to lose chrome-101-win10, but:%n" + HARDENING.entries().get(1).change()
        + ": " + HARDENING.entries().get(1).explanation()));
    assertThat(HARDENING.entries().get(1).explanation()).startsWith("chrome-101-win10: ");
  }

  @Test
  void keeps_clientNotInTheFleet_fails() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(HARDENING).keeps("ie-6-xp"));

    assertThat(error).hasMessage("ie-6-xp is not in the fleet 'LPE-CE6,chrome-101-win10' of the diff");
  }
}
