package io.github.tlscompat.benchmarks.harness;

import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One run of 100 tests through the JUnit Platform launcher, warm (after JMH's warm-up iterations):
 * {@code plain} tests against the same tests with {@code @RequiresClient} in model mode. Each
 * operation is a whole launcher execution, so it includes what the harness does once per run
 * (loading the catalog into the root store) as well as per test. See README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HarnessBenchmark {
  /** {@code plain} or {@code requires-client}: which of {@link HundredTests}' suites. */
  @Param({"plain", "requires-client"})
  public String tests;

  private Suite suite;
  private Launcher launcher;

  /** Makes the launcher, and runs the suite once to check that all 100 tests pass. */
  @Setup
  public void setUp() {
    suite = Suite.hundred(tests);
    launcher = LauncherFactory.create();
    suite.run(launcher);
  }

  /** One launcher execution of the 100 tests. */
  @Benchmark
  public long hundredTests() {
    return suite.run(launcher);
  }
}
