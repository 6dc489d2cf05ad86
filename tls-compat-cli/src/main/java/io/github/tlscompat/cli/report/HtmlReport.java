package io.github.tlscompat.cli.report;

import static io.github.tlscompat.cli.report.Html.escape;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A compatibility matrix as one self-contained HTML5 page, for a person on a laptop screen.
 *
 * <p>The page holds a table with a row per client and a column per server; the header row and the
 * client column stay in view while it scrolls. Each cell is coloured by its outcome (refused in red;
 * connected in green to orange by the {@linkplain io.github.tlscompat.core.registry.CipherSuite#grade()
 * grade} of the negotiated suite) and says the same in text, e.g. {@code 1.2 ✓} or {@code ✗ ver},
 * so colour is never the only cue. Hovering or focusing a cell shows the negotiated parameters, or
 * the reason, detail and stage of a refusal. Above the table: a summary line, a legend, and
 * checkboxes that filter clients and servers by tag.
 *
 * <p>Styles and scripts are inline and a Content-Security-Policy forbids every fetch, so the file
 * can be mailed or attached to a ticket as it is. Every id, name, tag and explanation is escaped,
 * and no profile text is ever placed inside a script. The output depends only on the input: there
 * is no timestamp, so reports can be diffed.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builtIn();
 * Matrix matrix = Matrix.of(catalog.selectClients("schannel"), catalog.servers());
 * String html = HtmlReport.render(matrix, id -> catalog.info(id).tags());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  /** The title when none is given. */
  public static final String DEFAULT_TITLE = "TLS compatibility";

  /** The mark after the id of a client or server whose facts are partial or assumed. */
  public static final String CAVEAT_MARK = "\u26a0";

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private HtmlReport() {}

  /**
   * Renders the matrix with the {@linkplain #DEFAULT_TITLE default title}.
   *
   * @param matrix the outcomes to show
   * @param tagsOf the tags of a client or server, by id; an empty set for a profile without tags
   */
  public static String render(Matrix matrix, Function<String, Set<String>> tagsOf) {
    return render(matrix, tagsOf, DEFAULT_TITLE);
  }

  /**
   * Renders the matrix as a complete HTML document.
   *
   * @param matrix the outcomes to show
   * @param tagsOf the tags of a client or server, by id; an empty set for a profile without tags
   * @param title the page's title and heading
   * @throws NullPointerException if {@code tagsOf} returns null for an id
   */
  public static String render(Matrix matrix, Function<String, Set<String>> tagsOf, String title) {
    return render(matrix, tagsOf, id -> Optional.empty(), title);
  }

  /**
   * Renders the matrix as a complete HTML document, marking the clients and servers whose facts are
   * partial or assumed: a {@value #CAVEAT_MARK} after the id, the caveat in its tooltip, and a
   * legend entry that explains the mark.
   *
   * @param matrix the outcomes to show
   * @param tagsOf the tags of a client or server, by id; an empty set for a profile without tags
   * @param caveatOf the caveat of a client or server, by id (e.g. {@code partial, assumes sni});
   *     empty for a profile of sourced facts
   * @param title the page's title and heading
   * @throws NullPointerException if {@code tagsOf} or {@code caveatOf} returns null for an id
   * @since 0.1.0
   */
  public static String render(Matrix matrix, Function<String, Set<String>> tagsOf,
      Function<String, Optional<String>> caveatOf, String title) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(tagsOf, "tagsOf");
    Objects.requireNonNull(caveatOf, "caveatOf");
    Objects.requireNonNull(title, "title");
    List<String> clientIds = matrix.clients().stream().map(ClientProfile::id).toList();
    List<String> serverIds = matrix.servers().stream().map(ServerPolicy::id).toList();
    TagIndex clientTags = new TagIndex(clientIds, tagsOf);
    TagIndex serverTags = new TagIndex(serverIds, tagsOf);

    StringBuilder h = new StringBuilder(4096 + matrix.size() * 400);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
        .append("<div class=\"top\"><h1>").append(escape(title)).append("</h1>\n")
        .append("<p id=\"summary\" class=\"summary\" aria-live=\"polite\">").append(escape(summary(matrix)))
        .append("</p></div>\n");
    boolean anyCaveat = matrix.clients().stream().anyMatch(c -> caveat(caveatOf, c.id()).isPresent())
        || matrix.servers().stream().anyMatch(s -> caveat(caveatOf, s.id()).isPresent());
    legend(h, matrix, anyCaveat);
    filters(h, clientTags, serverTags);
    h.append("</header>\n");
    table(h, matrix, clientTags, serverTags, caveatOf, title);
    h.append("<div id=\"tip\" class=\"tip\" role=\"tooltip\" hidden></div>\n")
        .append("<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * A plain page for results that are a table rather than a matrix (suites, profiles, remedies):
   * a heading, lines of text, then the table, every value escaped.
   *
   * @param title the page's title and heading
   * @param paragraphs lines shown above the table, e.g. the verdict of a remedy
   * @param header the column names
   * @param rows the cells, row by row; a {@code <br>} in a cell is a line break
   */
  public static String table(String title, List<String> paragraphs, List<String> header, List<List<String>> rows) {
    StringBuilder h = new StringBuilder(1024 + rows.size() * 200);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#1b1b1b}")
        .append("table{border-collapse:collapse}th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;")
        .append("vertical-align:top}th{background:#f0f0f0;position:sticky;top:0}tr:nth-child(even) td{background:#fafafa}")
        .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    for (String p : paragraphs) {
      if (!p.isBlank()) h.append("<p>").append(escape(p)).append("</p>\n");
    }
    if (!header.isEmpty()) {
      h.append("<table>\n<thead><tr>");
      for (String c : header) h.append("<th>").append(escape(c)).append("</th>");
      h.append("</tr></thead>\n<tbody>\n");
      for (List<String> row : rows) {
        h.append("<tr>");
        for (String c : row) h.append("<td>").append(escape(c).replace("&lt;br&gt;", "<br>")).append("</td>");
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /** E.g. "3 clients, 4 servers: 5 refused pairs of 12". The page's script writes the same when filtering. */
  static String summary(Matrix matrix) {
    return plural(matrix.clients().size(), "client") + ", " + plural(matrix.servers().size(), "server") + ": "
        + plural(matrix.refusedTotal(), "refused pair") + " of " + matrix.size();
  }

  private static Optional<String> caveat(Function<String, Optional<String>> caveatOf, String id) {
    return Objects.requireNonNull(caveatOf.apply(id), () -> "no caveat (null) for '" + id + "'");
  }

  /** The mark after an id, with its caveat for assistive technology and the tooltip; empty without one. */
  private static String caveatMark(Optional<String> caveat) {
    return caveat.map(c -> " <span class=\"caveat\" aria-label=\"" + escape(c) + "\">" + CAVEAT_MARK + "</span>")
        .orElse("");
  }

  private static void legend(StringBuilder h, Matrix matrix, boolean anyCaveat) {
    h.append("<section class=\"legend\" aria-label=\"Legend\">\n<ul>\n");
    for (int i = SecurityGrade.values().length - 1; i >= 0; i--) {
      SecurityGrade grade = SecurityGrade.values()[i];
      h.append("<li><span class=\"swatch ").append(OutcomeText.gradeClass(grade)).append("\">")
          .append(OutcomeText.symbol(grade)).append("</span> connected, ").append(OutcomeText.words(grade))
          .append(" suite</li>\n");
    }
    h.append("<li><span class=\"swatch ").append(OutcomeText.REFUSED_CLASS)
        .append("\">\u2717</span> refused</li>\n");
    if (anyCaveat) {
      h.append("<li><span class=\"caveat\">").append(CAVEAT_MARK).append("</span> partial profile or assumed")
          .append(" facts: results may differ (hover the name; tls-compat profiles show ID says which)</li>\n");
    }
    h.append("</ul>\n<div class=\"notes\">\n");
    if (!matrix.reasonCounts().isEmpty()) {
      h.append("<dl class=\"reasons\">\n");
      for (Map.Entry<Refused.Reason, Integer> e : matrix.reasonCounts().entrySet()) {
        h.append("<div><dt>\u2717 ").append(OutcomeText.abbreviation(e.getKey())).append("</dt><dd>")
            .append(OutcomeText.words(e.getKey())).append(" (").append(e.getValue()).append(")</dd></div>\n");
      }
      h.append("</dl>\n");
    }
    h.append("<p class=\"hint\">Hover a cell, or Tab to the table and use the arrow keys, for the negotiated ")
        .append("parameters or the refusal.</p>\n</div>\n</section>\n");
  }

  private static void filters(StringBuilder h, TagIndex clientTags, TagIndex serverTags) {
    h.append("<form class=\"filters\" aria-label=\"Filters\">\n")
        .append("<label><input type=\"checkbox\" id=\"only-refused\"> only clients refused somewhere</label>\n")
        .append("<button type=\"reset\">show all</button>\n")
        .append("<details><summary>Filter by tag <span id=\"ticked\">(none ticked: all shown)</span></summary>\n");
    tagBoxes(h, "client", "Clients tagged", clientTags);
    tagBoxes(h, "server", "Servers tagged", serverTags);
    h.append("<p class=\"hint\">A client or server shows when it has any ticked tag of its side.</p>\n")
        .append("</details>\n</form>\n");
  }

  private static void tagBoxes(StringBuilder h, String side, String legend, TagIndex tags) {
    h.append("<fieldset data-side=\"").append(side).append("\"><legend>").append(legend)
        .append("</legend>\n");
    if (tags.tags.isEmpty()) h.append("<span class=\"none\">no tags</span>\n");
    for (int i = 0; i < tags.tags.size(); i++) {
      h.append("<label><input type=\"checkbox\" data-side=\"").append(side).append("\" value=\"").append(i)
          .append("\"> ").append(escape(tags.tags.get(i))).append(" <small>").append(tags.counts.get(i))
          .append("</small></label>\n");
    }
    h.append("</fieldset>\n");
  }

  private static void table(StringBuilder h, Matrix matrix, TagIndex clientTags, TagIndex serverTags,
      Function<String, Optional<String>> caveatOf, String title) {
    h.append("<main class=\"scroll\" tabindex=\"-1\">\n<table id=\"matrix\">\n<caption class=\"sr-only\">")
        .append(escape(title)).append(": a row per client, a column per server</caption>\n<thead>\n<tr>")
        .append("<th class=\"corner\" scope=\"col\">client \u2193 \u2009server \u2192</th>");
    for (int col = 0; col < matrix.servers().size(); col++) {
      ServerPolicy server = matrix.servers().get(col);
      int refused = matrix.refusedCount(server.id());
      Optional<String> caveat = caveat(caveatOf, server.id());
      h.append("<th scope=\"col\" data-tags=\"").append(serverTags.indicesOf(col)).append("\" title=\"")
          .append(escape(server.name() + "\n" + server.id() + "\nrefuses " + refused + " of "
              + matrix.clients().size() + " clients" + caveat.map(c -> "\n" + CAVEAT_MARK + " " + c).orElse("")))
          .append("\"><span class=\"id\">").append(escape(server.id())).append("</span>").append(caveatMark(caveat))
          .append(count(refused)).append("</th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    int width = matrix.servers().size();
    List<Matrix.Cell> cells = matrix.cells();
    for (int row = 0; row < matrix.clients().size(); row++) {
      ClientProfile client = matrix.clients().get(row);
      int refused = matrix.refusedCountForClient(client.id());
      Optional<String> caveat = caveat(caveatOf, client.id());
      h.append("<tr data-tags=\"").append(clientTags.indicesOf(row)).append("\">")
          .append("<th scope=\"row\" title=\"").append(escape(client.name() + "\n" + client.id() + "\nrefused by "
              + refused + " of " + width + " servers" + caveat.map(c -> "\n" + CAVEAT_MARK + " " + c).orElse("")))
          .append("\"><span class=\"id\">").append(escape(client.id())).append("</span>").append(caveatMark(caveat))
          .append(count(refused)).append("<span class=\"name\">").append(escape(client.name()))
          .append("</span></th>");
      for (int col = 0; col < width; col++) {
        Matrix.Cell cell = cells.get(row * width + col);
        // One tab stop for the whole table (the first cell); the page's script moves it with the arrow keys.
        h.append("<td class=\"cell ").append(OutcomeText.cssClass(cell.outcome())).append("\" tabindex=\"")
            .append(row == 0 && col == 0 ? "0" : "-1").append("\" title=\"")
            .append(escape(OutcomeText.tooltip(cell))).append("\">").append(OutcomeText.label(cell.outcome()))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</main>\n");
  }

  private static String count(int refused) {
    return refused == 0 ? "<span class=\"count none\">\u2713 all</span>"
        : "<span class=\"count\">\u2717 " + refused + "</span>";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to HtmlReport");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tags of one side, sorted, and each profile's tags as indices into them: the page refers to
   * tags by number, so no tag text ever has to survive being split or quoted.
   */
  private static final class TagIndex {
    final List<String> tags;
    final List<Integer> counts;
    private final List<String> indices = new ArrayList<>();

    TagIndex(List<String> ids, Function<String, Set<String>> tagsOf) {
      Map<String, Integer> count = new TreeMap<>();
      List<Set<String>> perProfile = new ArrayList<>();
      for (String id : ids) {
        Set<String> tags = Objects.requireNonNull(tagsOf.apply(id), () -> "no tags (null) for '" + id + "'");
        perProfile.add(tags);
        for (String tag : tags) count.merge(tag, 1, Integer::sum);
      }
      this.tags = List.copyOf(count.keySet());
      this.counts = List.copyOf(count.values());
      for (Set<String> tags : perProfile) {
        StringBuilder b = new StringBuilder();
        for (String tag : tags) b.append(b.length() == 0 ? "" : " ").append(this.tags.indexOf(tag));
        indices.add(b.toString());
      }
    }

    String indicesOf(int position) {
      return indices.get(position);
    }
  }
}
