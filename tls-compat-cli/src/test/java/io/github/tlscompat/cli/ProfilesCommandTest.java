package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.config.Exported;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.ProfileJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesCommandTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  @Test
  void show_serverHabits_areListedByTheirFieldNames() {
    CliRun jdk = CliRun.of("profiles", "show", "jdk-17-default");
    CliRun office = CliRun.of("profiles", "show", "office365-2019");

    assertThat(jdk.lines()).anySatisfy(l -> assertThat(l.split(" +", 2))
        .containsExactly("habits:", "ordersGroupsByClient, bindsEcdsaSchemesToCurve"));
    assertThat(office.lines()).anySatisfy(l -> assertThat(l.split(" +", 2)).containsExactly("habits:", "-"));
  }

  @Test
  void list_text_hasARowPerProfileAndTheCounts() {
    CliRun run = CliRun.of("profiles", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0).split(" +")).containsExactly("id", "kind", "tags", "caveats", "name");
    assertThat(run.lines()).hasSize(CATALOG.size() + 3)
        .anySatisfy(l -> assertThat(l).startsWith("LPE-CE6 ").contains(" client ", " 1 assumed, 4 unconfirmed ",
            "Lync Phone Edition on Windows CE 6.0"));
    assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo(CATALOG.size() + " profiles ("
        + CATALOG.clients().size() + " clients, " + CATALOG.servers().size() + " servers);"
        + " tls-compat profiles show ID prints every fact of one.");
  }

  @Test
  void list_kindAndTag_filterTheRows() {
    CliRun run = CliRun.of("profiles", "list", "--kind", "server", "--tag", "seed", "--format", "tsv");

    assertThat(run.lines().get(0)).isEqualTo("id\tkind\tname\taliases\ttags\tpartial\tassumed\tlocation");
    assertThat(run.lines().subList(1, run.lines().size()))
        .hasSize(CATALOG.serversTagged("seed").size())
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(8).contains("server"))
        .anySatisfy(l -> assertThat(l).startsWith("lync-fe-tls10-disabled\tserver\t"));
  }

  @Test
  void list_json_isAnArrayOfProfileObjects() {
    JsonNode array = CliRun.of("profiles", "list", "--kind", "client", "--format", "json").json();

    assertThat(array).hasSize(CATALOG.clients().size());
    JsonNode lpe = java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .filter(o -> o.get("id").asText().equals("LPE-CE6")).findFirst().orElseThrow();
    assertThat(lpe.get("kind").asText()).isEqualTo("client");
    assertThat(lpe.get("partial").asBoolean()).isFalse();
    assertThat(lpe.get("assumed").get(0).asText()).isEqualTo("cipherSuites");
    assertThat(lpe.get("location").asText()).isEqualTo("builtin:clients-documented/LPE-CE6.json");
  }

  @Test
  void list_markdown_isATable() {
    CliRun run = CliRun.of("profiles", "list", "--tag", "seed", "--kind", "client", "--format", "markdown");

    assertThat(run.lines().subList(0, 2))
        .containsExactly("| id | kind | tags | caveats | name |", "| --- | --- | --- | --- | --- |");
    assertThat(run.lines()).hasSize(CATALOG.clientsTagged("seed").size() + 2);
  }

  @Test
  void list_unknownTag_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("profiles", "list", "--tag", "sed");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat profiles list: Invalid"
        + " value for option '--tag': no profile has the tag 'sed'; did you mean seed");
  }

  @Test
  void show_text_listsEveryFactIncludingTheUncertainOnes() {
    CliRun run = CliRun.of("profiles", "show", "LPE-CE6");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> lines = run.lines();
    assertThat(lines.get(0)).matches("id: +LPE-CE6");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("partial: +false"))
        .anySatisfy(l -> assertThat(l).matches("assumed: +cipherSuites"))
        .anySatisfy(l -> assertThat(l).matches("location: +builtin:clients-documented/LPE-CE6.json"))
        .anySatisfy(l -> assertThat(l).matches("versions: +SSLv3, TLSv1.0"))
        .anySatisfy(l -> assertThat(l).matches("sni: +false"))
        .contains("unconfirmed:", "notes:", "source:", "cipherSuites:", "  TLS_RSA_WITH_3DES_EDE_CBC_SHA",
            "  https://ucvnext.org/2016/03/lync-phone-edition-tls-limitations/");
    assertThat(lines.get(lines.indexOf("unconfirmed:") + 1)).startsWith("  The cipher list and its order");
  }

  @Test
  void show_lyncPhoneEditionHardwareName_showsLpeCe6() {
    for (String device : List.of("polycom-cx500", "Polycom-CX600", "polycom-cx3000", "HP-4110", "HP-4120",
        "aastra-6721ip", "Aastra-6725ip")) {
      CliRun run = CliRun.of("profiles", "show", device);

      assertThat(run.exitCode()).as(device).isEqualTo(ExitCodes.OK);
      assertThat(run.lines().get(0)).as(device).matches("id: +LPE-CE6");
      assertThat(run.lines()).as(device).anySatisfy(l -> assertThat(l).matches("aliases: +.*\\bhp-4120\\b.*"));
    }
  }

  @Test
  void show_json_isTheProfileFileTheCatalogReadsBack() {
    CliRun run = CliRun.of("profiles", "show", "lync-phone-edition-ce6", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(ProfileJson.toJson(CATALOG.client("LPE-CE6"), CATALOG.info("LPE-CE6")));
    Catalog readBack = Catalog.builder().addJson("shown.json", run.out()).buildStrict();
    assertThat(readBack.client("LPE-CE6")).isEqualTo(CATALOG.client("LPE-CE6"));
  }

  @Test
  void show_tsv_isOneRowPerValue() {
    CliRun run = CliRun.of("profiles", "show", "office365-2019", "--format", "tsv");

    assertThat(run.lines().get(0)).isEqualTo("field\tvalue");
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(2))
        .contains("id\toffice365-2019", "kind\tserver", "assumed\tcertificates", "tags\tmicrosoft-365",
            "tags\tservice", "cipherSuites\tTLS_RSA_WITH_AES_128_CBC_SHA", "serverPreference\ttrue",
            "certificates\trsa:2048:sha256", "fallbackCertificate\t-");
  }

  @Test
  void show_markdown_isAFieldValueTable() {
    CliRun run = CliRun.of("profiles", "show", "office365-2019", "--format", "markdown");

    assertThat(run.lines().subList(0, 3))
        .containsExactly("| field | value |", "| --- | --- |", "| id | office365-2019 |");
    assertThat(run.lines()).contains("| versions | TLSv1.0, TLSv1.1, TLSv1.2 |");
  }

  @Test
  void show_unknownId_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("profiles", "show", "LPE-CE7");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat profiles show: Invalid value for option 'ID':"
        + " no profile 'LPE-CE7' in the catalog; did you mean LPE-CE6?");
  }

  @Test
  void profiles_noSubcommand_exitsWithUsage() {
    CliRun run = CliRun.of("profiles");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("tls-compat profiles: missing subcommand: list or show");
  }

  @Test
  void show_asApache_printsTheServersDirectives() {
    CliRun run = CliRun.of("profiles", "show", "office365-2019", "--as", "apache");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    Exported expected = ExportFormat.apache.write(CATALOG.server("office365-2019"));
    assertThat(run.errLines()).containsExactlyElementsOf(expected.warnings().stream()
        .map(w -> "tls-compat profiles show: warning: --as apache: " + w).toList());
    assertThat(run.out()).isEqualTo(expected.text());
  }

  @Test
  void show_asWhatTheFormatCannotExpress_listsItOnStderr() {
    // GIVEN: behind http.sys hostname bindings, with DHE suites
    String id = "adfs-3.0-wap-2012r2-default";
    Exported expected = NginxConfig.write(CATALOG.server(id));

    // WHEN
    CliRun run = CliRun.of("profiles", "show", id, "--as", "nginx");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(expected.text());
    assertThat(expected.warnings()).isNotEmpty();
    assertThat(run.errLines()).containsExactlyElementsOf(expected.warnings().stream()
        .map(w -> "tls-compat profiles show: warning: --as nginx: " + w).toList());
  }

  @Test
  void show_asForAClient_isRejected() {
    CliRun run = CliRun.of("profiles", "show", "LPE-CE6", "--as", "nginx");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat profiles show: Invalid value for option '--as':"
        + " LPE-CE6 is a client; only a server policy is written as configuration");
  }

  @Test
  void show_configFile_json_isWhatImportWrites() {
    String file = ImportCommandTest.config("s_server.args").toString();

    CliRun shown = CliRun.of("profiles", "show", file, "--format", "json");

    assertThat(shown.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(shown.out()).isEqualTo(CliRun.of("import", file).out());
  }

  @Test
  void show_configFile_listsTheLibraryItWasReadFor() {
    CliRun run = CliRun.of("profiles", "show", ImportCommandTest.config("nginx.conf").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).anySatisfy(l -> assertThat(l.split(" {2,}", 2))
        .containsExactly("library:", "OpenSSL 3.0 at security level 1 (its default)"));
    assertThat(CliRun.of("profiles", "show", "office365-2019").lines()).noneMatch(l -> l.startsWith("library:"));
  }

  @Test
  void show_openSslBasedBuiltInServer_listsItsLibrary() {
    CliRun run = CliRun.of("profiles", "show", "nginx-default");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).anySatisfy(l -> assertThat(l.split(" {2,}", 2))
        .containsExactly("library:", "OpenSSL 3.0 (Debian 12) at security level 2 (its default)"));
  }

  @Test
  void show_configFileAsAnotherFormat_convertsIt() {
    String file = ImportCommandTest.config("jsse-server.properties").toString();

    CliRun run = CliRun.of("profiles", "show", file, "--as", "openssl");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly("-cipher ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
        + "ECDHE-RSA-AES128-SHA -ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384 -min_protocol TLSv1.2"
        + " -max_protocol TLSv1.3 -serverpref -groups X25519:P-256");
  }
}
