package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.Observation.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Turns a {@link ServerResponse} into an {@link Observation}: the rules behind {@link Observation#from}. */
final class WireReading {
  /** The legacy_record_version of SSL 3.0 (RFC 6101 5.2.1). */
  private static final int SSL_3_0_RECORD = 0x0300;

  private WireReading() {}

  /** A probe's observation: rests on the wire, any alert came from the server. */
  private static Observation probe(Outcome outcome, Optional<Negotiation> negotiation, Set<Reason> reasons,
      Optional<Alert> alert, ServerResponse r, Optional<String> explanation, String detail) {
    return new Observation(outcome, Optional.of(Evidence.WIRE), negotiation, reasons, alert, alert.map(a -> Side.SERVER),
        Optional.of(r), explanation, detail);
  }

  static Observation read(ServerResponse r, Optional<String> explanation) {
    Optional<Alert> alert = r.endingAlert();
    switch (r.status()) {
      case SERVER_HELLO -> {
        if (alert.isPresent() && alert.get().isFatal()) return refused(r, alert.get(), "after its ServerHello", explanation);
        return tlsHello(r, explanation);
      }
      case SSL2_SERVER_HELLO -> {
        return ssl2Hello(r, explanation);
      }
      case ALERT -> {
        if (r.ssl2Error().isPresent()) return ssl2Error(r, explanation);
        return refused(r, alert.orElseThrow(), "instead of a ServerHello", explanation);
      }
      case CLOSED -> {
        String what = r.bytes() == 0 ? "the server closed without sending a byte" : "the server closed without a hello or alert";
        return probe(Outcome.CLOSED, Optional.empty(), EnumSet.allOf(Reason.class), alert, r,
            explanation, what + ": refused, for a reason the wire does not say");
      }
      case PROTOCOL_VIOLATION -> {
        return probe(Outcome.PROTOCOL_VIOLATION, Optional.empty(), Set.of(), r.endingAlert(), r, explanation,
            r.status() + ": " + r.problem().orElseThrow());
      }
      default -> {
        return unreadable(r, r.status() + ": " + r.problem().orElse("unreadable"), explanation);
      }
    }
  }

  private static Observation tlsHello(ServerResponse r, Optional<String> explanation) {
    ServerHello h = r.serverHello().orElseThrow();
    Optional<ProtocolVersion> version = h.protocolVersion();
    Optional<CipherSuite> suite = h.suite();
    if (version.isEmpty() || suite.isEmpty()) {
      return unreadable(r, "the server chose " + h + ", which the registry does not know", explanation);
    }
    List<Warning> warnings = new ArrayList<>(r.notes().stream().map(Warning.WireNote::new).toList());
    Optional<NamedGroup> group;
    OptionalInt dhBits = OptionalInt.empty();
    Optional<SignatureScheme> scheme = Optional.empty();
    Optional<CertificateSpec> certificate = Optional.empty();
    if (h.isTls13() || h.helloRetryRequest()) {
      group = h.group();
    } else {
      Optional<ServerKeyExchange> kx = r.keyExchange();
      group = kx.flatMap(ServerKeyExchange::group);
      dhBits = kx.map(ServerKeyExchange::dhBits).orElse(OptionalInt.empty());
      scheme = kx.flatMap(ServerKeyExchange::scheme);
      certificate = r.certificate().flatMap(ServerCertificate::first);
      r.certificate().filter(c -> c.first().isEmpty() && c.chainLength() > 0)
          .ifPresent(c -> warnings.add(new Warning.CertificateUnreadable(c.description())));
      if (!r.serverHelloDone()) warnings.add(new Warning.ServerFlightIncomplete());
    }
    if (h.compressionMethod() != 0) warnings.add(new Warning.CompressionChosen(h.compressionMethod()));
    if (h.downgradeSentinel()) warnings.add(new Warning.DowngradeSentinel());
    if (r.certificateRequested()) warnings.add(new Warning.ClientCertificateRequested());
    warnings.add(new Warning.ClientChecksNotObserved());
    Connected c = new Connected(version.get(), suite.get(), group, dhBits, scheme, certificate, h.helloRetryRequest(), warnings);
    return probe(Outcome.CONNECTED, Optional.of(c), Set.of(), Optional.empty(), r, explanation,
        h.toString());
  }

  /**
   * A server that kept the connection open without completing its answer: a client gives up after
   * its timeout, so this is a refusal whose reason the wire does not say (a server that cannot read
   * an SSL 2.0-framed hello often waits for more bytes).
   */
  static Observation timedOut(ServerResponse r, long millis) {
    String what = r.bytes() == 0 ? "the server sent nothing"
        : "the server sent " + r.bytes() + " bytes but no hello or alert";
    return probe(Outcome.CLOSED, Optional.empty(), EnumSet.allOf(Reason.class), r.endingAlert(), r,
        Optional.empty(), what + " for " + millis + " ms: the client gives up; refused, for a reason the wire does not say");
  }

  private static Observation ssl2Hello(ServerResponse r, Optional<String> explanation) {
    ServerHelloSsl2 h = r.ssl2ServerHello().orElseThrow();
    List<CipherSuite> suites = h.suites();
    if (suites.isEmpty()) return unreadable(r, h + " lists no cipher kind the registry knows", explanation);
    Connected c = new Connected(ProtocolVersion.SSL_2_0, suites.get(0), Optional.empty(), OptionalInt.empty(),
        Optional.empty(), h.certificate().flatMap(ServerCertificate::first), false,
        List.of(new Warning.Ssl2CipherList(suites)));
    return probe(Outcome.CONNECTED, Optional.of(c), Set.of(), Optional.empty(), r, explanation,
        h.toString());
  }

  private static Observation ssl2Error(ServerResponse r, Optional<String> explanation) {
    int code = r.ssl2Error().getAsInt();
    String name = ServerHelloSsl2.errorName(code);
    if (code == 0x0001) {
      // NO-CIPHER-ERROR is exact: no cipher kind in common.
      Refused refused = new Refused(Reason.NO_SHARED_CIPHER_SUITE, "from an SSL 2.0 " + name, Stage.CLIENT_HELLO);
      return probe(Outcome.REFUSED, Optional.of(refused), Set.of(Reason.NO_SHARED_CIPHER_SUITE),
          Optional.empty(), r, explanation, "SSL 2.0 ERROR " + name);
    }
    return probe(Outcome.REFUSED, Optional.empty(), Set.of(), Optional.empty(), r, explanation,
        "SSL 2.0 ERROR " + name + " names no reason the model has");
  }

  private static Observation refused(ServerResponse r, Alert alert, String when, Optional<String> explanation) {
    List<Reason> reasons = new ArrayList<>(alert.knownDescription().map(Observation::reasonsForAlert).orElse(List.of()));
    if (alert.is(AlertDescription.handshake_failure) && r.recordVersion().orElse(0) == SSL_3_0_RECORD) {
      // SSL 3.0 has no protocol_version alert (RFC 6101 5.4.2): a server that speaks to an SSL 3.0
      // client in its own terms refuses the version with handshake_failure (OpenSSL's
      // ssl3_alert_code maps one to the other).
      reasons.add(Reason.NO_SHARED_PROTOCOL_VERSION);
    }
    String text = alert + " " + when;
    if (reasons.isEmpty()) {
      return probe(Outcome.REFUSED, Optional.empty(), Set.of(), Optional.of(alert), r, explanation,
          text + ", which names no reason the model has");
    }
    String detail = "from a " + AlertDescription.getText(alert.description()) + " alert"
        + (reasons.size() > 1 ? ": no shared cipher suite or parameters; the wire does not say which" : "");
    Negotiation n = new Refused(reasons.get(0), detail, Stage.CLIENT_HELLO);
    return probe(Outcome.REFUSED, Optional.of(n), EnumSet.copyOf(reasons), Optional.of(alert), r,
        explanation, text);
  }

  private static Observation unreadable(ServerResponse r, String detail, Optional<String> explanation) {
    return probe(Outcome.UNREADABLE, Optional.empty(), Set.of(), r.endingAlert(), r, explanation,
        detail);
  }
}
