package io.github.tlscompat.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where commands write: results to the command line's out, findings to its err, each line ended
 * with {@code \n} (not the platform's separator: TSV and JSON are data).
 */
final class Console {
  private Console() {}

  static void print(CommandSpec spec, List<String> lines) {
    PrintWriter out = spec.commandLine().getOut();
    for (String line : lines) out.print(line + '\n');
    out.flush();
  }

  /** One finding on stderr, prefixed with the command's name like every error. */
  static void error(CommandSpec spec, String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.print(spec.qualifiedName() + ": " + line + '\n');
    err.flush();
  }
}
