package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import io.github.tlscompat.evidence.wire.ServerResponseParser;
import java.util.ArrayList;
import java.util.List;

/**
 * What one handshake showed, filled in by both peers' callbacks and by the transport as bytes
 * pass: the raw material of a {@link Observation}. Confined to the thread running the handshake.
 */
final class Transcript {
  /** The client's first flight, decoded; null when it did not decode. */
  ClientHello clientHello;
  /** The server's flights as they crossed to the client, read as far as they are in clear. */
  final ServerResponseParser fromServer = new ServerResponseParser();

  /** The server chose a suite BC cannot run, so the client stopped after the ServerHello. */
  boolean unrunnableSuite;
  /** The certificate the client received. */
  ServerCertificate receivedCertificate;

  /** The first flight a {@link PolicyServer} wrote itself for a suite BC cannot run ({@link UnrunnableSuiteFlight}). */
  byte[] handWrittenFlight;

  /** What the emulated server decided, when the server is a {@link PolicyServer}. */
  CertificateSpec presentedCertificate;
  SignatureScheme signedWith;
  NamedGroup ffdheGroup;

  /** The refusal one side's own checks decided, with the exact reason; the first one wins. */
  Refusal refusal;
  /** The first fatal alert, who sent it and why. */
  Side alertSender;
  short alertDescription = -1;
  String alertMessage;
  /** The exception that ended the handshake, as text. */
  String failure;

  /** Whether only the server side is ours (an {@link EmulatedServer} and a remote client). */
  boolean serverOnly;
  /** Whether the remote client closed the connection (end of stream) while the server read. */
  boolean peerClosed;
  /** Whether the first alert was the server's answer to that close rather than a decision of its own. */
  boolean alertOnClose;

  boolean clientComplete;
  boolean serverComplete;

  /** Records a refusal made by the emulation's own checks; an earlier one is kept. */
  void refuse(Side side, Reason reason, Stage stage, String detail) {
    if (refusal == null) refusal = new Refusal(side, reason, stage, detail);
  }

  /**
   * Records the first fatal alert a side raised or received, with what BC said about it. BC wraps
   * the cause in "Failed to process record" and prefixes its message with the alert's name; both
   * are dropped, as the alert is shown anyway.
   */
  void alertRaised(Side side, short description, String message, Throwable cause) {
    if (alertSender != null) return;
    alertSender = side;
    alertDescription = description;
    alertOnClose = peerClosed;
    String name = org.bouncycastle.tls.AlertDescription.getText(description);
    StringBuilder text = new StringBuilder();
    List<String> parts = new ArrayList<>();
    parts.add(message);
    for (Throwable c = cause; c != null; c = c.getCause()) parts.add(c.getMessage());
    for (String part : parts) {
      if (part == null || part.startsWith("Failed to ")) continue;
      String m = part.startsWith(name) ? part.substring(name.length()).replaceFirst("^;\\s*", "") : part;
      if (!m.isEmpty() && text.indexOf(m) < 0) text.append(text.length() == 0 ? "" : ": ").append(m);
    }
    alertMessage = text.length() == 0 ? null : text.toString();
  }

  /** A refusal by the emulation's own checks. */
  record Refusal(Side side, Reason reason, Stage stage, String detail) {}
}
