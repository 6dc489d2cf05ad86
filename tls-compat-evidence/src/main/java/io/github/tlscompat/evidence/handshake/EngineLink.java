package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.evidence.wire.Observation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import org.bouncycastle.tls.TlsClientProtocol;

/**
 * Pumps a handshake between a {@link ProfileClient} and a server {@link SSLEngine} in memory: the
 * client's records go into {@code unwrap}, whatever the engine {@code wrap}s goes to the client,
 * delegated tasks run inline. When the engine fails it still has its alert to wrap, as
 * {@link SSLEngine} specifies; that alert is handed to the client.
 */
final class EngineLink {
  /** Far more engine steps than any handshake needs; an engine that wants more is looping. */
  private static final int MAX_STEPS = 256;

  private final SSLEngine engine;
  private ByteBuffer inbound = ByteBuffer.allocate(0);
  private ByteBuffer app;
  private ByteBuffer net;
  private boolean finished;
  private String error;

  private EngineLink(SSLEngine engine) {
    this.engine = engine;
    this.app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    this.net = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
  }

  static Observation run(ClientProfile profile, SSLEngine engine) {
    Transcript t = new Transcript();
    EngineLink link = new EngineLink(engine);
    TlsClientProtocol client = new TlsClientProtocol();
    engine.setUseClientMode(false);
    try {
      engine.beginHandshake();
      client.connect(new ProfileClient(BcHandshake.crypto(), profile, t));
      for (int turn = 0; turn < 16 && !(t.clientComplete && link.finished) && link.error == null; turn++) {
        byte[] toServer = BcHandshake.drain(client);
        if (turn == 0) t.clientHello = BcHandshake.decode(toServer);
        byte[] toClient = link.exchange(toServer);
        if (toClient.length > 0) {
          t.fromServer.feed(toClient, 0, toClient.length);
          client.offerInput(toClient);
        }
        if (toServer.length == 0 && toClient.length == 0) break;
      }
    } catch (IOException | RuntimeException e) {
      // The client failed (or the engine before its first record): let the engine read the client's alert.
      t.failure = BcHandshake.message(e);
      try {
        link.exchange(BcHandshake.drain(client));
      } catch (RuntimeException ignored) {
        // The engine failing on the alert is the expected end.
      }
    }
    if (link.error != null) t.failure = "server engine: " + link.error;
    return TranscriptReading.read(t, t.clientComplete && link.finished);
  }

  /** Gives the engine the client's bytes and returns what it sends back, its alert included when it fails. */
  private byte[] exchange(byte[] toServer) {
    append(toServer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (int step = 0; step < MAX_STEPS; step++) {
        HandshakeStatus status = engine.getHandshakeStatus();
        if (status == HandshakeStatus.NEED_TASK) {
          for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) task.run();
        } else if (status == HandshakeStatus.NEED_WRAP) {
          if (!wrap(out)) break;
        } else if (status == HandshakeStatus.NEED_UNWRAP || status.name().equals("NEED_UNWRAP_AGAIN")) {
          if (!inbound.hasRemaining() && status == HandshakeStatus.NEED_UNWRAP) break;
          if (!unwrap()) break;
        } else if (inbound.hasRemaining()) {
          // Not handshaking, but the client sent more (its alert, or a post-handshake message).
          if (!unwrap()) break;
        } else {
          break;
        }
      }
    } catch (SSLException | RuntimeException e) {
      error = BcHandshake.message(e);
      flush(out);
    }
    return out.toByteArray();
  }

  private boolean wrap(ByteArrayOutputStream out) throws SSLException {
    net.clear();
    SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), net);
    if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
      net = ByteBuffer.allocate(net.capacity() * 2);
      return true;
    }
    out.write(net.array(), 0, net.position());
    if (result.getHandshakeStatus() == HandshakeStatus.FINISHED) finished = true;
    return result.getStatus() != SSLEngineResult.Status.CLOSED || result.bytesProduced() > 0;
  }

  private boolean unwrap() throws SSLException {
    SSLEngineResult result = engine.unwrap(inbound, app);
    if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
      app = ByteBuffer.allocate(app.capacity() * 2);
      return true;
    }
    app.clear();
    if (result.getHandshakeStatus() == HandshakeStatus.FINISHED) finished = true;
    return result.getStatus() == SSLEngineResult.Status.OK && (result.bytesConsumed() > 0 || result.bytesProduced() > 0
        || result.getHandshakeStatus() != HandshakeStatus.NEED_UNWRAP);
  }

  /** Wraps what the engine still has to send after it failed (its alert), until it has none. */
  private void flush(ByteArrayOutputStream out) {
    for (int step = 0; step < 8 && !engine.isOutboundDone(); step++) {
      try {
        net.clear();
        SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), net);
        out.write(net.array(), 0, net.position());
        if (result.bytesProduced() == 0) return;
      } catch (SSLException | RuntimeException e) {
        return;
      }
    }
  }

  private void append(byte[] bytes) {
    if (bytes.length == 0) return;
    ByteBuffer joined = ByteBuffer.allocate(inbound.remaining() + bytes.length);
    joined.put(inbound).put(bytes).flip();
    inbound = joined;
  }
}
