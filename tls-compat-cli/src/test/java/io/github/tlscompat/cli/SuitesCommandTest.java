package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuitesCommandTest {

  private static final String TSV_HEADER = String.join("\t", "code", "iana_name", "openssl_name",
      "jsse_name", "key_exchange", "authentication", "cipher", "key_bits", "effective_bits", "mac",
      "prf_hash", "min_version", "max_version", "aead", "forward_secret", "export", "anonymous",
      "null_cipher", "registered", "grade");

  /** The outcome of one in-process run. */
  private record Run(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = TlsCompatCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** TSV rows by their code column. */
  private static Map<String, String> tsvRowsByCode(Run run) {
    return run.lines().stream().skip(1)
        .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('\t')), Function.identity()));
  }

  /** The unfiltered TSV row of the suite with this code. */
  private static String tsvRow(String code) {
    return tsvRowsByCode(run("suites", "--format", "tsv")).get(code);
  }

  private static String tsv(String... fields) {
    return String.join("\t", fields);
  }

  @Test
  void tsv_always_startsWithTheHeaderLine() {
    Run run = run("suites", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo(TSV_HEADER);
  }

  @Test
  void tsv_always_listsEverySuiteInRegistryOrder() {
    List<String> codes = run("suites", "--format", "tsv").lines().stream().skip(1)
        .map(l -> l.substring(0, l.indexOf('\t')))
        .toList();

    assertThat(codes)
        .isEqualTo(Arrays.stream(CipherSuite.values()).map(CipherSuite::codeString).toList());
    assertThat(codes.stream().filter(c -> c.matches("0x[0-9A-F]{4}")))
        .hasSizeGreaterThanOrEqualTo(320);
    assertThat(codes.stream().filter(c -> c.matches("0x[0-9A-F]{6}")))
        .contains("0x010080", "0x0700C0")
        .hasSize((int) Arrays.stream(CipherSuite.values()).filter(CipherSuite::isSsl2).count());
    // SSL 2.0 kinds come after every TLS suite.
    assertThat(String.join(" ", codes)).matches("(0x[0-9A-F]{4} )+(0x[0-9A-F]{6} ?)+");
  }

  @Test
  void tsv_everyRow_hasOneFieldPerColumn() {
    int columns = TSV_HEADER.split("\t").length;

    assertThat(run("suites", "--format", "tsv").lines())
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(columns).doesNotContain(""));
  }

  @Test
  void tsv_3desSuite_isWeakFromSsl3ToTls12() {
    assertThat(tsvRow("0x000A")).isEqualTo(tsv(
        "0x000A", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA", "SSL_RSA_WITH_3DES_EDE_CBC_SHA",
        "RSA", "RSA", "3DES_EDE_CBC", "168", "112", "SHA1", "SHA256", "SSLv3", "TLSv1.2",
        "false", "false", "false", "false", "false", "true", "weak"));
  }

  @Test
  void tsv_rc4Md5Suite_isInsecure() {
    assertThat(tsvRow("0x0004")).isEqualTo(tsv(
        "0x0004", "TLS_RSA_WITH_RC4_128_MD5", "RC4-MD5", "SSL_RSA_WITH_RC4_128_MD5",
        "RSA", "RSA", "RC4_128", "128", "128", "MD5", "SHA256", "SSLv3", "TLSv1.2",
        "false", "false", "false", "false", "false", "true", "insecure"));
  }

  @Test
  void tsv_ecdheRsaAesGcmSuite_isRecommendedInTls12Only() {
    assertThat(tsvRow("0xC02F")).isEqualTo(tsv(
        "0xC02F", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE_RSA", "RSA", "AES_128_GCM", "128", "128",
        "AEAD", "SHA256", "TLSv1.2", "TLSv1.2",
        "true", "true", "false", "false", "false", "true", "recommended"));
  }

  @Test
  void tsv_tls13Suite_isValidInTls13Only() {
    assertThat(tsvRow("0x1301")).isEqualTo(tsv(
        "0x1301", "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256",
        "ANY", "CERTIFICATE", "AES_128_GCM", "128", "128", "AEAD", "SHA256", "TLSv1.3", "TLSv1.3",
        "true", "true", "false", "false", "false", "true", "recommended"));
  }

  @Test
  void tsv_ssl2Kind_hasASixDigitCodeAndOnlySsl2() {
    assertThat(tsvRow("0x0700C0")).isEqualTo(tsv(
        "0x0700C0", "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "DES-CBC3-MD5",
        "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "RSA", "RSA", "3DES_EDE_CBC", "168", "112", "MD5",
        "MD5",
        "SSLv2", "SSLv2", "false", "false", "false", "false", "false", "true", "insecure"));
  }

  @Test
  void tsv_signalingValue_writesDashForAbsentValues() {
    String scsv = tsvRow("0x5600");

    assertThat(scsv).startsWith("0x5600\tTLS_FALLBACK_SCSV\t-\tTLS_FALLBACK_SCSV\t")
        .contains("\t-\t-\t");
  }

  @Test
  void json_firstObject_matchesTheTsvColumnsWithTypedValues() {
    Run run = run("suites", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).isEqualTo("[");
    assertThat(run.lines().get(1)).isEqualTo("  {\"code\":\"0x0000\","
        + "\"iana_name\":\"TLS_NULL_WITH_NULL_NULL\",\"openssl_name\":null,"
        + "\"jsse_name\":\"TLS_NULL_WITH_NULL_NULL\",\"key_exchange\":\"NULL\","
        + "\"authentication\":\"anon\",\"cipher\":\"NULL\",\"key_bits\":0,\"effective_bits\":0,"
        + "\"mac\":\"NULL\",\"prf_hash\":\"SHA256\",\"min_version\":\"SSLv3\","
        + "\"max_version\":\"TLSv1.2\",\"aead\":false,\"forward_secret\":false,\"export\":false,"
        + "\"anonymous\":true,\"null_cipher\":true,\"registered\":true,\"grade\":\"insecure\"},");
    assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("]");
  }

  @Test
  void json_always_hasOneObjectPerSuiteAndNullForAbsentValues() {
    Run run = run("suites", "--format", "json");
    List<String> objects = run.lines().subList(1, run.lines().size() - 1);

    assertThat(objects).hasSize(CipherSuite.values().length)
        .allSatisfy(o -> assertThat(o).startsWith("  {\"code\":\"0x").containsOnlyOnce("{")
            .containsOnlyOnce("}").matches(".*\"grade\":\"[a-z]+\"},?"));
    assertThat(objects.subList(0, objects.size() - 1))
        .allSatisfy(o -> assertThat(o).endsWith("},"));
    assertThat(objects.get(objects.size() - 1)).endsWith("}");
    assertThat(run.out()).contains("{\"code\":\"0x5600\",\"iana_name\":\"TLS_FALLBACK_SCSV\","
        + "\"openssl_name\":null,");
  }

  @Test
  void json_noSuitePassesTheFilters_printsAnEmptyArray() {
    Run run = run("suites", "--format", "json", "--protocol", "SSLv2", "--grade", "recommended");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("[]\n");
  }

  @Test
  void text_3desSuite_readsLikeOpensslCiphersV() {
    List<String> lines = run("suites").lines();
    String line = lines.stream().filter(l -> l.startsWith("0x00,0x0A ")).findFirst().orElseThrow();

    assertThat(line.replaceAll(" +", " ")).isEqualTo("0x00,0x0A - DES-CBC3-SHA"
        + " TLS_RSA_WITH_3DES_EDE_CBC_SHA SSLv3..TLSv1.2 Kx=RSA Au=RSA Enc=3DES_EDE_CBC(112)"
        + " Mac=SHA1 weak");
    assertThat(lines).hasSize(CipherSuite.values().length);
  }

  @Test
  void text_always_alignsColumnsAndEndsLinesWithoutSpaces() {
    List<String> lines = run("suites").lines();

    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    for (String field : List.of(" - ", "Kx=", "Au=", "Enc=", "Mac=")) {
      assertThat(lines.stream().map(l -> l.indexOf(field)).distinct()).as(field).hasSize(1);
    }
    assertThat(lines).filteredOn(l -> l.startsWith("0x07,0x00,0xC0 - DES-CBC3-MD5 ")).hasSize(1);
  }

  @Test
  void markdown_3desSuite_isATableRow() {
    Run run = run("suites", "--format", "markdown", "--protocol", "TLSv1.0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().subList(0, 2)).containsExactly(
        "| code | OpenSSL name | IANA name | versions | grade |", "| --- | --- | --- | --- | --- |");
    assertThat(run.lines())
        .contains("| 0x000A | DES-CBC3-SHA | TLS_RSA_WITH_3DES_EDE_CBC_SHA | SSLv3..TLSv1.2 | weak |");
  }

  @Test
  void grade_recommended_listsOnlyRecommendedSuites() {
    List<String> rows = run("suites", "--format", "tsv", "--grade", "recommended").lines();

    assertThat(rows).hasSizeGreaterThan(10);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r).endsWith("\trecommended"));
  }

  @Test
  void protocol_tls10_listsOnlySuitesValidInTls10() {
    Map<String, String> rows =
        tsvRowsByCode(run("suites", "--format", "tsv", "--protocol", "TLSv1.0"));

    assertThat(rows).containsKeys("0x000A", "0x0004")
        .doesNotContainKeys("0xC02F", "0x1301", "0x0700C0");
    assertThat(rows).hasSize((int) Arrays.stream(CipherSuite.values())
        .filter(s -> s.isValidIn(ProtocolVersion.TLS_1_0)).count());
  }

  @Test
  void protocol_otherSpellings_areAccepted() {
    assertThat(run("suites", "--protocol", "TLS 1.3").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run("suites", "--protocol", "tlsv1").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void protocol_unknownVersion_exitsWithUsageAndOneLineNamingTheOption() {
    Run run = run("suites", "--protocol", "TLSv1.4");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .contains("--protocol", "TLSv1.4", "SSLv3", "TLSv1.0", "TLSv1.3");
  }

  @Test
  void grade_unknownGrade_exitsWithUsageAndOneLineNamingTheOption() {
    Run run = run("suites", "--grade", "excellent");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).singleElement().asString()
        .contains("--grade", "excellent", "WEAK", "RECOMMENDED");
  }

  @Test
  void format_xml_exitsWithUsageAndOneLineListingTheFormats() {
    Run run = run("suites", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .contains("--format", "'xml'", "text", "tsv", "json");
  }
}
