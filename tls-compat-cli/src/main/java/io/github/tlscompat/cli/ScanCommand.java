package io.github.tlscompat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.scan.LibraryIdentification;
import io.github.tlscompat.evidence.scan.ScanResult;
import io.github.tlscompat.evidence.scan.ServerScan;
import io.github.tlscompat.profiles.ProfileInfo;
import io.github.tlscompat.profiles.ProfileJson;
import io.github.tlscompat.profiles.ProfileKind;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat scan HOST:PORT}: a live server's policy measured on the wire and written as a
 * server profile, which {@code --server}, {@code diff} and {@code remedy} read like any other.
 *
 * <p>Without {@code -o} the profile goes to standard output and a short summary to standard error;
 * with {@code -o FILE} the profile is written to the file (whole or not at all) and the summary, in
 * {@code --format}, to standard output. A server that cannot be reached, or answers no hello at all,
 * is bad input ({@link ExitCodes#USAGE}), as for {@code simulate --connect}.
 *
 * @since 0.1.0
 */
@Command(
    name = "scan",
    sortOptions = false,
    description = {
        "Measures a live server's TLS policy on the wire and writes it as a server profile (JSON):"
            + " versions, suites and whose order wins, groups, signature schemes, DH size,"
            + " certificates, SNI and client-certificate requirements, and the habits a probe can"
            + " tell. What no probe could settle is listed in the profile's unconfirmed and assumed.",
        "",
        "The TLS library is told from behaviour (extension orders, habits), never from a banner: the"
            + " family, the releases where the evidence allows, the observations that decided it and a"
            + " confidence, or unknown and why; in the summary and the profile's notes.",
        "",
        "Only HOST is contacted. Each probe is one ClientHello on its own connection, bounded by"
            + " --timeout; --concurrency of them run at once.",
        ""})
public final class ScanCommand implements Callable<Integer> {
  private static final Pattern HOST_PORT = Pattern.compile("(?:\\[([^]]+)]|([^:\\[\\]]+)):(\\d{1,5})");

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "HOST:PORT", description = "The server, e.g. www.example.com:443 or [::1]:8443.")
  String target;

  @Option(names = "--sni", paramLabel = "NAME",
      description = "The server_name the probes send (default: the host, or none for an IP address).")
  String sni;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the profile to this file (replaced whole, or left as it was) and the summary to"
          + " standard output.")
  Path output;

  @Option(names = "--id", paramLabel = "ID",
      description = "The profile's id (default: the host and port, e.g. www.example.com-443).")
  String id;

  @Option(names = "--timeout", paramLabel = "MILLIS", defaultValue = "5000",
      description = "How long each probe may take to connect, and then to be answered (default: ${DEFAULT-VALUE}).")
  int timeoutMillis;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "How many probes to run at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Format of the summary with -o: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Creates the command; picocli calls this. */
  public ScanCommand() {}

  /**
   * Scans the server and writes the profile and the summary.
   *
   * @return {@link ExitCodes#OK}
   */
  @Override
  public Integer call() {
    if (output == null && format != OutputFormat.text) {
      throw invalid("--format", "--format is for the summary written with -o FILE; without -o the profile"
          + " itself goes to standard output");
    }
    ServerScan scan = scan();
    ScanResult result;
    try {
      result = scan.run();
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot scan " + scan.target() + ": " + e.getMessage(), e);
    }
    String json = ProfileJson.toJson(result.policy(), info(result, scan));
    if (output == null) {
      Console.print(spec, json.lines().toList());
      for (String line : text(result, Optional.empty())) {
        spec.commandLine().getErr().print(line + '\n');
      }
      spec.commandLine().getErr().flush();
      return ExitCodes.OK;
    }
    write(json);
    Console.print(spec, switch (format) {
      case text -> text(result, Optional.of(output));
      case json -> Json.pretty(json(result));
      case tsv -> {
        List<String> lines = new ArrayList<>();
        lines.add(Tsv.line("kind", "text"));
        table(result).rows().forEach(row -> lines.add(Tsv.line(row)));
        yield lines;
      }
      case markdown -> {
        List<String> lines = new ArrayList<>();
        lines.add("**" + MarkdownTable.escape(headline(result)) + "**");
        lines.add("");
        lines.addAll(table(result).lines());
        yield lines;
      }
      case html -> HtmlOutput.page("Scan of " + result.target(), List.of(headline(result)), table(result));
    });
    return ExitCodes.OK;
  }

  private ServerScan scan() {
    Matcher m = HOST_PORT.matcher(target);
    if (!m.matches()) throw badTarget("expected HOST:PORT, such as 127.0.0.1:8443 or [::1]:443, but got '" + target + "'");
    int port = Integer.parseInt(m.group(3));
    String host = m.group(1) != null ? m.group(1) : m.group(2);
    if (port < 1 || port > 65535) throw badTarget("port " + port + " is not 1 to 65535");
    try {
      ServerScan.Builder b = ServerScan.builder(host, port).concurrency(concurrency)
          .timeout(Duration.ofMillis(timeoutMillis));
      if (sni != null) b.sni(sni);
      if (id != null) b.id(id);
      return b.build();
    } catch (IllegalArgumentException e) {
      String m2 = String.valueOf(e.getMessage());
      String option = m2.startsWith("concurrency") ? "--concurrency" : m2.startsWith("timeout") ? "--timeout"
          : m2.startsWith("id") ? "--id" : "--sni";
      throw invalid(option, m2);
    }
  }

  /** The scanned profile's info: its source (the scan, its server_name and date), notes, unconfirmed and assumed. */
  static ProfileInfo info(ScanResult r, ServerScan scan) {
    String source = "measured: tls-compat scan of " + r.target()
        + (scan.sni() == null ? " without server_name" : " with server_name " + scan.sni()) + " on "
        + LocalDate.now(ZoneOffset.UTC) + ", " + r.probes() + " probes";
    return new ProfileInfo(r.policy().id(), ProfileKind.SERVER, r.policy().name(), List.of(), Set.of("scanned"),
        List.of(source), r.notes(), r.unconfirmed(), r.assumed(), false, Optional.empty(), Map.of(), "(in memory)");
  }

  /** Writes the profile next to its target first, then moves it over, so a reader never sees half a file. */
  private void write(String json) {
    Path target = output.toAbsolutePath();
    try {
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temp, json);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw invalid("--output", "cannot write " + output + ": " + e);
    }
  }

  /** "127.0.0.1:8443: TLSv1.2, TLSv1.3; 9 suites, the server's order; certificates rsa:2048:sha256; SNI not required" */
  static String headline(ScanResult r) {
    ServerPolicy p = r.policy();
    String versions = p.versions().stream().map(ProtocolVersion::displayName).collect(Collectors.joining(", "));
    return r.target() + ": " + versions + "; " + p.cipherSuites().size() + " suites, the "
        + (p.serverPreference() ? "server's" : "client's") + " order; certificates "
        + p.certificates().stream().map(CertificateSpec::toString).collect(Collectors.joining(", "))
        + "; SNI " + (p.requiresSni() ? p.fallbackCertificate().map(f -> "required, fallback " + f).orElse("required")
        : "not required")
        + (p.requiresClientCertificate() ? "; client certificate required" : "");
  }

  static List<String> text(ScanResult r, Optional<Path> written) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(r));
    lines.add(r.library().describe());
    lines.add("measured: " + String.join(", ", r.measured()));
    if (!r.assumed().isEmpty()) lines.add("assumed: " + String.join(", ", r.assumed()));
    if (!r.unconfirmed().isEmpty()) {
      lines.add("unconfirmed:");
      r.unconfirmed().forEach(u -> lines.add("  - " + u));
    }
    List<String> notes = notes(r);
    if (!notes.isEmpty()) {
      lines.add("notes:");
      notes.forEach(n -> lines.add("  - " + n));
    }
    lines.add(written.map(f -> "wrote " + f + ": ").orElse("") + r.probes() + " probes in " + r.elapsed().toMillis() + " ms");
    return lines;
  }

  private ObjectNode json(ScanResult r) {
    ObjectNode o = Json.object();
    o.put("server", r.target());
    o.put("profile", output.toString());
    o.put("id", r.policy().id());
    o.put("summary", headline(r));
    o.set("measured", Json.array(r.measured()));
    o.set("assumed", Json.array(r.assumed()));
    o.set("unconfirmed", Json.array(r.unconfirmed()));
    o.set("notes", Json.array(notes(r)));
    o.set("library", library(r.library()));
    o.put("probes", r.probes());
    o.put("millis", r.elapsed().toMillis());
    return o;
  }

  /**
   * The library told from behaviour as an object: {@code family} (null when unknown),
   * {@code releases}, {@code confidence} ({@code high}, {@code medium}, {@code none}),
   * {@code observations} and, when unknown, {@code reason}.
   */
  private static ObjectNode library(LibraryIdentification l) {
    ObjectNode o = Json.object();
    o.put("family", l.family().map(f -> f.jsonName()).orElse(null));
    o.put("name", l.name());
    o.put("releases", l.releases().orElse(null));
    o.put("confidence", l.confidence().jsonName());
    o.set("observations", Json.array(l.observations()));
    o.put("reason", l.reason().isEmpty() ? null : l.reason());
    return o;
  }

  /** The notes but the library's, which the output gives on its own line. */
  private static List<String> notes(ScanResult r) {
    return r.notes().stream().filter(n -> !n.equals(r.library().describe())).toList();
  }

  private static MarkdownTable table(ScanResult r) {
    MarkdownTable t = new MarkdownTable("kind", "text");
    t.row("library", r.library().describe().substring("library: ".length()));
    r.measured().forEach(f -> t.row("measured", f));
    r.assumed().forEach(f -> t.row("assumed", f));
    r.unconfirmed().forEach(u -> t.row("unconfirmed", u));
    notes(r).forEach(n -> t.row("note", n));
    return t;
  }

  private ParameterException badTarget(String message) {
    return new ParameterException(spec.commandLine(), "Invalid value for HOST:PORT: " + message);
  }

  private ParameterException invalid(String option, String message) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
  }
}
