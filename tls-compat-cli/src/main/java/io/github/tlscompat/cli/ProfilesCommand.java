package io.github.tlscompat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tls-compat profiles}: the catalog of clients and servers, with {@code list} and
 * {@code show}.
 *
 * @since 0.1.0
 */
@Command(
    name = "profiles",
    description = "Lists the catalog of clients and servers, or shows every fact of one profile.",
    subcommands = {ProfilesListCommand.class, ProfilesShowCommand.class})
public final class ProfilesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ProfilesCommand() {}

  /**
   * Without {@code list} or {@code show} there is nothing to do: shows the usage on stderr.
   *
   * @return {@link ExitCodes#USAGE}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": missing subcommand: list or show");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }
}
