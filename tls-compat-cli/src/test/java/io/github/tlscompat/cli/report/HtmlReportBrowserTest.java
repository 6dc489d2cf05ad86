package io.github.tlscompat.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.profiles.Catalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it, in a real browser: Debian's Chromium, headless. Each page is
 * loaded from a copy with a probe script appended (the shipped page has none) that reads computed
 * colours, titles and positions, works the filters and the keyboard, and writes what it found as
 * JSON into a {@code <pre id="probe">}; {@code --dump-dom} returns it. Screenshots of a larger
 * matrix go to {@code target/html-report/} for a person to look at.
 *
 * <p>Skipped when no Chromium is installed; CI installs it (see {@code .ci/run}).
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Path OUT = Path.of("target", "html-report");

  private static final Map<String, String> BACKGROUNDS = Map.of(
      "refused", "rgb(198, 40, 40)",
      "recommended", "rgb(129, 199, 132)",
      "secure", "rgb(200, 230, 201)",
      "weak", "rgb(255, 224, 130)",
      "insecure", "rgb(255, 183, 77)");

  @TempDir static Path temp;
  private static Chromium chromium;
  private static Matrix small;
  private static JsonNode probe;

  /** Reads the page's state after load, then works its filters; the last step scrolls to the far corner. */
  private static final String PROBE = """
      <script>
      window.addEventListener('load', function () {
        var table = document.getElementById('matrix');
        var heads = table.tHead.rows[0].cells;
        var main = document.querySelector('main');
        function id(th) { return th.querySelector('.id').textContent; }
        function shown() {
          var rows = [], counts = [], columns = [];
          for (var r = 0; r < table.tBodies[0].rows.length; r++) {
            var row = table.tBodies[0].rows[r];
            if (row.offsetHeight > 0) {
              rows.push(id(row.cells[0]));
              counts.push(row.cells[0].querySelector('.count').textContent);
            }
          }
          for (var c = 1; c < heads.length; c++) if (heads[c].offsetWidth > 0) columns.push(id(heads[c]));
          return { rows: rows, counts: counts, columns: columns, summary: document.getElementById('summary').textContent };
        }
        function tick(side, tag) {
          var boxes = document.querySelectorAll('input[data-side="' + side + '"]');
          for (var i = 0; i < boxes.length; i++) {
            if (boxes[i].parentElement.textContent.trim().split(' ')[0] === tag) boxes[i].click();
          }
        }
        var out = { cells: [] };
        var tds = table.querySelectorAll('tbody td');
        for (var i = 0; i < tds.length; i++) {
          var style = getComputedStyle(tds[i]);
          out.cells.push({ client: id(tds[i].parentElement.cells[0]), server: id(heads[tds[i].cellIndex]),
              text: tds[i].textContent, title: tds[i].title, background: style.backgroundColor, color: style.color,
              width: tds[i].offsetWidth });
        }
        out.initial = shown();
        out.legend = {};
        var swatches = document.querySelectorAll('.legend .swatch');
        for (var j = 0; j < swatches.length; j++) {
          out.legend[swatches[j].className.replace('swatch ', '').replace('ok-', '')] = getComputedStyle(swatches[j]).backgroundColor;
        }
        out.sticky = [getComputedStyle(heads[1]).position, getComputedStyle(table.tBodies[0].rows[0].cells[0]).position];
        var tip = document.getElementById('tip');
        tds[0].focus();
        out.tip = { shown: tip.offsetWidth > 0, text: tip.textContent, focusedTitle: document.activeElement.title };
        tds[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        out.afterArrowRight = document.activeElement.title;
        tds[0].blur();
        tick('client', 'phone');
        out.clientTag = shown();
        tick('server', 'schannel');
        out.bothTags = shown();
        tick('client', 'phone');
        tick('server', 'schannel');
        document.getElementById('only-refused').click();
        out.onlyRefused = shown();
        document.getElementById('only-refused').click();
        main.scrollTop = main.scrollHeight;
        main.scrollLeft = main.scrollWidth;
        var box = main.getBoundingClientRect();
        out.scroll = { y: main.scrollTop, x: main.scrollLeft, mainTop: box.top, mainLeft: box.left,
            headerTop: heads[heads.length - 1].getBoundingClientRect().top,
            rowHeaderLeft: table.tBodies[0].rows[table.tBodies[0].rows.length - 1].cells[0].getBoundingClientRect().left };
        var pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
      });
      </script>
      """;

  @BeforeAll
  static void renderAndProbe() throws Exception {
    Optional<Chromium> found = Chromium.find(temp);
    assumeTrue(found.isPresent(), "no chromium on the PATH (apt-get install chromium, or set " + Chromium.ENV + ")");
    chromium = found.get();
    small = Matrix.of(
        List.of(CATALOG.client("LPE-CE6"), CATALOG.client("ie-11-win7"), CATALOG.client("chrome-101-win10")),
        List.of(CATALOG.server("iiscrypto-3.2-fips-140-2-win2012r2"), CATALOG.server("office365-2019"),
            CATALOG.server("mozilla-intermediate-5.7")));
    String html = HtmlReport.render(small, id -> CATALOG.info(id).tags(), "Lync phones vs hardened servers");
    probe = probe(html, 1366, 768);
  }

  private static JsonNode probe(String html, int width, int height) throws Exception {
    Path page = temp.resolve("probe-" + System.nanoTime() + ".html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    String dom = chromium.dumpDom(page, width, height);
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("the probe's output in the dumped DOM:\n%s", dom.length() > 2000 ? dom.substring(0, 2000) : dom)
        .isTrue();
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0").replace("&amp;", "&");
    return new ObjectMapper().readTree(json);
  }

  @Test
  void page_smallCatalogMatrix_showsOneCellPerPairWithItsTextAndTitle() {
    // THEN
    assertThat(probe.get("cells")).hasSize(9);
    for (JsonNode cell : probe.get("cells")) {
      Negotiation outcome = small.get(cell.get("client").asText(), cell.get("server").asText());
      assertThat(cell.get("text").asText()).isEqualTo(OutcomeText.label(outcome));
      assertThat(cell.get("title").asText()).as("title of %s", cell)
          .isEqualTo(OutcomeText.tooltip(new Matrix.Cell(CATALOG.client(cell.get("client").asText()),
              CATALOG.server(cell.get("server").asText()), outcome)));
    }
    JsonNode phoneVsMozilla = cell("LPE-CE6", "mozilla-intermediate-5.7");
    assertThat(phoneVsMozilla.get("text").asText()).isEqualTo("\u2717 ver");
    assertThat(phoneVsMozilla.get("title").asText()).contains("Refused: NO_SHARED_PROTOCOL_VERSION", "Stage: CLIENT_HELLO",
        "Detail: ");
    assertThat(probe.at("/initial/summary").asText()).isEqualTo(HtmlReport.summary(small));
  }

  @Test
  void page_everyCell_colouredByOutcomeWithReadableText() {
    for (JsonNode cell : probe.get("cells")) {
      Negotiation outcome = small.get(cell.get("client").asText(), cell.get("server").asText());
      String expected = outcome instanceof Connected c ? BACKGROUNDS.get(OutcomeText.words(c.cipherSuite().grade()))
          : BACKGROUNDS.get("refused");
      assertThat(cell.get("background").asText()).as("background of %s", cell).isEqualTo(expected);
      assertThat(contrast(cell.get("background").asText(), cell.get("color").asText())).as("contrast of %s", cell)
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(cell("LPE-CE6", "mozilla-intermediate-5.7").get("color").asText()).isEqualTo("rgb(255, 255, 255)");
  }

  @Test
  void page_legend_showsTheColourOfEveryGradeAndOfRefused() {
    Map<String, String> legend = new java.util.TreeMap<>();
    probe.get("legend").properties().forEach(e -> legend.put(e.getKey(), e.getValue().asText()));
    assertThat(legend).isEqualTo(new java.util.TreeMap<>(BACKGROUNDS));
    assertThat(BACKGROUNDS).containsKeys(Arrays.stream(SecurityGrade.values()).map(OutcomeText::words).toArray(String[]::new));
  }

  @Test
  void page_focusAndArrowKey_showTheTooltipAndMoveAlongTheRow() {
    List<JsonNode> cells = new ArrayList<>();
    probe.get("cells").forEach(cells::add);
    assertThat(probe.at("/tip/shown").asBoolean()).isTrue();
    assertThat(probe.at("/tip/text").asText()).isEqualTo(cells.get(0).get("title").asText());
    assertThat(probe.at("/afterArrowRight").asText()).isEqualTo(cells.get(1).get("title").asText());
  }

  @Test
  void page_tagFilters_hideRowsAndColumnsAndRecountTheSummary() {
    assertThat(probe.at("/initial/rows")).hasSize(3);
    assertThat(texts(probe.at("/clientTag/rows"))).containsExactly("LPE-CE6");
    assertThat(probe.at("/clientTag/columns")).hasSize(3);
    assertThat(texts(probe.at("/bothTags/columns"))).containsExactly("iiscrypto-3.2-fips-140-2-win2012r2");
    long refused = small.get("LPE-CE6", "iiscrypto-3.2-fips-140-2-win2012r2").isConnected() ? 0 : 1;
    assertThat(texts(probe.at("/bothTags/counts"))).containsExactly(refused == 0 ? "\u2713 all" : "\u2717 1");
    assertThat(texts(probe.at("/initial/counts"))).containsExactlyElementsOf(small.clients().stream()
        .map(c -> small.refusedCountForClient(c.id())).map(n -> n == 0 ? "\u2713 all" : "\u2717 " + n).toList());
    assertThat(probe.at("/bothTags/summary").asText())
        .isEqualTo("showing 1 of 3 clients, 1 of 3 servers: " + refused + " refused pair" + (refused == 1 ? "" : "s")
            + " of 1");
    List<String> refusedSomewhere = small.clients().stream().filter(c -> small.refusedCountForClient(c.id()) > 0)
        .map(c -> c.id()).collect(Collectors.toList());
    assertThat(texts(probe.at("/onlyRefused/rows"))).containsExactlyElementsOf(refusedSomewhere);
  }

  @Test
  void page_largeMatrixScrolledToTheFarCorner_headerRowAndClientColumnStayInView() throws Exception {
    // GIVEN a matrix larger than a laptop screen
    Matrix large = Matrix.of(CATALOG.selectClients("schannel,lync,android"),
        CATALOG.selectServers("iiscrypto,microsoft-365,seed,mozilla-intermediate-5.7,mozilla-modern-5.7"));
    String html = HtmlReport.render(large, id -> CATALOG.info(id).tags(), "Schannel, Lync and Android clients");

    // WHEN
    JsonNode big = probe(html, 1366, 768);

    // THEN
    assertThat(big.get("cells")).hasSize(large.size());
    assertThat(big.get("sticky")).extracting(JsonNode::asText).containsExactly("sticky", "sticky");
    assertThat(big.at("/scroll/y").asDouble()).isPositive();
    assertThat(big.at("/scroll/x").asDouble()).isPositive();
    assertThat(big.at("/scroll/headerTop").asDouble()).isCloseTo(big.at("/scroll/mainTop").asDouble(),
        org.assertj.core.data.Offset.offset(1.0));
    assertThat(big.at("/scroll/rowHeaderLeft").asDouble()).isCloseTo(big.at("/scroll/mainLeft").asDouble(),
        org.assertj.core.data.Offset.offset(1.0));

    // AND screenshots for a person: the top of the page, and a refused cell focused with its tooltip
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("matrix.html"), html, StandardCharsets.UTF_8);
    chromium.screenshot(OUT.resolve("matrix.html"), OUT.resolve("matrix-1366x768.png"), 1366, 768);
    Path focused = temp.resolve("focused.html");
    Files.writeString(focused, html.replace("</body>", "<script>window.addEventListener('load', function () {"
        + " var cells = document.querySelectorAll('td.refused'); cells[Math.min(40, cells.length - 1)].focus(); });"
        + "</script></body>"), StandardCharsets.UTF_8);
    chromium.screenshot(focused, OUT.resolve("matrix-focused-1366x768.png"), 1366, 768);
  }

  private static JsonNode cell(String client, String server) {
    for (JsonNode cell : probe.get("cells")) {
      if (cell.get("client").asText().equals(client) && cell.get("server").asText().equals(server)) return cell;
    }
    throw new AssertionError("no cell " + client + " x " + server + " in " + probe.get("cells"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  /** The WCAG 2 contrast ratio of two CSS {@code rgb(r, g, b)} colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
    double[] k = {0.2126, 0.7152, 0.0722};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(parts[i]) / 255.0;
      sum += k[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
}
