package io.github.tlscompat.crosscheck;

import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A JSSE provider's own server socket on 127.0.0.1, configured from a policy as {@link JsseServer}
 * configures an application's ({@link JsseServer#serverSocket}): each connection gets a handshake,
 * or its refusal, and is closed. What {@code ScanCrossCheckTest} scans BCJSSE through.
 */
final class JsseSocketServer implements AutoCloseable {
  private final SSLServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "jsse-socket-server");
    t.setDaemon(true);
    return t;
  });

  JsseSocketServer(JsseServer jsse, Implemented implemented) {
    try {
      socket = jsse.serverSocket(implemented);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pool.execute(() -> {
      while (!socket.isClosed()) {
        try {
          SSLSocket s = (SSLSocket) socket.accept();
          pool.execute(() -> handshake(s));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
  }

  private static void handshake(SSLSocket s) {
    try (s) {
      s.setSoTimeout(5000);
      s.startHandshake();
    } catch (IOException | RuntimeException refused) {
      // the client learns of a refusal from the alert; nothing to do here
    }
  }

  @Override public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
