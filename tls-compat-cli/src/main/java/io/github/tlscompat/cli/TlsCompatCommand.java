package io.github.tlscompat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:All expectations hold.",
        " 1:An expectation failed: a client is cut off where it must not be.",
        " 2:Bad input: unknown subcommand, option, value or profile id, or a bad profile or"
            + " configuration file.",
        "70:Internal error: a bug in tls-compat; please report it."})
public final class TlsCompatCommand implements Callable<Integer> {

  /** One class per subcommand, in the order help lists them; a new subcommand is one more entry here. */
  static final List<Class<?>> SUBCOMMANDS = List.of(MatrixCommand.class, CheckCommand.class,
      SimulateCommand.class, DiffCommand.class, RemedyCommand.class, PathCommand.class, ImportCommand.class,
      ScanCommand.class, ServeCommand.class, ProfilesCommand.class, SuitesCommand.class,
      CommandLine.HelpCommand.class);

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
    // UTF-8 whatever the platform's default: JSON is UTF-8 by definition (RFC 8259), and Markdown
    // cells carry emoji.
    System.exit(executeWarm(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), args));
  }

  /** As {@link #execute(PrintWriter, PrintWriter, String...)}, warming up the catalog while the command line is built. */
  static int executeWarm(PrintWriter out, PrintWriter err, String... args) {
    Optional<Thread> warmup = Warmup.start(args);
    CommandLine commandLine = commandLineFor(args);
    Warmup.awaitDone(warmup);
    return execute(commandLine, out, err, args);
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
    return execute(commandLineFor(args), out, err, args);
  }

  /** Runs a command line from {@link #commandLine()}, which tests may have added to. */
  static int execute(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // picocli maps exceptions to exit 70 but lets Errors escape, and the JVM would then exit 1,
      // the code for a failed expectation. The trace of an overflow is a thousand identical frames,
      // and printing one needs the memory that just ran out; any other Error's trace is the report.
      err.println(commandLine.getCommandSpec().qualifiedName() + ": internal error: " + e
          + " (a bug in tls-compat or too little memory; please report it)");
      if (!(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) e.printStackTrace(err);
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured command line with every subcommand; tests add subcommands to it. */
  static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /**
   * The command line these arguments need: when the first one names a subcommand, the root with only
   * that subcommand; for {@code --version} alone, the root alone; otherwise the root with all of them.
   * Each subcommand's model (its options, mixins, converters and help, read from annotations by
   * reflection) costs milliseconds in a fresh JVM, and a command runs only one; the help of the root,
   * {@code help} and the suggestions for a mistyped subcommand get them all.
   */
  static CommandLine commandLineFor(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return commandLine(List.of());
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        Command command = subcommand.getAnnotation(Command.class);
        if (subcommand != CommandLine.HelpCommand.class
            && (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0]))) {
          return commandLine(List.of(subcommand));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(new TlsCompatCommand());
    for (Class<?> subcommand : subcommands) commandLine.addSubcommand(subcommand);
    // After the subcommands: picocli passes these settings to the subcommands it has at the time.
    return commandLine.setCaseInsensitiveEnumValuesAllowed(true)
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
    // One line per problem: a message of several lines (problems in profile files) gets the prefix
    // on each, so that every line says which command it is about.
    e.getMessage().lines()
        .forEach(line -> err.println(commandLine.getCommandSpec().qualifiedName() + ": " + line));
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
