package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GnuTLS priority strings through {@code import} and {@code simulate --server}. */
class GnuTlsImportCommandTest {

  @TempDir
  Path dir;

  @Test
  void import_gnutlsServLine_onDebian12_isExpandedByThatBuild() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("serve.sh"),
        "gnutls-serv --priority SECURE256:%SERVER_PRECEDENCE --x509certfile cert.pem --x509keyfile key.pem\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString(), "--library", "gnutls-debian-12", "--cert", "rsa:2048:sha256");

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    JsonNode profile = run.json();
    assertThat(profile.get("library").toString())
        .isEqualTo("{\"name\":\"gnutls\",\"version\":\"3.7\",\"build\":\"gnutls-debian-12\"}");
    assertThat(profile.get("dhBits").asInt()).isEqualTo(8192);
    assertThat(profile.has("serverPreference")).as("true, the format's default, is left out").isFalse();
    assertThat(profile.get("cipherSuites")).extracting(JsonNode::asText).startsWith("TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
  }

  @Test
  void import_priorityFile_withoutLibrary_saysWhatItAssumed() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("priority"), "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString(), "--cert", "rsa:2048:sha256");

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.errLines()).containsExactly("tls-compat import: warning: " + file + ": library: assumed GnuTLS 3.8;"
        + " the file does not say which GnuTLS the server runs on (tls-compat import --library gnutls-debian-12,"
        + " gnutls-3.7, gnutls-3.8 says)");
    assertThat(run.json().get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.2", "TLSv1.3");
  }

  @Test
  void import_badPriority_isBadInputNamingFileAndWord() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("priority"), "NORMAL:-VERS-TLS1.9\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString(), "--type", "gnutls", "--library", "gnutls-3.7");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": priority string: syntax error at"
        + " character 8 of 'NORMAL:-VERS-TLS1.9', '-VERS-TLS1.9': unknown protocol version 'TLS1.9'; expected SSL3.0,"
        + " TLS1.0, TLS1.1, TLS1.2, TLS1.3, DTLS0.9, DTLS1.0, DTLS1.2, ALL, TLS-ALL or DTLS-ALL (gnutls-cli: Syntax"
        + " error at: -VERS-TLS1.9)");
  }

  @Test
  void simulate_serverGivenAsPriorityFile_predictsForThatGnutls() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("tls12-up"), "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1\n");

    // WHEN
    CliRun run = CliRun.of("simulate", "--server", file.toString(), "--library", "gnutls-debian-12",
        "--clients", "LPE-CE6", "--require-client", "LPE-CE6", "--format", "tsv");

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: warning: " + file + ": certificates: assumed"
        + " [rsa:2048:sha256]; the file does not say what certificates the server holds (tls-compat import --cert does)",
        "tls-compat simulate: required client LPE-CE6 is refused by tls12-up: NO_SHARED_PROTOCOL_VERSION - client"
            + " offers SSLv3..TLSv1.0, server enables TLSv1.2..TLSv1.3");
  }
}
