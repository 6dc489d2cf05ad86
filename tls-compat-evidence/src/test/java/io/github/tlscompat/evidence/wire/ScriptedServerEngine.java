package io.github.tlscompat.evidence.wire;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLSession;

/**
 * A server {@link SSLEngine} that reads whatever hello it is given and answers with fixed bytes, as
 * a provider with a bug (or a hostile one) could: what {@link EngineProbe} must judge, not trust.
 */
final class ScriptedServerEngine extends SSLEngine {
  private final byte[] answer;
  // Buffer sizes only: taken from a real server engine so the probe sizes its buffers as usual.
  private final SSLSession session = ServerKeys.sunJsse().createSSLEngine().getSession();
  private HandshakeStatus status = HandshakeStatus.NOT_HANDSHAKING;
  private boolean answered;

  ScriptedServerEngine(byte[] answer) {
    this.answer = answer.clone();
  }

  @Override public void beginHandshake() {
    status = HandshakeStatus.NEED_UNWRAP;
  }

  @Override public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer[] dsts, int offset, int length) {
    int read = src.remaining();
    src.position(src.limit());
    if (!answered) status = HandshakeStatus.NEED_WRAP;
    return new SSLEngineResult(Status.OK, status, read, 0);
  }

  @Override public SSLEngineResult wrap(ByteBuffer[] srcs, int offset, int length, ByteBuffer dst) {
    if (answered) return new SSLEngineResult(Status.CLOSED, status, 0, 0);
    dst.put(answer);
    answered = true;
    status = HandshakeStatus.NEED_UNWRAP;
    return new SSLEngineResult(Status.OK, status, 0, answer.length);
  }

  @Override public HandshakeStatus getHandshakeStatus() {
    return status;
  }

  @Override public SSLSession getSession() {
    return session;
  }

  @Override public Runnable getDelegatedTask() {
    return null;
  }

  @Override public void closeInbound() {}

  @Override public boolean isInboundDone() {
    return false;
  }

  @Override public void closeOutbound() {}

  @Override public boolean isOutboundDone() {
    return answered;
  }

  @Override public String[] getSupportedCipherSuites() {
    return new String[0];
  }

  @Override public String[] getEnabledCipherSuites() {
    return new String[0];
  }

  @Override public void setEnabledCipherSuites(String[] suites) {}

  @Override public String[] getSupportedProtocols() {
    return new String[0];
  }

  @Override public String[] getEnabledProtocols() {
    return new String[0];
  }

  @Override public void setEnabledProtocols(String[] protocols) {}

  @Override public void setUseClientMode(boolean mode) {}

  @Override public boolean getUseClientMode() {
    return false;
  }

  @Override public void setNeedClientAuth(boolean need) {}

  @Override public boolean getNeedClientAuth() {
    return false;
  }

  @Override public void setWantClientAuth(boolean want) {}

  @Override public boolean getWantClientAuth() {
    return false;
  }

  @Override public void setEnableSessionCreation(boolean flag) {}

  @Override public boolean getEnableSessionCreation() {
    return true;
  }
}
