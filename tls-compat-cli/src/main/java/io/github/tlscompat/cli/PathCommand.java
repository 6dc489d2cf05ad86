package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.path.ConnectionPath;
import io.github.tlscompat.core.path.Hop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat path}: a client's way to a server through proxies, e.g. desk phone → HTTP proxy
 * → AD FS → Office 365, evaluated leg by leg ({@link ConnectionPath#evaluate()}); names the first hop
 * that refuses, why, and the remedy at that hop.
 *
 * <p>Each {@code HOP} is {@code SERVER} or {@code SERVER+CLIENT} for a hop that terminates TLS
 * ({@code CLIENT} is what it offers the next hop; {@code --back} gives the default), or
 * {@code passthrough:SERVER} for one that relays the TLS bytes and only adds its server_name
 * requirement ({@link HopSpec}). {@code SERVER} may be a live server's {@code HOST:PORT}, scanned
 * and used as its measured profile. The last {@code HOP} is the destination. The exit code is
 * {@link ExitCodes#EXPECTATION_FAILED} when a hop refuses.
 *
 * @since 0.1.0
 */
@Command(
    name = "path",
    sortOptions = false,
    description = "Follows a client through proxies to a server, one TLS handshake per terminating"
        + " hop, and names the first hop that refuses, why, and the remedy at that hop. Exits with 1"
        + " when a hop refuses.")
public final class PathCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CLIENT",
      description = "The client at the start: an id or alias from the catalog, or a profile file.")
  String client;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "HOP",
      description = {"The hops in order, the last one the destination: an id, profile file or"
          + " configuration file (as tls-compat import reads) of a server, or HOST:PORT of a live one"
          + " (scanned as tls-compat scan does, then used as its profile). SERVER terminates TLS;"
          + " SERVER+CLIENT says which client it is towards the next hop; passthrough:SERVER relays"
          + " the TLS bytes unchanged, and only its server_name requirement counts."})
  List<String> hops;

  @Option(names = "--back", paramLabel = "CLIENT",
      description = "The client a terminating hop is towards the next hop when its HOP does not say"
          + " (SERVER+CLIENT), e.g. schannel-client-win8.1 for proxies on Windows Server 2012 R2.")
  String back;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin
  ConcessionOptions concession;

  @Mixin
  BaseOptions base;

  @Mixin
  CatalogOptions catalog;

  /** Creates the command; picocli calls this. */
  public PathCommand() {}

  /**
   * Evaluates the path and writes it in the chosen format.
   *
   * @return {@link ExitCodes#OK} if the client reaches the destination,
   *     {@link ExitCodes#EXPECTATION_FAILED} if a hop refuses it
   */
  @Override
  public Integer call() {
    base.applyTo(catalog);
    List<HopSpec> specs = new ArrayList<>();
    for (int i = 0; i < hops.size(); i++) specs.add(parse(i, hops.get(i)));
    catalog.load(refs(specs).toArray(String[]::new));
    ClientProfile start = catalog.client("CLIENT", client);
    List<Hop> path = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) path.add(hop(i, specs.get(i), i == specs.size() - 1));
    ConnectionPath connectionPath = new ConnectionPath(title(start, path), start, path);
    List<String> serverRefs = specs.stream().map(HopSpec::server).toList();
    List<String> backRefs = specs.stream().map(s -> s.back().orElse(back)).toList();
    PathReport report = new PathReport(connectionPath.evaluate(), client, serverRefs, backRefs, new HopAdvice(catalog, concession));
    Console.print(spec, switch (format) {
      case text -> report.text();
      case tsv -> report.tsv();
      case json -> Json.pretty(report.json());
      case markdown -> report.markdown();
      case html -> report.html();
    });
    return report.result().isConnected() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
  }

  private HopSpec parse(int index, String argument) {
    try {
      return HopSpec.parse(argument);
    } catch (IllegalArgumentException e) {
      throw invalid(index, e.getMessage());
    }
  }

  /** Every id or file named on the command line, so that the catalog loads the files once. */
  private List<String> refs(List<HopSpec> specs) {
    List<String> refs = new ArrayList<>();
    refs.add(client);
    if (back != null) refs.add(back);
    for (HopSpec s : specs) {
      refs.add(s.server());
      s.back().ifPresent(refs::add);
    }
    return refs;
  }

  private Hop hop(int index, HopSpec s, boolean last) {
    ServerPolicy server = catalog.server(label(index), s.server());
    if (last) {
      if (s.passThrough()) throw invalid(index, "'" + s.argument() + "' is the destination, where the path ends;"
          + " a pass-through hop relays to something after it");
      if (s.back().isPresent()) throw invalid(index, "'" + s.argument() + "' is the destination, where the path"
          + " ends; it is no client to anything, drop '+" + s.back().get() + "'");
      return new Hop.Destination(server);
    }
    if (s.passThrough()) return new Hop.PassThrough(server.id(), server.requiresSni());
    Optional<String> backRef = s.back().or(() -> Optional.ofNullable(back));
    if (backRef.isEmpty()) {
      throw invalid(index, "'" + s.argument() + "' terminates TLS, so it is also a client to the next hop: say"
          + " which, as " + s.server() + "+CLIENT or with --back CLIENT (e.g. schannel-client-win8.1 for a proxy"
          + " on Windows Server 2012 R2), or make it " + HopSpec.PASS_THROUGH + s.server() + " if it relays TLS"
          + " unchanged");
    }
    ClientProfile backClient = catalog.client(s.back().isPresent() ? label(index) : "--back", backRef.get());
    return new Hop.Terminating(server.id(), server, backClient);
  }

  private ParameterException invalid(int index, String message) {
    return catalog.invalid(label(index), message);
  }

  /** How messages name the {@code index}th HOP: {@code HOP 2}. */
  private static String label(int index) {
    return "HOP " + (index + 1);
  }

  private static String title(ClientProfile start, List<Hop> path) {
    return start.id() + " to " + path.get(path.size() - 1).id();
  }
}
