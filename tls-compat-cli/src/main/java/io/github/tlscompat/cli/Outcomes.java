package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one client-server pair is written, the same way by {@code check}, {@code simulate} and
 * {@code matrix}: TSV columns and JSON keys ({@link #COLUMNS}), and the Markdown cell.
 *
 * <p>The TSV header and the JSON keys are the same names, and for scripts: a column, once added,
 * keeps its name and its meaning.
 */
final class Outcomes {

  /** The TSV header and the JSON keys of a pair, in order. */
  static final List<String> COLUMNS =
      List.of("client", "server", "outcome", "version", "cipherSuite", "reason");

  static final String CONNECTED = "CONNECTED";
  static final String REFUSED = "REFUSED";

  private Outcomes() {}

  static String outcome(Negotiation n) {
    return n.isConnected() ? CONNECTED : REFUSED;
  }

  /** The negotiated version (SSLv2 ... TLSv1.3), or null when refused. */
  static String version(Negotiation n) {
    return n instanceof Connected c ? c.version().displayName() : null;
  }

  /** The IANA name of the negotiated suite, or null when refused. */
  static String cipherSuite(Negotiation n) {
    return n instanceof Connected c ? c.cipherSuite().ianaName() : null;
  }

  /** The reason constant, or null when connected. */
  static String reason(Negotiation n) {
    return n instanceof Refused r ? r.reason().name() : null;
  }

  static String tsvHeader() {
    return String.join("\t", COLUMNS);
  }

  static String tsvRow(Cell cell) {
    Negotiation n = cell.outcome();
    return Tsv.line(cell.client().id(), cell.server().id(), outcome(n), version(n), cipherSuite(n),
        reason(n));
  }

  /**
   * The JSON object of a pair: the {@link #COLUMNS} (null where TSV writes {@code -}), then
   * {@code detail} and {@code stage} of a refusal and the {@code warnings} of a connection.
   */
  static ObjectNode json(Cell cell) {
    Negotiation n = cell.outcome();
    ObjectNode o = Json.object();
    o.put("client", cell.client().id());
    o.put("server", cell.server().id());
    o.put("outcome", outcome(n));
    o.put("version", version(n));
    o.put("cipherSuite", cipherSuite(n));
    o.put("reason", reason(n));
    o.put("detail", n instanceof Refused r ? r.detail() : null);
    o.put("stage", n instanceof Refused r ? r.stage().name() : null);
    o.set("warnings", Json.array(n instanceof Connected c
        ? c.warnings().stream().map(Warning::describe).toList() : List.of()));
    return o;
  }

  /** A Markdown cell: {@code ✅ TLSv1.2} or {@code ❌ NO_SHARED_CIPHER_SUITE}. */
  static String markdownCell(Negotiation n) {
    return n instanceof Connected c ? "✅ " + c.version().displayName() : "❌ " + reason(n);
  }

  /** A Markdown table of pairs, one row each. */
  static MarkdownTable markdown(List<Cell> cells) {
    MarkdownTable table = new MarkdownTable("client", "server", "outcome", "version", "cipher suite",
        "reason");
    for (Cell cell : cells) {
      Negotiation n = cell.outcome();
      table.row(cell.client().id(), cell.server().id(),
          (n.isConnected() ? "✅ " : "❌ ") + outcome(n), orDash(version(n)), orDash(cipherSuite(n)),
          orDash(reason(n)));
    }
    return table;
  }

  static List<String> tsv(List<Cell> cells) {
    List<String> lines = new ArrayList<>(cells.size() + 1);
    lines.add(tsvHeader());
    for (Cell cell : cells) lines.add(tsvRow(cell));
    return lines;
  }

  static List<String> json(List<Cell> cells) {
    return Json.lines(cells.stream().map(Outcomes::json).toList());
  }

  static String orDash(String value) {
    return value == null ? Tsv.ABSENT : value;
  }

  /**
   * Reasons by how often they occur, most frequent first, a tie in the order the reasons first
   * appear: "NO_SHARED_PROTOCOL_VERSION 30, ...".
   */
  static String refusals(List<Cell> cells) {
    // Plain loops and a count per reason: matrix tallies every column of the catalog in a JVM that
    // has compiled nothing yet, where a grouping stream per column cost tens of milliseconds.
    int[] counts = new int[Refused.Reason.values().length];
    List<Refused.Reason> seen = new ArrayList<>();
    for (Cell cell : cells) {
      if (cell.outcome() instanceof Refused refused && counts[refused.reason().ordinal()]++ == 0) {
        seen.add(refused.reason());
      }
    }
    seen.sort((a, b) -> Integer.compare(counts[b.ordinal()], counts[a.ordinal()])); // stable: ties keep their order
    Map<Refused.Reason, Integer> tally = new LinkedHashMap<>();
    for (Refused.Reason reason : seen) tally.put(reason, counts[reason.ordinal()]);
    return refusals(tally);
  }

  /** "NO_SHARED_CIPHER_SUITE 3, NO_SHARED_PROTOCOL_VERSION 1" from counts in the order to show; "" for none. */
  static String refusals(Map<Refused.Reason, Integer> counts) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<Refused.Reason, Integer> e : counts.entrySet()) {
      if (out.length() > 0) out.append(", ");
      out.append(e.getKey().name()).append(' ').append(e.getValue());
    }
    return out.toString();
  }
}
