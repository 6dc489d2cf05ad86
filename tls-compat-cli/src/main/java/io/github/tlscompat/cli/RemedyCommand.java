package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.PolicyChange;
import io.github.tlscompat.core.remedy.Remedy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat remedy}: the changes to a server that re-admit a refused client, each proven by
 * negotiating again, best first and the weakest concession last ({@link Remedy#find}).
 *
 * <p>With {@code --as nginx|apache|openssl|jsse|reg} it prints instead the server with the best
 * remedy (or the one of {@code --rank}) applied, as the configuration lines to use, through core's
 * writers ({@link ExportOptions}).
 *
 * <p>The exit code is {@link ExitCodes#OK} when the client already connects or a remedy exists, and
 * {@link ExitCodes#EXPECTATION_FAILED} when no change, nor pair of changes, re-admits it.
 *
 * @since 0.1.0
 */
@Command(
    name = "remedy",
    description = "Lists the server changes that re-admit a refused client, each proven by"
        + " negotiating again: best first, the weakest concession last; with --as, the server with"
        + " one applied, as nginx, Apache, OpenSSL, JSSE or SChannel configuration. Exits with 1"
        + " when none does.")
public final class RemedyCommand implements Callable<Integer> {

  /** The TSV columns and the JSON keys of a remedy. */
  static final List<String> COLUMNS = List.of("rank", "changes", "version", "cipherSuite", "grade");

  @Spec
  CommandSpec spec;

  @Mixin
  PairOptions pair;

  @Mixin
  ExportOptions export;

  @Option(names = "--rank", paramLabel = "N",
      description = "With --as: the remedy to apply, by its rank in the list (default: 1, the best).")
  Integer rank;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public RemedyCommand() {}

  /**
   * Finds the remedies and writes them in the chosen format, or with {@code --as} the server with
   * one of them applied, as configuration.
   *
   * @return {@link ExitCodes#EXPECTATION_FAILED} if the client is refused and no remedy exists,
   *     else {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    export.checkNotWithFormat();
    if (rank != null && !export.isSet()) {
      throw catalog.invalid("--rank", rank + "; --rank picks the remedy that --as writes, give --as too");
    }
    Cell cell = pair.negotiate(catalog);
    List<Remedy> remedies = Remedy.find(cell.client(), cell.server());
    if (export.isSet()) return export(cell, remedies);
    Console.print(spec, switch (pair.format) {
      case text -> text(cell, remedies);
      case tsv -> tsv(remedies);
      case json -> Json.pretty(json(cell, remedies));
      case markdown -> markdown(cell, remedies);
      case html -> html(cell, remedies);
    });
    return cell.outcome().isConnected() || !remedies.isEmpty() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
  }

  /**
   * The server with the remedy of rank {@code --rank} applied, as {@code --as} configuration; the
   * remedy (or why there is none) on stderr. A client that connects already gets the server as it
   * is: applying it changes nothing.
   */
  private int export(Cell cell, List<Remedy> remedies) {
    int wanted = rank == null ? 1 : rank;
    if (wanted < 1) throw catalog.invalid("--rank", wanted + "; expected 1 or more");
    if (!remedies.isEmpty() && wanted > remedies.size()) {
      throw catalog.invalid("--rank", wanted + "; expected 1 to " + remedies.size() + ", the remedies found");
    }
    if (cell.outcome().isConnected()) {
      Console.error(spec, verdict(cell));
      export.print(cell.server());
      return ExitCodes.OK;
    }
    if (remedies.isEmpty()) {
      Console.error(spec, verdict(cell) + " " + NO_REMEDY);
      return ExitCodes.EXPECTATION_FAILED;
    }
    Remedy r = remedies.get(wanted - 1);
    Console.error(spec, "applied remedy " + wanted + " of " + remedies.size() + ": " + r.describe());
    // The name heads the written configuration: say there what was changed.
    export.print(r.policy().toBuilder()
        .name(cell.server().name() + ", with: " + r.describeChanges()).build());
    return ExitCodes.OK;
  }

  /** The first line: the client connects already, or is refused and why. */
  private static String verdict(Cell cell) {
    String pair = cell.client().id() + " ";
    if (cell.outcome() instanceof Connected connected) {
      return pair + "already connects to " + cell.server().id() + " with " + connected.version().displayName()
          + " " + connected.cipherSuite().ianaName() + ": nothing to change.";
    }
    Refused r = (Refused) cell.outcome();
    return pair + "is refused by " + cell.server().id() + ": " + r.reason() + " - " + r.detail();
  }

  private static String grade(Remedy r) {
    return r.outcome().cipherSuite().grade().name().toLowerCase(Locale.ROOT);
  }

  private static List<String> text(Cell cell, List<Remedy> remedies) {
    List<String> lines = new ArrayList<>();
    lines.add(verdict(cell));
    if (cell.outcome().isConnected()) return lines;
    if (remedies.isEmpty()) {
      lines.add("No single change, nor pair of changes, re-admits it.");
      return lines;
    }
    lines.add("");
    lines.add("Each of these re-admits it, best first (the weakest concession last):");
    for (int i = 0; i < remedies.size(); i++) lines.add("  " + (i + 1) + ". " + remedies.get(i).describe());
    return lines;
  }

  private static List<String> tsv(List<Remedy> remedies) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (int i = 0; i < remedies.size(); i++) {
      Remedy r = remedies.get(i);
      String changes = String.join("; ", r.changes().stream().map(PolicyChange::describe).toList());
      lines.add(Tsv.line(Integer.toString(i + 1), changes,
          r.outcome().version().displayName(), r.outcome().cipherSuite().ianaName(), grade(r)));
    }
    return lines;
  }

  /** The pair as {@code check} writes it, then {@code remedies}: objects keyed like the TSV columns. */
  private static ObjectNode json(Cell cell, List<Remedy> remedies) {
    ObjectNode o = Outcomes.json(cell);
    o.set("remedies", json(remedies));
    return o;
  }

  /** The remedies as an array of objects keyed like the TSV columns. */
  static ArrayNode json(List<Remedy> remedies) {
    ArrayNode list = Json.object().arrayNode();
    for (int i = 0; i < remedies.size(); i++) {
      Remedy r = remedies.get(i);
      ObjectNode n = list.addObject();
      n.put("rank", i + 1);
      n.set("changes", Json.array(r.changes().stream().map(PolicyChange::describe).toList()));
      n.put("version", r.outcome().version().displayName());
      n.put("cipherSuite", r.outcome().cipherSuite().ianaName());
      n.put("grade", grade(r));
    }
    return list;
  }

  private static final String NO_REMEDY = "No single change, nor pair of changes, re-admits it.";

  private static List<String> markdown(Cell cell, List<Remedy> remedies) {
    List<String> lines = new ArrayList<>();
    lines.add(MarkdownTable.escape(verdict(cell)));
    if (cell.outcome().isConnected()) return lines;
    lines.add("");
    if (remedies.isEmpty()) {
      lines.add(NO_REMEDY);
      return lines;
    }
    lines.addAll(table(remedies).lines());
    return lines;
  }

  private static List<String> html(Cell cell, List<Remedy> remedies) {
    String title = "Remedies for " + cell.client().id() + " against " + cell.server().id();
    if (cell.outcome().isConnected()) return HtmlOutput.page(title, List.of(verdict(cell)), new MarkdownTable());
    if (remedies.isEmpty()) return HtmlOutput.page(title, List.of(verdict(cell), NO_REMEDY), new MarkdownTable());
    return HtmlOutput.page(title, List.of(verdict(cell)), table(remedies));
  }

  private static MarkdownTable table(List<Remedy> remedies) {
    MarkdownTable table = new MarkdownTable("#", "change", "then connects with", "grade");
    for (int i = 0; i < remedies.size(); i++) {
      Remedy r = remedies.get(i);
      table.row(Integer.toString(i + 1), r.describeChanges(),
          r.outcome().version().displayName() + " " + r.outcome().cipherSuite().ianaName(), grade(r));
    }
    return table;
  }
}
