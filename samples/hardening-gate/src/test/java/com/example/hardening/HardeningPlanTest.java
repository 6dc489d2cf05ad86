package com.example.hardening;

import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.profiles.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The plan: move the Front End pool from the IIS Crypto FIPS 140-2 template on Windows Server 2012 R2
 * (today) to the PCI 3.2 template on Windows Server 2016 (TLS 1.2 only). Which Lync clients does that
 * lose, and which does it keep?
 */
class HardeningPlanTest {
  // tag::assertj-diff[]
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final ServerPolicy TODAY = CATALOG.server("iiscrypto-3.2-fips-140-2-win2012r2");
  private static final ServerPolicy PLANNED = CATALOG.server("iiscrypto-3.2-pci-3.2-win2016");

  @Test
  void pciTemplate_losesThePhonesAndLync2013_keepsSkypeForBusiness() {
    Diff plan = Diff.between(TODAY, PLANNED, CATALOG.fleet("lync"));

    assertThat(plan)
        .loses("LPE-CE6", "lync-2013-win7")
        .keeps("sfb-2015-win7-tls12");
  }
  // end::assertj-diff[]

  @Test
  void pciTemplate_keepingThePhones_failsWithWhyAndTheRemedy() {
    Diff plan = Diff.between(TODAY, PLANNED, CATALOG.fleet("lync"));

    assertThatThrownBy(() -> assertThat(plan).keeps("LPE-CE6"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed certificates))"
            + " cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION - client offers"
            + " SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA:"
            + " connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).");
  }

  @Test
  void todaysPolicy_servesThePhonesWith3des() {
    assertThat(TODAY).accepts("LPE-CE6").negotiating(ProtocolVersion.TLS_1_0, "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }
}
