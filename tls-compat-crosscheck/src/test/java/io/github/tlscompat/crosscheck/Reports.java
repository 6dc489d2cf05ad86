package io.github.tlscompat.crosscheck;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.crosscheck.CrossCheck.Report;

/** The one assertion each (server kind, policy) pair ends with. */
final class Reports {
  private Reports() {}

  /**
   * Prints the summary line and what the server changed of the policy, then fails listing every
   * disagreeing cell, if there is one.
   */
  static void assertAgrees(Report report) {
    System.out.println(report.summary());
    for (String change : report.implemented().changes()) System.out.println("    " + change);
    if (!report.disagreements().isEmpty()) fail(report.describeDisagreements());
  }

  /** {@link #assertAgrees(Report)}, with the end of the server's log in the failure message. */
  static void assertAgrees(Report report, ServerProcess server) {
    try {
      assertAgrees(report);
    } catch (AssertionError e) {
      fail(e.getMessage() + "--- the end of the server's log ---\n" + server.logTail());
    }
  }
}
