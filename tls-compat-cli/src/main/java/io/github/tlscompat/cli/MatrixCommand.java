package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat matrix}: every client against every server, by default the whole built-in
 * catalog. A live server given as {@code HOST:PORT} in {@code --servers} is scanned first and its
 * measured profile used like any other.
 *
 * <p>TSV and JSON write one row per pair, client by client. The text output is a summary per
 * server and, when there are at most {@value #MAX_SERVER_COLUMNS} servers, the clients each one
 * cuts off; Markdown is then a grid of clients by servers, and otherwise the summary with how to
 * narrow the matrix. The matrix checks no expectation: the exit code is {@link ExitCodes#OK}.
 *
 * @since 0.1.0
 */
@Command(
    name = "matrix",
    description = "Predicts every client against every server (by default the whole built-in"
        + " catalog): which clients each server cuts off, and why.")
public final class MatrixCommand implements Callable<Integer> {

  /** Up to this many servers, text lists each server's refused clients and Markdown is a grid. */
  static final int MAX_SERVER_COLUMNS = 10;

  @Spec
  CommandSpec spec;

  @Mixin
  CatalogOptions catalog;

  @Option(names = "--clients", paramLabel = "IDS|TAGS", defaultValue = "all",
      description = "The clients (rows): ids, aliases or tags, comma-separated (default:"
          + " ${DEFAULT-VALUE}).")
  String clients;

  @Option(names = "--servers", paramLabel = "IDS|TAGS", defaultValue = "all",
      description = "The servers (columns): ids, aliases, tags or HOST:PORT of live servers (each scanned"
          + " as tls-compat scan does, then used as its profile), comma-separated (default: ${DEFAULT-VALUE}).")
  String servers;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Creates the command; picocli calls this. */
  public MatrixCommand() {}

  /**
   * Negotiates every pair and writes the matrix in the chosen format.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    catalog.load();
    List<ClientProfile> rows = catalog.clients("--clients", clients);
    List<ServerPolicy> columns = catalog.servers("--servers", servers);
    Optional<Matrix> warm = Warmup.matrixOf(rows, columns);
    Matrix matrix = warm.isPresent() ? warm.get() : Matrix.of(rows, columns);
    Console.print(spec, switch (format) {
      case text -> text(matrix, new Caveats(catalog));
      case tsv -> Outcomes.tsv(matrix.cells());
      case json -> Outcomes.json(matrix.cells());
      case markdown -> markdown(matrix);
      case html -> HtmlOutput.report(catalog, rows, columns, "TLS compatibility: " + total(matrix, "x"));
    });
    return ExitCodes.OK;
  }

  /** "900 of 1062 pairs connect (177 clients x 6 servers)" */
  private static String total(Matrix m, String times) {
    return m.connectedTotal() + " of " + m.size() + " pairs connect (" + count(m.clients().size(), "client")
        + " " + times + " " + count(m.servers().size(), "server") + ")";
  }

  private static List<Cell> column(Matrix m, ServerPolicy server) {
    // A loop, not a stream: text runs this in a JVM that has compiled nothing yet.
    List<Cell> column = new ArrayList<>(m.clients().size());
    for (ClientProfile c : m.clients()) column.add(new Cell(c, server, m.get(c.id(), server.id())));
    return column;
  }

  private static List<String> text(Matrix m, Caveats caveats) {
    List<String> lines = new ArrayList<>();
    lines.add(total(m, "x"));
    lines.add("");
    TextTable summary = new TextTable("").row("server", "connect", "refused", "why refused");
    for (ServerPolicy s : m.servers()) {
      summary.row(caveats.mark(s.id()), Integer.toString(m.connectedCount(s.id())),
          Integer.toString(m.refusedCount(s.id())),
          Outcomes.orDash(emptyToNull(Outcomes.refusals(m.reasonCounts(s.id())))));
    }
    lines.addAll(summary.lines());
    if (m.servers().size() > MAX_SERVER_COLUMNS) {
      lines.add("");
      lines.add("Narrow with --servers (ids or tags, e.g. --servers seed; at most " + MAX_SERVER_COLUMNS
          + ") to list the clients each server cuts off; --format tsv gives one row per pair.");
      addLegend(lines, caveats);
      return lines;
    }
    // Servers that cut off the same clients for the same reasons share one list.
    Map<List<String>, List<String>> serversByCutOff = new LinkedHashMap<>();
    for (ServerPolicy s : m.servers()) {
      List<String> cutOff = column(m, s).stream().filter(c -> !c.outcome().isConnected())
          .map(c -> caveats.mark(c.client().id()) + "\t" + ((Refused) c.outcome()).reason().name()).toList();
      if (!cutOff.isEmpty()) serversByCutOff.computeIfAbsent(cutOff, k -> new ArrayList<>()).add(s.id());
    }
    serversByCutOff.forEach((cutOff, ids) -> {
      lines.add("");
      lines.add("Cut off by " + String.join(", ", ids) + " (" + cutOff.size() + "):");
      TextTable table = new TextTable("  ");
      for (String row : cutOff) table.row(row.split("\t"));
      lines.addAll(table.lines());
    });
    if (m.refusedTotal() > 0) {
      lines.add("");
      lines.add("tls-compat check --client ID --server ID explains a pair; tls-compat remedy finds the"
          + " smallest fix.");
    }
    addLegend(lines, caveats);
    return lines;
  }

  private static void addLegend(List<String> lines, Caveats caveats) {
    Optional<String> legend = caveats.legend();
    if (legend.isPresent()) lines.addAll(List.of("", legend.get()));
  }

  private static List<String> markdown(Matrix m) {
    List<String> lines = new ArrayList<>();
    lines.add("**tls-compat matrix**: " + total(m, "×"));
    lines.add("");
    if (m.servers().size() > MAX_SERVER_COLUMNS) {
      MarkdownTable summary = new MarkdownTable("server", "connect", "refused", "why refused");
      for (ServerPolicy s : m.servers()) {
        summary.row(s.id(), Integer.toString(m.connectedCount(s.id())), Integer.toString(m.refusedCount(s.id())),
            Outcomes.orDash(emptyToNull(Outcomes.refusals(m.reasonCounts(s.id())))));
      }
      lines.addAll(summary.lines());
      lines.add("");
      lines.add("> " + m.servers().size() + " servers are too many columns for one table: narrow with"
          + " `--servers` (ids or tags, at most " + MAX_SERVER_COLUMNS + "), e.g. `tls-compat matrix"
          + " --servers seed --format markdown`, to see each client.");
      return lines;
    }
    List<String> header = new ArrayList<>();
    header.add("client");
    m.servers().forEach(s -> header.add(s.id()));
    MarkdownTable grid = new MarkdownTable(header);
    for (ClientProfile c : m.clients()) {
      List<String> row = new ArrayList<>();
      row.add(c.id());
      for (ServerPolicy s : m.servers()) row.add(Outcomes.markdownCell(m.get(c.id(), s.id())));
      grid.row(row);
    }
    lines.addAll(grid.lines());
    return lines;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
