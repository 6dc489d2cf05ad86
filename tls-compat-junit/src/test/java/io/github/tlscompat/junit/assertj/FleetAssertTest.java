package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.FIPS;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.LPE_VS_PCI;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.PCI;
import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.profiles.Catalog;
import org.junit.jupiter.api.Test;

class FleetAssertTest {

  static final Fleet PHONES = Catalog.builtIn().fleet("LPE-CE6,ie-6-xp");

  @Test
  void allConnectTo_everyClientConnects_passes() {
    assertThat(Catalog.builtIn().fleet("LPE-CE6,chrome-101-win10")).allConnectTo(FIPS).containsClients("LPE-CE6");
  }

  @Test
  void allConnectTo_refusedClients_failsListingEachWithTheRequiresClientMessage() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(PHONES).allConnectTo(PCI));

    assertThat(error).hasMessage("2 clients fail against iiscrypto-3.2-pci-3.2-win2016:\n1. " + LPE_VS_PCI + "\n"
        + "2. ie-6-xp (IE 6 XP) cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION - client"
        + " offers SSLv2..SSLv3, server enables TLSv1.2 only. Remedy: enable SSLv3, add TLS_RSA_WITH_3DES_EDE_CBC_SHA:"
        + " connects with SSLv3 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).");
  }

  @Test
  void noneConnectTo_connectingClient_fails() {
    assertThat(PHONES).noneConnectTo(PCI);
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(PHONES).noneConnectTo(FIPS));

    assertThat(error).hasMessage(ServerPolicyAssertTest.LPE + " connects to iiscrypto-3.2-fips-140-2-win2012r2 with"
        + " TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA, but must be refused.");
  }

  @Test
  void containsClients_missingId_failsListingTheFleet() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(PHONES).containsClients("chrome-101-win10"));

    assertThat(error).hasMessage("Expecting fleet 'LPE-CE6,ie-6-xp' to contain clients [chrome-101-win10], but it"
        + " holds [LPE-CE6, ie-6-xp]");
  }
}
