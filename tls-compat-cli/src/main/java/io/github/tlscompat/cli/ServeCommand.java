package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import io.github.tlscompat.evidence.handshake.EphemeralCertificate;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.handshake.ServedConnection;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.evidence.wire.Ja4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat serve}: an emulated server (Bouncy Castle, {@link EmulatedServer}) that
 * behaves as a server profile says, on 127.0.0.1, for trying real client software against, say,
 * Office 365 as it was in 2018, and a line for each connection saying what it negotiated or why it
 * was refused.
 *
 * <p>Where it listens and how to trust its certificate go to stderr, so that standard output holds
 * only the connections, in the chosen format, as they come. It serves until interrupted (Ctrl-C),
 * or until {@code --connections} have been served.
 *
 * @since 0.1.0
 */
@Command(
    name = "serve",
    sortOptions = false,
    description = "Starts an emulated server on 127.0.0.1 that behaves as a server profile says (its"
        + " versions, suites, order, groups, certificate, SNI requirement), and reports each"
        + " connection: what the client offered (JA4) and what was negotiated, or why it was"
        + " refused. Serves until Ctrl-C or --connections.")
public final class ServeCommand implements Callable<Integer> {
  /** The columns of TSV and the first JSON keys, in order. */
  static final List<String> COLUMNS = List.of("peer", "server", "outcome", "version", "cipherSuite", "reason", "ja4");

  @Spec
  CommandSpec spec;

  @Option(names = "--server", required = true, paramLabel = "ID|FILE",
      description = "The server to emulate: an id or alias from the catalog, or a profile or configuration file.")
  String server;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The port on 127.0.0.1 (default: a free one, printed on stderr).")
  int port;

  @Option(names = "--connections", paramLabel = "N",
      description = "Stop after serving this many connections (default: serve until interrupted).")
  Integer connections;

  @Option(names = "--cert-out", paramLabel = "FILE",
      description = "Write the server's certificate (PEM) here, for the client to trust.")
  Path certOut;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, tsv or json (one object per line) (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin
  CatalogOptions catalog;

  /** Counted down once the server listens: lets tests connect without parsing stderr. */
  CountDownLatch listening = new CountDownLatch(1);
  /** The running server, once started. */
  volatile EmulatedServer running;

  /** Creates the command; picocli calls this. */
  public ServeCommand() {}

  /**
   * Serves until interrupted or {@code --connections} are done.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() throws InterruptedException {
    if (format != OutputFormat.text && format != OutputFormat.tsv && format != OutputFormat.json) {
      throw catalog.invalid("--format", "serve writes text, tsv or json, one line per connection as it comes, not " + format);
    }
    if (port < 0 || port > 65535) throw catalog.invalid("--port", "expected 0 to 65535, got " + port);
    if (connections != null && connections < 1) throw catalog.invalid("--connections", "expected at least 1, got " + connections);
    catalog.load(server);
    ServerPolicy policy = catalog.server("--server", server);
    EmulatedServer emulated;
    try {
      emulated = EmulatedServer.start(policy, port);
    } catch (IllegalArgumentException e) {
      throw catalog.invalid("--server", e.getMessage());
    } catch (UncheckedIOException e) {
      throw catalog.invalid("--port", e.getMessage() + ": " + e.getCause().getMessage());
    }
    try (emulated) {
      running = emulated;
      Runtime.getRuntime().addShutdownHook(new Thread(emulated::close, "tls-compat-serve-stop"));
      if (certOut != null) writePem(emulated.certificates());
      Console.error(spec, "serving " + policy.id() + " on " + emulated.address().getAddress().getHostAddress() + ":" + emulated.port()
          + " with " + emulated.certificates().stream().map(c -> c.spec().toString()).toList()
          + (certOut != null ? ", certificate in " + certOut : " (--cert-out FILE writes its certificate)")
          + (connections != null ? "; stops after " + connections + " connection" + (connections == 1 ? "" : "s")
              : "; Ctrl-C stops"));
      if (format == OutputFormat.tsv) Console.print(spec, List.of(String.join("\t", COLUMNS)));
      listening.countDown();
      int served = 0;
      while (connections == null || served < connections) {
        List<ServedConnection> all;
        try {
          all = emulated.awaitConnections(served + 1, Duration.ofDays(365));
        } catch (IllegalStateException closed) {
          break;
        }
        for (ServedConnection c : all.subList(served, all.size())) Console.print(spec, List.of(line(policy, c)));
        served = all.size();
      }
    }
    return ExitCodes.OK;
  }

  private String line(ServerPolicy policy, ServedConnection c) {
    Observation r = c.result();
    Optional<Negotiation> n = r.negotiation();
    String outcome = r.outcome() == Observation.Outcome.CONNECTED ? Outcomes.CONNECTED : Outcomes.REFUSED;
    String version = n.map(Outcomes::version).orElse(null);
    String suite = n.map(Outcomes::cipherSuite).orElse(null);
    String reason = n.map(Outcomes::reason).orElse(null);
    String ja4 = c.clientHello().map(Ja4::of).orElse(null);
    String peer = c.client().getAddress().getHostAddress() + ":" + c.client().getPort();
    return switch (format) {
      case tsv -> Tsv.line(peer, policy.id(), outcome, version, suite, reason, ja4);
      case json -> {
        ObjectNode o = Json.object();
        o.put("peer", peer);
        o.put("server", policy.id());
        o.put("outcome", outcome);
        o.put("version", version);
        o.put("cipherSuite", suite);
        o.put("reason", reason);
        o.put("ja4", ja4);
        o.put("evidence", r.evidence().map(Enum::name).orElse(null));
        o.put("detail", r.detail());
        yield Json.lines(List.of(o)).get(0);
      }
      default -> peer + "  " + r + (ja4 != null ? "  JA4 " + ja4 : "");
    };
  }

  private void writePem(List<EphemeralCertificate> certificates) {
    StringBuilder pem = new StringBuilder();
    Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    for (EphemeralCertificate c : certificates) {
      pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(c.encoded()))
          .append("\n-----END CERTIFICATE-----\n");
    }
    try {
      OutputFile.write(certOut, pem.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw catalog.invalid("--cert-out", "cannot write " + certOut + ": " + OutputFile.describe(e));
    }
  }
}
