package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.Observation;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * One connection an {@link EmulatedServer} accepted: who connected, what their ClientHello said,
 * and what the handshake gave, so that a test of client code can assert on what its client
 * negotiated or why it was refused.
 *
 * <pre>{@code
 * ServedConnection c = server.awaitConnections(1, Duration.ofSeconds(5)).get(0);
 * assertThat(c.result().negotiation()).containsInstanceOf(Connected.class);
 * }</pre>
 *
 * @param client the client's address and port
 * @param acceptedAt when the connection was accepted
 * @param clientHello the client's first message, decoded; empty when it was not a ClientHello
 * @param result what the handshake gave, from the server's side: both Finished messages exchanged,
 *     a refusal by the server or the client, or why Bouncy Castle could not serve it
 * @since 0.1.0
 */
public record ServedConnection(InetSocketAddress client, Instant acceptedAt, Optional<ClientHello> clientHello,
    Observation result) {

  /** Validates the components. */
  public ServedConnection {
    Preconditions.checkNotNull(client, "client");
    Preconditions.checkNotNull(acceptedAt, "acceptedAt");
    Preconditions.checkNotNull(clientHello, "clientHello");
    Preconditions.checkNotNull(result, "result");
  }

  /** For example {@code /127.0.0.1:53122: HANDSHAKE CONNECTED TLSv1.3 TLS_AES_128_GCM_SHA256 x25519}. */
  @Override public String toString() {
    return client + ": " + result;
  }
}
