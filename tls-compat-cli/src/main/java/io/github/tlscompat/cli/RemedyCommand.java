package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.PolicyChange;
import io.github.tlscompat.core.remedy.Remedy;
import java.io.PrintWriter;
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
 * negotiating again, best first and the weakest concession last ({@link Remedy#find}), capped by
 * {@code --max-concession} ({@link Remedy#concession()}).
 *
 * <p>With {@code --as nginx|apache|openssl|jsse|reg} it prints instead the best remedy (or the one of
 * {@code --rank}) as configuration: only what changes against the server as it is
 * ({@link RemedyConfig#changes}: the registry values of a {@code .reg}, the directive lines of
 * nginx), or with {@code --whole} the whole remedied configuration. A change the format cannot
 * hold (a certificate, the http.sys binding for clients without SNI) is named on stderr with the
 * command that makes it instead ({@link RemedyConfig#gaps}).
 *
 * <p>A server tagged {@code managed-service} (Office 365, Microsoft 365) gets no server change:
 * its users cannot make one, so the remedy is on the client side or on the path.
 *
 * <p>The exit code is {@link ExitCodes#OK} when the client already connects, or a remedy is offered
 * and {@code --as} can write all of it; {@link ExitCodes#EXPECTATION_FAILED} when no change, nor
 * pair of changes, re-admits the client within the cap, when the server is a managed service, or
 * when {@code --as} cannot express the remedy.
 *
 * @since 0.1.0
 */
@Command(
    name = "remedy",
    sortOptions = false,
    description = "Lists the server changes that re-admit a refused client, each proven by"
        + " negotiating again: best first, the weakest concession last; with --as, only the settings"
        + " one of them changes, as nginx, Apache, OpenSSL, JSSE or SChannel configuration. Exits with 1"
        + " when none does, when the server is a managed service, or when --as cannot express the"
        + " remedy.")
public final class RemedyCommand implements Callable<Integer> {

  /** The TSV columns and the JSON keys of a remedy. */
  static final List<String> COLUMNS = List.of("rank", "changes", "version", "cipherSuite", "grade", "concession");

  private static final String NO_REMEDY = "No single change, nor pair of changes, re-admits it.";

  @Spec
  CommandSpec spec;

  @Mixin
  PairOptions pair;

  @Mixin
  ExportOptions export;

  @Option(names = "--rank", paramLabel = "N",
      description = "With --as: the remedy to apply, by its rank in the list (default: 1, the best).")
  Integer rank;

  @Option(names = "--whole",
      description = "With --as: the whole remedied configuration, not only the settings that change.")
  boolean whole;

  @Mixin
  ConcessionOptions concession;

  @Mixin
  BaseOptions base;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public RemedyCommand() {}

  /** The remedies found, and those the cap keeps. */
  private record Found(List<Remedy> all, List<Remedy> offered) {}

  /**
   * Finds the remedies and writes them in the chosen format, or with {@code --as} one of them as
   * configuration.
   *
   * @return {@link ExitCodes#EXPECTATION_FAILED} if the client is refused and no remedy is
   *     offered, or {@code --as} cannot express it; else {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    base.applyTo(catalog);
    export.checkNotWithFormat();
    if (rank != null && !export.isSet()) {
      throw catalog.invalid("--rank", rank + "; --rank picks the remedy that --as writes, give --as too");
    }
    if (whole && !export.isSet()) throw catalog.invalid("--whole", "--whole says how --as writes, give --as too");
    Cell cell = pair.negotiate(catalog);
    boolean managed = ManagedService.is(catalog, cell.server());
    List<Remedy> all = managed ? List.of() : Remedy.find(cell.client(), cell.server());
    Found found = new Found(all, concession.allowed(all));
    if (export.isSet()) return export(cell, managed, found);
    Console.print(spec, switch (pair.format) {
      case text -> text(cell, managed, found);
      case tsv -> tsv(found.offered());
      case json -> Json.pretty(json(cell, managed, found));
      case markdown -> markdown(cell, managed, found);
      case html -> html(cell, managed, found);
    });
    return cell.outcome().isConnected() || !found.offered().isEmpty() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
  }

  /**
   * The remedy of rank {@code --rank} as {@code --as} configuration on stdout; on stderr the remedy
   * (or why there is none), the format's warnings, and each change the format cannot hold with what
   * makes it instead. A client that connects already gets an empty change (or, with
   * {@code --whole}, the server as it is).
   */
  private int export(Cell cell, boolean managed, Found found) {
    List<Remedy> remedies = found.offered();
    int wanted = rank == null ? 1 : rank;
    if (wanted < 1) throw catalog.invalid("--rank", wanted + "; expected 1 or more");
    if (!remedies.isEmpty() && wanted > remedies.size()) {
      throw catalog.invalid("--rank", wanted + "; expected 1 to " + remedies.size() + ", the remedies found");
    }
    if (cell.outcome().isConnected()) {
      Console.error(spec, verdict(cell));
      print(cell.server(), cell.server());
      return ExitCodes.OK;
    }
    if (managed) {
      Console.error(spec, verdict(cell) + " " + ManagedService.advice(cell.client(), cell.server()));
      return ExitCodes.EXPECTATION_FAILED;
    }
    if (remedies.isEmpty()) {
      Console.error(spec, verdict(cell) + " " + none(found));
      return ExitCodes.EXPECTATION_FAILED;
    }
    Remedy r = remedies.get(wanted - 1);
    Console.error(spec, "applied remedy " + wanted + " of " + remedies.size() + ": " + r.describe());
    // The name heads the written configuration: say there what was changed.
    print(cell.server(), r.policy().toBuilder().name(cell.server().name() + ", with: " + r.describeChanges()).build());
    List<RemedyConfig.Gap> gaps = RemedyConfig.gaps(export.as, r.changes());
    for (RemedyConfig.Gap gap : gaps) {
      Console.error(spec, "--as " + export.as + " cannot express '" + gap.change().describe() + "': " + gap.why()
          + (gap.instead().isEmpty() ? "; nothing documented does it instead" : "; instead:"));
      gap.instead().forEach(line -> Console.error(spec, "  " + line));
    }
    return gaps.isEmpty() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
  }

  /** {@code changed} as {@code --as} writes it: what differs from {@code current}, or all of it. */
  private void print(ServerPolicy current, ServerPolicy changed) {
    Exported exported = whole ? export.as.write(changed) : RemedyConfig.changes(export.as, current, changed);
    PrintWriter out = spec.commandLine().getOut();
    out.print(exported.text());
    out.flush();
    exported.warnings().forEach(w -> Console.error(spec, "warning: --as " + export.as + ": " + w));
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

  /** Why no remedy is offered: none exists, or none within {@code --max-concession}. */
  private String none(Found found) {
    return found.all().isEmpty() ? NO_REMEDY : concession.noneAllowed(found.all());
  }

  /** The line that heads the list. */
  private String heading(Found found) {
    String heading = "Each of these re-admits it, best first (the weakest concession last)";
    if (!concession.isCapped()) return heading + ":";
    int left = found.all().size() - found.offered().size();
    return heading + ", within " + concession.option() + (left == 0 ? ":" : " (" + left
        + (left == 1 ? " more concedes" : " more concede") + " more):");
  }

  private static String grade(Remedy r) {
    return r.outcome().cipherSuite().grade().name().toLowerCase(Locale.ROOT);
  }

  private static String concession(Remedy r) {
    return r.concession().name().toLowerCase(Locale.ROOT);
  }

  private List<String> text(Cell cell, boolean managed, Found found) {
    List<String> lines = new ArrayList<>();
    lines.add(verdict(cell));
    if (cell.outcome().isConnected()) return lines;
    if (managed) {
      lines.add(ManagedService.advice(cell.client(), cell.server()));
      return lines;
    }
    if (found.offered().isEmpty()) {
      lines.add(none(found));
      return lines;
    }
    lines.add("");
    lines.add(heading(found));
    List<Remedy> remedies = found.offered();
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
          r.outcome().version().displayName(), r.outcome().cipherSuite().ianaName(), grade(r), concession(r)));
    }
    return lines;
  }

  /**
   * The pair as {@code check} writes it, then {@code managedService}, {@code maxConcession},
   * {@code advice} (why no remedy is offered, or null) and {@code remedies}: objects keyed like the
   * TSV columns.
   */
  private ObjectNode json(Cell cell, boolean managed, Found found) {
    ObjectNode o = Outcomes.json(cell);
    o.put("managedService", managed);
    o.put("maxConcession", concession.level.name());
    String advice = cell.outcome().isConnected() ? null
        : managed ? ManagedService.advice(cell.client(), cell.server())
        : found.offered().isEmpty() ? none(found) : null;
    o.put("advice", advice);
    o.set("remedies", json(found.offered()));
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
      n.put("concession", concession(r));
    }
    return list;
  }

  /** The paragraphs above the table: the verdict, and why there is no table or what caps it. */
  private List<String> paragraphs(Cell cell, boolean managed, Found found) {
    List<String> lines = new ArrayList<>();
    lines.add(verdict(cell));
    if (cell.outcome().isConnected()) return lines;
    if (managed) {
      lines.add(ManagedService.advice(cell.client(), cell.server()));
    } else if (found.offered().isEmpty()) {
      lines.add(none(found));
    } else if (concession.isCapped()) {
      lines.add(heading(found));
    }
    return lines;
  }

  private List<String> markdown(Cell cell, boolean managed, Found found) {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs(cell, managed, found)) {
      if (!lines.isEmpty()) lines.add("");
      lines.add(MarkdownTable.escape(p));
    }
    if (found.offered().isEmpty()) return lines;
    lines.add("");
    lines.addAll(table(found.offered()).lines());
    return lines;
  }

  private List<String> html(Cell cell, boolean managed, Found found) {
    String title = "Remedies for " + cell.client().id() + " against " + cell.server().id();
    MarkdownTable table = found.offered().isEmpty() ? new MarkdownTable() : table(found.offered());
    return HtmlOutput.page(title, paragraphs(cell, managed, found), table);
  }

  private static MarkdownTable table(List<Remedy> remedies) {
    MarkdownTable table = new MarkdownTable("#", "change", "then connects with", "grade", "concession");
    for (int i = 0; i < remedies.size(); i++) {
      Remedy r = remedies.get(i);
      table.row(Integer.toString(i + 1), r.describeChanges(),
          r.outcome().version().displayName() + " " + r.outcome().cipherSuite().ianaName(), grade(r), concession(r));
    }
    return table;
  }
}
