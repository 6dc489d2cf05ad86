package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.evidence.wire.WireResult;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import java.util.Optional;

/**
 * What the evidence says about one client and the server under test: the model's prediction, the
 * server's answer on the wire, or both; and, where both exist, whether they agree.
 */
record Verdict(ClientProfile client, String server, Optional<ServerPolicy> policy, Optional<Negotiation> model,
    Optional<WireResult> wire, String seen) {

  /** Where model and wire both spoke and disagree, why, in the words of {@link WireResult#disagreementWith}. */
  Optional<String> disagreement() {
    if (model.isEmpty() || wire.isEmpty()) return Optional.empty();
    return wire.get().disagreementWith(model.get());
  }

  /** The failure message for a disagreement. */
  Optional<String> disagreementMessage() {
    return disagreement().map(d -> CompatibilityMessages.disagreement(client, server, d, seen));
  }

  /** The outcome: the model's when there is one (the wire agrees, or the disagreement fails first), else the wire's. */
  Optional<Negotiation> outcome() {
    return model.or(() -> wire.flatMap(WireResult::negotiation));
  }

  /** The connection, if the client connects. */
  Optional<Connected> connected() {
    return outcome().filter(Connected.class::isInstance).map(Connected.class::cast);
  }

  /** Why the client cannot connect, with the best remedy where the server's policy is known. */
  String refusalMessage() {
    if (model.orElse(null) instanceof Refused refused) {
      return CompatibilityMessages.cannotConnect(client, server, refused, Remedy.find(client, policy.orElseThrow()));
    }
    return CompatibilityMessages.cannotConnect(client, server, wire.orElseThrow());
  }

  /**
   * The report entry value: the outcome and what it rests on, e.g. {@code CONNECTED TLSv1.2 ...
   * (model and wire)}, or both sides when they disagree.
   */
  String reportEntry() {
    if (disagreement().isPresent()) return server + ": MODEL " + model.orElseThrow() + " but " + wire.orElseThrow();
    String evidence = model.isPresent() && wire.isPresent() ? "model and wire" : model.isPresent() ? "model" : "wire";
    String text = outcome().map(Negotiation::toString).orElseGet(() -> wire.orElseThrow().toString());
    return server + ": " + text + " (" + evidence + ")";
  }
}
