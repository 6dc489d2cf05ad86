package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.junit.ForEachClient;
import io.github.tlscompat.junit.ServerUnderTest;
import io.github.tlscompat.junit.assertj.TlsCompatAssertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @ForEachClient}: one invocation per client, named after it, with its negotiation injected. */
class ForEachClientTest {

  @Test
  void eachClient_invocationNamedAfterTheClient_failureSaysWhy() {
    EngineExecutionResults results = Cases.run(EachLyncClient.class);

    assertThat(Cases.passed(results)).containsExactly("sfb-2015-win7-tls12 (Skype for Business 2015 (Lync 2013) desktop client on Windows 7"
        + " with TLS 1.2 enabled)");
    assertThat(Cases.failures(results)).containsOnly(entry("LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed certificates))",
        "AssertionError: Expecting a connection, but was refused: NO_SHARED_PROTOCOL_VERSION - client offers"
            + " SSLv3..TLSv1.0, server enables TLSv1.2 only"));
  }

  static class EachLyncClient {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-pci-3.2-win2016";

    @ForEachClient({"LPE-CE6", "sfb-2015-win7-tls12"})
    void connects(ClientProfile client, Negotiation negotiation) {
      TlsCompatAssertions.assertThat(negotiation).isConnected();
    }
  }
}
