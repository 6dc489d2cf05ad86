package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import java.nio.ByteBuffer;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * Sends a ClientHello to an in-process server {@link SSLEngine} (SunJSSE, BCJSSE or any provider)
 * and reads its answer: the wire evidence without a socket, in a few milliseconds.
 *
 * <p>The engine gets the ClientHello bytes exactly as given (TLS records, or an SSL 2.0-framed
 * hello) through {@code unwrap}; whatever it then wants to send is collected through {@code wrap}
 * until it waits for the client's next flight, closes, or fails. Delegated tasks run inline on the
 * caller's thread. When the engine rejects the hello it throws, and, as {@link SSLEngine} specifies,
 * still has its alert to {@code wrap}; the probe collects that alert and keeps the exception's
 * message as the server's own explanation.
 *
 * <p>What the engine picks is checked against the hello, as {@link LiveProbe} checks a live
 * server: a version, cipher suite or SSL 2.0 SERVER-HELLO the client never offered is
 * {@link Observation.Outcome#PROTOCOL_VIOLATION}, which a real client aborts on.
 *
 * <p>The engine is not handed to a client afterwards: the probe stops at the server's first flight,
 * as testssl.sh's client simulation does. Stateless and thread-safe; each call uses its own engine.
 *
 * @since 0.1.0
 */
public final class EngineProbe {
  /** Enough turns for any first flight; an engine that asks for more is looping. */
  private static final int MAX_STEPS = 64;

  private EngineProbe() {}

  /**
   * Probes a server engine from {@code context} with its default settings.
   *
   * @param clientHello the client's first flight as it travels on the wire
   * @param context an initialised context with a server key
   */
  public static Observation probe(byte[] clientHello, SSLContext context) {
    Preconditions.checkNotNull(context, "context");
    return probe(clientHello, context.createSSLEngine());
  }

  /**
   * Probes a server engine configured by the caller (enabled protocols, suites, SSLv2Hello, ...); it
   * is switched to server mode and must not have started a handshake.
   */
  public static Observation probe(byte[] clientHello, SSLEngine engine) {
    Exchange exchange = exchange(clientHello, engine);
    return Observation.from(exchange.response, exchange.serverError);
  }

  /** What the engine sent, and the message of the exception it threw, if it threw. */
  private record Exchange(ServerResponse response, Optional<String> serverError) {}

  private static Exchange exchange(byte[] clientHello, SSLEngine engine) {
    Preconditions.checkNotNull(clientHello, "clientHello");
    Preconditions.checkNotNull(engine, "engine");
    engine.setUseClientMode(false);
    // The engine is judged, not trusted: a provider that picks what the client never offered is
    // the server's protocol violation, as it is from a live server.
    ServerResponseParser parser = LiveProbe.parserFor(clientHello);
    ByteBuffer in = ByteBuffer.wrap(clientHello);
    ByteBuffer app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    ByteBuffer net = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    ByteBuffer empty = ByteBuffer.allocate(0);
    String error = null;
    try {
      engine.beginHandshake();
    } catch (SSLException e) {
      return new Exchange(parser.finish(), Optional.of(message(e)));
    }
    for (int step = 0; step < MAX_STEPS; step++) {
      HandshakeStatus status = engine.getHandshakeStatus();
      try {
        if (status == HandshakeStatus.NEED_TASK) {
          for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) task.run();
        } else if (status == HandshakeStatus.NEED_WRAP) {
          net.clear();
          SSLEngineResult result = engine.wrap(empty, net);
          if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            net = ByteBuffer.allocate(net.capacity() * 2);
            continue;
          }
          net.flip();
          parser.feed(net.array(), 0, net.limit());
          if (result.getStatus() == SSLEngineResult.Status.CLOSED && result.bytesProduced() == 0) break;
        } else if (status == HandshakeStatus.NEED_UNWRAP || status.name().equals("NEED_UNWRAP_AGAIN")) {
          // NEED_UNWRAP with nothing left to give means the server waits for the client: its flight is complete.
          if (!in.hasRemaining() && !status.name().equals("NEED_UNWRAP_AGAIN")) break;
          SSLEngineResult result = engine.unwrap(in, app);
          if (result.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
            error = error != null ? error : "the engine wants more of the ClientHello than was given";
            break;
          }
          if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            app = ByteBuffer.allocate(app.capacity() * 2);
          }
        } else {
          break;
        }
      } catch (SSLException | RuntimeException e) {
        // The engine refused. Keep its reason; SSLEngine says its alert, if any, is still to be
        // wrapped, whatever handshake status it reports now.
        error = message(e);
        flush(engine, parser);
        break;
      }
    }
    return new Exchange(parser.finish(), Optional.ofNullable(error));
  }

  /** Wraps whatever the engine still has to send after it failed (its alert), until it has none. */
  private static void flush(SSLEngine engine, ServerResponseParser parser) {
    ByteBuffer net = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    for (int step = 0; step < MAX_STEPS && !engine.isOutboundDone(); step++) {
      try {
        net.clear();
        SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), net);
        net.flip();
        parser.feed(net.array(), 0, net.limit());
        if (result.bytesProduced() == 0) return;
      } catch (SSLException | RuntimeException e) {
        return;
      }
    }
  }

  private static String message(Throwable e) {
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
    // BCJSSE wraps its TlsFatalAlert; the cause carries the useful text.
    if (e.getCause() != null && e.getCause().getMessage() != null && !e.getMessage().contains(e.getCause().getMessage())) {
      s.append(" (").append(e.getCause().getMessage()).append(')');
    }
    return s.toString();
  }
}
