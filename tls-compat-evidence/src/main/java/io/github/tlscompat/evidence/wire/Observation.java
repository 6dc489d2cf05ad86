package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Difference;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the evidence showed for one client and one server, as the model's {@link Negotiation}, so
 * that it can be compared with the prediction cell by cell ({@link #disagreementWith}): a server's
 * answer to a ClientHello read off the wire by a probe ({@link LiveProbe}, {@link EngineProbe}), or
 * a real Bouncy Castle handshake ({@code BcHandshake}, the emulated server).
 *
 * <p><b>Evidence.</b> A probe's observation rests on {@link Evidence#WIRE} and carries the parsed
 * {@link #response()}. A handshake's rests on {@link Evidence#HANDSHAKE} when both Finished
 * messages were exchanged or one side refused after its checks ran; when the server chose a suite
 * Bouncy Castle cannot run (RC4, DES, export, IDEA), the client stops after the ServerHello and the
 * connection rests on {@link Evidence#WIRE}: the server's choice is proven, the client's later checks
 * are not, and a warning says why. A pair Bouncy Castle cannot run rests on nothing.
 *
 * <p><b>Reasons.</b> An alert says less than a {@link Reason}: {@code handshake_failure} is what
 * servers send for no shared suite, group, signature scheme or certificate alike, and the JDK sends
 * it for an SSL 2.0-framed hello it does not read. So a refusal carries one representative reason
 * in its {@link Refused} (with "from a handshake_failure(40) alert" in the detail) and, in
 * {@link #consistentReasons}, every reason the alert is consistent with ({@link #reasonsForAlert}),
 * plus the exact one when the emulation's own checks decided it; a prediction is compared with that
 * set, never with the representative alone.
 *
 * @param outcome what kind of answer it was
 * @param evidence what the observation rests on; empty for a pair that could not run
 * @param negotiation the observation as a negotiation, when the model's types can carry it: empty
 *     for a close without alert, an alert that names no reason, an unreadable answer, a failed
 *     handshake or one that could not run
 * @param consistentReasons the refusal reasons the observation is consistent with (empty unless refused or closed)
 * @param alert the alert that ended the exchange, if any
 * @param alertSender which side sent {@code alert} (the server, on a probe)
 * @param response the server's answer as a probe read it off the wire; empty for a handshake
 * @param serverExplanation what the server itself said about its decision, when a probe met a
 *     server running in-process (the engine's exception message); empty otherwise
 * @param detail one sentence for a person: what was negotiated, or which side refused or failed and why
 * @since 0.1.0
 */
public record Observation(Outcome outcome, Optional<Evidence> evidence, Optional<Negotiation> negotiation,
    Set<Reason> consistentReasons, Optional<Alert> alert, Optional<Side> alertSender, Optional<ServerResponse> response,
    Optional<String> serverExplanation, String detail) {

  /** Validates the components and copies the set. */
  public Observation {
    Preconditions.checkNotNull(outcome, "outcome");
    Preconditions.checkNotNull(evidence, "evidence");
    Preconditions.checkNotNull(negotiation, "negotiation");
    Preconditions.checkNotNull(alert, "alert");
    Preconditions.checkNotNull(alertSender, "alertSender");
    Preconditions.checkNotNull(response, "response");
    Preconditions.checkNotNull(serverExplanation, "serverExplanation");
    Preconditions.checkNotNull(detail, "detail");
    consistentReasons = consistentReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consistentReasons));
  }

  /** Reads a parsed answer from a live server (no server-side explanation). */
  public static Observation from(ServerResponse response) {
    return from(response, Optional.empty());
  }

  /** Reads a parsed answer, with what the server said about it when it ran in-process. */
  public static Observation from(ServerResponse response, Optional<String> serverExplanation) {
    return WireReading.read(response, serverExplanation);
  }

  /** An observation of a handshake, where both sides ran: no wire response, no server explanation. */
  public static Observation ofHandshake(Outcome outcome, Optional<Negotiation> negotiation, Set<Reason> consistentReasons,
      Evidence evidence, Optional<Alert> alert, Optional<Side> alertSender, String detail) {
    return new Observation(outcome, Optional.of(evidence), negotiation, consistentReasons, alert, alertSender,
        Optional.empty(), Optional.empty(), detail);
  }

  /** An observation of a pair that could not run, or broke before either side could tell why: {@code outcome} and a reason. */
  public static Observation nothingRan(Outcome outcome, String detail) {
    Preconditions.checkArgument(outcome == Outcome.NOT_RUNNABLE || outcome == Outcome.FAILED,
        () -> "nothing ran, so the outcome is NOT_RUNNABLE or FAILED, not " + outcome);
    return new Observation(outcome, Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), detail);
  }

  /** Whether a probe read this off the wire: {@link #response()} is present. */
  public boolean isProbe() {
    return response.isPresent();
  }

  /**
   * The refusal reasons an alert is consistent with, first the one a {@link Refused} built from it
   * carries. Empty for an alert that names no reason the model has (e.g. {@code internal_error},
   * {@code decode_error}, {@code illegal_parameter}).
   *
   * <table>
   *   <caption>alert to reasons</caption>
   *   <tr><td>protocol_version(70)</td><td>NO_SHARED_PROTOCOL_VERSION</td></tr>
   *   <tr><td>handshake_failure(40), insufficient_security(71)</td><td>NO_SHARED_CIPHER_SUITE,
   *       NO_CIPHER_SUITE_FOR_CERTIFICATE, NO_SHARED_GROUP, NO_SHARED_SIGNATURE_SCHEME,
   *       SIGNATURE_FORBIDDEN_BY_LIBRARY (OpenSSL 3.0's answer to a TLS 1.2 hello without
   *       signature_algorithms at security level 1 and above; before TLS 1.2 it sends internal_error,
   *       which names no reason), HELLO_FORMAT_REJECTED (the JDK's answer to an SSL 2.0 hello it does
   *       not read), SNI_REQUIRED
   *       (servers that refuse a hello without server_name this way)</td></tr>
   *   <tr><td>unrecognized_name(112)</td><td>SNI_REQUIRED (RFC 6066 3)</td></tr>
   *   <tr><td>certificate_required(116)</td><td>CLIENT_CERTIFICATE_REQUIRED (RFC 8446 4.4.2.4)</td></tr>
   *   <tr><td>unknown_ca(48)</td><td>CLIENT_CERTIFICATE_ISSUER_UNTRUSTED (what OpenSSL sends a client
   *       certificate from an issuer it does not trust), CERTIFICATE_ISSUER_UNTRUSTED (RFC 5246 7.2.2)</td></tr>
   * </table>
   *
   * <p>An observation read from a live answer adds one case this table cannot see: a
   * handshake_failure in an SSL 3.0 record ({@link ServerResponse#recordVersion()} 0x0300) is also
   * consistent with NO_SHARED_PROTOCOL_VERSION, since SSL 3.0 has no protocol_version alert (RFC
   * 6101 5.4.2) and a server answering an SSL 3.0 client in its version refuses the version so.
   */
  public static List<Reason> reasonsForAlert(AlertDescription description) {
    return switch (description) {
      case protocol_version -> List.of(Reason.NO_SHARED_PROTOCOL_VERSION);
      case handshake_failure, insufficient_security -> List.of(Reason.NO_SHARED_CIPHER_SUITE,
          Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE, Reason.NO_SHARED_GROUP, Reason.NO_SHARED_SIGNATURE_SCHEME,
          Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, Reason.HELLO_FORMAT_REJECTED, Reason.SNI_REQUIRED);
      case unrecognized_name -> List.of(Reason.SNI_REQUIRED);
      case certificate_required -> List.of(Reason.CLIENT_CERTIFICATE_REQUIRED);
      case unknown_ca -> List.of(Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED, Reason.CERTIFICATE_ISSUER_UNTRUSTED);
      default -> List.of();
    };
  }

  /**
   * Why the model's prediction does not match this observation, or empty when it does.
   *
   * <p>A connection matches a {@link Connected} with the same version and suite, and the same
   * group, DH size, signature scheme, HelloRetryRequest and certificate where both show them
   * ({@link Connected#differencesFrom}); in SSL 2.0, where the client picks, a probe matches when
   * the server lists the predicted kind. A connection also matches a refusal the client would make
   * at a stage the evidence did not reach: after the ClientHello for a probe (a server's answer
   * cannot show the client's checks), after the ServerHello for a handshake that rests on the
   * ServerHello alone.
   *
   * <p>A refusal matches a {@link Refused} whose reason is among {@link #consistentReasons}; for a
   * probe, only a refusal at the ClientHello, and any such refusal when the server closed or sent an
   * alert that names no reason. An unreadable answer, a failed handshake, or a pair that could not
   * run never matches.
   */
  public Optional<Disagreement> disagreementWith(Negotiation model) {
    Preconditions.checkNotNull(model, "model");
    switch (outcome) {
      case CONNECTED -> {
        if (model instanceof Refused r) {
          Stage reached = isProbe() ? Stage.CLIENT_HELLO
              : evidence.orElseThrow() == Evidence.WIRE ? Stage.SERVER_HELLO : Stage.CLIENT_CERTIFICATE;
          return r.stage().compareTo(reached) > 0 ? Optional.empty() : Optional.of(new Disagreement.OutcomeDiffers(r, this));
        }
        List<Difference> diffs = differences((Connected) model, (Connected) negotiation.orElseThrow());
        return diffs.isEmpty() ? Optional.empty()
            : Optional.of(new Disagreement.ParametersDiffer((Connected) model, this, diffs));
      }
      case REFUSED, CLOSED -> {
        if (!(model instanceof Refused r)) return Optional.of(new Disagreement.OutcomeDiffers(model, this));
        if (isProbe()) {
          if (r.stage() != Stage.CLIENT_HELLO) return Optional.of(new Disagreement.OutcomeDiffers(r, this));
          boolean any = outcome == Outcome.CLOSED || consistentReasons.isEmpty();
          return any || consistentReasons.contains(r.reason()) ? Optional.empty()
              : Optional.of(new Disagreement.ReasonNotConsistent(r, this));
        }
        return consistentReasons.contains(r.reason()) ? Optional.empty()
            : Optional.of(new Disagreement.ReasonNotConsistent(r, this));
      }
      default -> {
        return Optional.of(new Disagreement.NotComparable(model, this));
      }
    }
  }

  private List<Difference> differences(Connected model, Connected seen) {
    if (seen.version() != ProtocolVersion.SSL_2_0 || !isProbe()) return seen.differencesFrom(model);
    // In SSL 2.0 the client picks from the server's list: compare against the whole list.
    List<Difference> d = new ArrayList<>();
    if (model.version() != seen.version()) d.add(new Difference.VersionDiffers(model.version(), seen.version()));
    List<CipherSuite> listed = response.flatMap(ServerResponse::ssl2ServerHello).map(ServerHelloSsl2::suites)
        .orElse(List.of());
    if (!listed.contains(model.cipherSuite())) d.add(new Difference.CipherSuiteNotListed(model.cipherSuite(), listed));
    return d;
  }

  /**
   * For example {@code WIRE CONNECTED TLSv1.3 TLS_AES_128_GCM_SHA256 x25519},
   * {@code HANDSHAKE REFUSED NO_SHARED_CIPHER_SUITE - server sent handshake_failure(40): ...} or
   * {@code NOT_RUNNABLE (...)}.
   */
  @Override public String toString() {
    String text = negotiation.map(Negotiation::toString).orElse(outcome + " (" + detail + ")");
    return evidence.map(e -> e + " ").orElse("") + text;
  }

  /** What kind of answer came back. */
  public enum Outcome {
    /**
     * A hello: the server accepted the version and chose its parameters (a probe), or the handshake
     * completed or got as far as a ServerHello Bouncy Castle cannot follow.
     */
    CONNECTED,
    /** An alert (or SSL 2.0 ERROR) instead of a hello, or one side of a handshake refused for a reason the model has. */
    REFUSED,
    /** The server closed or reset the connection without an alert, or fell silent: refused, for a reason it does not say (a probe). */
    CLOSED,
    /** The answer could not be read: not TLS, malformed, cut short, or codes the registry does not know (a probe). */
    UNREADABLE,
    /**
     * The server picked what the client never offered: a version, a cipher suite, or an SSL 2.0
     * SERVER-HELLO to a TLS-framed hello. A real client aborts; the detail says what was offered and
     * what was picked (a probe).
     */
    PROTOCOL_VIOLATION,
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
