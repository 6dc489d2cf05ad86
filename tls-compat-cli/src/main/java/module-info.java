/**
 * The {@code tls-compat} command line: compatibility matrix, checks, simulations, diffs, remedies,
 * configuration import, the emulated server, the catalog and the registry listing.
 *
 * @since 0.1.0
 */
module io.github.tlscompat.cli {
  exports io.github.tlscompat.cli;
  exports io.github.tlscompat.cli.report;

  // HtmlReport renders the core's Matrix.
  requires transitive io.github.tlscompat.core;
  requires io.github.tlscompat.evidence;
  requires io.github.tlscompat.profiles;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  // picocli reads the commands' annotated fields and creates their converters by reflection.
  opens io.github.tlscompat.cli to info.picocli;
}
