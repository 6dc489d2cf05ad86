package com.example.everyannotation;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs a test class the way a build would (the JUnit Platform test kit) and reads what failed: the
 * cases below each test are deliberately broken, and this project checks the messages a user gets.
 */
final class Cases {
  private Cases() {}

  /** Runs {@code testClass} with the Jupiter engine. */
  static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  /** Each failed test's display name and its failure message, in the order they ran. */
  static Map<String, String> failures(EngineExecutionResults results) {
    Map<String, String> failures = new LinkedHashMap<>();
    results.testEvents().failed().stream().forEach(event -> failures.put(event.getTestDescriptor().getDisplayName(),
        message(event)));
    return failures;
  }

  /** The display names of the tests that passed. */
  static java.util.List<String> passed(EngineExecutionResults results) {
    return results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
  }

  private static String message(Event event) {
    Throwable t = event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
        .orElseThrow();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
