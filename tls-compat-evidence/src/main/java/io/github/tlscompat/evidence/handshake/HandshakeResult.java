package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.evidence.wire.WireResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a real Bouncy Castle handshake gave, as the model's {@link Negotiation}, with the evidence it
 * rests on, so that it can be compared with the prediction cell by cell ({@link #disagreementWith}).
 *
 * <p>A {@link Outcome#CONNECTED} result with {@link Evidence#HANDSHAKE} means both Finished messages
 * were exchanged. When the server chose a suite Bouncy Castle cannot run (RC4, DES, export, IDEA),
 * the client stops after the ServerHello and the result is {@link Outcome#CONNECTED} with
 * {@link Evidence#WIRE}: the server's choice is proven, the client's later checks are not, and a
 * warning says why. A refusal carries the exact reason when the emulation's own checks decided it
 * (a client's limits, a server's SNI or client-certificate demand, a server that skipped every
 * suite), and otherwise the one an alert stands for; {@link #consistentReasons} holds every reason
 * the alert is consistent with ({@link WireResult#reasonsForAlert}) plus the exact one, and a
 * prediction is compared with that set. The alert's text and the exception message stay in the
 * refusal's detail.
 *
 * @param outcome what kind of result it is
 * @param negotiation the result as a negotiation; empty when it failed or could not run
 * @param consistentReasons the refusal reasons the result is consistent with (empty unless refused)
 * @param evidence what the result rests on; empty when nothing ran
 * @param alert the fatal alert that ended the handshake, if any
 * @param alertSender which side sent {@code alert}
 * @param detail one sentence for a person: what was negotiated, or which side failed and why
 * @since 0.1.0
 */
public record HandshakeResult(Outcome outcome, Optional<Negotiation> negotiation, Set<Reason> consistentReasons,
    Optional<Evidence> evidence, Optional<Alert> alert, Optional<Side> alertSender, String detail) {

  /** Validates the components and copies the set. */
  public HandshakeResult {
    Preconditions.checkNotNull(outcome, "outcome");
    Preconditions.checkNotNull(negotiation, "negotiation");
    Preconditions.checkNotNull(evidence, "evidence");
    Preconditions.checkNotNull(alert, "alert");
    Preconditions.checkNotNull(alertSender, "alertSender");
    Preconditions.checkNotNull(detail, "detail");
    consistentReasons = consistentReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consistentReasons));
  }

  /** A result for a pair Bouncy Castle cannot run, saying why. */
  static HandshakeResult notRunnable(String why) {
    return new HandshakeResult(Outcome.NOT_RUNNABLE, Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), why);
  }

  /**
   * Why the model's prediction does not match this result, or empty when it does. A handshake that
   * connected matches a {@link Connected} with the same version, suite, group, DH size, signature
   * scheme, HelloRetryRequest and certificate (each compared where both sides know it). A
   * connection that rests on the ServerHello alone also matches a refusal the client would make
   * after it (certificate, key exchange, client certificate), which did not run. A refusal matches a
   * {@link Refused} whose reason is among {@link #consistentReasons}. A failure, or a pair that
   * could not run, never matches.
   */
  public Optional<String> disagreementWith(Negotiation model) {
    Preconditions.checkNotNull(model, "model");
    String seen = "the handshake gave " + this;
    switch (outcome) {
      case CONNECTED -> {
        if (model instanceof Refused r) {
          boolean notRun = evidence.orElseThrow() == Evidence.WIRE && r.stage().compareTo(Stage.SERVER_HELLO) > 0;
          return notRun ? Optional.empty() : Optional.of("model predicts " + r + ", but " + seen);
        }
        List<String> diffs = ((Connected) negotiation.orElseThrow()).differencesFrom((Connected) model);
        return diffs.isEmpty() ? Optional.empty()
            : Optional.of("model predicts " + model + ", but " + seen + ": " + String.join(", ", diffs));
      }
      case REFUSED -> {
        if (model instanceof Refused r && consistentReasons.contains(r.reason())) return Optional.empty();
        return Optional.of("model predicts " + model + ", but " + seen + ", consistent only with "
            + EnumSet.copyOf(consistentReasons));
      }
      default -> {
        return Optional.of("cannot compare with " + model + ": " + seen);
      }
    }
  }


  /**
   * For example {@code HANDSHAKE CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 x25519} or
   * {@code HANDSHAKE REFUSED NO_SHARED_CIPHER_SUITE - server sent handshake_failure(40): ...}.
   */
  @Override public String toString() {
    String text = negotiation.map(Negotiation::toString).orElse(outcome + " (" + detail + ")");
    return evidence.map(e -> e + " ").orElse("") + text;
  }

  /** What kind of result it is. */
  public enum Outcome {
    /** The handshake completed ({@link Evidence#HANDSHAKE}), or got as far as a ServerHello BC cannot follow ({@link Evidence#WIRE}). */
    CONNECTED,
    /** One side refused, for a reason the model has. */
    REFUSED,
    /** The handshake broke for a reason the model does not have (e.g. {@code internal_error}, {@code decode_error}). */
    FAILED,
    /** Bouncy Castle cannot run this pair (SSL 2.0, an SSL 2.0-framed hello, a certificate it cannot make). */
    NOT_RUNNABLE
  }

  /** A side of the handshake. */
  public enum Side {
    /** The client. */
    CLIENT,
    /** The server. */
    SERVER
  }
}
