package io.github.tlscompat.crosscheck;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.crosscheck.HandshakeCheck.HandshakeReport;
import java.util.List;

/** The one assertion each (server kind, policy) pair ends with. */
final class Reports {
  private Reports() {}

  /**
   * Prints the summary line and what the server changed of the policy, then those of the
   * handshake evidence, then fails listing every disagreeing cell of any of them, if there is one.
   */
  static void assertAgrees(Report report, HandshakeReport... handshakes) {
    assertAgrees(report, null, handshakes);
  }

  /** Prints the summary line of handshake evidence alone, then fails listing every disagreeing cell, if there is one. */
  static void assertAgrees(HandshakeReport report) {
    System.out.println(report.summary());
    if (!report.disagreements().isEmpty()) fail(report.describeDisagreements());
  }

  /**
   * {@link #assertAgrees(Report, HandshakeReport...)}, with the end of the server's log in the
   * failure message when the wire disagrees.
   */
  static void assertAgrees(Report report, ServerProcess server, HandshakeReport... handshakes) {
    System.out.println(report.summary());
    for (String change : report.implemented().changes()) System.out.println("    " + change);
    for (HandshakeReport h : handshakes) System.out.println(h.summary());
    StringBuilder failures = new StringBuilder();
    if (!report.disagreements().isEmpty()) {
      failures.append(report.describeDisagreements());
      if (server != null) failures.append("--- the end of the server's log ---\n").append(server.logTail());
    }
    for (HandshakeReport h : List.of(handshakes)) {
      if (!h.disagreements().isEmpty()) failures.append(h.describeDisagreements());
    }
    if (failures.length() > 0) fail(failures.toString());
  }
}
