package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.path.ConnectionPath;
import io.github.tlscompat.core.path.Hop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code tls-compat path} writes, in each format: every leg of the path (a TLS handshake
 * between a speaker and the next terminating hop or the destination), the hop that refuses, why,
 * and the remedy there ({@link HopAdvice}); the legs behind the refusal are not reached.
 */
final class PathReport {

  /** The TSV columns and the JSON keys of a leg. */
  static final List<String> COLUMNS =
      List.of("leg", "client", "server", "crossed", "outcome", "version", "cipherSuite", "reason", "remedy");

  /** The outcome of a leg behind the refusing one, which no client reaches. */
  static final String NOT_REACHED = "NOT_REACHED";

  /**
   * One TLS handshake the path needs, negotiated or not reached.
   *
   * @param number its place among the legs, from 1
   * @param client who speaks: the client at the start, or the hop before's client side
   * @param clientRef how the command line named {@code client}, for the commands the report suggests
   * @param hop the terminating hop or destination it ends at
   * @param serverRef how the command line named that hop's server
   * @param crossed the pass-through hops on the way
   * @param outcome how it went, empty when a leg before it refused
   */
  record Leg(int number, ClientProfile client, String clientRef, Hop hop, String serverRef,
      List<Hop.PassThrough> crossed, Optional<Negotiation> outcome) {

    ServerPolicy server() {
      return hop instanceof Hop.Terminating t ? t.front() : ((Hop.Destination) hop).server();
    }
  }

  private final ConnectionPath.Result result;
  private final List<Leg> legs = new ArrayList<>();
  private final Optional<Leg> refused;
  private final HopAdvice advice;

  /**
   * The report of {@code result}.
   *
   * @param serverRefs how the command line named each hop's server, in the order of the hops
   * @param backRefs how it named each terminating hop's client side (null for the others)
   */
  PathReport(ConnectionPath.Result result, String clientRef, List<String> serverRefs, List<String> backRefs,
      HopAdvice advice) {
    this.result = result;
    this.advice = advice;
    ConnectionPath path = result.path();
    ClientProfile speaker = path.client();
    String speakerRef = clientRef;
    List<Hop.PassThrough> crossed = new ArrayList<>();
    for (int i = 0; i < path.hops().size(); i++) {
      Hop hop = path.hops().get(i);
      if (hop instanceof Hop.PassThrough pass) {
        crossed.add(pass);
        continue;
      }
      int number = legs.size() + 1;
      Optional<Negotiation> outcome = number <= result.legs().size()
          ? Optional.of(result.legs().get(number - 1).outcome()) : Optional.empty();
      legs.add(new Leg(number, speaker, speakerRef, hop, serverRefs.get(i), crossed, outcome));
      if (hop instanceof Hop.Terminating t) {
        speaker = t.back();
        speakerRef = backRefs.get(i);
      }
      crossed = new ArrayList<>();
    }
    refused = legs.stream().filter(l -> l.outcome().filter(n -> !n.isConnected()).isPresent()).findFirst();
  }

  ConnectionPath.Result result() {
    return result;
  }

  /** The hop that refuses on {@code leg}: a pass-through hop the speaker's missing SNI fails, or the hop it ends at. */
  private static Hop refusingHop(Leg leg) {
    if (!leg.client().sendsSni()) {
      Optional<Hop.PassThrough> router = leg.crossed().stream().filter(Hop.PassThrough::requiresSni).findFirst();
      if (router.isPresent()) return router.get();
    }
    return leg.hop();
  }

  private int hopNumber(Hop hop) {
    return result.path().hops().indexOf(hop) + 1;
  }

  /** The first line: the verdict and where. */
  private String verdict() {
    int hops = result.path().hops().size();
    if (refused.isEmpty()) {
      return Outcomes.CONNECTED + " through " + hops + (hops == 1 ? " hop" : " hops");
    }
    Leg leg = refused.get();
    Hop hop = refusingHop(leg);
    return Outcomes.REFUSED + " at hop " + hopNumber(hop) + " of " + hops + ", " + hop.id() + ": "
        + ((Refused) leg.outcome().orElseThrow()).reason();
  }

  /** The path in one line: {@code LPE-CE6 -> http-proxy (as win8.1) -> [passthrough router] -> office365}. */
  private String route() {
    List<String> parts = new ArrayList<>();
    parts.add(result.path().client().id());
    for (Hop hop : result.path().hops()) {
      if (hop instanceof Hop.Terminating t) {
        parts.add(t.id() + " (then as " + t.back().id() + ")");
      } else if (hop instanceof Hop.PassThrough p) {
        parts.add(HopSpec.PASS_THROUGH + p.id() + (p.requiresSni() ? " (routes by SNI)" : ""));
      } else {
        parts.add(hop.id());
      }
    }
    return String.join(" -> ", parts);
  }

  private static String legLine(Leg leg) {
    String across = leg.crossed().isEmpty() ? ""
        : " across " + String.join(", ", leg.crossed().stream().map(Hop::id).toList());
    String head = "leg " + leg.number() + ": " + leg.client().id() + " -> " + leg.hop().id() + across + ": ";
    if (leg.outcome().isEmpty()) return head + "not reached";
    if (leg.outcome().get() instanceof Connected c) {
      return head + Outcomes.CONNECTED + " " + c.version().displayName() + " " + c.cipherSuite().ianaName();
    }
    return head + Outcomes.REFUSED + " " + ((Refused) leg.outcome().get()).reason();
  }

  List<String> text() {
    List<String> lines = new ArrayList<>();
    lines.add(verdict());
    lines.add("  path: " + route());
    for (Leg leg : legs) {
      lines.add("  " + legLine(leg));
      if (refused.isPresent() && refused.get() == leg) {
        Refused r = (Refused) leg.outcome().orElseThrow();
        lines.add("    detail: " + r.detail());
        lines.add("    stage: " + r.stage());
        advice.lines(refusingHop(leg), leg).forEach(l -> lines.add("    " + l));
      }
    }
    return lines;
  }

  /** A row per leg, {@link #COLUMNS}; the refused leg's {@code remedy} is the one at the hop that refuses. */
  List<String> tsv() {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (Leg leg : legs) {
      Negotiation n = leg.outcome().orElse(null);
      String remedy = refused.isPresent() && refused.get() == leg ? advice.summary(refusingHop(leg), leg) : null;
      lines.add(Tsv.line(Integer.toString(leg.number()), leg.client().id(), leg.hop().id(), crossed(leg),
          n == null ? NOT_REACHED : Outcomes.outcome(n), n == null ? null : Outcomes.version(n),
          n == null ? null : Outcomes.cipherSuite(n), n == null ? null : Outcomes.reason(n), remedy));
    }
    return lines;
  }

  private static String crossed(Leg leg) {
    return String.join(",", leg.crossed().stream().map(Hop::id).toList());
  }

  /**
   * The path as one object: {@code client}, {@code hops}, {@code outcome}, {@code refusedAt} (hop
   * number and id, or null), {@code legs} keyed like the TSV columns plus {@code detail},
   * {@code stage} and {@code warnings}, and the {@code remedy} at the refusing hop (or null).
   */
  ObjectNode json() {
    ObjectNode o = Json.object();
    o.put("client", result.path().client().id());
    ArrayNode hops = o.putArray("hops");
    for (Hop hop : result.path().hops()) {
      ObjectNode h = hops.addObject();
      h.put("hop", hopNumber(hop));
      h.put("id", hop.id());
      if (hop instanceof Hop.Terminating t) {
        h.put("kind", "terminating").put("back", t.back().id());
      } else if (hop instanceof Hop.PassThrough p) {
        h.put("kind", "passthrough").put("requiresSni", p.requiresSni());
      } else {
        h.put("kind", "destination");
      }
    }
    o.put("outcome", refused.isEmpty() ? Outcomes.CONNECTED : Outcomes.REFUSED);
    if (refused.isPresent()) {
      Hop hop = refusingHop(refused.get());
      o.putObject("refusedAt").put("hop", hopNumber(hop)).put("id", hop.id());
    } else {
      o.putNull("refusedAt");
    }
    ArrayNode array = o.putArray("legs");
    for (Leg leg : legs) {
      ObjectNode l = array.addObject();
      l.put("leg", leg.number());
      if (leg.outcome().isPresent()) {
        l.setAll(Outcomes.json(new Cell(leg.client(), leg.server(), leg.outcome().get())));
      } else {
        l.put("client", leg.client().id()).put("server", leg.hop().id()).put("outcome", NOT_REACHED);
      }
      l.set("crossed", Json.array(leg.crossed().stream().map(Hop::id).toList()));
    }
    if (refused.isPresent()) {
      o.set("remedy", advice.json(refusingHop(refused.get()), refused.get()));
    } else {
      o.putNull("remedy");
    }
    return o;
  }

  private MarkdownTable table() {
    MarkdownTable table = new MarkdownTable("leg", "client", "server", "crossed", "outcome", "version",
        "cipher suite", "reason");
    for (Leg leg : legs) {
      Negotiation n = leg.outcome().orElse(null);
      String outcome = n == null ? NOT_REACHED : (n.isConnected() ? "✅ " : "❌ ") + Outcomes.outcome(n);
      table.row(Integer.toString(leg.number()), leg.client().id(), leg.hop().id(),
          leg.crossed().isEmpty() ? Tsv.ABSENT : crossed(leg),
          outcome, n == null ? Tsv.ABSENT : Outcomes.orDash(Outcomes.version(n)),
          n == null ? Tsv.ABSENT : Outcomes.orDash(Outcomes.cipherSuite(n)),
          n == null ? Tsv.ABSENT : Outcomes.orDash(Outcomes.reason(n)));
    }
    return table;
  }

  /** The paragraphs around the table: the verdict, the path, and at a refusal the detail and the remedy. */
  private List<String> paragraphs() {
    List<String> lines = new ArrayList<>();
    lines.add(verdict());
    lines.add("path: " + route());
    return lines;
  }

  private List<String> afterTable() {
    if (refused.isEmpty()) return List.of();
    Leg leg = refused.get();
    Refused r = (Refused) leg.outcome().orElseThrow();
    List<String> lines = new ArrayList<>();
    lines.add(r.detail() + " (stage " + r.stage() + ")");
    lines.addAll(advice.lines(refusingHop(leg), leg));
    return lines;
  }

  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs()) {
      lines.add(MarkdownTable.escape(p));
      lines.add("");
    }
    lines.addAll(table().lines());
    for (String p : afterTable()) {
      lines.add("");
      lines.add("> " + MarkdownTable.escape(p));
    }
    return lines;
  }

  List<String> html() {
    List<String> paragraphs = new ArrayList<>(paragraphs());
    paragraphs.addAll(afterTable());
    return HtmlOutput.page("Path from " + result.path().name(), paragraphs, table());
  }
}
