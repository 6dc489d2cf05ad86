package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
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
        + " --server ID|FILE or as OpenSSL-style flags; or, with --connect HOST:PORT, sends each"
        + " client's ClientHello to a live server and reports its answers. Exits with 1 when a"
        + " --require-client is refused.")
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

  @Option(names = "--connect", paramLabel = "HOST:PORT",
      description = "A live server: send each client's ClientHello (its capture, when"
          + " tls-compat-captures is on the class path, else encoded from the profile) on its own"
          + " connection and read the answer. No key is computed; only 127.0.0.1 and the hosts you"
          + " name are ever contacted.")
  String connect;

  @Option(names = "--sni", paramLabel = "NAME",
      description = "With --connect: the server_name the clients that send one put in their hello"
          + " (default: the host, or none for an IP address).")
  String sni;

  @Option(names = "--timeout", paramLabel = "MILLIS", defaultValue = "5000",
      description = "With --connect: how long to wait for a connection, and then for each answer"
          + " (default: ${DEFAULT-VALUE}).")
  int timeoutMillis;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "With --connect: how many connections to keep open at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--require-client", paramLabel = "ID",
      description = "A client that must connect; exit with 1 if it is refused (repeatable).")
  List<String> requiredClients = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin
  BaseOptions base;

  @Mixin
  CatalogOptions catalog;

  /** Whether progress may be drawn on stderr: only when it is a terminal, never into a file or pipe. */
  BooleanSupplier stderrIsTerminal = Terminal::isStderr;

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
    base.applyTo(catalog);
    int given = (server != null ? 1 : 0) + (flags.isSet() ? 1 : 0) + (connect != null ? 1 : 0);
    if (given > 1) {
      throw new ParameterException(spec.commandLine(), "Give the server once: as --server, as"
          + " OpenSSL-style flags (--openssl-ciphers, --protocols, ...), or as --connect HOST:PORT");
    }
    if (given == 0) {
      throw new ParameterException(spec.commandLine(), "Missing the server: give --server ID|FILE,"
          + " OpenSSL-style flags (--openssl-ciphers STRING, --protocols LIST, ...), or --connect HOST:PORT");
    }
    if (connect == null && sni != null) {
      throw new ParameterException(spec.commandLine(), "--sni is for --connect: a simulated server"
          + " takes its SNI requirement from its profile or --require-sni");
    }
    if (connect != null) return live();
    catalog.load(server);
    ServerPolicy s = server != null ? catalog.server("--server", server) : flags.policy(catalog);
    List<ClientProfile> selected = selected();
    List<ClientProfile> required = requiredClients.stream().map(id -> catalog.client("--require-client", id)).toList();
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

  private int live() {
    LiveSimulation simulation;
    LiveProbe probe;
    try {
      simulation = LiveSimulation.of(connect, sni);
      probe = LiveProbe.builder().concurrency(concurrency).connectTimeout(Duration.ofMillis(timeoutMillis))
          .readTimeout(Duration.ofMillis(timeoutMillis)).build();
    } catch (IllegalArgumentException e) {
      throw catalog.invalid(optionOf(e), e.getMessage());
    }
    Catalog c = catalog.load();
    List<ClientProfile> selected = selected();
    List<LiveSimulation.Row> rows;
    try {
      rows = simulation.run(c, selected, probe, stderrIsTerminal.getAsBoolean() ? spec.commandLine().getErr() : null);
    } catch (IOException e) {
      throw catalog.invalid("--connect", e.getMessage());
    }
    Console.print(spec, switch (format) {
      case text -> simulation.text(rows);
      case tsv -> simulation.tsv(rows);
      case json -> simulation.json(rows);
      case markdown -> {
        List<String> lines = new ArrayList<>();
        lines.add("**" + MarkdownTable.escape(simulation.summary(rows)) + "**");
        lines.add("");
        lines.addAll(simulation.markdown(rows).lines());
        yield lines;
      }
      case html -> HtmlOutput.page("Clients against " + simulation.target(), List.of(simulation.summary(rows)),
          simulation.markdown(rows));
    });
    for (LiveSimulation.Row r : rows) {
      if (r.result().outcome() == Observation.Outcome.UNREADABLE) {
        Console.error(spec, "the answer to " + r.client().id() + " could not be read: " + r.result().detail());
      } else if (r.result().outcome() == Observation.Outcome.PROTOCOL_VIOLATION) {
        Console.error(spec, "the server broke the protocol answering " + r.client().id() + ": " + r.result().detail());
      }
    }
    int exitCode = ExitCodes.OK;
    for (String id : requiredClients) {
      ClientProfile required = catalog.client("--require-client", id);
      LiveSimulation.Row row = rows.stream().filter(r -> r.client().equals(required)).findFirst().orElseThrow();
      if (row.result().outcome() != Observation.Outcome.CONNECTED) {
        Console.error(spec, "required client " + required.id() + " is refused by " + simulation.target() + ": "
            + row.detail());
        exitCode = ExitCodes.EXPECTATION_FAILED;
      }
    }
    return exitCode;
  }

  private String optionOf(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    return m.startsWith("concurrency") ? "--concurrency" : m.contains("Timeout") ? "--timeout" : "--connect";
  }

  /** The clients of --clients, then each --require-client not among them. */
  private List<ClientProfile> selected() {
    List<ClientProfile> selected = new ArrayList<>(catalog.clients("--clients", clients));
    for (String id : requiredClients) {
      ClientProfile c = catalog.client("--require-client", id);
      if (!selected.contains(c)) selected.add(c);
    }
    return selected;
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
