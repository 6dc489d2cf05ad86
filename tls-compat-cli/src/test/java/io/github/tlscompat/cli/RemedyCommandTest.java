package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
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
  /**
   * A server the administrator configures (unlike office365-2019, a managed service) that refuses
   * LPE-CE6 for want of a shared suite: IIS Crypto's best practices on Windows Server 2012 R2.
   */
  private static final String SERVER = "iiscrypto-3.2-best-win2012r2";
  /** LPE-CE6 against SERVER: refused, re-admitted by adding 3DES first. */
  private static final List<Remedy> REMEDIES = Remedy.find(CATALOG.client("LPE-CE6"), CATALOG.server(SERVER));

  @TempDir
  Path dir;

  @Test
  void text_lpeVsOffice365_2019_listsProvenChangesBestFirst() {
    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER);

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).startsWith("LPE-CE6 is refused by " + SERVER + ": NO_SHARED_CIPHER_SUITE"
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
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--format", "tsv");

    assertThat(run.lines().subList(0, 2)).containsExactly("rank\tchanges\tversion\tcipherSuite\tgrade\tconcession",
        "1\tadd TLS_RSA_WITH_3DES_EDE_CBC_SHA\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\tweak\tweak");
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6));
  }

  @Test
  void json_always_isThePairWithItsRemedies() {
    JsonNode o = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--format", "json")
        .json();

    assertThat(o.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(o.get("reason").asText()).isEqualTo("NO_SHARED_CIPHER_SUITE");
    JsonNode first = o.get("remedies").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("changes").get(0).asText()).isEqualTo("add TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("version").asText()).isEqualTo("TLSv1.0");
    assertThat(first.get("cipherSuite").asText()).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(first.get("grade").asText()).isEqualTo("weak");
    assertThat(first.get("concession").asText()).isEqualTo("weak");
  }

  @Test
  void markdown_always_isTheVerdictThenATable() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--format", "markdown");

    assertThat(run.lines().subList(1, 5)).containsExactly("",
        "| # | change | then connects with | grade | concession |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | add TLS_RSA_WITH_3DES_EDE_CBC_SHA | TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA | weak | weak |");
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
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", format.name(), "--whole");

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
    if (format == ExportFormat.nginx || format == ExportFormat.apache || format == ExportFormat.openssl) {
      // read as written (--library none): no library, where the remedied Windows server had Schannel
      expected.library(java.util.Optional.empty());
    }
    assertThat(readBack).isEqualTo(expected.build());
  }

  @Test
  void as_nginx_namesTheChangeInTheHeader() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", "nginx");

    assertThat(run.lines()).first().isEqualTo("# " + SERVER + " (" + CATALOG.server(SERVER).name()
        + ", with: add TLS_RSA_WITH_3DES_EDE_CBC_SHA): only the lines that differ from " + SERVER
        + ", written by tls-compat");
    // Only the cipher list changes: the protocols, the order rule and the curves stay as they are.
    // OpenSSL 3 speaks TLS 1.0 only at security level 0: without it the phone still fails.
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(1)).startsWith("ssl_ciphers ").endsWith(":DES-CBC3-SHA:@SECLEVEL=0;");
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains("only at security level 0"));
  }

  @Test
  void as_rank_appliesThatRemedy() {
    Remedy second = REMEDIES.get(1);

    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", "jsse",
        "--rank", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: applied remedy 2 of " + REMEDIES.size() + ": "
        + second.describe());
  }

  @Test
  void as_alreadyConnects_changesNothing() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", FIPS, "--as", "reg");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: LPE-CE6 already connects to " + FIPS
        + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA: nothing to change.");
    assertThat(run.out()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n; " + FIPS + " ("
        + CATALOG.server(FIPS).name() + "): only the values that differ from " + FIPS + ", written by tls-compat\r\n"
        + "; nothing in SChannel's registry settings changes\r\n");
  }

  @Test
  void as_alreadyConnectsWhole_printsTheServerAsItIs() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", FIPS, "--as", "reg", "--whole");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(ExportFormat.reg.write(CATALOG.server(FIPS)).text());
  }

  @Test
  void as_noRemedy_printsNothingAndExitsWithExpectationFailed() throws IOException {
    // GIVEN: a client that speaks SSL 2.0 only, which no remedy brings back
    Path client = Files.writeString(dir.resolve("ssl2.json"), "{\"kind\":\"client\",\"id\":\"ssl2-only\","
        + "\"name\":\"SSL 2.0 only\",\"source\":[\"test\"],\"versions\":[\"SSLv2\"],"
        + "\"helloFormat\":\"sslv2-compatible\",\"cipherSuites\":[\"SSL_CK_RC4_128_WITH_MD5\"]}");

    // WHEN
    CliRun run = CliRun.of("remedy", "--client", client.toString(), "--server", SERVER, "--as", "nginx");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat remedy: ssl2-only is refused by " + SERVER + ":"
        + " NO_SHARED_PROTOCOL_VERSION - client offers SSLv2 only, server enables TLSv1.0..TLSv1.2 No single"
        + " change, nor pair of changes, re-admits it.");
  }

  @Test
  void as_withFormat_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", "nginx",
        "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Give either --format or --as, not both");
  }

  @Test
  void as_unknownFormat_namesTheFormats() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", "iis");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--as': expected one"
        + " of [nginx, apache, openssl, jsse, reg] (case-insensitive) but was 'iis'");
  }

  @Test
  void rank_withoutAs_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--rank", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--rank': 2; --rank"
        + " picks the remedy that --as writes, give --as too");
  }

  @Test
  void rank_beyondTheRemedies_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--as", "nginx",
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

  /** The engine's explanation of a refusal, which the verdict line quotes. */
  private static String detail(String client, String server) {
    return ((Refused) Negotiator.negotiate(CATALOG.client(client), CATALOG.server(server))).detail();
  }

  @Test
  void asReg_tls10TurnedOff_printsOnlyTheProtocolValuesThatChange() throws IOException {
    // WHEN
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "lync-fe-tls10-disabled", "--as", "reg");

    // THEN: not SSL 3.0, RC4 or MD5, which the whole state of the stand-in profile would set too
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "; lync-fe-tls10-disabled (" + CATALOG.server("lync-fe-tls10-disabled").name() + ", with: enable TLSv1.0):"
        + " only the values that differ from lync-fe-tls10-disabled, written by tls-compat\r\n"
        + "\r\n"
        + "\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
        + "\\TLS 1.0\\Server]\r\n"
        + "\"Enabled\"=dword:ffffffff\r\n"
        + "\"DisabledByDefault\"=dword:00000000\r\n");
    assertThat(run.errLines()).containsExactly("tls-compat remedy: applied remedy 1 of 2: enable TLSv1.0: connects"
        + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)");
    // Applied to the server as it is, the file gives the remedied policy
    Path reg = Files.writeString(dir.resolve("fix.reg"), run.out());
    Path profile = dir.resolve("fixed.json");
    CliRun imported = CliRun.of("import", "--type", "reg", "--base", "lync-fe-tls10-disabled", reg.toString(),
        "-o", profile.toString(), "--id", "fixed");
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    ServerPolicy fixed = Catalog.builder().addPath(profile).buildStrict().server("fixed");
    ServerPolicy remedied = Remedy.find(CATALOG.client("LPE-CE6"), CATALOG.server("lync-fe-tls10-disabled")).get(0)
        .policy();
    assertThat(fixed.versions()).isEqualTo(remedied.versions());
    assertThat(fixed.cipherSuites()).isEqualTo(remedied.cipherSuites());
  }

  @Test
  void asReg_sniRequiredOnAdfs_namesTheNetshFallbackBindingAndExitsOne() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "adfs-3.0-wap-2012r2-default", "--as", "reg");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.out()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "; adfs-3.0-wap-2012r2-default (" + CATALOG.server("adfs-3.0-wap-2012r2-default").name() + ", with: add a"
        + " fallback certificate for clients without SNI): only the values that differ from"
        + " adfs-3.0-wap-2012r2-default, written by tls-compat\r\n"
        + "; nothing in SChannel's registry settings changes\r\n");
    assertThat(run.errLines()).containsExactly(
        "tls-compat remedy: applied remedy 1 of 1: add a fallback certificate for clients without SNI: connects"
            + " with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "tls-compat remedy: --as reg cannot express 'add a fallback certificate for clients without SNI': the"
            + " certificate for clients without SNI is an http.sys binding, not an SChannel setting; instead:",
        "tls-compat remedy:   netsh http add sslcert ipport=0.0.0.0:443 certhash=<THUMBPRINT> appid={<APPID>}",
        "tls-compat remedy:   <THUMBPRINT>: the SHA-1 thumbprint of the rsa:2048:sha256 certificate in the"
            + " computer's Personal store; <APPID>: the Application ID that netsh http show sslcert lists for the"
            + " host's own binding (for AD FS, {5d89a20c-beab-4389-9447-324788eb944a})");
  }

  @Test
  void asNginx_sniRequired_namesTheDefaultServerAndExitsOne() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "adfs-3.0-wap-2012r2-default", "--as",
        "nginx");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly("# adfs-3.0-wap-2012r2-default ("
        + CATALOG.server("adfs-3.0-wap-2012r2-default").name() + ", with: add a fallback certificate for clients"
        + " without SNI): only the lines that differ from adfs-3.0-wap-2012r2-default, written by tls-compat",
        "# nothing in these settings changes");
    assertThat(run.errLines()).endsWith(
        "tls-compat remedy: --as nginx cannot express 'add a fallback certificate for clients without SNI': nginx"
            + " serves clients without SNI the certificate of the default server block of the port, which these"
            + " directives do not set; instead:",
        "tls-compat remedy:   listen 443 ssl default_server;  # in the server block whose ssl_certificate is the"
            + " rsa:2048:sha256 certificate");
  }

  private static final String MANAGED = "office365-2019 is a managed service (tag managed-service): its TLS settings"
      + " are not yours to change. The fix is on the client side (firmware or a client that offers what"
      + " office365-2019 accepts) or on the path (a proxy you run that terminates TLS in front of it and accepts"
      + " LPE-CE6; tls-compat path checks one).";

  @Test
  void text_managedService_pointsAtTheClientOrThePathAndExitsOne() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly("LPE-CE6 is refused by office365-2019: NO_SHARED_CIPHER_SUITE - "
        + detail("LPE-CE6", "office365-2019"), MANAGED);
  }

  @Test
  void json_managedService_saysSoWithTheAdviceAndNoServerChange() {
    JsonNode o = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "json").json();

    assertThat(o.get("managedService").asBoolean()).isTrue();
    assertThat(o.get("advice").asText()).isEqualTo(MANAGED);
    assertThat(o.get("remedies")).isEmpty();
  }

  @Test
  void as_managedService_writesNothingAndExitsOne() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", "office365-2019", "--as", "reg");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat remedy: LPE-CE6 is refused by office365-2019:"
        + " NO_SHARED_CIPHER_SUITE - " + detail("LPE-CE6", "office365-2019") + " " + MANAGED);
  }

  @Test
  void maxConcessionWeak_keepsExportRc4AndSingleDesOut() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--max-concession", "weak");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        "LPE-CE6 is refused by " + SERVER + ": NO_SHARED_CIPHER_SUITE - " + detail("LPE-CE6", SERVER),
        "",
        "Each of these re-admits it, best first (the weakest concession last), within --max-concession weak"
            + " (7 more concede more):",
        "  1. add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)");
  }

  @Test
  void maxConcessionSecure_noneLeft_saysSoWithTheLeastConcessionAndExitsOne() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--max-concession", "secure");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(
        "LPE-CE6 is refused by " + SERVER + ": NO_SHARED_CIPHER_SUITE - " + detail("LPE-CE6", SERVER),
        "No remedy stays within --max-concession secure: the 8 found concede more, the least weak: add"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)");
  }

  @Test
  void maxConcession_asRank_ranksWithinTheCap() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--max-concession", "weak",
        "--as", "reg", "--rank", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--rank': 2; expected"
        + " 1 to 1, the remedies found");
  }

  @Test
  void whole_withoutAs_isRejected() {
    CliRun run = CliRun.of("remedy", "--client", "LPE-CE6", "--server", SERVER, "--whole");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat remedy: Invalid value for option '--whole': --whole says"
        + " how --as writes, give --as too");
  }
}
