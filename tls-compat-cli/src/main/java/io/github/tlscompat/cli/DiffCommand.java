package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.algebra.Diff.Change;
import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat diff}: what changing a server from one policy to another does to each client:
 * lost, gained, downgraded, upgraded or unchanged ({@link Diff}).
 *
 * <p>Each {@code --require-client} that is lost is reported on stderr, one line each, and makes the
 * exit code {@link ExitCodes#EXPECTATION_FAILED}.
 *
 * @since 0.1.0
 */
@Command(
    name = "diff",
    description = "Shows what changing a server from one policy to another does to each client:"
        + " lost, gained, downgraded or upgraded (--all: unchanged too). Exits with 1 when a"
        + " --require-client is lost.")
public final class DiffCommand implements Callable<Integer> {

  /** The TSV columns and the JSON keys of an entry. */
  static final List<String> COLUMNS = List.of("client", "change", "fromOutcome", "fromVersion",
      "fromCipherSuite", "fromReason", "toOutcome", "toVersion", "toCipherSuite", "toReason");

  @Spec
  CommandSpec spec;

  @Mixin
  BaseOptions base;

  @Mixin
  CatalogOptions catalog;

  @Option(names = "--from", required = true, paramLabel = "ID|FILE",
      description = "The server policy before the change: an id or alias, a profile file, or a"
          + " configuration file that tls-compat import reads.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "ID|FILE",
      description = "The server policy after the change: an id or alias, a profile file, or a"
          + " configuration file that tls-compat import reads.")
  String to;

  @Option(names = "--clients", paramLabel = "IDS|TAGS", defaultValue = "all",
      description = "The clients: ids, aliases or tags, comma-separated (default: ${DEFAULT-VALUE}).")
  String clients;

  @Option(names = "--require-client", paramLabel = "ID",
      description = "A client that must not be lost; exit with 1 if it is (repeatable).")
  List<String> requiredClients = new ArrayList<>();

  @Option(names = "--all",
      description = "List the clients whose outcome does not change too; by default only the changes are"
          + " listed, and the unchanged ones counted.")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Creates the command; picocli calls this. */
  public DiffCommand() {}

  /**
   * Compares the two policies over the clients and writes the changes in the chosen format.
   *
   * @return {@link ExitCodes#EXPECTATION_FAILED} if a required client is lost, else
   *     {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    base.applyTo(catalog);
    catalog.load(from, to);
    ServerPolicy before = catalog.server("--from", from);
    ServerPolicy after = catalog.server("--to", to);
    List<ClientProfile> selected = new ArrayList<>(catalog.clients("--clients", clients));
    List<ClientProfile> required = new ArrayList<>();
    for (String id : requiredClients) {
      ClientProfile c = catalog.client("--require-client", id);
      required.add(c);
      if (!selected.contains(c)) selected.add(c);
    }
    Diff diff = Diff.between(before, after, Fleet.of(clients, selected));
    List<Diff.Entry> shown = all ? diff.entries()
        : diff.entries().stream().filter(e -> e.change() != Change.UNCHANGED).toList();
    Console.print(spec, switch (format) {
      case text -> text(diff);
      case tsv -> tsv(shown);
      case json -> Json.lines(shown.stream().map(e -> json(diff, e)).toList());
      case markdown -> markdown(diff, shown);
      case html -> HtmlOutput.report(catalog, shown.stream().map(Diff.Entry::client).toList(), List.of(before, after),
          before.id() + " to " + after.id());
    });
    int exitCode = ExitCodes.OK;
    for (Diff.Entry e : diff.lost()) {
      if (required.contains(e.client())) {
        Console.error(spec, "required client lost: " + e.explanation());
        exitCode = ExitCodes.EXPECTATION_FAILED;
      }
    }
    return exitCode;
  }

  /** "mozilla-old-5.8 -> mozilla-modern-5.8 over 186 clients: 40 lost, 0 gained, ..." */
  private static String summary(Diff diff, String arrow) {
    String counts = java.util.Arrays.stream(Change.values())
        .map(c -> diff.entries(c).size() + " " + c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    int n = diff.entries().size();
    return diff.from().id() + " " + arrow + " " + diff.to().id() + " over " + n
        + (n == 1 ? " client: " : " clients: ") + counts;
  }

  private List<String> text(Diff diff) {
    List<String> lines = new ArrayList<>();
    lines.add(summary(diff, "->"));
    for (Change change : Change.values()) {
      List<Diff.Entry> entries = diff.entries(change);
      if (entries.isEmpty()) continue;
      lines.add("");
      if (change == Change.UNCHANGED && !all) {
        lines.add(change.name() + " (" + entries.size() + "): not listed; --all lists them");
        continue;
      }
      lines.add(change.name() + " (" + entries.size() + "):");
      entries.forEach(e -> lines.add("  " + e.explanation()));
    }
    return lines;
  }

  private static List<String> tsv(List<Diff.Entry> entries) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (Diff.Entry e : entries) {
      lines.add(Tsv.line(e.client().id(), e.change().name(),
          Outcomes.outcome(e.before()), Outcomes.version(e.before()), Outcomes.cipherSuite(e.before()),
          Outcomes.reason(e.before()),
          Outcomes.outcome(e.after()), Outcomes.version(e.after()), Outcomes.cipherSuite(e.after()),
          Outcomes.reason(e.after())));
    }
    return lines;
  }

  /** {@code client}, {@code change}, the pair objects {@code from} and {@code to}, {@code explanation}. */
  private static ObjectNode json(Diff diff, Diff.Entry e) {
    ObjectNode o = Json.object();
    o.put("client", e.client().id());
    o.put("change", e.change().name());
    o.set("from", Outcomes.json(new Cell(e.client(), diff.from(), e.before())));
    o.set("to", Outcomes.json(new Cell(e.client(), diff.to(), e.after())));
    o.put("explanation", e.explanation());
    return o;
  }

  private static List<String> markdown(Diff diff, List<Diff.Entry> entries) {
    List<String> lines = new ArrayList<>();
    lines.add("**" + MarkdownTable.escape(summary(diff, "→")) + "**");
    lines.add("");
    MarkdownTable table = new MarkdownTable("client", "change", diff.from().id(), diff.to().id());
    for (Diff.Entry e : entries) {
      table.row(e.client().id(), e.change().name(), cell(e.before()), cell(e.after()));
    }
    lines.addAll(table.lines());
    return lines;
  }

  private static String cell(Negotiation n) {
    return n.isConnected() ? "✅ " + Outcomes.version(n) + " " + Outcomes.cipherSuite(n)
        : "❌ " + Outcomes.reason(n);
  }
}
