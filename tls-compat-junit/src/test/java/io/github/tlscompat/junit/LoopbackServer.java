package io.github.tlscompat.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A JSSE server on 127.0.0.1 that handshakes with whoever connects: the live server a test class
 * starts in {@code @BeforeAll} and declares by its address.
 */
final class LoopbackServer implements AutoCloseable {
  private final SSLServerSocket socket;
  private final Thread acceptor;
  private final String[] suites;
  private volatile String[] protocols;

  private LoopbackServer(SSLServerSocket socket, String[] protocols, String[] suites) {
    this.socket = socket;
    this.protocols = protocols;
    this.suites = suites;
    this.acceptor = new Thread(this::acceptLoop, "loopback-tls-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on an ephemeral port of 127.0.0.1 with the context's defaults. */
  static LoopbackServer start(SSLContext context) {
    return start(context, null, null);
  }

  /**
   * Listens on an ephemeral port of 127.0.0.1 with these protocols and suites (in the server's
   * order), or the context's defaults for null: the same server on every JDK the build runs on.
   */
  static LoopbackServer start(SSLContext context, String[] protocols, String[] suites) {
    try {
      SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
          .createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      return new LoopbackServer(socket, protocols, suites);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", socket.getLocalPort());
  }

  /** Enables these protocols for the connections accepted from now on: the server reconfigured while it runs. */
  void protocols(String... protocols) {
    this.protocols = protocols.clone();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        SSLSocket accepted = (SSLSocket) socket.accept();
        String[] enabled = protocols;
        if (enabled != null) accepted.setEnabledProtocols(enabled);
        if (suites != null) {
          accepted.setEnabledCipherSuites(suites);
          javax.net.ssl.SSLParameters parameters = accepted.getSSLParameters();
          parameters.setUseCipherSuitesOrder(true);
          accepted.setSSLParameters(parameters);
        }
        Thread handshake = new Thread(() -> handshake(accepted));
        handshake.setDaemon(true);
        handshake.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void handshake(SSLSocket socket) {
    try (socket) {
      socket.setSoTimeout(5_000);
      socket.startHandshake();
    } catch (IOException e) {
      // A probe hangs up after the server's first flight: that ends the handshake here.
    }
  }

  @Override public void close() throws IOException {
    socket.close();
  }
}
