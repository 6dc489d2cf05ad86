package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WarmupTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(boolean warm, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = warm
        ? TlsCompatCommand.executeWarm(new PrintWriter(out), new PrintWriter(err), args)
        : TlsCompatCommand.execute(TlsCompatCommand.commandLine(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void everyPair_matrixWithAtMostAFormat_only() {
    assertThat(Warmup.everyPair("matrix")).isTrue();
    assertThat(Warmup.everyPair("matrix", "--format", "tsv")).isTrue();
    assertThat(Warmup.everyPair("matrix", "--format=json")).isTrue();
    assertThat(Warmup.everyPair("matrix", "--servers", "seed")).isFalse();
    assertThat(Warmup.everyPair("matrix", "--clients=LPE-CE6")).isFalse();
    assertThat(Warmup.everyPair("matrix", "--profiles", "mine")).isFalse();
    assertThat(Warmup.everyPair("matrix", "--library", "openssl-3.0")).isFalse();
    assertThat(Warmup.everyPair("matrix", "--format")).isFalse();
    assertThat(Warmup.everyPair("check", "--client", "LPE-CE6")).isFalse();
  }

  @Test
  void executeWarm_catalogCommands_answerAsWithoutTheWarmup() {
    for (String[] args : new String[][] {{"matrix"}, {"matrix", "--format", "tsv"}, {"matrix", "--servers", "seed"},
        {"check", "--client", "LPE-CE6", "--server", "office365-2019"}, {"check", "--client", "no-such-client",
        "--server", "office365-2019"}, {"--version"}, {"matrx"}}) {
      assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(run(false, args));
    }
  }

  @Test
  void executeWarm_returns_withNoWarmupThreadLeft() {
    run(true, "matrix", "--format", "tsv");

    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("tls-compat-warmup"));
  }

  @Test
  void start_commandsThatNegotiateNothing_startNoThread() {
    assertThat(Warmup.start("--version")).isEmpty();
    assertThat(Warmup.start("profiles", "list")).isEmpty();
    assertThat(Warmup.start()).isEmpty();
    assertThat(Warmup.start(1, "matrix")).as("one processor: nothing to overlap").isEmpty();
  }

  /**
   * Warmup's promise that the two threads never initialise classes of the core at once rests on
   * this: while the warm-up runs, building the command line initialises only core enums whose own
   * initialisation touches no other class of the core. A CLI class that reached for, say, a cipher
   * suite in a static field would break it; this test names the class that did.
   */
  @Test
  void commandLineFor_negotiatingSubcommands_initialiseOnlyLeafEnumsOfTheCore() throws Exception {
    Set<String> leaves = Set.of("io.github.tlscompat.core.library.LibraryFamily",
        "io.github.tlscompat.core.registry.ProtocolVersion");
    for (String subcommand : List.of("matrix", "check", "remedy", "path", "diff", "simulate")) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xshare:off", "-Xlog:class+init=info:stdout", "-cp", System.getProperty("java.class.path"),
          BuildCommandLine.class.getName(), subcommand).redirectErrorStream(true).start();
      String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor()).as(log).isZero();
      String built = log.substring(log.indexOf(BuildCommandLine.START), log.indexOf(BuildCommandLine.END));
      Set<String> initialised = new TreeSet<>();
      Matcher m = Pattern.compile("Initializing '(io/github/tlscompat/(core|profiles)/[^'$]*)'").matcher(built);
      while (m.find()) initialised.add(m.group(1).replace('/', '.'));
      assertThat(initialised).as(subcommand).isSubsetOf(leaves);
    }
  }

  /** Builds the command line for its arguments between two markers on stdout (run in a child JVM). */
  static final class BuildCommandLine {
    static final String START = "[start of the command line]";
    static final String END = "[end of the command line]";

    public static void main(String[] args) {
      System.out.println(START);
      System.out.flush();
      TlsCompatCommand.commandLineFor(args);
      System.out.println(END);
    }
  }

  @Test
  void matrixOf_afterTheWarmupForMatrix_onceAndOnlyForTheVeryProfilesItNegotiated() {
    List<ClientProfile> clients = Catalog.builtIn().clients();
    List<ServerPolicy> servers = Catalog.builtIn().servers();
    List<ClientProfile> rebuilt = new ArrayList<>(clients);
    rebuilt.set(0, clients.get(0).toBuilder().build());
    List<ServerPolicy> reordered = new ArrayList<>(servers);
    reordered.add(reordered.remove(0));

    assertThat(warmThenTake(clients, servers)).get()
        .satisfies(m -> assertThat(m.cells()).isEqualTo(Matrix.of(clients, servers).cells()));
    assertThat(Warmup.matrixOf(clients, servers)).as("taken a second time").isEmpty();
    assertThat(warmThenTake(clients.subList(1, clients.size()), servers)).isEmpty();
    assertThat(warmThenTake(rebuilt, servers)).isEmpty();
    assertThat(warmThenTake(clients, reordered)).isEmpty();
  }

  private static Optional<Matrix> warmThenTake(List<ClientProfile> clients, List<ServerPolicy> servers) {
    // Two processors whatever the machine has: on one (a CI container, taskset) no warm-up starts.
    Warmup.awaitDone(Warmup.start(2, "matrix"));
    return Warmup.matrixOf(clients, servers);
  }
}
