package io.github.tlscompat.cli;

import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --as FORMAT}: a server policy shown as the configuration that gives it, shared as a
 * picocli mixin by {@code remedy} and {@code profiles show}.
 *
 * <p>The configuration goes to standard output as the writer made it (a {@code .reg} keeps its
 * CRLF line ends), so that it can be redirected to a file and applied; what the format cannot
 * express goes to stderr, one warning per line, as it never silently drops part of the policy.
 */
final class ExportOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--as", paramLabel = "CONFIG",
      description = "Print the server policy as configuration instead: ${COMPLETION-CANDIDATES};"
          + " what that cannot express is listed on stderr.")
  ExportFormat as;

  /** Whether {@code --as} is given. */
  boolean isSet() {
    return as != null;
  }

  /**
   * Rejects {@code --as} next to an explicit {@code --format}: the two say how to print the same
   * thing.
   *
   * @throws ParameterException if both are given
   */
  void checkNotWithFormat() {
    if (as != null && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      throw new ParameterException(spec.commandLine(), "Give either --format or --as, not both");
    }
  }

  /** Writes {@code policy} as {@code --as} says on stdout, and what it could not express on stderr. */
  void print(ServerPolicy policy) {
    Exported exported = as.write(policy);
    PrintWriter out = spec.commandLine().getOut();
    out.print(exported.text());
    out.flush();
    exported.warnings().forEach(w -> Console.error(spec, "warning: --as " + as + ": " + w));
  }
}
