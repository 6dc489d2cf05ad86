package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RemedyCommandTest {

  private static final String FIPS = "iiscrypto-3.2-fips-140-2-win2012r2";
  private static final Catalog CATALOG = Catalog.builtIn();
  /** LPE-CE6 against office365-2019: refused, re-admitted by adding 3DES first. */
  private static final List<Remedy> REMEDIES =
      Remedy.find(CATALOG.client("LPE-CE6"), CATALOG.server("office365-2019"));

  @TempDir
  Path dir;

  @Test
  void text_lpeVsOffice365_2019_listsProvenChangesBestFirst() {
    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).startsWith("LPE-CE6 is refused by office365-2019: NO_SHARED_CIPHER_SUITE"
        + " - for TLSv1.0 client offers [");
    assertThat(run.lines().subList(1, 4)).containsExactly("",
        "Each of these re-admits it, best first (the weakest concession last):",
        "  1. add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA"
            + " (graded weak)");
    assertThat(run.lines().get(run.lines().size() - 1)).matches("  \\d+\\. .*\\(graded insecure\\)");
  }

  @Test
  void text_alreadyConnects_saysSoAndExitsOk() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", FIPS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly("LPE-CE6 already connects to " + FIPS
        + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA: nothing to change.");
  }

  @Test
  void tsv_always_rankChangesVersionSuiteGrade() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "tsv");

    assertThat(run.lines().subList(0, 2)).containsExactly("rank\tchanges\tversion\tcipherSuite\tgrade",
        "1\tadd TLS_RSA_WITH_3DES_EDE_CBC_SHA\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\tweak");
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(5));
  }

  @Test
  void json_always_isThePairWithItsRemedies() {
    JsonNode o = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "json")
        .json();

    assertThat(o.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(o.get("reason").asText()).isEqualTo("NO_SHARED_CIPHER_SUITE");
    JsonNode first = o.get("remedies").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("changes").get(0).asText()).isEqualTo("add TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("version").asText()).isEqualTo("TLSv1.0");
    assertThat(first.get("cipherSuite").asText()).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("grade").asText()).isEqualTo("weak");
  }

  @Test
  void markdown_always_isTheVerdictThenATable() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "markdown");

    assertThat(run.lines().subList(1, 5)).containsExactly("",
        "| # | change | then connects with | grade |",
        "| --- | --- | --- | --- |",
        "| 1 | add TLS_RSA_WITH_3DES_EDE_CBC_SHA | TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA | weak |");
  }

  @Test
  void server_unknownId_exitsWithUsage() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "nope-nope-nope");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--server':"
        + " no server 'nope-nope-nope' in the catalog");
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void as_everyFormat_importsBackToTheRemediedPolicy(ExportFormat format) throws IOException {
    // GIVEN
    ServerPolicy remedied = REMEDIES.get(0).policy();

    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", format.name());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).first().isEqualTo("tls-compat remedy: applied remedy 1 of " + REMEDIES.size()
        + ": add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)");
    // The exporter's own warnings follow: for OpenSSL-based servers, the security level TLS 1.0 needs.
    assertThat(run.errLines().subList(1, run.errLines().size()))
        .containsExactlyElementsOf(format.write(remedied).warnings().stream()
            .map(w -> "tls-compat remedy: warning: --as " + format + ": " + w).toList());
    Path written = Files.writeString(dir.resolve("remedied." + format), run.out(), StandardCharsets.UTF_8);
    Path profile = dir.resolve("remedied.json");
    // The written configuration as written: what round-trips is the policy, not a library's view of it.
    List<String> args = new java.util.ArrayList<>(
        List.of("import", "--type", format.name(), written.toString(), "-o", profile.toString()));
    if (format == ExportFormat.nginx || format == ExportFormat.apache || format == ExportFormat.openssl) {
      args.addAll(List.of("--library", "none"));
    }
    CliRun imported = CliRun.of(args.toArray(String[]::new));
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    ServerPolicy readBack = Catalog.builder().addPath(profile).buildStrict().server("remedied");
    ServerPolicy.Builder expected = remedied.toBuilder().id(readBack.id()).name(readBack.name());
    if (format == ExportFormat.jsse) {
      // JSSE settings describe a SunJSSE server, which has SunJSSE's habits whatever ran before
      expected.habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true);
      // and runs on the JDK the import assumes, said in a warning
      expected.library(io.github.tlscompat.profiles.ConfigFile.ASSUMED_JSSE_LIBRARY);
    }
    if (format == ExportFormat.reg) {
      // a .reg changes the Windows Server 2022 defaults, so it runs on that Schannel
      expected.library(CATALOG.server("windows-server-2022-schannel-default").library());
    }
    assertThat(readBack).isEqualTo(expected.build());
  }

  @Test
  void as_nginx_namesTheChangeInTheHeader() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "nginx");

    assertThat(run.lines()).first().isEqualTo("# office365-2019 (" + CATALOG.server("office365-2019").name()
        + ", with: add TLS_RSA_WITH_3DES_EDE_CBC_SHA), written by tls-compat");
    assertThat(run.lines()).contains("ssl_protocols TLSv1 TLSv1.1 TLSv1.2;");
    // OpenSSL 3 speaks TLS 1.0 only at security level 0: without it the phone still fails.
    assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("ssl_ciphers ").endsWith(":DES-CBC3-SHA:@SECLEVEL=0;"));
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains("only at security level 0"));
  }

  @Test
  void as_rank_appliesThatRemedy() {
    Remedy second = REMEDIES.get(1);

    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "jsse",
        "--rank", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: applied remedy 2 of " + REMEDIES.size() + ": "
        + second.describe());
  }

  @Test
  void as_alreadyConnects_printsTheServerAsItIs() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", FIPS, "--as", "reg");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: LPE-CE6 already connects to " + FIPS
        + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA: nothing to change.");
    assertThat(run.out()).isEqualTo(ExportFormat.reg.write(CATALOG.server(FIPS)).text());
  }

  @Test
  void as_noRemedy_printsNothingAndExitsWithExpectationFailed() throws IOException {
    // GIVEN: a client that speaks SSL 2.0 only, which no remedy brings back
    Path client = Files.writeString(dir.resolve("ssl2.json"), "{\"kind\":\"client\",\"id\":\"ssl2-only\","
        + "\"name\":\"SSL 2.0 only\",\"source\":[\"test\"],\"versions\":[\"SSLv2\"],"
        + "\"helloFormat\":\"sslv2-compatible\",\"cipherSuites\":[\"SSL_CK_RC4_128_WITH_MD5\"]}");

    // WHEN
    CliRun run = CliRun.of("remedy", "--client", client.toString(), "--server", "office365-2019", "--as", "nginx");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat remedy: ssl2-only is refused by office365-2019:"
        + " NO_SHARED_PROTOCOL_VERSION - client offers SSLv2 only, server enables TLSv1.0..TLSv1.2 No single"
        + " change, nor pair of changes, re-admits it.");
  }

  @Test
  void as_withFormat_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "nginx",
        "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Give either --format or --as, not both");
  }

  @Test
  void as_unknownFormat_namesTheFormats() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "iis");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--as': expected one"
        + " of [nginx, apache, openssl, jsse, reg] (case-insensitive) but was 'iis'");
  }

  @Test
  void rank_withoutAs_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--rank", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--rank': 2; --rank"
        + " picks the remedy that --as writes, give --as too");
  }

  @Test
  void rank_beyondTheRemedies_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "nginx",
        "--rank", "99");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--rank': 99;"
        + " expected 1 to " + REMEDIES.size() + ", the remedies found");
  }

  @Test
  void server_configFile_isImportedAndRemediedAsConfiguration() {
    // GIVEN: a hand-written nginx.conf whose first TLS server has neither TLS 1.0 nor RSA key exchange,
    // on OpenSSL 1.1.1, which still has 3DES and signs TLS 1.0 at level 1
    String file = ImportCommandTest.config("nginx.conf").toString();

    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", file, "--as", "nginx", "--library",
        "openssl-1.1.1");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("tls-compat remedy: applied remedy 1 of "))
        .anySatisfy(l -> assertThat(l).startsWith("tls-compat remedy: warning: " + file + ": "));
    assertThat(run.lines()).contains("ssl_protocols TLSv1 TLSv1.2 TLSv1.3;");
  }
}
