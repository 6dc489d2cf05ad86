package io.github.tlscompat.benchmarks.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Test classes run through the JUnit Platform launcher, as a build tool runs them.
 *
 * @param name what the benchmarks' {@code tests} parameter calls it
 * @param classes the test classes
 * @param tests how many tests they hold
 */
record Suite(String name, List<Class<?>> classes, int tests) {
  /** {@link HundredTests#PLAIN} or {@link HundredTests#REQUIRES_CLIENT}, by {@code name}: {@code plain} or {@code requires-client}. */
  static Suite hundred(String name) {
    return switch (name) {
      case "plain" -> new Suite(name, HundredTests.PLAIN, 100);
      case "requires-client" -> new Suite(name, HundredTests.REQUIRES_CLIENT, 100);
      default -> throw new IllegalArgumentException("tests: plain or requires-client, was " + name);
    };
  }

  /** {@link OneTest.Plain} or {@link OneTest.Annotated}, by {@code name}: {@code plain} or {@code requires-client}. */
  static Suite one(String name) {
    return switch (name) {
      case "plain" -> new Suite(name, List.of(OneTest.Plain.class), 1);
      case "requires-client" -> new Suite(name, List.of(OneTest.Annotated.class), 1);
      default -> throw new IllegalArgumentException("tests: plain or requires-client, was " + name);
    };
  }

  /** The discovery request for these classes. */
  LauncherDiscoveryRequest request() {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(classes.stream().map(c -> selectClass(c)).toList())
        .build();
  }

  /**
   * Runs the suite with {@code launcher} and returns how many tests passed.
   *
   * @throws IllegalStateException if any test did not pass: the numbers would then measure a failure
   */
  long run(Launcher launcher) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request(), listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsSucceededCount() != tests) {
      StringBuilder failures = new StringBuilder();
      summary.getFailures().forEach(f -> failures.append("\n  ").append(f.getTestIdentifier().getDisplayName())
          .append(": ").append(f.getException().getMessage()));
      throw new IllegalStateException(name + ": " + summary.getTestsSucceededCount() + " of " + tests
          + " tests passed (found " + summary.getTestsFoundCount() + ")" + failures);
    }
    return summary.getTestsSucceededCount();
  }
}
