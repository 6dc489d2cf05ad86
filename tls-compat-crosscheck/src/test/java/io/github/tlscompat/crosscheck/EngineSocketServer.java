package io.github.tlscompat.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * A loopback TCP server whose every connection is served by a fresh server {@link SSLEngine}, so
 * that a JSSE engine configured as an application does can be scanned and probed over a socket.
 * Each connection runs its handshake (or its refusal) and is closed; nothing else is served.
 */
final class EngineSocketServer implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "engine-socket-server");
    t.setDaemon(true);
    return t;
  });

  EngineSocketServer(Supplier<SSLEngine> engines) {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pool.execute(() -> {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          pool.execute(() -> serve(s, engines.get()));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
  }

  private static void serve(Socket s, SSLEngine engine) {
    try (s) {
      s.setSoTimeout(5000);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      int size = engine.getSession().getPacketBufferSize();
      ByteBuffer netIn = ByteBuffer.allocate(4 * size);
      ByteBuffer app = ByteBuffer.allocate(4 * engine.getSession().getApplicationBufferSize());
      ByteBuffer netOut = ByteBuffer.allocate(4 * size);
      byte[] chunk = new byte[size];
      try {
        engine.beginHandshake();
        while (true) {
          SSLEngineResult.HandshakeStatus hs = engine.getHandshakeStatus();
          if (hs == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
            netOut.clear();
            SSLEngineResult r = engine.wrap(ByteBuffer.allocate(0), netOut);
            out.write(netOut.array(), 0, netOut.position());
            out.flush();
            if (r.getStatus() == SSLEngineResult.Status.CLOSED) return;
          } else if (hs == SSLEngineResult.HandshakeStatus.NEED_UNWRAP) {
            netIn.flip();
            SSLEngineResult r = engine.unwrap(netIn, app);
            netIn.compact();
            if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                || r.bytesConsumed() == 0 && r.getStatus() == SSLEngineResult.Status.OK) {
              int n = in.read(chunk);
              if (n < 0) return;
              netIn.put(chunk, 0, n);
            }
            if (r.getStatus() == SSLEngineResult.Status.CLOSED) return;
          } else if (hs == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            Runnable task;
            while ((task = engine.getDelegatedTask()) != null) task.run();
          } else {
            return;
          }
        }
      } catch (SSLException refused) {
        // The engine refused: send the alert it queued.
        engine.closeOutbound();
        while (!engine.isOutboundDone()) {
          netOut.clear();
          engine.wrap(ByteBuffer.allocate(0), netOut);
          if (netOut.position() == 0) break;
          out.write(netOut.array(), 0, netOut.position());
        }
        out.flush();
      }
    } catch (IOException | RuntimeException gone) {
      // The probe closed after the server's first flight: expected.
    }
  }

  @Override public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    pool.shutdownNow();
  }
}
