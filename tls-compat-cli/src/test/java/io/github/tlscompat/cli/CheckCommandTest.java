package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String FIPS = "iiscrypto-3.2-fips-140-2-win2012r2";
  private static final String TSV_HEADER = "client\tserver\toutcome\tversion\tcipherSuite\treason";

  @TempDir
  Path dir;

  @Test
  void text_lpeVsFips_connectedTls10With3desAndExitsOk() {
    // WHEN
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", FIPS);

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).startsWith("CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA")
        .contains("  certificate: rsa:2048:sha256",
            "  warning: negotiated TLSv1.0, deprecated by RFC 8996",
            "  warning: negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA",
            "  note: LPE-CE6 assumes cipherSuites, 4 points unconfirmed"
                + " (tls-compat profiles show LPE-CE6)");
  }

  @Test
  void text_lpeVsOffice365_2019_refusedNoSharedCipherSuiteWithStageAndExitsExpectationFailed() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo("REFUSED NO_SHARED_CIPHER_SUITE");
    assertThat(run.lines().get(1)).startsWith("  detail: for TLSv1.0 client offers [TLS_RSA_WITH_RC4_128_MD5, ")
        .endsWith(", server enables [TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,"
            + " TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA,"
            + " TLS_RSA_WITH_AES_128_CBC_SHA]");
    assertThat(run.lines()).contains("  stage: CLIENT_HELLO",
        "  remedy: tls-compat remedy --client LPE-CE6 --server office365-2019");
  }

  @Test
  void tsv_connected_isTheHeaderAndOneRow() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", FIPS, "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "LPE-CE6\t" + FIPS + "\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void tsv_refused_writesDashesForVersionAndSuite() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "LPE-CE6\toffice365-2019\tREFUSED\t-\t-\tNO_SHARED_CIPHER_SUITE");
  }

  @Test
  void json_refused_isOneObjectWithTheKeysAndNulls() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "json");

    JsonNode o = run.json();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(o.isObject()).isTrue();
    assertThat(o.get("client").asText()).isEqualTo("LPE-CE6");
    assertThat(o.get("server").asText()).isEqualTo("office365-2019");
    assertThat(o.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(o.get("version").isNull()).isTrue();
    assertThat(o.get("cipherSuite").isNull()).isTrue();
    assertThat(o.get("reason").asText()).isEqualTo("NO_SHARED_CIPHER_SUITE");
    assertThat(o.get("detail").asText()).startsWith("for TLSv1.0 client offers [");
    assertThat(o.get("stage").asText()).isEqualTo("CLIENT_HELLO");
  }

  @Test
  void json_connected_hasVersionSuiteAndWarnings() {
    JsonNode o = CliRun.of("check", "--client", "LPE-CE6", "--server", FIPS, "--format", "json").json();

    assertThat(o.get("outcome").asText()).isEqualTo("CONNECTED");
    assertThat(o.get("version").asText()).isEqualTo("TLSv1.0");
    assertThat(o.get("cipherSuite").asText()).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(o.get("reason").isNull()).isTrue();
    assertThat(o.get("detail").isNull()).isTrue();
    assertThat(o.get("warnings")).hasSize(2);
  }

  @Test
  void markdown_connected_isAOneRowTable() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", FIPS, "--format", "markdown");

    assertThat(run.lines()).containsExactly(
        "| client | server | outcome | version | cipher suite | reason |",
        "| --- | --- | --- | --- | --- | --- |",
        "| LPE-CE6 | " + FIPS + " | ✅ CONNECTED | TLSv1.0 | TLS_RSA_WITH_3DES_EDE_CBC_SHA | - |");
  }

  @Test
  void markdown_refused_addsTheDetailBelowTheTable() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019", "--format", "markdown");

    assertThat(run.lines().get(2))
        .isEqualTo("| LPE-CE6 | office365-2019 | ❌ REFUSED | - | - | NO_SHARED_CIPHER_SUITE |");
    assertThat(run.lines().get(4)).startsWith("> for TLSv1.0 client offers [").endsWith("(stage CLIENT_HELLO)");
  }

  @Test
  void server_profileFile_isReadAndNamedByItsId() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("mine.json"), "{\"kind\":\"server\",\"id\":\"my-fe\","
        + "\"name\":\"my front end\",\"source\":[\"test\"],\"versions\":[\"TLSv1.0\"],"
        + "\"cipherSuites\":[\"TLS_RSA_WITH_3DES_EDE_CBC_SHA\"],\"certificates\":[\"rsa:2048:sha256\"]}");

    // WHEN
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", file.toString(), "--format", "tsv");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "LPE-CE6\tmy-fe\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void server_badProfileFile_exitsWithUsageAndTheProblemLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"kind\":\"server\",\"id\":\"my-fe\","
        + "\"name\":\"my front end\",\"source\":[\"test\"],\"versions\":[\"TLSv1.0\"],"
        + "\"cipherSuites\":[\"TLS_RSA_WITH_3DES_CBC_SHA\"],\"certificates\":[\"rsa:2048:sha256\"]}");

    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat check: unknown cipher suite"
        + " 'TLS_RSA_WITH_3DES_CBC_SHA' at /cipherSuites/0 in " + file
        + "; did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?");
  }

  @Test
  void client_unknownId_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE7", "--server", FIPS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat check: Invalid value for option '--client':"
        + " no client 'LPE-CE7' in the catalog; did you mean LPE-CE6?");
  }

  @Test
  void client_serverId_exitsWithUsageSayingItIsAServer() {
    CliRun run = CliRun.of("check", "--client", "office365-2019", "--server", FIPS);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat check: Invalid value for option '--client':"
        + " 'office365-2019' is a server, not a client");
  }

  @Test
  void server_missing_exitsWithUsageInOneLine() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("tls-compat check: Missing required option").contains("--server");
  }

  @Test
  void server_configFile_isImportedAndItsWarningsGoToStderr() {
    // GIVEN: a hand-written nginx.conf whose first TLS server enables TLS 1.2 and 1.3 only
    Path file = ImportCommandTest.config("nginx.conf");

    // WHEN
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", file.toString(), "--format", "tsv");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines()).containsExactly(TSV_HEADER, "LPE-CE6\tnginx\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
    assertThat(run.errLines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("tls-compat check: warning: "
        + file + ": ")).last().asString().endsWith(": certificates: assumed [rsa:2048:sha256]; the file does not"
        + " say what certificates the server holds (tls-compat import --cert does)");
  }

  @Test
  void server_badConfigFile_exitsWithUsageAndOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("httpd.conf"), "<VirtualHost *:443>\nSSLProtocol all -TLSv1.4\n"
        + "</VirtualHost>\n");

    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat check: " + file + ": line 2: SSLProtocol: unknown"
        + " protocol 'TLSv1.4'; expected all, SSLv3, TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3; did you mean TLSv1.1"
        + " or TLSv1.2 or TLSv1.3?");
  }

  @Test
  void server_regWithBase_isAppliedToThatServer() throws IOException {
    // GIVEN: TLS 1.0 off on Windows Server 2012 R2, where SSL 3.0 is still on by default
    Path reg = DiffCommandTest.tls10Off(dir);

    // WHEN
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", reg.toString(),
        "--base", "windows-8.1-2012r2-schannel-default");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        "CONNECTED SSLv3 TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        "  client: LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed certificates))",
        "  server: current (SChannel registry export current.reg on windows-8.1-2012r2-schannel-default)",
        "  certificate: rsa:2048:sha256",
        "  warning: negotiated SSLv3, deprecated by RFC 7568",
        "  warning: negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        "  note: LPE-CE6 assumes cipherSuites, 4 points unconfirmed (tls-compat profiles show LPE-CE6)",
        "  note: current assumes certificates (tls-compat profiles show current)");
  }

  @Test
  void server_regWithoutBase_saysWhichBaseItAssumed() throws IOException {
    Path reg = DiffCommandTest.tls10Off(dir);

    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", reg.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.errLines()).first().isEqualTo("tls-compat check: warning: " + reg + ": base: assumed"
        + " windows-server-2022-schannel-default (Windows Server 2022 Schannel defaults), the server whose"
        + " settings the file changes; --base ID|FILE says which");
    assertThat(run.lines()).contains("  detail: client offers SSLv3..TLSv1.0, server enables TLSv1.1..TLSv1.3");
  }

  @Test
  void base_withNoPartialConfiguration_isBadInput() {
    CliRun run = CliRun.of("check", "--client", "LPE-CE6", "--server", "office365-2019",
        "--base", "windows-8.1-2012r2-schannel-default");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat check: Invalid value for option '--base':"
        + " windows-8.1-2012r2-schannel-default; --base is the server a partial configuration (.reg export,"
        + " Get-TlsCipherSuite output, jdk.tls.disabledAlgorithms) changes, and none is given");
  }

  @Test
  void server_missingFile_saysNoSuchFileNotNoServer() {
    CliRun named = CliRun.of("check", "--client", "LPE-CE6", "--server", "current.reg");
    CliRun path = CliRun.of("check", "--client", "LPE-CE6", "--server", dir.resolve("conf/nginx").toString());

    assertThat(named.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(named.errLines()).containsExactly("tls-compat check: Invalid value for option '--server': no such"
        + " file: current.reg");
    assertThat(path.errLines()).containsExactly("tls-compat check: Invalid value for option '--server': no such"
        + " file: " + dir.resolve("conf/nginx"));
  }
}
