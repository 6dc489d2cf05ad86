package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.evidence.handshake.ServedConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apiguardian.api.API;

/**
 * A running TLS server that behaves as a server policy says, injected by
 * {@link EmulatedServer @EmulatedServer}: where it listens, how to trust it, and what each
 * handshake negotiated.
 *
 * <p>Thread-safe. The harness closes it; a test need not.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface TlsServer {

  /** The policy the server follows. */
  ServerPolicy policy();

  /** Where it listens: 127.0.0.1 and an ephemeral port. */
  InetSocketAddress address();

  /** The port it listens on. */
  int port();

  /** {@code https://localhost:<port>/}: the certificate names {@code localhost}, so host name verification passes. */
  URI uri();

  /** A new key store trusting every certificate the server may present. */
  KeyStore trustStore();

  /**
   * A new {@code SSLContext} ("TLS", the default provider) that trusts the server and nothing else,
   * with no client key: for the client under test, e.g. {@code HttpClient.newBuilder().sslContext(...)}.
   */
  SSLContext clientContext();

  /** The connections served so far, oldest first, each with what its handshake negotiated or why it was refused. */
  List<ServedConnection> connections();

  /**
   * Waits until at least {@code count} connections have a result, and returns them all, oldest first.
   *
   * @throws IllegalStateException if they do not within {@code timeout}, listing those that did
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  List<ServedConnection> awaitConnections(int count, Duration timeout) throws InterruptedException;
}
