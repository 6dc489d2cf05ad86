package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.negotiation.Connected;
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
 * A server's answer read as a {@link Negotiation}, so that the model's prediction and the wire can
 * be compared cell by cell ({@link #disagreementWith}), together with the evidence it rests on and
 * the raw answer.
 *
 * <p>An alert says less than a {@link Reason}: {@code handshake_failure} is what servers send for
 * no shared suite, group, signature scheme or certificate alike, and the JDK sends it for an SSL
 * 2.0-framed hello it does not read. So a refusal carries one representative reason in its
 * {@link Refused} (with "from a handshake_failure(40) alert" in the detail) and, in
 * {@link #consistentReasons}, every reason the alert is consistent with; compare with that set,
 * never with the representative alone. See {@link #reasonsForAlert} for the table.
 *
 * @param outcome what kind of answer it was
 * @param negotiation the answer as a negotiation, when the model's types can carry it: empty for a
 *     close without alert, an alert that names no reason, or an unreadable stream
 * @param consistentReasons the refusal reasons the answer is consistent with (empty when it is a hello)
 * @param evidence what the result rests on
 * @param alert the alert that ended the exchange, if any
 * @param response the parsed answer
 * @param serverExplanation what the server itself said about its decision, when it ran in-process
 *     (the engine's exception message); empty on a live socket
 * @param detail one sentence for a person
 * @since 0.1.0
 */
public record WireResult(Outcome outcome, Optional<Negotiation> negotiation, Set<Reason> consistentReasons,
    Evidence evidence, Optional<Alert> alert, ServerResponse response, Optional<String> serverExplanation, String detail) {

  /** Validates the components and copies the set. */
  public WireResult {
    Preconditions.checkNotNull(outcome, "outcome");
    Preconditions.checkNotNull(negotiation, "negotiation");
    Preconditions.checkNotNull(evidence, "evidence");
    Preconditions.checkNotNull(alert, "alert");
    Preconditions.checkNotNull(response, "response");
    Preconditions.checkNotNull(serverExplanation, "serverExplanation");
    Preconditions.checkNotNull(detail, "detail");
    consistentReasons = consistentReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consistentReasons));
  }

  /** Reads a parsed answer from a live server (no server-side explanation). */
  public static WireResult from(ServerResponse response) {
    return from(response, Optional.empty());
  }

  /** Reads a parsed answer, with what the server said about it when it ran in-process. */
  public static WireResult from(ServerResponse response, Optional<String> serverExplanation) {
    return WireReading.read(response, serverExplanation);
  }

  /**
   * The refusal reasons a server's alert is consistent with, first the one a {@link Refused} built
   * from it carries. Empty for an alert that names no reason the model has (e.g.
   * {@code internal_error}, {@code decode_error}, {@code illegal_parameter}).
   *
   * <table>
   *   <caption>alert to reasons</caption>
   *   <tr><td>protocol_version(70)</td><td>NO_SHARED_PROTOCOL_VERSION</td></tr>
   *   <tr><td>handshake_failure(40), insufficient_security(71)</td><td>NO_SHARED_CIPHER_SUITE,
   *       NO_CIPHER_SUITE_FOR_CERTIFICATE, NO_SHARED_GROUP, NO_SHARED_SIGNATURE_SCHEME,
   *       HELLO_FORMAT_REJECTED (the JDK's answer to an SSL 2.0 hello it does not read), SNI_REQUIRED
   *       (servers that refuse a hello without server_name this way)</td></tr>
   *   <tr><td>unrecognized_name(112)</td><td>SNI_REQUIRED (RFC 6066 3)</td></tr>
   *   <tr><td>certificate_required(116)</td><td>CLIENT_CERTIFICATE_REQUIRED (RFC 8446 4.4.2.4)</td></tr>
   * </table>
   *
   * <p>A {@link WireResult} read from a live answer adds one case this table cannot see: a
   * handshake_failure in an SSL 3.0 record ({@link ServerResponse#recordVersion()} 0x0300) is also
   * consistent with NO_SHARED_PROTOCOL_VERSION, since SSL 3.0 has no protocol_version alert (RFC
   * 6101 5.4.2) and a server answering an SSL 3.0 client in its version refuses the version so.
   */
  public static List<Reason> reasonsForAlert(AlertDescription description) {
    return switch (description) {
      case protocol_version -> List.of(Reason.NO_SHARED_PROTOCOL_VERSION);
      case handshake_failure, insufficient_security -> List.of(Reason.NO_SHARED_CIPHER_SUITE, Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE,
          Reason.NO_SHARED_GROUP, Reason.NO_SHARED_SIGNATURE_SCHEME, Reason.HELLO_FORMAT_REJECTED, Reason.SNI_REQUIRED);
      case unrecognized_name -> List.of(Reason.SNI_REQUIRED);
      case certificate_required -> List.of(Reason.CLIENT_CERTIFICATE_REQUIRED);
      default -> List.of();
    };
  }

  /**
   * Why the model's prediction does not match this answer, or empty when it does. A hello matches a
   * {@link Connected} with the same version and suite (and group, DH size, scheme and certificate
   * where the wire shows them), and also a refusal the client makes after the server's hello, which
   * a server's answer cannot show. An alert or a close matches a refusal at the ClientHello whose
   * reason is among {@link #consistentReasons} (any reason, for a close or an unnamed alert).
   */
  public Optional<String> disagreementWith(Negotiation model) {
    Preconditions.checkNotNull(model, "model");
    String wire = "the server answered " + this;
    switch (outcome) {
      case CONNECTED -> {
        if (model instanceof Refused r) {
          return r.stage() == Stage.CLIENT_HELLO
              ? Optional.of("model predicts " + r + " at the ClientHello, but " + wire) : Optional.empty();
        }
        List<String> diffs = differences((Connected) model, (Connected) negotiation.orElseThrow());
        return diffs.isEmpty() ? Optional.empty()
            : Optional.of("model predicts " + model + ", but " + wire + ": " + String.join(", ", diffs));
      }
      case REFUSED, CLOSED -> {
        if (model instanceof Refused r && r.stage() == Stage.CLIENT_HELLO) {
          boolean any = outcome == Outcome.CLOSED || consistentReasons.isEmpty();
          return any || consistentReasons.contains(r.reason()) ? Optional.empty()
              : Optional.of("model predicts " + r.reason() + ", but " + wire + ", consistent only with "
                  + EnumSet.copyOf(consistentReasons));
        }
        return Optional.of("model predicts " + model + (model instanceof Refused ? " after the server's hello" : "")
            + ", but " + wire);
      }
      default -> {
        return Optional.of("cannot compare with " + model + ": " + detail);
      }
    }
  }

  private List<String> differences(Connected model, Connected seen) {
    if (seen.version() != ProtocolVersion.SSL_2_0) return seen.differencesFrom(model);
    // In SSL 2.0 the client picks from the server's list: compare against the whole list.
    List<String> d = new ArrayList<>();
    if (model.version() != seen.version()) d.add("version " + seen.version().jsseName() + " not " + model.version().jsseName());
    List<CipherSuite> listed = response.ssl2ServerHello().map(ServerHelloSsl2::suites).orElse(List.of());
    if (!listed.contains(model.cipherSuite())) d.add("server lists " + listed + " without " + model.cipherSuite());
    return d;
  }

  /**
   * For example {@code WIRE CONNECTED TLSv1.3 TLS_AES_128_GCM_SHA256 x25519} or
   * {@code WIRE CLOSED (the server closed without sending a byte: ...)}.
   */
  @Override public String toString() {
    String text = negotiation.map(Negotiation::toString).orElse(outcome + " (" + detail + ")");
    return evidence + " " + text;
  }

  /** What kind of answer came back. */
  public enum Outcome {
    /** A hello: the server accepted the version and chose its parameters. */
    CONNECTED,
    /** An alert (or SSL 2.0 ERROR) instead of a hello. */
    REFUSED,
    /** The server closed or reset the connection without an alert: refused, for a reason it does not say. */
    CLOSED,
    /** The answer could not be read: not TLS, malformed, cut short, or codes the registry does not know. */
    UNREADABLE
  }
}
