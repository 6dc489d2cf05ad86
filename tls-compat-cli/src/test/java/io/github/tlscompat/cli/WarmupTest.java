package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  }

  @Test
  void matrixOf_afterTheWarmupForMatrix_onlyForTheVeryProfilesItNegotiated() {
    Optional<Thread> warmup = Warmup.start("matrix");
    Warmup.awaitDone(warmup);
    List<ClientProfile> clients = Catalog.builtIn().clients();
    List<ServerPolicy> servers = Catalog.builtIn().servers();

    Optional<Matrix> warm = Warmup.matrixOf(clients, servers);

    assertThat(warm).get().satisfies(m -> assertThat(m.cells()).isEqualTo(Matrix.of(clients, servers).cells()));
    assertThat(Warmup.matrixOf(clients.subList(1, clients.size()), servers)).isEmpty();
    List<ClientProfile> rebuilt = new ArrayList<>(clients);
    rebuilt.set(0, clients.get(0).toBuilder().build());
    assertThat(Warmup.matrixOf(rebuilt, servers)).isEmpty();
    List<ServerPolicy> reordered = new ArrayList<>(servers);
    reordered.add(reordered.remove(0));
    assertThat(Warmup.matrixOf(clients, reordered)).isEmpty();
  }
}
