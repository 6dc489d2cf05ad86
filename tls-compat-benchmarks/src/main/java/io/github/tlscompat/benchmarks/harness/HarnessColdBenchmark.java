package io.github.tlscompat.benchmarks.harness;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a test run sees: the first execution in a fresh JVM, one measurement per fork. JVM start is
 * excluded, and so is JUnit's own start: each fork first runs one plain test, so JUnit is loaded
 * (but nothing of tls-compat is) when the measurement starts. See README.md.
 *
 * <ul>
 *   <li>{@link #firstRunOfHundredTests}: a whole test run of {@link HundredTests}; for
 *       {@code requires-client} with the harness, its classes and its catalog starting cold;</li>
 *   <li>{@link #firstTest}: one test; for {@code requires-client} the first the harness sees: its
 *       classes, the catalog load and the check.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class HarnessColdBenchmark {
  /** {@code plain} or {@code requires-client}. */
  @Param({"plain", "requires-client"})
  public String tests;

  private Launcher launcher;

  /** Makes the launcher and runs one plain test with it, so that JUnit is loaded but the harness is not. */
  @Setup
  public void warmJUnit() {
    launcher = LauncherFactory.create();
    new Suite("warm-up", List.of(OneTest.JUnitWarmUp.class), 1).run(launcher);
  }

  /** The first run of 100 tests in this JVM (with a launcher of its own, as a build tool makes). */
  @Benchmark
  public long firstRunOfHundredTests() {
    return Suite.hundred(tests).run(LauncherFactory.create());
  }

  /** The first test after JUnit's warm-up; for {@code requires-client}, the harness's first. */
  @Benchmark
  public long firstTest() {
    return Suite.one(tests).run(launcher);
  }
}
