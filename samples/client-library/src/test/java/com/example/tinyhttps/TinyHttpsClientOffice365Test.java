package com.example.tinyhttps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.handshake.ServedConnection;
import io.github.tlscompat.junit.EmulatedServer;
import io.github.tlscompat.junit.TlsServer;
import io.github.tlscompat.junit.assertj.TlsCompatAssertions;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The client against Office 365 as it has been since 2020-10-15 (TLS 1.2 only), emulated on
 * 127.0.0.1: the configuration pinned to TLS 1.0 is refused by the server, the fixed one connects.
 */
class TinyHttpsClientOffice365Test {

  @Test
  void get_tls10OnlyClient_refusedByOffice365(@EmulatedServer("office365-2020-10") TlsServer office365)
      throws Exception {
    // GIVEN the configuration the library shipped with, for a server that only spoke TLS 1.0
    TinyHttpsClient client = TinyHttpsClient.builder()
        .protocols("TLSv1")
        .trustStore(office365.trustStore())
        .build();

    // WHEN / THEN the handshake fails: Office 365 answers TLS 1.0 with a protocol_version alert
    assertThatThrownBy(() -> client.get(office365.uri()))
        .isInstanceOf(SSLHandshakeException.class)
        // (JDK 25 puts "(protocol_version) " before the JDK 17 wording)
        .hasMessageEndingWith("Received fatal alert: protocol_version");
    ServedConnection connection = office365.awaitConnections(1, Duration.ofSeconds(5)).get(0);
    assertThat(connection.result().outcome()).isEqualTo(Observation.Outcome.REFUSED);
    TlsCompatAssertions.assertThat(connection.result().negotiation().orElseThrow())
        .isRefused()
        .because(Refused.Reason.NO_SHARED_PROTOCOL_VERSION);
  }

  // tag::emulated-server[]
  @Test
  void get_fixedClient_connectsToOffice365(@EmulatedServer("office365-2020-10") TlsServer office365)
      throws Exception {
    TinyHttpsClient client = TinyHttpsClient.builder()
        .protocols("TLSv1.3", "TLSv1.2")
        .trustStore(office365.trustStore())
        .build();

    TinyHttpsClient.Response response = client.get(office365.uri());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.protocol()).isEqualTo("TLSv1.2");
    assertThat(office365.connections()).singleElement()
        .satisfies(c -> assertThat(c.result().outcome()).isEqualTo(Observation.Outcome.CONNECTED));
  }
  // end::emulated-server[]
}
