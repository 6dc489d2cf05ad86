package io.github.tlscompat.core.path;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client's way to a server through proxies, e.g. desk phone → HTTP proxy → AD FS proxy →
 * Office 365.
 *
 * <p>{@link #evaluate()} negotiates each TLS leg: the client against the first terminating hop (or
 * the destination), that hop's client side against the next, and so on. Pass-through hops add no
 * leg; their requirements apply to the leg that crosses them. Evaluation stops at the first refused
 * leg, because nothing behind it is reached.
 *
 * @param name the path's name, for reports
 * @param client the client at the start
 * @param hops the hops in order; the last is the {@link Hop.Destination}
 * @since 0.1.0
 */
public record ConnectionPath(String name, ClientProfile client, List<Hop> hops) {

  /** Validates that the path ends at exactly one destination and copies the hops. */
  public ConnectionPath {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(client, "client");
    hops = List.copyOf(hops);
    Preconditions.checkArgument(!hops.isEmpty() && hops.get(hops.size() - 1) instanceof Hop.Destination,
        () -> "path '" + name + "' must end at a Hop.Destination");
    for (int i = 0; i < hops.size() - 1; i++) {
      final int index = i;
      Preconditions.checkArgument(!(hops.get(i) instanceof Hop.Destination),
          () -> "path '" + name + "' has a destination at position " + index + " before its end");
    }
  }

  /** A path from {@code client} through {@code hops} to {@code destination}. */
  public static ConnectionPath of(String name, ClientProfile client, List<Hop> hops, ServerPolicy destination) {
    List<Hop> all = new ArrayList<>(hops);
    all.add(new Hop.Destination(destination));
    return new ConnectionPath(name, client, all);
  }

  /** One TLS handshake on the path: who spoke to whom, across which pass-through hops, and how it went. */
  public record Leg(ClientProfile client, Hop server, List<Hop.PassThrough> crossed, Negotiation outcome) {
    /** Copies the crossed hops. */
    public Leg {
      crossed = List.copyOf(crossed);
    }
  }

  /** The outcome: every leg negotiated, up to and including the first refused one. */
  public record Result(ConnectionPath path, List<Leg> legs) {
    /** Copies the legs. */
    public Result {
      legs = List.copyOf(legs);
    }

    /** Whether every leg connects, so the client reaches the destination. */
    public boolean isConnected() {
      return firstRefusal().isEmpty();
    }

    /** The first leg that is refused, which names the hop that cuts the client off. */
    public Optional<Leg> firstRefusal() {
      return legs.stream().filter(l -> !l.outcome().isConnected()).findFirst();
    }
  }

  /** Negotiates each leg in order, stopping at the first refusal. */
  public Result evaluate() {
    List<Leg> legs = new ArrayList<>();
    ClientProfile speaker = client;
    List<Hop.PassThrough> crossed = new ArrayList<>();
    for (Hop hop : hops) {
      if (hop instanceof Hop.PassThrough pass) {
        crossed.add(pass);
        continue;
      }
      ServerPolicy server = hop instanceof Hop.Terminating t ? t.front() : ((Hop.Destination) hop).server();
      Optional<Negotiation> refusedByPassThrough = sniRefusal(speaker, crossed);
      Negotiation outcome = refusedByPassThrough.isPresent()
          ? refusedByPassThrough.get() : Negotiator.negotiate(speaker, server);
      legs.add(new Leg(speaker, hop, crossed, outcome));
      if (!outcome.isConnected()) break;
      if (hop instanceof Hop.Terminating t) speaker = t.back();
      crossed = new ArrayList<>();
    }
    return new Result(this, legs);
  }

  private static Optional<Negotiation> sniRefusal(ClientProfile speaker, List<Hop.PassThrough> crossed) {
    if (speaker.sendsSni()) return Optional.empty();
    return crossed.stream().filter(Hop.PassThrough::requiresSni).findFirst().map(pass -> new Refused(
        Refused.Reason.SNI_REQUIRED, pass.id() + " routes by server_name (SNI); " + speaker.id() + " sends none",
        Refused.Stage.CLIENT_HELLO));
  }
}
