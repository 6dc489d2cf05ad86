package io.github.tlscompat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code tls-compat} command: parses the arguments, runs a subcommand and turns the outcome
 * into one of the {@link ExitCodes}.
 *
 * <p>The attributes are inherited by every subcommand ({@code scope = INHERIT}), so each one has
 * {@code --help}, {@code --version}, the same exit codes and the same exit code list in its help.
 *
 * @since 0.1.0
 */
@Command(
    name = "tls-compat",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = TlsCompatCommand.VersionProvider.class,
    description = "Know which TLS clients a server change cuts off, why, and the smallest change"
        + " that keeps them.",
    subcommands = {SuitesCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:All expectations hold.",
        " 1:An expectation failed: a client is cut off where it must not be.",
        " 2:Bad input: unknown subcommand, option or value.",
        "70:Internal error: a bug in tls-compat; please report it."})
public final class TlsCompatCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Creates the command; {@link #execute} and picocli call this, nothing else needs to. */
  public TlsCompatCommand() {}

  /**
   * Runs {@code tls-compat} with the process's arguments and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out), new PrintWriter(System.err), args));
  }

  /**
   * Runs {@code tls-compat} in this process, writing results to {@code out} and diagnostics to
   * {@code err}, without exiting.
   *
   * @param out where results, help and the version go
   * @param err where errors go
   * @param args the command-line arguments
   * @return one of the {@link ExitCodes}
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(commandLine(), out, err, args);
  }

  /** Runs a command line from {@link #commandLine()}, which tests may have added to. */
  static int execute(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured command line; tests add subcommands to it. */
  static CommandLine commandLine() {
    return new CommandLine(new TlsCompatCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(TlsCompatCommand::handleBadInput);
  }

  /**
   * Without a subcommand there is nothing to do: shows the usage on stderr and reports bad input.
   *
   * @return {@link ExitCodes#USAGE}
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": missing subcommand");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /**
   * Reports bad input in one line, instead of picocli's default of the message plus the whole
   * usage, which buries the line that matters; {@code --help} is one command away.
   */
  private static int handleBadInput(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Reads the version Maven wrote into {@code version.properties} when it built the jar. */
  static final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
      return new String[] {"tls-compat " + version()};
    }

    static String version() {
      try (InputStream in = TlsCompatCommand.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
