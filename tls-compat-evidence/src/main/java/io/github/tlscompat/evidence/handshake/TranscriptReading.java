package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import io.github.tlscompat.evidence.wire.ServerHello;
import io.github.tlscompat.evidence.wire.ServerKeyExchange;
import io.github.tlscompat.evidence.wire.ServerResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a {@link Transcript} into a {@link Observation}. What the server sent in clear is the
 * first source of truth (it is what a client sees on the wire); what the client received and what
 * the emulated server decided fill in what TLS 1.3 encrypts.
 */
final class TranscriptReading {
  private TranscriptReading() {}

  /** @param complete whether both Finished messages were exchanged */
  static Observation read(Transcript t, boolean complete) {
    ServerResponse response = t.fromServer.finish();
    Optional<Alert> alert = t.alertDescription < 0 ? Optional.empty() : Optional.of(new Alert(Alert.FATAL, t.alertDescription));
    Optional<Side> sender = Optional.ofNullable(t.alertSender);
    if (complete) return connected(t, response);
    if (t.refusal != null) {
      Transcript.Refusal r = t.refusal;
      Set<Reason> reasons = EnumSet.of(r.reason());
      alert.ifPresent(a -> a.knownDescription().ifPresent(d -> reasons.addAll(Observation.reasonsForAlert(d))));
      String detail = r.detail() + alertText(t).map(s -> " (" + s + ")").orElse("");
      return Observation.ofHandshake(Outcome.REFUSED, Optional.of(new Refused(r.reason(), detail, r.stage())), reasons,
          Evidence.HANDSHAKE, alert, sender, detail);
    }
    Optional<Observation> wire = wireOnly(t, response);
    if (wire.isPresent()) return wire.get();
    if (t.alertOnClose) {
      // BC answers an end of stream inside the handshake with handshake_failure; nobody refused anything.
      return Observation.ofHandshake(Outcome.FAILED, Optional.empty(), Set.of(), Evidence.HANDSHAKE, alert,
          sender, "the handshake stopped before both Finished messages: the client closed the connection"
              + (response.serverHello().isPresent() ? " after the server's hello" : ""));
    }
    if (alert.isPresent()) {
      List<Reason> reasons = alert.get().knownDescription().map(Observation::reasonsForAlert).orElse(List.of());
      String detail = alertText(t).orElseThrow();
      if (reasons.isEmpty()) {
        return Observation.ofHandshake(Outcome.FAILED, Optional.empty(), Set.of(), Evidence.HANDSHAKE, alert,
            sender, detail + ", which names no reason the model has");
      }
      Stage stage = alert.get().is(AlertDescription.certificate_required) ? Stage.CLIENT_CERTIFICATE
          : t.alertSender == Side.CLIENT ? Stage.SERVER_HELLO : Stage.CLIENT_HELLO;
      Refused refused = new Refused(reasons.get(0), "from " + detail, stage);
      return Observation.ofHandshake(Outcome.REFUSED, Optional.of(refused), EnumSet.copyOf(reasons),
          Evidence.HANDSHAKE, alert, sender, detail);
    }
    return Observation.ofHandshake(Outcome.FAILED, Optional.empty(), Set.of(), Evidence.HANDSHAKE, alert,
        sender, "the handshake stopped before both Finished messages: "
            + (t.failure != null ? t.failure : "neither side had more to send"));
  }

  /** "server sent handshake_failure(40): No selectable cipher suite", when an alert ended it. */
  private static Optional<String> alertText(Transcript t) {
    if (t.alertSender == null) return Optional.empty();
    String text = t.alertSender.name().toLowerCase(java.util.Locale.ROOT) + " sent "
        + AlertDescription.getText(t.alertDescription);
    String why = t.alertMessage != null ? t.alertMessage : t.failure;
    return Optional.of(why == null ? text : text + ": " + why);
  }

  private static Observation connected(Transcript t, ServerResponse response) {
    ServerHello hello = response.serverHello().orElseThrow(() -> new IllegalStateException(
        "a completed handshake without a ServerHello on the wire"));
    ProtocolVersion version = hello.protocolVersion().orElseThrow();
    CipherSuite suite = hello.suite().orElseThrow();
    Optional<NamedGroup> group;
    OptionalInt dhBits = OptionalInt.empty();
    Optional<SignatureScheme> scheme;
    if (hello.isTls13() || hello.helloRetryRequest()) {
      group = hello.group();
      scheme = Optional.ofNullable(t.signedWith);
    } else {
      Optional<ServerKeyExchange> kx = response.keyExchange();
      group = kx.flatMap(ServerKeyExchange::group).or(() -> Optional.ofNullable(t.ffdheGroup));
      dhBits = kx.map(ServerKeyExchange::dhBits).orElse(OptionalInt.empty());
      scheme = kx.flatMap(ServerKeyExchange::scheme);
    }
    Optional<CertificateSpec> certificate = suite.isAnonymous() ? Optional.empty()
        : Optional.ofNullable(t.receivedCertificate).flatMap(ServerCertificate::first)
            .or(() -> response.certificate().flatMap(ServerCertificate::first))
            .or(() -> Optional.ofNullable(t.presentedCertificate));
    List<Warning> warnings = new ArrayList<>();
    if (hello.isTls13() && scheme.isEmpty()) warnings.add(new Warning.SignatureSchemeHidden());
    Connected c = new Connected(version, suite, group, dhBits, scheme, certificate, hello.helloRetryRequest(), warnings);
    return Observation.ofHandshake(Outcome.CONNECTED, Optional.of(c), Set.of(), Evidence.HANDSHAKE,
        Optional.empty(), Optional.empty(), "both Finished messages exchanged: " + c);
  }

  /** A ServerHello naming a suite BC cannot run: connected, on the evidence of that hello alone. */
  private static Optional<Observation> wireOnly(Transcript t, ServerResponse response) {
    // The client accepted the version and then met the suite; or, with no client of ours to tell, the
    // emulated server wrote the hello by hand.
    if (!t.unrunnableSuite && !(t.serverOnly && t.handWrittenFlight != null)) return Optional.empty();
    Observation wire = Observation.from(response);
    if (wire.outcome() != Outcome.CONNECTED) return Optional.empty();
    Connected seen = (Connected) wire.negotiation().orElseThrow();
    Warning why = new Warning.UnrunnableSuite(seen.cipherSuite());
    List<Warning> warnings = new ArrayList<>();
    warnings.add(why);
    warnings.addAll(seen.warnings());
    Connected c = new Connected(seen.version(), seen.cipherSuite(), seen.group(), seen.dhBits(), seen.signatureScheme(),
        seen.certificate(), seen.helloRetryRequest(), warnings);
    return Optional.of(Observation.ofHandshake(Outcome.CONNECTED, Optional.of(c), Set.of(), Evidence.WIRE,
        Optional.empty(), Optional.empty(), why.describe()));
  }
}
