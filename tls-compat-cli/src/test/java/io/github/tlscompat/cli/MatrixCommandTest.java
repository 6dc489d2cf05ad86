package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCommandTest {

  private static final String FIPS = "iiscrypto-3.2-fips-140-2-win2012r2";
  private static final int CLIENTS = Catalog.builtIn().clients().size();
  private static final int SERVERS = Catalog.builtIn().servers().size();

  @TempDir
  Path dir;

  @Test
  void text_builtInCatalog_summarisesEachServerAndSaysHowToNarrow() {
    // WHEN
    CliRun run = CliRun.of("matrix");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).matches("\\d+ of " + CLIENTS * SERVERS + " pairs connect \\("
        + CLIENTS + " clients x " + SERVERS + " servers\\)");
    assertThat(run.lines().get(2).split(" +")).containsExactly("server", "connect", "refused", "why", "refused");
    // Its versions and suites are assumed (the Windows Server 2012 R2 defaults): marked, and explained last
    assertThat(run.lines()).anySatisfy(l -> assertThat(l.split(" +", 5))
        .containsExactly("adfs-3.0-wap-2012r2-default", "*", String.valueOf(CLIENTS - 18), "18", "SNI_REQUIRED 18"));
    assertThat(run.lines().get(run.lines().size() - 3)).startsWith("Narrow with --servers");
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("* partial profile or assumed facts, so results"
        + " may differ (tls-compat profiles show ID says which): adfs-3.0-wap-2012r2-default,"
        + " adfs-3.0-wap-2012r2-fallback, ");
  }

  @Test
  void text_fewServers_listsTheClientsEachServerCutsOff() {
    CliRun run = CliRun.of("matrix", "--clients", "LPE-CE6,sfb-2016-win10",
        "--servers", "office365-pre-2019-02-28,office365-2019");

    assertThat(run.lines()).containsExactly(
        "3 of 4 pairs connect (2 clients x 2 servers)",
        "",
        "server                    connect  refused  why refused",
        "office365-pre-2019-02-28  2        0        -",
        "office365-2019            1        1        NO_SHARED_CIPHER_SUITE 1",
        "",
        "Cut off by office365-2019 (1):",
        "  LPE-CE6 *  NO_SHARED_CIPHER_SUITE",
        "",
        "tls-compat check --client ID --server ID explains a pair; tls-compat remedy finds the"
            + " smallest fix.",
        "",
        "* partial profile or assumed facts, so results may differ (tls-compat profiles show ID says which):"
            + " LPE-CE6");
  }

  @Test
  void text_partialProfile_isMarkedAndTheMarkExplained() {
    CliRun run = CliRun.of("matrix", "--clients", "yealink-sfb-phone-tls10-era,sfb-2015-win7-tls12",
        "--servers", "lync-fe-tls10-disabled");

    assertThat(run.lines()).containsExactly(
        "1 of 2 pairs connect (2 clients x 1 server)",
        "",
        "server                  connect  refused  why refused",
        "lync-fe-tls10-disabled  1        1        NO_SHARED_PROTOCOL_VERSION 1",
        "",
        "Cut off by lync-fe-tls10-disabled (1):",
        "  yealink-sfb-phone-tls10-era *  NO_SHARED_PROTOCOL_VERSION",
        "",
        "tls-compat check --client ID --server ID explains a pair; tls-compat remedy finds the"
            + " smallest fix.",
        "",
        "* partial profile or assumed facts, so results may differ (tls-compat profiles show ID says which):"
            + " yealink-sfb-phone-tls10-era");
  }

  @Test
  void html_partialProfile_carriesTheCaveatMarkWithItsCaveatAndTheLegend() {
    CliRun run = CliRun.of("matrix", "--clients", "yealink-sfb-phone-tls10-era,sfb-2015-win7-tls12",
        "--servers", "lync-fe-tls10-disabled", "--format", "html");

    assertThat(run.out()).contains("<li><span class=\"caveat\">\u26a0</span> partial profile or assumed facts:"
            + " results may differ (hover the name; tls-compat profiles show ID says which)</li>",
        "<span class=\"id\">yealink-sfb-phone-tls10-era</span> <span class=\"caveat\" aria-label=\"partial,"
            + " assumes sni\">\u26a0</span>",
        "refused by 1 of 1 servers\n\u26a0 partial, assumes sni\">");
    assertThat(run.out()).containsOnlyOnce("aria-label=\"partial");
  }

  @Test
  void markdown_complianceTemplates_showWhomEachCutsOff() {
    CliRun run = CliRun.of("matrix", "--clients", "LPE-CE6,polycom-vvx-ucs5,polycom-vvx-ucs6,sfb-2016-win7,chrome-101-win10",
        "--servers", "nist-sp800-52r2,pci-dss-4.0-req-4.2.1,bsi-tr-02102-2-2020-01", "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        "**tls-compat matrix**: 7 of 15 pairs connect (5 clients × 3 servers)",
        "",
        "| client | nist-sp800-52r2 | pci-dss-4.0-req-4.2.1 | bsi-tr-02102-2-2020-01 |",
        "| --- | --- | --- | --- |",
        "| LPE-CE6 | ❌ NO_SHARED_PROTOCOL_VERSION | ❌ NO_SHARED_PROTOCOL_VERSION | ❌ NO_SHARED_PROTOCOL_VERSION |",
        "| polycom-vvx-ucs5 | ❌ NO_SHARED_CIPHER_SUITE | ✅ TLSv1.2 | ❌ NO_SHARED_CIPHER_SUITE |",
        "| polycom-vvx-ucs6 | ✅ TLSv1.2 | ✅ TLSv1.2 | ✅ TLSv1.2 |",
        "| sfb-2016-win7 | ❌ NO_SHARED_PROTOCOL_VERSION | ❌ NO_SHARED_PROTOCOL_VERSION | ❌ NO_SHARED_PROTOCOL_VERSION |",
        "| chrome-101-win10 | ✅ TLSv1.3 | ✅ TLSv1.3 | ✅ TLSv1.3 |");
  }

  @Test
  void text_complianceTag_aModernBrowserConnectsToEveryTemplate() {
    int templates = Catalog.builtIn().serversTagged("compliance").size();

    CliRun run = CliRun.of("matrix", "--clients", "firefox-137-win11", "--servers", "compliance");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(templates).isGreaterThanOrEqualTo(45);
    assertThat(run.lines().get(0)).isEqualTo(templates + " of " + templates + " pairs connect (1 client x "
        + templates + " servers)");
  }

  @Test
  void tsv_builtInCatalog_hasOneRowPerPairWithSixColumns() {
    CliRun run = CliRun.of("matrix", "--format", "tsv");

    assertThat(run.lines().get(0)).isEqualTo("client\tserver\toutcome\tversion\tcipherSuite\treason");
    assertThat(run.lines()).hasSize(CLIENTS * SERVERS + 1)
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6).doesNotContain(""))
        .contains("LPE-CE6\t" + FIPS + "\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-",
            "LPE-CE6\toffice365-2019\tREFUSED\t-\t-\tNO_SHARED_CIPHER_SUITE");
  }

  @Test
  void json_tagSelection_isAnArrayOfPairObjects() {
    CliRun run = CliRun.of("matrix", "--clients", "lync", "--servers", "seed", "--format", "json");

    JsonNode array = run.json();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(array).hasSize(Catalog.builtIn().clientsTagged("lync").size() * 6);
    assertThat(array).allSatisfy(o -> assertThat(o.has("client") && o.has("server") && o.has("outcome")
        && o.has("version") && o.has("cipherSuite") && o.has("reason") && o.has("detail")).isTrue());
  }

  @Test
  void markdown_fewServers_isAGridOfClientsByServers() {
    CliRun run = CliRun.of("matrix", "--clients", "LPE-CE6,sfb-2016-win10",
        "--servers", "office365-pre-2019-02-28,office365-2019", "--format", "markdown");

    assertThat(run.lines()).containsExactly(
        "**tls-compat matrix**: 3 of 4 pairs connect (2 clients × 2 servers)",
        "",
        "| client | office365-pre-2019-02-28 | office365-2019 |",
        "| --- | --- | --- |",
        "| LPE-CE6 | ✅ TLSv1.0 | ❌ NO_SHARED_CIPHER_SUITE |",
        "| sfb-2016-win10 | ✅ TLSv1.2 | ✅ TLSv1.2 |");
  }

  @Test
  void markdown_manyServers_summarisesAndSaysHowToNarrow() {
    CliRun run = CliRun.of("matrix", "--clients", "LPE-CE6", "--format", "markdown");

    assertThat(run.lines().get(2)).isEqualTo("| server | connect | refused | why refused |");
    assertThat(run.lines()).hasSize(SERVERS + 6)
        .contains("| office365-2019 | 0 | 1 | NO_SHARED_CIPHER_SUITE 1 |");
    assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("> " + SERVERS + " servers are too many"
        + " columns for one table: narrow with `--servers` (ids or tags, at most 10), e.g."
        + " `tls-compat matrix --servers seed --format markdown`, to see each client.");
  }

  @Test
  void servers_unknownTag_exitsWithUsageInOneLine() {
    CliRun run = CliRun.of("matrix", "--servers", "sed");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat matrix: Invalid value"
        + " for option '--servers': no server id, alias or tag 'sed' in the catalog; did you mean seed");
  }

  @Test
  void profiles_ownServer_joinsTheMatrix() throws IOException {
    Files.writeString(dir.resolve("fe.json"), server("my-fe", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"));

    CliRun run = CliRun.of("matrix", "--profiles", dir.toString(), "--clients", "LPE-CE6",
        "--servers", "my-fe", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "LPE-CE6\tmy-fe\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void profiles_withProblems_printsEachProblemAndExitsWithUsage() throws IOException {
    // GIVEN two bad files
    Files.writeString(dir.resolve("a.json"), server("my-a", "TLS_RSA_WITH_3DES_CBC_SHA"));
    Files.writeString(dir.resolve("b.json"), server("LPE-CE6", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"));

    // WHEN
    CliRun run = CliRun.of("matrix", "--profiles", dir.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactlyInAnyOrder(
        "tls-compat matrix: unknown cipher suite 'TLS_RSA_WITH_3DES_CBC_SHA' at /cipherSuites/0 in "
            + dir.resolve("a.json") + "; did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?",
        "tls-compat matrix: duplicate id 'LPE-CE6' at /id in " + dir.resolve("b.json")
            + "; already used by 'LPE-CE6' at /id in builtin:clients-documented/LPE-CE6.json");
  }

  @Test
  void profiles_missingPath_exitsWithUsage() {
    CliRun run = CliRun.of("matrix", "--profiles", dir.resolve("nothing").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat matrix: no such file or directory in "
        + dir.resolve("nothing") + "; give a profile .json file or a directory of them");
  }

  private static String server(String id, String suite) {
    return "{\"kind\":\"server\",\"id\":\"" + id + "\",\"name\":\"mine\",\"source\":[\"test\"],"
        + "\"versions\":[\"TLSv1.0\"],\"cipherSuites\":[\"" + suite + "\"],"
        + "\"certificates\":[\"rsa:2048:sha256\"]}";
  }

  @Test
  void tsv_openSslBasedServer_refusesTls10ClientsForItsLibrarysSignatureRule() {
    CliRun run = CliRun.of("matrix", "--clients", "android-4.0.4,chrome-101-win10", "--servers",
        "nginx-default,openssl-3-default", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactlyInAnyOrder("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "android-4.0.4\tnginx-default\tREFUSED\t-\t-\tSIGNATURE_FORBIDDEN_BY_LIBRARY",
        "android-4.0.4\topenssl-3-default\tREFUSED\t-\t-\tSIGNATURE_FORBIDDEN_BY_LIBRARY",
        "chrome-101-win10\tnginx-default\tCONNECTED\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t-",
        "chrome-101-win10\topenssl-3-default\tCONNECTED\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t-");
  }
}
