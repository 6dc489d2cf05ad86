package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat simulate}: every client of the catalog (or of {@code --clients}) against one
 * server, given as a profile or as OpenSSL-style flags; the CI gate of a server change.
 *
 * <p>Each {@code --require-client} that is refused is reported on stderr, one line each, and makes
 * the exit code {@link ExitCodes#EXPECTATION_FAILED}; standard output keeps the chosen format.
 *
 * @since 0.1.0
 */
@Command(
    name = "simulate",
    sortOptions = false,
    description = "Predicts how every client (or --clients) fares against one server, given as"
        + " --server ID|FILE or as OpenSSL-style flags. Exits with 1 when a --require-client is"
        + " refused.")
public final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--clients", paramLabel = "IDS|TAGS", defaultValue = "all",
      description = "The clients: ids, aliases or tags, comma-separated (default: ${DEFAULT-VALUE}).")
  String clients;

  @Option(names = "--server", paramLabel = "ID|FILE",
      description = "The server: an id or alias from the catalog, a profile file, or a"
          + " configuration file that tls-compat import reads (nginx.conf, a .reg export, ...). Or"
          + " describe the server with the OpenSSL-style flags that follow.")
  String server;

  @Mixin
  OpenSslServerOptions flags;

  @Option(names = "--require-client", paramLabel = "ID",
      description = "A client that must connect; exit with 1 if it is refused (repeatable).")
  List<String> requiredClients = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public SimulateCommand() {}

  /**
   * Negotiates each client with the server and writes the outcomes in the chosen format.
   *
   * @return {@link ExitCodes#EXPECTATION_FAILED} if a required client is refused, else
   *     {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    if (server != null && flags.isSet()) {
      throw new ParameterException(spec.commandLine(), "Give the server either as --server or as"
          + " OpenSSL-style flags (--openssl-ciphers, --protocols, ...), not both");
    }
    if (server == null && !flags.isSet()) {
      throw new ParameterException(spec.commandLine(), "Missing the server: give --server ID|FILE,"
          + " or --openssl-ciphers STRING and --protocols LIST");
    }
    catalog.load(server);
    ServerPolicy s = server != null ? catalog.server("--server", server) : flags.policy();
    List<ClientProfile> selected = new ArrayList<>(catalog.clients("--clients", clients));
    List<ClientProfile> required = new ArrayList<>();
    for (String id : requiredClients) {
      ClientProfile c = catalog.client("--require-client", id);
      required.add(c);
      if (!selected.contains(c)) selected.add(c);
    }
    List<Cell> cells = selected.stream().map(c -> new Cell(c, s, Negotiator.negotiate(c, s))).toList();
    Console.print(spec, switch (format) {
      case text -> text(s, cells);
      case tsv -> Outcomes.tsv(cells);
      case json -> Outcomes.json(cells);
      case markdown -> markdown(s, cells);
      case html -> HtmlOutput.report(catalog, selected, List.of(s), "Clients against " + s.id());
    });
    int exitCode = ExitCodes.OK;
    for (ClientProfile c : required) {
      Negotiation n = cells.stream().filter(cell -> cell.client().equals(c)).findFirst().orElseThrow().outcome();
      if (n instanceof Refused r) {
        Console.error(spec, "required client " + c.id() + " is refused by " + s.id() + ": " + r.reason()
            + " - " + r.detail());
        exitCode = ExitCodes.EXPECTATION_FAILED;
      }
    }
    return exitCode;
  }

  /** "150 of 186 clients connect to X; refused: NO_SHARED_PROTOCOL_VERSION 30, ..." */
  static String summary(ServerPolicy server, List<Cell> cells) {
    long connected = cells.stream().filter(c -> c.outcome().isConnected()).count();
    String refusals = Outcomes.refusals(cells);
    return connected + " of " + cells.size() + " clients connect to " + server.id()
        + (refusals.isEmpty() ? "" : "; refused: " + refusals);
  }

  private static List<String> text(ServerPolicy server, List<Cell> cells) {
    TextTable table = new TextTable("").row("client", "outcome", "version", "cipher suite or reason");
    for (Cell cell : cells) {
      Negotiation n = cell.outcome();
      table.row(cell.client().id(), Outcomes.outcome(n), Outcomes.orDash(Outcomes.version(n)),
          n.isConnected() ? Outcomes.cipherSuite(n) : Outcomes.reason(n));
    }
    List<String> lines = new ArrayList<>(table.lines());
    lines.add("");
    lines.add(summary(server, cells));
    return lines;
  }

  private static List<String> markdown(ServerPolicy server, List<Cell> cells) {
    List<String> lines = new ArrayList<>();
    lines.add("**" + MarkdownTable.escape(summary(server, cells)) + "**");
    lines.add("");
    lines.addAll(Outcomes.markdown(cells).lines());
    return lines;
  }
}
