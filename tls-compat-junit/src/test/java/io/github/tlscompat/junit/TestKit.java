package io.github.tlscompat.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs test case classes through the Jupiter engine, as a build would, and reads what failed. */
final class TestKit {
  private TestKit() {}

  static EngineExecutionResults run(Class<?>... testCases) {
    return run(Map.of(), testCases);
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... testCases) {
    EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration);
    for (Class<?> c : testCases) kit.selectors(selectClass(c));
    return kit.execute();
  }

  /** The throwables of the failed tests, in the order they finished. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream()
        .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .toList();
  }

  /** The message of the only failed test. */
  static String failureMessage(EngineExecutionResults results) {
    List<Throwable> failures = failures(results);
    if (failures.size() != 1) throw new AssertionError("expected one failed test, but " + failures.size() + " failed: " + failures);
    return failures.get(0).getMessage();
  }

  /** The report entries published during the run, as key=value. */
  static List<String> reportEntries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(Event::getPayload).map(p -> p.orElseThrow())
        .flatMap(p -> ((org.junit.platform.engine.reporting.ReportEntry) p).getKeyValuePairs().entrySet().stream())
        .map(e -> e.getKey() + "=" + e.getValue()).toList();
  }
}
