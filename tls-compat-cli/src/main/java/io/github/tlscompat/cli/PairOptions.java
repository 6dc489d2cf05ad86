package io.github.tlscompat.cli;

import io.github.tlscompat.core.algebra.Matrix.Cell;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiator;
import picocli.CommandLine.Option;

/**
 * The options of a command about one client and one server, shared as a picocli mixin by
 * {@code check} and {@code remedy}: {@code --client}, {@code --server} and {@code --format}.
 */
final class PairOptions {

  @Option(names = "--client", required = true, paramLabel = "ID|FILE",
      description = "The client: an id or alias from the catalog, or a profile file.")
  String client;

  @Option(names = "--server", required = true, paramLabel = "ID|FILE",
      description = "The server: an id or alias from the catalog, a profile file, or a"
          + " configuration file that tls-compat import reads (nginx.conf, a .reg export, ...).")
  String server;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /**
   * Loads the catalog with the two files, if they are files, looks both up and negotiates.
   *
   * @throws picocli.CommandLine.ParameterException for an unknown id or a bad file
   */
  Cell negotiate(CatalogOptions catalog) {
    catalog.load(client, server);
    ClientProfile c = catalog.client("--client", client);
    ServerPolicy s = catalog.server("--server", server);
    return new Cell(c, s, Negotiator.negotiate(c, s));
  }
}
