package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code simulate --connect}: the catalog's hellos sent to a live server on 127.0.0.1. */
class LiveSimulateTest {
  private static final String TSV_HEADER = "client\tserver\toutcome\tversion\tcipherSuite\treason";
  private ScriptedTlsServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedTlsServer();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void tsv_rowsCarryWhatTheServerAnswered() {
    CliRun run = CliRun.of("simulate", "--connect", server.address(), "--clients",
        "chrome-101-win10,LPE-CE6,android-2.3.7", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).as("stderr of a test is no terminal: no progress").isEmpty();
    String target = server.address();
    assertThat(run.lines()).containsExactly(TSV_HEADER,
        "chrome-101-win10\t" + target + "\tCONNECTED\tTLSv1.2\tTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\t-",
        // protocol_version pins the reason; the phone and Android 2.3 speak TLS 1.0 at most.
        "LPE-CE6\t" + target + "\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION",
        "android-2.3.7\t" + target + "\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
  }

  @Test
  void json_handshakeFailureKeepsEveryReasonItIsConsistentWith() {
    // Java 6 offers TLS 1.0 only in its hello; a client with TLS 1.2 but no 0xC02F gets handshake_failure.
    CliRun run = CliRun.of("simulate", "--connect", server.address(), "--clients", "safari-5-ios-5.1.1",
        "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    var o = run.json().get(0);
    assertThat(o.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(o.get("reason").isNull()).as("handshake_failure does not say which parameter failed").isTrue();
    assertThat(o.get("detail").asText()).isEqualTo("fatal handshake_failure(40) alert");
    assertThat(o.get("evidence").asText()).isEqualTo("WIRE");
    assertThat(o.get("consistentReasons")).extracting(n -> n.asText())
        .contains("NO_SHARED_CIPHER_SUITE", "SNI_REQUIRED");
  }

  @Test
  void requiredClientRefusedOnTheWire_exitsOneAndSaysWhatTheServerSent() {
    CliRun run = CliRun.of("simulate", "--connect", server.address(), "--clients", "chrome-101-win10",
        "--require-client", "LPE-CE6");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    assertThat(run.errLines()).containsExactly("tls-compat simulate: required client LPE-CE6 is refused by "
        + server.address() + ": fatal protocol_version(70) alert");
    assertThat(run.lines().get(run.lines().size() - 1))
        .isEqualTo("1 of 2 clients connect to " + server.address() + " (no server_name), on the wire");
  }

  @Test
  void unreachableServer_isBadInputNamingTheAddress() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun run = CliRun.of("simulate", "--connect", "127.0.0.1:" + port, "--clients", "LPE-CE6");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("tls-compat simulate: Invalid value for option '--connect': cannot connect to 127.0.0.1:"
        + port + ": Connection refused");
  }

  @Test
  void badArguments_areOneLineEach() {
    assertThat(CliRun.of("simulate", "--connect", "localhost").errLines().get(0)).isEqualTo(
        "tls-compat simulate: Invalid value for option '--connect': expected HOST:PORT, such as 127.0.0.1:8443 or [::1]:443, but got 'localhost'");
    assertThat(CliRun.of("simulate", "--connect", "127.0.0.1:443", "--server", "office365-2019").errLines().get(0))
        .isEqualTo("tls-compat simulate: Give the server once: as --server, as OpenSSL-style flags (--openssl-ciphers, --protocols, ...),"
            + " or as --connect HOST:PORT");
    assertThat(CliRun.of("simulate", "--server", "office365-2019", "--sni", "x.example").errLines().get(0))
        .startsWith("tls-compat simulate: --sni is for --connect");
    CliRun zero = CliRun.of("simulate", "--connect", server.address(), "--concurrency", "0");
    assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.errLines().get(0)).isEqualTo("tls-compat simulate: Invalid value for option '--concurrency': concurrency must be 1 to 1024, got 0");
  }

  @Test
  void serverName_isTheHostNameButNeverAnIpAddress() {
    assertThat(LiveSimulation.of("127.0.0.1:443", null).sniHost()).isEmpty();
    assertThat(LiveSimulation.of("[::1]:443", null).sniHost()).isEmpty();
    assertThat(LiveSimulation.of("fe.contoso.example:443", null).sniHost()).contains("fe.contoso.example");
    assertThat(LiveSimulation.of("127.0.0.1:443", "sip.contoso.example").sniHost()).contains("sip.contoso.example");
  }

  @Test
  void progress_isRedrawnOnOneLineAndClearedAtTheEnd() throws IOException {
    Catalog catalog = Catalog.builtIn();
    List<ClientProfile> clients = catalog.selectClients("chrome-101-win10,LPE-CE6,android-2.3.7");
    StringWriter progress = new StringWriter();
    LiveSimulation.of(server.address(), null)
        .run(catalog, clients, LiveProbe.builder().concurrency(1).build(), new PrintWriter(progress));

    assertThat(progress.toString()).isEqualTo("\rprobing " + server.address() + ": 1 of 3 clients"
        + "\rprobing " + server.address() + ": 2 of 3 clients" + "\r\033[K");
  }
}
