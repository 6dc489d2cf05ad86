package io.github.tlscompat.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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

  private LoopbackServer(SSLServerSocket socket) {
    this.socket = socket;
    this.acceptor = new Thread(this::acceptLoop, "loopback-tls-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on an ephemeral port of 127.0.0.1 with the context's defaults. */
  static LoopbackServer start(SSLContext context) {
    try {
      SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
          .createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      return new LoopbackServer(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", socket.getLocalPort());
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket accepted = socket.accept();
        Thread handshake = new Thread(() -> handshake((SSLSocket) accepted));
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
