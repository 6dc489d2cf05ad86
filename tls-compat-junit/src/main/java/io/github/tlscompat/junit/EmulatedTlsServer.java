package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.evidence.handshake.ServedConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** {@link TlsServer} on evidence's emulated server; {@link AutoCloseable} so that the store closes it. */
final class EmulatedTlsServer implements TlsServer, AutoCloseable {
  private final io.github.tlscompat.evidence.handshake.EmulatedServer server;

  EmulatedTlsServer(io.github.tlscompat.evidence.handshake.EmulatedServer server) {
    this.server = server;
  }

  @Override public ServerPolicy policy() {
    return server.policy();
  }

  @Override public InetSocketAddress address() {
    return server.address();
  }

  @Override public int port() {
    return server.port();
  }

  @Override public URI uri() {
    return URI.create("https://localhost:" + server.port() + "/");
  }

  @Override public KeyStore trustStore() {
    return server.trustStore();
  }

  @Override public SSLContext clientContext() {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(server.trustStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a client SSLContext trusting " + server, e);
    }
  }

  @Override public List<ServedConnection> connections() {
    return server.connections();
  }

  @Override public List<ServedConnection> awaitConnections(int count, Duration timeout) throws InterruptedException {
    return server.awaitConnections(count, timeout);
  }

  @Override public void close() {
    server.close();
  }

  @Override public String toString() {
    return server.toString();
  }
}
