package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulateCommandTest {

  @TempDir
  Path dir;


  private static final String TSV_HEADER = "client\tserver\toutcome\tversion\tcipherSuite\treason";
  private static final int CLIENTS = Catalog.builtIn().clients().size();

  @Test
  void opensslFlags_requiredClientRefused_exitsWithExpectationFailedAndSaysWhyOnStderr() {
    // WHEN
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH:!aNULL", "--protocols", "TLSv1.2",
        "--require-client", "LPE-CE6");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: warning: library: assumed OpenSSL 3.0 at"
        + " security level 1 (its default) (--library debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default,"
            + " rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips, libressl-3.3, libressl-4.2, boringssl-2026-08 or none says which)",
        "tls-compat simulate: warning: -cipher: its aliases select 114 more suites that OpenSSL 3.0 does not"
            + " negotiate (60 not in the build, 54 PSK or SRP)",
        "tls-compat simulate: required client LPE-CE6 is refused"
        + " by openssl-flags: NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server"
        + " enables TLSv1.2 only");
    assertThat(run.lines()).anySatisfy(l -> assertThat(l.split(" +"))
        .containsExactly("LPE-CE6", "REFUSED", "-", "NO_SHARED_PROTOCOL_VERSION"));
  }

  @Test
  void opensslFlags_requiredClientConnects_exitsOk() {
    // OpenSSL 1.1.1 still has 3DES, and speaks TLS 1.0 at its default level
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH:!aNULL:DES-CBC3-SHA",
        "--protocols", "TLSv1.0,TLSv1.2", "--require-client", "LPE-CE6", "--clients", "LPE-CE6",
        "--format", "tsv", "--library", "openssl-1.1.1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: warning: -cipher: its aliases select 114 more"
        + " suites that OpenSSL 1.1.1 does not negotiate (60 not in the build, 54 PSK or SRP)");
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "LPE-CE6\topenssl-flags\tCONNECTED\tTLSv1.0\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void text_always_endsWithTheSummary() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH:!aNULL", "--protocols", "TLSv1.2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0).split(" +"))
        .containsExactly("client", "outcome", "version", "cipher", "suite", "or", "reason");
    assertThat(run.lines()).hasSize(CLIENTS + 3);
    assertThat(run.lines().get(run.lines().size() - 1))
        .matches("\\d+ of " + CLIENTS + " clients connect to openssl-flags; refused:"
            + " NO_SHARED_PROTOCOL_VERSION \\d+.*");
  }

  @Test
  void tsv_everyClient_hasOneRowWithSixColumns() {
    CliRun run = CliRun.of("simulate", "--server", "office365-2019", "--format", "tsv");

    assertThat(run.lines().get(0)).isEqualTo(TSV_HEADER);
    assertThat(run.lines()).hasSize(CLIENTS + 1)
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(6).doesNotContain(""));
    assertThat(run.lines()).contains("LPE-CE6\toffice365-2019\tREFUSED\t-\t-\tNO_SHARED_CIPHER_SUITE");
  }

  @Test
  void json_everyClient_isAnObjectWithTheKeys() {
    CliRun run = CliRun.of("simulate", "--server", "office365-2019", "--format", "json");

    JsonNode array = run.json();
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(CLIENTS).allSatisfy(o -> assertThat(List.of(o.fieldNames().next()))
        .containsExactly("client"));
    for (JsonNode o : array) {
      for (String key : List.of("client", "server", "outcome", "version", "cipherSuite", "reason", "detail")) {
        assertThat(o.has(key)).as(key).isTrue();
      }
    }
  }

  @Test
  void markdown_always_isTheSummaryThenATable() {
    CliRun run = CliRun.of("simulate", "--server", "office365-2019", "--clients", "LPE-CE6,sfb-2016-win10",
        "--format", "markdown");

    assertThat(run.lines()).containsExactly(
        "**1 of 2 clients connect to office365-2019; refused: NO_SHARED_CIPHER_SUITE 1**",
        "",
        "| client | server | outcome | version | cipher suite | reason |",
        "| --- | --- | --- | --- | --- | --- |",
        "| LPE-CE6 | office365-2019 | ❌ REFUSED | - | - | NO_SHARED_CIPHER_SUITE |",
        "| sfb-2016-win10 | office365-2019 | ✅ CONNECTED | TLSv1.2 | TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 | - |");
  }

  @Test
  void tls13Ciphersuites_serverPreference_choosesTheGivenSuite() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH", "--protocols", "TLSv1.2:TLSv1.3",
        "--tls13-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256", "--server-preference",
        "--clients", "chrome-101-win10", "--format", "tsv");

    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "chrome-101-win10\topenssl-flags\tCONNECTED\tTLSv1.3\tTLS_CHACHA20_POLY1305_SHA256\t-");
  }

  @Test
  void requireSni_clientWithoutSni_isRefused() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH:DES-CBC3-SHA", "--protocols", "TLSv1.0",
        "--require-sni", "--clients", "LPE-CE6", "--format", "tsv", "--library", "openssl-1.1.1");

    assertThat(run.lines()).containsExactly(TSV_HEADER, "LPE-CE6\topenssl-flags\tREFUSED\t-\t-\tSNI_REQUIRED");
  }

  @Test
  void cert_ecdsaOnlyWithRsaSuites_isRefusedForTheCertificate() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "ECDHE-RSA-AES128-GCM-SHA256",
        "--protocols", "TLSv1.2", "--cert", "ecdsa:p256:sha256", "--clients", "chrome-101-win10",
        "--format", "tsv");

    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "chrome-101-win10\topenssl-flags\tREFUSED\t-\t-\tNO_CIPHER_SUITE_FOR_CERTIFICATE");
  }

  @Test
  void opensslCiphers_unknownWord_exitsWithUsageAndTheParsersMessage() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH:!aNUL", "--protocols", "TLSv1.2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat simulate: Invalid value for option"
        + " '--openssl-ciphers': unknown cipher alias or name 'aNUL' at position 6; did you mean aNULL"
        + " or ALL or NULL?");
  }

  @Test
  void protocols_unknownVersion_exitsWithUsageNamingTheOption() {
    CliRun run = CliRun.of("simulate", "--openssl-ciphers", "HIGH", "--protocols", "TLSv1.2,TLSv1.4");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("tls-compat simulate: Invalid value for option '--protocols': unknown protocol"
            + " version 'TLSv1.4'; expected one of SSLv2, SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3.");
  }

  @Test
  void protocols_withoutOpensslCiphers_usesTheLibrarysDefault() {
    // openssl s_server -tls1_3 serves TLS 1.3 with the library's default suites, not an error
    CliRun run = CliRun.of("simulate", "--protocols", "TLSv1.3", "--library", "debian-12",
        "--clients", "chrome-101-win10", "--format", "tsv");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "chrome-101-win10\topenssl-flags\tCONNECTED\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t-");
  }

  @ParameterizedTest(name = "simulate {0}")
  @ValueSource(strings = {"--protocols TLSv1.3", "--protocols TLSv1.3 --library none", "--server-preference",
      "--curves X25519", "--cert rsa:3072:sha256", "--tls13-ciphersuites TLS_AES_128_GCM_SHA256", "--require-sni",
      "--protocols TLSv1.2,TLSv1.3 --library openssl-1.1.1"})
  void opensslFlags_anyFormWithoutOpensslCiphers_usesTheLibrarysDefault(String flags) {
    // openssl s_server with any of these options and no -cipher uses DEFAULT: never an error
    List<String> args = new ArrayList<>(List.of("simulate"));
    args.addAll(List.of(flags.split(" ")));
    args.addAll(List.of("--clients", "chrome-101-win10", "--format", "tsv"));

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // under server preference OpenSSL's own TLS 1.3 order wins: TLS_AES_256_GCM_SHA384 first
    assertThat(run.lines()).containsExactly(TSV_HEADER, "chrome-101-win10\topenssl-flags\tCONNECTED\tTLSv1.3\t"
        + (flags.equals("--server-preference") ? "TLS_AES_256_GCM_SHA384" : "TLS_AES_128_GCM_SHA256") + "\t-");
  }

  @Test
  void protocolsTls13_withoutLibrary_saysTheLibraryItAssumed_andNothingElse() {
    CliRun run = CliRun.of("simulate", "--protocols", "TLSv1.3", "--clients", "chrome-101-win10", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: warning: library: assumed OpenSSL 3.0 at"
        + " security level 1 (its default) (--library debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2,"
        + " openssl-3.5, debian-10, debian-11, rhel-8-default, rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default,"
        + " rhel-9-legacy, rhel-9-future, rhel-9-fips, libressl-3.3, libressl-4.2, boringssl-2026-08 or none says which)");
  }

  @Test
  void serverPreferenceAlone_onDebian12_warnsThatTls10And11CompleteNoHandshake() {
    CliRun run = CliRun.of("simulate", "--server-preference", "--library", "debian-12", "--clients",
        "android-4.0.4,opera-12.15-win7", "--format", "tsv");

    // TLS 1.0 clients with AES suites: refused by the library's signature rule, not for their version
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "android-4.0.4\topenssl-flags\tREFUSED\t-\t-\tSIGNATURE_FORBIDDEN_BY_LIBRARY",
        "opera-12.15-win7\topenssl-flags\tREFUSED\t-\t-\tSIGNATURE_FORBIDDEN_BY_LIBRARY");
    assertThat(run.errLines()).containsExactly(
        "tls-compat simulate: warning: versions (default): TLSv1 completes no handshake: before TLS 1.2 the server"
            + " signs with MD5+SHA-1 (its key is RSA), and OpenSSL 3.0 (Debian 12) at security level 2 rates it 67"
            + " bits of security, below the level's 112, so every TLS 1.0 handshake fails with internal_error, RSA"
            + " key exchange included (ssl/t1_lib.c tls1_get_legacy_sigalg)",
        "tls-compat simulate: warning: versions (default): TLSv1.1 completes no handshake: before TLS 1.2 the"
            + " server signs with MD5+SHA-1 (its key is RSA), and OpenSSL 3.0 (Debian 12) at security level 2 rates"
            + " it 67 bits of security, below the level's 112, so every TLS 1.1 handshake fails with internal_error,"
            + " RSA key exchange included (ssl/t1_lib.c tls1_get_legacy_sigalg)");
  }

  @Test
  void server_andOpensslFlags_exitsWithUsage() {
    CliRun run = CliRun.of("simulate", "--server", "office365-2019", "--protocols", "TLSv1.2");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: Give the server once: as --server,"
        + " as OpenSSL-style flags (--openssl-ciphers, --protocols, ...), or as --connect HOST:PORT");
  }

  @Test
  void noServer_exitsWithUsage() {
    CliRun run = CliRun.of("simulate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: Missing the server: give --server"
        + " ID|FILE, OpenSSL-style flags (--openssl-ciphers STRING, --protocols LIST, ...), or --connect HOST:PORT");
  }

  @Test
  void requireClient_unknownId_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("simulate", "--server", "office365-2019", "--require-client", "LPE-CE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat simulate: Invalid value"
        + " for option '--require-client': no client 'LPE-CE' in the catalog; did you mean LPE-CE6");
  }

  @Test
  void server_configFile_isImportedAsTheServer() {
    // GIVEN: hand-written mod_ssl settings; the first SSL virtual host enables TLS 1.2 and 1.3 only
    String file = ImportCommandTest.config("ssl.conf").toString();

    // WHEN
    CliRun run = CliRun.of("simulate", "--server", file, "--clients", "LPE-CE6", "--format", "tsv");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(TSV_HEADER, "LPE-CE6\tssl\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
    assertThat(run.errLines()).allSatisfy(l -> assertThat(l).startsWith("tls-compat simulate: warning: " + file));
  }

  @Test
  void server_regWithoutBase_saysWhichBaseItAssumed_withBaseNot() throws IOException {
    Path reg = DiffCommandTest.tls10Off(dir);

    CliRun assumed = CliRun.of("simulate", "--server", reg.toString(), "--clients", "LPE-CE6", "--format", "tsv");
    CliRun based = CliRun.of("simulate", "--server", reg.toString(), "--clients", "LPE-CE6", "--format", "tsv",
        "--base", "windows-8.1-2012r2-schannel-default");

    assertThat(assumed.errLines()).first().isEqualTo("tls-compat simulate: warning: " + reg + ": base: assumed"
        + " windows-server-2022-schannel-default (Windows Server 2022 Schannel defaults), the server whose settings"
        + " the file changes; --base ID|FILE says which");
    assertThat(assumed.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "LPE-CE6\tcurrent\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
    assertThat(based.errLines()).noneMatch(l -> l.contains("base: assumed"));
    assertThat(based.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "LPE-CE6\tcurrent\tCONNECTED\tSSLv3\tTLS_RSA_WITH_3DES_EDE_CBC_SHA\t-");
  }

  @Test
  void server_javaSecurityOnAJdk_refusesTheSsl2FramedHelloThatJdkNoLongerReads() throws IOException {
    // GIVEN an override that re-enables TLS 1.0 for old clients, served on JDK 17 and on JDK 25
    Path file = java.nio.file.Files.writeString(dir.resolve("tls10.security"), "jdk.tls.disabledAlgorithms=SSLv3,"
        + " RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n");

    // WHEN Java 6u45, which frames its TLS 1.0 hello as SSL 2.0, and Java 7u25, which does not, connect
    CliRun on17 = CliRun.of("simulate", "--server", file.toString(), "--library", "sunjsse-17",
        "--clients", "java-6u45,java-7u25", "--format", "tsv");
    CliRun on25 = CliRun.of("simulate", "--server", file.toString(), "--library", "sunjsse-25",
        "--clients", "java-6u45", "--format", "tsv");

    // THEN JDK 11 and later enable no SSLv2Hello: the framing alone refuses it
    assertThat(on17.exitCode()).as(on17.err()).isEqualTo(ExitCodes.OK);
    assertThat(on17.lines()).containsExactly(TSV_HEADER,
        "java-6u45\ttls10\tREFUSED\t-\t-\tHELLO_FORMAT_REJECTED",
        "java-7u25\ttls10\tCONNECTED\tTLSv1.0\tTLS_ECDHE_RSA_WITH_AES_128_CBC_SHA\t-");
    assertThat(on25.lines()).containsExactly(TSV_HEADER, "java-6u45\ttls10\tREFUSED\t-\t-\tHELLO_FORMAT_REJECTED");
  }
}
