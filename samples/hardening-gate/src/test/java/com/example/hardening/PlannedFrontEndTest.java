package com.example.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.junit.ForEachClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.util.Set;

/**
 * The planned Front End policy, client by client: the report lists each Lync client with what it
 * negotiates, and every client the plan cuts off must be on the replacement list before it ships.
 */
class PlannedFrontEndTest {
  // tag::for-each-client[]
  /** Clients the site replaces before the change; the plan may cut these off. */
  private static final Set<String> REPLACED_FIRST = Set.of("LPE-CE6", "LPE-CE6-sha1-only", "lync-2013-win7");

  @ServerUnderTest
  static String plannedFrontEnd = "iiscrypto-3.2-pci-3.2-win2016";

  @ForEachClient(tags = "lync")
  void everyClientCutOffIsOnTheReplacementList(ClientProfile client, Negotiation negotiation) {
    if (negotiation instanceof Refused refused) {
      assertThat(REPLACED_FIRST)
          .as("%s is refused (%s) but is not replaced first", client.id(), refused.reason())
          .contains(client.id());
    }
  }
  // end::for-each-client[]
}
