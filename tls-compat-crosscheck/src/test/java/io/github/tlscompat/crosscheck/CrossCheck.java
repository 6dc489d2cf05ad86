package io.github.tlscompat.crosscheck;

import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One row of the grid: every built-in client's hello sent to one real server, its answer compared
 * with the model's prediction for the policy as that server implements it.
 */
final class CrossCheck {
  /** The host name clients that send server_name ask for; the servers' certificates name it. */
  static final String SNI_HOST = "server.crosscheck.test";

  private CrossCheck() {}

  /** Sends the hellos of a list of clients and returns the answers in the same order. */
  @FunctionalInterface
  interface Prober {
    List<Observation> probe(List<byte[]> hellos) throws IOException;
  }

  /** One client against one server: the model's prediction, the wire's answer, and whether they differ. */
  record Cell(ClientProfile client, Negotiation model, Observation wire, Optional<Disagreement> disagreement) {}

  /**
   * Every catalog client against one server: the hellos the live probe sends ({@link
   * Catalog#clientHello} with {@link #SNI_HOST}, randoms from a fixed seed), the answers, and the
   * model's prediction for {@code implemented}.
   *
   * @param serverKind names the real server in the report, e.g. {@code openssl s_server 3.0.19}
   * @param implemented the policy as the server implements it (see {@link Implemented})
   */
  static Report run(String serverKind, Implemented implemented, Prober prober) {
    Catalog catalog = Catalog.builtIn();
    List<ClientProfile> clients = catalog.clients();
    List<byte[]> hellos = new ArrayList<>(clients.size());
    for (ClientProfile c : clients) {
      hellos.add(ClientHelloEncoder.forClient(c, catalog.capturedClientHello(c.id()), SNI_HOST,
          new SplittableRandom(c.id().hashCode())));
    }
    List<Observation> answers;
    try {
      answers = prober.probe(hellos);
    } catch (IOException e) {
      throw new UncheckedIOException(serverKind + " with " + implemented.policy().id() + ": " + e.getMessage(), e);
    }
    List<Cell> cells = new ArrayList<>(clients.size());
    for (int i = 0; i < clients.size(); i++) {
      ClientProfile client = clients.get(i);
      Negotiation model = Negotiator.negotiate(client, implemented.policy());
      Observation wire = answers.get(i);
      cells.add(new Cell(client, model, wire, wire.disagreementWith(model)));
    }
    return new Report(serverKind, implemented, cells);
  }

  /**
   * A grid policy as one real server implements it: the policy the model is asked about, and what
   * had to change from the grid's policy to get there (suites the library lacks, its habits), one
   * sentence each, for the report.
   */
  record Implemented(ServerPolicy grid, ServerPolicy policy, List<String> changes) {
    Implemented {
      changes = List.copyOf(changes);
    }
  }

  /** The cells of one (server kind, policy) pair. */
  record Report(String serverKind, Implemented implemented, List<Cell> cells) {

    List<Cell> disagreements() {
      return cells.stream().filter(c -> c.disagreement().isPresent()).toList();
    }

    /** Each disagreeing cell on its own line (and its details on indented lines below it). */
    String describeDisagreements() {
      StringBuilder b = new StringBuilder();
      List<Cell> bad = disagreements();
      b.append(bad.size()).append(" of ").append(cells.size()).append(" clients disagree with the model on ")
          .append(serverKind).append(" serving ").append(implemented.grid().id()).append(":\n");
      for (Cell c : bad) {
        b.append(serverKind).append(" | ").append(implemented.grid().id()).append(" | ").append(c.client().id())
            .append(" | model: ").append(c.model()).append(" | wire: ").append(c.wire()).append(" (")
            .append(c.wire().detail()).append(")\n");
        b.append("    ").append(c.disagreement().orElseThrow().describe()).append('\n');
        c.wire().serverExplanation().ifPresent(e -> b.append("    server said: ").append(e).append('\n'));
      }
      b.append("the policy as ").append(serverKind).append(" implements it: ").append(describe(implemented.policy()))
          .append('\n');
      for (String change : implemented.changes()) b.append("  - ").append(change).append('\n');
      return b.toString();
    }

    /**
     * One line: how many cells; how many the server answered with a hello, with a refusal whose
     * reason the wire names, and with one it does not name (a close, a silence, an alert such as
     * internal_error: these agree with any refusal the model predicts, so they prove less); and how
     * many disagree.
     */
    String summary() {
      long connected = count(Observation.Outcome.CONNECTED, false);
      long named = count(Observation.Outcome.REFUSED, true);
      long unnamed = cells.size() - connected - named;
      return serverKind + " | " + implemented.grid().id() + ": " + cells.size() + " clients, " + connected
          + " connected, " + named + " refused with a reason the wire names, " + unnamed + " refused without one, "
          + disagreements().size() + " disagreements";
    }

    private long count(Observation.Outcome outcome, boolean withReason) {
      return cells.stream().filter(c -> c.wire().outcome() == outcome
          && (!withReason || !c.wire().consistentReasons().isEmpty())).count();
    }
  }

  static String describe(ServerPolicy p) {
    return p.id() + " versions=" + p.versions().stream().map(v -> v.displayName()).toList() + " suites="
        + p.cipherSuites() + " serverPreference=" + p.serverPreference() + " groups=" + p.effectiveGroups()
        + (p.signatureSchemes().isEmpty() ? "" : " schemes=" + p.signatureSchemes()) + " certificates="
        + p.certificates() + " dhBits=" + p.dhBits() + " requiresSni=" + p.requiresSni()
        + p.fallbackCertificate().map(f -> " fallback=" + f).orElse("")
        + " ssl2Hello=" + p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)
        + p.habits().stream().filter(h -> !h.isDefault()).map(h -> " " + h.jsonName()).collect(Collectors.joining());
  }
}
