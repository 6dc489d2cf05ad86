package io.github.tlscompat.cli;

import io.github.tlscompat.cli.report.HtmlReport;
import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.ProfileInfo;
import java.util.List;
import java.util.Set;

/** {@code --format html}: the matrix report for commands about pairs, a plain page for tables. */
final class HtmlOutput {
  private HtmlOutput() {}

  /** The HTML matrix report of these clients against these servers, tags from the catalog. */
  static List<String> report(CatalogOptions catalog, List<ClientProfile> clients, List<ServerPolicy> servers,
      String title) {
    Matrix matrix = Matrix.of(clients, servers);
    // Console.print ends every line itself.
    Caveats caveats = new Caveats(catalog);
    return List.of(HtmlReport.render(matrix, id -> catalog.infoOf(id).map(ProfileInfo::tags).orElse(Set.of()),
        caveats::of, title).stripTrailing());
  }

  /** A Markdown table's rows as one self-contained HTML page, with lines of text above it. */
  static List<String> page(String title, List<String> paragraphs, MarkdownTable table) {
    return List.of(HtmlReport.table(title, paragraphs, table.header(), table.rows()).stripTrailing());
  }
}
