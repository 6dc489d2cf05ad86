package io.github.tlscompat.crosscheck;

import io.github.tlscompat.evidence.handshake.BcHandshake;
import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.profiles.Catalog;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;

/**
 * The Bouncy Castle handshake evidence of one (server kind, policy) pair: every built-in client that
 * Bouncy Castle can play ({@link BcHandshake}) runs a complete handshake, and the result is compared
 * with the model's prediction for the policy as that server implements it, cell by cell, as the
 * wire is ({@link CrossCheck}).
 *
 * <p>Two servers are met: a JSSE server {@link SSLEngine} configured as for the wire check (the real
 * server, now answering a whole handshake: Certificate, key exchange, Finished), and Bouncy Castle's
 * own server emulating the effective policy ({@code BcHandshake.run(client, policy)}), which shows
 * that the emulation behaves as the model reads the policy, the server's habits included.
 */
final class HandshakeCheck {
  private HandshakeCheck() {}

  /** One client: the model's prediction, what the handshake gave, and whether they differ. */
  record Cell(ClientProfile client, Negotiation model, Observation handshake, Optional<Disagreement> disagreement) {}

  /**
   * Every catalog client BC can play against fresh engines from {@code engines}, configured by the
   * caller as the server of {@code implemented}.
   *
   * @param serverKind names the real server, e.g. {@code JSSE SSLEngine (SunJSSE, ...)}
   */
  static HandshakeReport againstEngine(String serverKind, Implemented implemented, Supplier<SSLEngine> engines) {
    return run(serverKind + " met by a Bouncy Castle client", implemented,
        client -> BcHandshake.run(client, engines.get()));
  }

  /** Every catalog client BC can play against Bouncy Castle's server emulating the policy as {@code serverKind} implements it. */
  static HandshakeReport emulated(String serverKind, Implemented implemented) {
    return run("Bouncy Castle server emulating the policy as " + serverKind + " implements it", implemented,
        client -> BcHandshake.run(client, implemented.policy()));
  }

  /** Every catalog client BC can play against Bouncy Castle's server emulating the grid's policy itself. */
  static HandshakeReport emulatedAsWritten(ServerPolicy grid) {
    return run("Bouncy Castle server emulating the policy as written", new Implemented(grid, grid, List.of()),
        client -> BcHandshake.run(client, grid));
  }

  /** Runs the clients in parallel (each handshake is in memory and independent), keeping the catalog's order. */
  private static HandshakeReport run(String against, Implemented implemented,
      Function<ClientProfile, Observation> handshake) {
    List<Cell> cells = Catalog.builtIn().clients().parallelStream().map(client -> {
      Observation result = handshake.apply(client);
      Negotiation model = Negotiator.negotiate(client, implemented.policy());
      Optional<Disagreement> disagreement = result.outcome() == Observation.Outcome.NOT_RUNNABLE ? Optional.empty()
          : result.disagreementWith(model);
      return new Cell(client, model, result, disagreement);
    }).toList();
    return new HandshakeReport(against, implemented, cells);
  }

  /** The cells of one (server, policy) pair. */
  record HandshakeReport(String against, Implemented implemented, List<Cell> cells) {
    HandshakeReport {
      cells = List.copyOf(cells);
    }

    List<Cell> disagreements() {
      return cells.stream().filter(c -> c.disagreement().isPresent()).toList();
    }

    /** The cells that ran: BC could play the client (and, emulating, the policy). */
    List<Cell> ran() {
      return cells.stream().filter(c -> c.handshake().outcome() != Observation.Outcome.NOT_RUNNABLE).toList();
    }

    /** Each disagreeing cell on its own line (and its details on indented lines below it), as the wire's. */
    String describeDisagreements() {
      StringBuilder b = new StringBuilder();
      List<Cell> bad = disagreements();
      String policy = implemented.grid().id();
      b.append(bad.size()).append(" of ").append(ran().size()).append(" clients disagree with the model in a Bouncy Castle")
          .append(" handshake with ").append(against).append(" serving ").append(policy).append(":\n");
      for (Cell c : bad) {
        b.append(against).append(" | ").append(policy).append(" | ").append(c.client().id()).append(" | model: ")
            .append(c.model()).append(" | handshake: ").append(c.handshake()).append(" (")
            .append(c.handshake().detail()).append(")\n");
        b.append("    ").append(c.disagreement().orElseThrow().describe()).append('\n');
      }
      b.append("the policy as implemented: ").append(CrossCheck.describe(implemented.policy())).append('\n');
      for (String change : implemented.changes()) b.append("  - ").append(change).append('\n');
      return b.toString();
    }

    /**
     * One line: how many clients ran (and how many BC cannot play), how many completed both Finished
     * messages, stopped at a ServerHello for a suite BC has no cipher for, or were refused; and how
     * many disagree.
     */
    String summary() {
      List<Cell> ran = ran();
      long finished = ran.stream().filter(c -> c.handshake().outcome() == Observation.Outcome.CONNECTED
          && c.handshake().evidence().orElseThrow() == Evidence.HANDSHAKE).count();
      long helloOnly = ran.stream().filter(c -> c.handshake().outcome() == Observation.Outcome.CONNECTED
          && c.handshake().evidence().orElseThrow() == Evidence.WIRE).count();
      long refused = ran.stream().filter(c -> c.handshake().outcome() == Observation.Outcome.REFUSED).count();
      return "BC handshake with " + against + " | " + implemented.grid().id() + ": " + ran.size() + " clients run ("
          + (cells.size() - ran.size()) + " not runnable), " + finished + " completed, " + helloOnly
          + " connected on the ServerHello alone, " + refused + " refused, " + disagreements().size()
          + " disagreements";
    }
  }
}
