package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.crosscheck.CrossCheck.Cell;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.profiles.Catalog;
import java.util.List;

/**
 * The agreement an admin's configuration served unmodified must reach: at least {@value #TARGET}
 * of the cells agree in outcome, version and suite, and as many in the reason class of a refusal
 * ({@link OpenSslRefusals}) too. Below either, the test fails with the table of the cells that
 * differ, the policy and the end of the server's log.
 */
final class AdminAgreement {
  static final double TARGET = 0.99;

  private AdminAgreement() {}

  /** Prints both figures and the cells that differ in reason class; fails below the target. */
  static void assertAgreement(Report report, ServerProcess server) {
    int cells = report.cells().size();
    List<Cell> differ = report.cells().stream().filter(c -> c.disagreement().isPresent()
        && !(c.disagreement().get() instanceof Disagreement.ReasonNotConsistent)).toList();
    List<Cell> differInReason = report.cells().stream()
        .filter(c -> !OpenSslRefusals.agreesInReasonClass(c, report.implemented().policy())).toList();
    int agree = cells - differ.size();
    int agreeWithReason = cells - differInReason.size();
    System.out.println(report.summary() + String.format(" | outcome, version and suite agree: %d/%d = %.1f%%;"
        + " reason class too: %d/%d = %.1f%%", agree, cells, 100.0 * agree / cells, agreeWithReason, cells,
        100.0 * agreeWithReason / cells));
    for (String warning : report.implemented().changes()) System.out.println("    import warning: " + warning);
    for (Cell c : differInReason) {
      System.out.println("    reason class differs: " + c.client().id() + " | model: " + c.model() + " | wire: " + c.wire());
    }
    if (agree < TARGET * cells || agreeWithReason < TARGET * cells) {
      StringBuilder table = new StringBuilder(String.format("%.1f%% of cells agree in outcome, version and suite,"
          + " %.1f%% in the reason class of refusals too, one of them below %.0f%%; they differ for:%n",
          100.0 * agree / cells, 100.0 * agreeWithReason / cells, 100 * TARGET));
      for (Cell c : differInReason) {
        table.append(report.serverKind()).append(" | ").append(c.client().id()).append(" | model: ").append(c.model())
            .append(" | wire: ").append(c.wire()).append('\n');
        c.disagreement().ifPresent(d -> table.append("    ").append(d.describe()).append('\n'));
      }
      table.append("the policy: ").append(CrossCheck.describe(report.implemented().policy())).append('\n');
      fail(table + "--- the end of the server's log ---\n" + server.logTail());
    }
    assertThat(cells).isEqualTo(Catalog.builtIn().clients().size());
  }

  /**
   * For a library whose alerts {@link OpenSslRefusals} does not map (GnuTLS, JSSE): prints the
   * agreement in outcome, version and suite, and the refusal reason as the wire reports it; fails
   * with the cells that differ in outcome, version or suite when they are more than 1%.
   */
  static void assertOutcomeAgreement(Report report, ServerProcess server) {
    int cells = report.cells().size();
    List<Cell> differ = report.cells().stream().filter(c -> c.disagreement().isPresent()
        && !(c.disagreement().get() instanceof Disagreement.ReasonNotConsistent)).toList();
    int agree = cells - differ.size();
    int agreeWithReason = cells - report.disagreements().size();
    System.out.println(report.summary() + String.format(" | outcome, version and suite agree: %d/%d = %.1f%%;"
        + " reason too: %d/%d = %.1f%%", agree, cells, 100.0 * agree / cells, agreeWithReason, cells,
        100.0 * agreeWithReason / cells));
    for (String warning : report.implemented().changes()) System.out.println("    import warning: " + warning);
    if (agree < TARGET * cells) {
      StringBuilder table = new StringBuilder(String.format("%.1f%% of cells agree in outcome, version and suite,"
          + " below %.0f%%; they differ for:%n", 100.0 * agree / cells, 100 * TARGET));
      for (Cell c : differ) {
        table.append(report.serverKind()).append(" | ").append(c.client().id()).append(" | model: ").append(c.model())
            .append(" | wire: ").append(c.wire()).append('\n');
        table.append("    ").append(c.disagreement().orElseThrow().describe()).append('\n');
      }
      table.append("the policy: ").append(CrossCheck.describe(report.implemented().policy())).append('\n');
      fail(table + "--- the end of the server's log ---\n" + server.logTail());
    }
    assertThat(cells).isEqualTo(Catalog.builtIn().clients().size());
  }
}
