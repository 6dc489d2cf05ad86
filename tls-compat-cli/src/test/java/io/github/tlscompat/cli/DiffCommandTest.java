package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  private static final String BEFORE = "office365-pre-2019-02-28";
  private static final String AFTER = "office365-2019";

  @TempDir
  Path dir;

  @Test
  void requireClient_lost_exitsWithExpectationFailedAndSaysWhyOnStderr() {
    // WHEN
    CliRun run = CliRun.of("diff", "--from", BEFORE, "--to", AFTER, "--clients", "lync",
        "--require-client", "LPE-CE6", "--all");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat diff: required client"
        + " lost: LPE-CE6: connected TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA before, now refused"
        + " NO_SHARED_CIPHER_SUITE - for TLSv1.0 client offers [");
    assertThat(run.lines().get(0)).isEqualTo(BEFORE + " -> " + AFTER + " over 6 clients: 1 lost, 0 gained,"
        + " 0 downgraded, 0 upgraded, 5 unchanged");
    assertThat(run.lines()).contains("LOST (1):", "UNCHANGED (5):",
        "  lync-2013-win7: still connects TLSv1.0 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA");
  }

  @Test
  void requireClient_notLost_exitsOk() {
    CliRun run = CliRun.of("diff", "--from", BEFORE, "--to", AFTER, "--require-client", "sfb-2016-win10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noRequiredClient_lossesAlone_exitOk() {
    assertThat(CliRun.of("diff", "--from", BEFORE, "--to", AFTER).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void tsv_lostAndGained_oneRowPerClientWithBothOutcomes() {
    CliRun lost = CliRun.of("diff", "--from", BEFORE, "--to", AFTER, "--clients", "LPE-CE6", "--format", "tsv");
    CliRun gained = CliRun.of("diff", "--from", AFTER, "--to", BEFORE, "--clients", "LPE-CE6", "--format", "tsv");

    String header = "client\tchange\tfromOutcome\tfromVersion\tfromCipherSuite\tfromReason"
        + "\ttoOutcome\ttoVersion\ttoCipherSuite\ttoReason";
    assertThat(lost.lines()).containsExactly(header, "LPE-CE6\tLOST\tCONNECTED\tTLSv1.0"
        + "\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-\tREFUSED\t-\t-\tNO_SHARED_CIPHER_SUITE");
    assertThat(gained.lines()).containsExactly(header, "LPE-CE6\tGAINED\tREFUSED\t-\t-"
        + "\tNO_SHARED_CIPHER_SUITE\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void json_entry_hasTheChangeAndBothPairObjects() {
    JsonNode array = CliRun.of("diff", "--from", BEFORE, "--to", AFTER, "--clients", "LPE-CE6",
        "--format", "json").json();

    assertThat(array).hasSize(1);
    JsonNode e = array.get(0);
    assertThat(e.get("client").asText()).isEqualTo("LPE-CE6");
    assertThat(e.get("change").asText()).isEqualTo("LOST");
    assertThat(e.get("from").get("server").asText()).isEqualTo(BEFORE);
    assertThat(e.get("from").get("cipherSuite").asText()).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(e.get("to").get("server").asText()).isEqualTo(AFTER);
    assertThat(e.get("to").get("reason").asText()).isEqualTo("NO_SHARED_CIPHER_SUITE");
    assertThat(e.get("explanation").asText()).startsWith("LPE-CE6: connected TLSv1.0 ");
  }

  @Test
  void markdown_always_isTheSummaryThenATableWithAColumnPerPolicy() {
    CliRun run = CliRun.of("diff", "--from", BEFORE, "--to", AFTER, "--clients", "LPE-CE6,sfb-2016-win10",
        "--format", "markdown", "--all");

    assertThat(run.lines()).containsExactly(
        "**" + BEFORE + " → " + AFTER + " over 2 clients: 1 lost, 0 gained, 0 downgraded, 0 upgraded,"
            + " 1 unchanged**",
        "",
        "| client | change | " + BEFORE + " | " + AFTER + " |",
        "| --- | --- | --- | --- |",
        "| LPE-CE6 | LOST | ✅ TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA | ❌ NO_SHARED_CIPHER_SUITE |",
        "| sfb-2016-win10 | UNCHANGED | ✅ TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
            + " | ✅ TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 |");
  }

  @Test
  void to_unknownId_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("diff", "--from", BEFORE, "--to", "office365-2091");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat diff: Invalid value for"
        + " option '--to': no server 'office365-2091' in the catalog; did you mean office365-2019");
  }

  @Test
  void fromAndTo_twoConfigFilesOfTheSameName_getTwoIdsAndTheLossIsFound() throws IOException {
    // GIVEN: the same server before and after TLS 1.0 and 3DES are turned off
    Path before = Files.createDirectories(dir.resolve("before")).resolve("nginx.conf");
    Path after = Files.createDirectories(dir.resolve("after")).resolve("nginx.conf");
    Files.writeString(before, "server {\n  listen 443 ssl;\n  ssl_protocols TLSv1 TLSv1.2;\n"
        + "  ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA;\n}\n");
    Files.writeString(after, "server {\n  listen 443 ssl;\n  ssl_protocols TLSv1.2;\n"
        + "  ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256;\n}\n");

    // WHEN
    // On an OpenSSL that still speaks TLS 1.0 with 3DES at its default level (3.0 has neither)
    CliRun run = CliRun.of("diff", "--from", before.toString(), "--to", after.toString(), "--clients", "LPE-CE6",
        "--require-client", "LPE-CE6", "--library", "openssl-1.1.1");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.lines().get(0)).isEqualTo("nginx -> nginx-2 over 1 client: 1 lost, 0 gained, 0 downgraded,"
        + " 0 upgraded, 0 unchanged");
    assertThat(run.errLines()).contains("tls-compat diff: warning: " + after + ": id 'nginx' is taken; the profile"
        + " is 'nginx-2' (tls-compat import --id chooses another)");
    assertThat(run.errLines().get(run.errLines().size() - 1)).startsWith("tls-compat diff: required client lost:"
        + " LPE-CE6: connected TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA before, now refused NO_SHARED_PROTOCOL_VERSION");
  }
  /** A .reg export that turns TLS 1.0 off and says nothing else: what it means depends on the server it is applied to. */
  static Path tls10Off(Path dir) throws IOException {
    return Files.writeString(dir.resolve("current.reg"), "Windows Registry Editor Version 5.00\r\n\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
        + "\\TLS 1.0\\Server]\r\n\"Enabled\"=dword:00000000\r\n\"DisabledByDefault\"=dword:00000001\r\n");
  }

  private static final String WIN81 = "windows-8.1-2012r2-schannel-default";

  @Test
  void text_byDefault_listsOnlyTheChangesAndCountsTheUnchanged() throws IOException {
    // GIVEN: the .reg taken from a Windows Server 2012 R2 host, which has SSL 3.0 on by default
    Path reg = tls10Off(dir);

    // WHEN
    CliRun run = CliRun.of("diff", "--from", WIN81, "--to", reg.toString(), "--base", WIN81, "--clients", "lync");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        WIN81 + " -> current over 6 clients: 0 lost, 0 gained, 2 downgraded, 0 upgraded, 4 unchanged",
        "",
        "DOWNGRADED (2):",
        "  LPE-CE6: TLSv1.0 -> SSLv3 (older protocol version)",
        "  lync-2013-win7: TLSv1.0 -> SSLv3 (older protocol version), TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"
            + " -> TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
        "",
        "UNCHANGED (4): not listed; --all lists them");
    assertThat(run.errLines()).containsExactly(
        "tls-compat diff: warning: " + reg + ": what the export does not set is as in the base policy " + WIN81
            + " (Windows 8.1 / Windows Server 2012 R2 Schannel defaults (after update 2919355))",
        "tls-compat diff: warning: " + reg + ": certificates: assumed [rsa:2048:sha256], the base policy's; the"
            + " file does not say what certificates the server holds (tls-compat import --cert does)");
  }

  @Test
  void tsv_byDefault_onlyTheChangedRows_allWithAll() throws IOException {
    Path reg = tls10Off(dir);

    CliRun changed = CliRun.of("diff", "--from", WIN81, "--to", reg.toString(), "--base", WIN81, "--clients", "lync",
        "--format", "tsv");
    CliRun all = CliRun.of("diff", "--from", WIN81, "--to", reg.toString(), "--base", WIN81, "--clients", "lync",
        "--format", "tsv", "--all");

    assertThat(changed.lines()).extracting(l -> l.split("\t")[1]).containsExactly("change", "DOWNGRADED", "DOWNGRADED");
    assertThat(all.lines()).extracting(l -> l.split("\t")[1])
        .containsExactly("change", "UNCHANGED", "DOWNGRADED", "DOWNGRADED", "UNCHANGED", "UNCHANGED", "UNCHANGED");
  }

  @Test
  void to_regWithoutBase_saysOnStderrWhichServerItIsAppliedTo() throws IOException {
    Path reg = tls10Off(dir);

    CliRun run = CliRun.of("diff", "--from", WIN81, "--to", reg.toString(), "--clients", "LPE-CE6");

    assertThat(run.errLines()).containsExactly(
        "tls-compat diff: warning: " + reg + ": base: assumed windows-server-2022-schannel-default (Windows Server"
            + " 2022 Schannel defaults), the server whose settings the file changes; --base ID|FILE says which",
        "tls-compat diff: warning: " + reg + ": what the export does not set is as in the base policy"
            + " windows-server-2022-schannel-default (Windows Server 2022 Schannel defaults)",
        "tls-compat diff: warning: " + reg + ": certificates: assumed [rsa:2048:sha256], the base policy's; the"
            + " file does not say what certificates the server holds (tls-compat import --cert does)");
  }

  @Test
  void to_missingFile_saysNoSuchFile() {
    CliRun run = CliRun.of("diff", "--from", WIN81, "--to", dir.resolve("current.reg").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat diff: Invalid value for option '--to': no such file: "
        + dir.resolve("current.reg"));
  }

  @Test
  void from_missingFileNamedLikeAFile_saysNoSuchFile() {
    CliRun run = CliRun.of("diff", "--from", "current.reg", "--to", WIN81);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat diff: Invalid value for option '--from': no such file:"
        + " current.reg");
  }
}
