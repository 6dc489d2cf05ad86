package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --format html} on every command: one self-contained page, the same exit codes. */
class HtmlFormatTest {

  static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  static void assertSelfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy").endsWith("</html>\n");
    assertThat(html).doesNotContain("src=\"http", "href=\"http");
  }

  @Test
  void matrixIsTheReportWithOneCellPerPair() {
    CliRun run = CliRun.of("matrix", "--clients", "LPE-CE6,ie-11-win7", "--servers",
        "office365-2019,iiscrypto-3.2-fips-140-2-win2012r2,mozilla-intermediate-5.7", "--format", "html");

    assertThat(run.exitCode()).isZero();
    assertSelfContained(run.out());
    assertThat(count(run.out(), "<td[ >]")).isEqualTo(6);
    assertThat(run.out()).contains("LPE-CE6", "NO_SHARED_CIPHER_SUITE", "2 clients, 3 servers");
  }

  @Test
  void checkSimulateAndDiffKeepTheirExitCodes() {
    CliRun refused = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "html");
    CliRun simulate = CliRun.of("simulate", "--clients", "LPE-CE6", "--server", "lync-fe-tls10-disabled",
        "--require-client", "LPE-CE6", "--format", "html");
    CliRun diff = CliRun.of("diff", "--from", "office365-pre-2019-02-28", "--to", "office365-2019",
        "--clients", "LPE-CE6", "--format", "html");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(simulate.exitCode()).isEqualTo(1);
    assertThat(diff.exitCode()).isZero();
    for (CliRun run : new CliRun[] {refused, simulate, diff}) assertSelfContained(run.out());
    assertThat(count(diff.out(), "<td[ >]")).isEqualTo(2);
  }

  @Test
  void tablesBecomePlainPagesWithEveryValueEscaped() {
    CliRun suites = CliRun.of("suites", "--protocol", "TLSv1.3", "--format", "html");
    CliRun remedy = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "iiscrypto-3.2-best-win2012r2", "--format", "html");
    CliRun show = CliRun.of("profiles", "show", "LPE-CE6", "--format", "html");

    assertThat(suites.exitCode()).isZero();
    assertSelfContained(suites.out());
    assertThat(suites.out()).contains("<td>TLS_AES_128_GCM_SHA256</td>");
    assertThat(remedy.out()).contains("<th>change</th>", "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(show.out()).contains("<td>LPE-CE6</td>").doesNotContain("<script");
  }
}
