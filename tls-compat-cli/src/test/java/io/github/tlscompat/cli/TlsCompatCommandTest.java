package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class TlsCompatCommandTest {

  /** The outcome of one in-process run. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    return run(TlsCompatCommand.commandLine(), args);
  }

  private static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        TlsCompatCommand.execute(commandLine, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static String projectVersion() throws IOException {
    try (InputStream in = TlsCompatCommand.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }

  @Command(name = "crash")
  static final class CrashingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("simulated bug");
    }
  }

  @Test
  void commandLineFor_aSubcommand_holdsOnlyThatSubcommand() {
    assertThat(TlsCompatCommand.commandLineFor("matrix", "--servers", "seed").getSubcommands()).containsOnlyKeys("matrix");
    assertThat(TlsCompatCommand.commandLineFor("profiles", "list").getSubcommands().get("profiles").getSubcommands())
        .containsOnlyKeys("list", "show");
    assertThat(TlsCompatCommand.commandLineFor("--version").getSubcommands()).isEmpty();
    assertThat(run(TlsCompatCommand.commandLineFor("-V"), "-V")).isEqualTo(run("-V"));
  }

  @Test
  void commandLineFor_noSubcommandFirst_holdsEverySubcommand() {
    int all = TlsCompatCommand.SUBCOMMANDS.size();
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "matrix"}, {"matrx"}, {"--verbose", "matrix"}}) {
      assertThat(TlsCompatCommand.commandLineFor(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
    }
  }

  @Test
  void commandLineFor_everySubcommand_behavesAsInTheWholeCommandLine() {
    // The help shows every option, inherited ones, the exit codes; bad input goes through the handler.
    for (String name : TlsCompatCommand.commandLine().getSubcommands().keySet()) {
      if (name.equals("help")) continue;
      for (String[] args : new String[][] {{name, "--help"}, {name, "--version"}, {name, "--no-such-option"}}) {
        Run whole = run(TlsCompatCommand.commandLine(), args);
        Run alone = run(TlsCompatCommand.commandLineFor(args), args);
        assertThat(alone).as(String.join(" ", args)).isEqualTo(whole);
      }
    }
    assertThat(run(TlsCompatCommand.commandLineFor("profiles", "show", "--help"), "profiles", "show", "--help"))
        .isEqualTo(run("profiles", "show", "--help"));
  }

  @Test
  void version_flag_printsTheProjectVersion() throws IOException {
    Run run = run("--version");

    assertThat(projectVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("tls-compat " + projectVersion() + System.lineSeparator());
  }

  @Test
  void version_flagOnSubcommand_printsTheProjectVersion() throws IOException {
    assertThat(run("suites", "--version").out()).contains("tls-compat " + projectVersion());
  }

  @Test
  void help_flag_listsSubcommandsAndExitCodes() {
    Run run = run("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: tls-compat").contains("suites", "help", "Exit codes:")
        .containsPattern("(?m)^ +0 +All expectations hold")
        .containsPattern("(?m)^ +1 +An expectation failed: a client is cut off")
        .containsPattern("(?m)^ +2 +Bad input")
        .containsPattern("(?m)^ +70 +Internal error");
  }

  @Test
  void help_flag_listsEveryCommand() {
    Run run = run("--help");

    for (String name : new String[] {"matrix", "check", "simulate", "diff", "remedy", "import", "scan", "profiles"}) {
      assertThat(run.out()).as(name).containsPattern("(?m)^ +" + name + " +\\S");
    }
  }

  @Test
  void exitCodes_always_areInheritedByNestedSubcommands() {
    CommandLine show = TlsCompatCommand.commandLine().getSubcommands().get("profiles")
        .getSubcommands().get("show");

    assertThat(show.getCommandSpec().exitCodeOnExecutionException()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(show.getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void help_subcommand_showsTheSubcommandsUsage() {
    Run run = run("help", "suites");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: tls-compat suites")
        .contains("--format", "--grade", "--protocol");
  }

  @Test
  void noSubcommand_always_exitsWithUsageOnStderr() {
    Run run = run();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("missing subcommand").contains("Usage: tls-compat");
  }

  @Test
  void unknownSubcommand_always_exitsWithUsage() {
    Run run = run("siutes");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("siutes");
  }

  @Test
  void unknownOption_always_exitsWithUsage() {
    assertThat(run("suites", "--frmat", "tsv").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void subcommand_throws_exitsWithInternalErrorAndTheStackTrace() {
    CommandLine commandLine = TlsCompatCommand.commandLine().addSubcommand(new CrashingCommand());

    Run run = run(commandLine, "crash");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(run.err()).contains("IllegalStateException: simulated bug");
  }

  @Test
  void exitCodes_always_areInheritedBySubcommands() {
    CommandLine suites = TlsCompatCommand.commandLine().getSubcommands().get("suites");

    assertThat(suites.getCommandSpec().exitCodeOnExecutionException())
        .isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(suites.getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void exitCodes_always_areTheDocumentedValues() {
    assertThat(ExitCodes.OK).isZero();
    assertThat(ExitCodes.EXPECTATION_FAILED).isEqualTo(1);
    assertThat(ExitCodes.USAGE).isEqualTo(2);
    assertThat(ExitCodes.INTERNAL_ERROR).isEqualTo(70);
  }
}
