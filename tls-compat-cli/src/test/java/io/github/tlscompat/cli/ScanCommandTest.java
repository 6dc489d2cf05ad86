package io.github.tlscompat.cli;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tls-compat scan}: a live server on 127.0.0.1 measured into a profile the catalog reads back;
 * and {@code HOST:PORT} scanned on the fly wherever a server goes.
 */
class ScanCommandTest {
  private static final ServerPolicy POLICY = ServerPolicy.builder("tls12-two-suites", "TLS 1.2, two suites")
      .versions(ProtocolVersion.TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
      .groups(List.of(NamedGroup.secp256r1, NamedGroup.x25519))
      .build();
  private static EmulatedServer server;

  @BeforeAll
  static void start() {
    server = EmulatedServer.start(POLICY);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String target() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void output_writesAProfileTheCatalogReadsBackAndSummarizesOnStdout(@TempDir Path dir) {
    Path file = dir.resolve("scanned.json");

    CliRun run = CliRun.of("scan", target(), "--sni", "server.scan.test", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    ServerPolicy read = Catalog.builder().addPath(file).build().server("127.0.0.1-" + server.port());
    assertThat(read.versions()).containsExactly(ProtocolVersion.TLS_1_2);
    assertThat(read.cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(read.groups()).containsExactly(NamedGroup.secp256r1, NamedGroup.x25519);
    assertThat(read.serverPreference()).isTrue();
    System.out.println(run.out());
    System.out.println(readString(file));
  }

  @Test
  void library_toldFromBehaviour_isInEveryFormatAndInTheProfilesNotes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scanned.json");

    CliRun text = CliRun.of("scan", target(), "--sni", "server.scan.test", "-o", file.toString());
    CliRun json = CliRun.of("scan", target(), "--sni", "server.scan.test", "-o", file.toString(), "--format", "json");
    CliRun tsv = CliRun.of("scan", target(), "--sni", "server.scan.test", "-o", file.toString(), "--format", "tsv");

    // The emulated server is Bouncy Castle's TLS, which BCJSSE is built on.
    String library = "library: BCJSSE (medium confidence, from behaviour): ServerHello extensions answering TLS 1.2"
        + " [extended_master_secret, renegotiation_info, ec_point_formats] in BCJSSE's order; without TLS 1.3,"
        + " supported_versions is read (OpenSSL or SunJSSE or BCJSSE); groups follow the server's order (OpenSSL or"
        + " GnuTLS), unlike BCJSSE's default (a setting, or an emulation)";
    assertThat(text.lines().get(1)).isEqualTo(library);
    com.fasterxml.jackson.databind.JsonNode l = json.json().get("library");
    assertThat(l.get("family").asText()).isEqualTo("bcjsse");
    assertThat(l.get("name").asText()).isEqualTo("BCJSSE");
    assertThat(l.get("confidence").asText()).isEqualTo("medium");
    assertThat(l.get("reason").isNull()).isTrue();
    assertThat(tsv.lines()).contains("library\t" + library.substring("library: ".length()));
    assertThat(Catalog.builder().addPath(file).build().info("127.0.0.1-" + server.port()).notes()).contains(library);
  }

  @Test
  void noOutput_printsTheProfileAndSummarizesOnStderr() {
    CliRun run = CliRun.of("scan", target(), "--sni", "server.scan.test");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.json().get("kind").asText()).isEqualTo("server");
    assertThat(run.errLines().get(0)).isEqualTo(target() + ": TLSv1.2; 2 suites, the server's order; certificates"
        + " rsa:2048:sha256; SNI not required");
  }

  @Test
  void target_withoutPort_isBadInput() {
    CliRun run = CliRun.of("scan", "www.example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat scan: Invalid value for HOST:PORT: expected HOST:PORT, such as"
        + " 127.0.0.1:8443 or [::1]:443, but got 'www.example.com'\n");
  }

  @Test
  void closedPort_isBadInputNamingTheServer() throws IOException {
    int port = closedPort();

    CliRun run = CliRun.of("scan", "127.0.0.1:" + port, "--timeout", "2000");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat scan: cannot scan 127.0.0.1:" + port + ": cannot connect to 127.0.0.1:"
        + port + ": Connection refused\n");
  }

  @Test
  void format_withoutOutput_isBadInput() {
    CliRun run = CliRun.of("scan", target(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat scan: Invalid value for option '--format': --format is for the"
        + " summary written with -o FILE; without -o the profile itself goes to standard output\n");
  }

  @Test
  void concurrency_outOfRange_isBadInput() {
    CliRun run = CliRun.of("scan", target(), "--concurrency", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat scan: Invalid value for option '--concurrency': concurrency must be"
        + " 1 to 256, got 0\n");
  }

  @Test
  void serverOption_hostAndPort_isScannedOnTheFly() {
    CliRun run = CliRun.of("simulate", "--server", target(), "--clients", "chrome-101-win10,LPE-CE6", "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    String id = "127.0.0.1-" + server.port();
    assertThat(run.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "chrome-101-win10\t" + id + "\tCONNECTED\tTLSv1.2\tTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\t-",
        "LPE-CE6\t" + id + "\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
    assertThat(run.err()).matches("tls-compat simulate: scanned " + java.util.regex.Pattern.quote(target()
        + ": TLSv1.2; 2 suites, the server's order; certificates rsa:2048:sha256; SNI not required (")
        + "\\d+ probes\\)\n");
  }

  @Test
  void serverOption_unreachableHostAndPort_isBadInput() throws IOException {
    int port = closedPort();

    CliRun run = CliRun.of("diff", "--from", "127.0.0.1:" + port, "--to", "tls12-two-suites");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat diff: Invalid value for option '--from': cannot scan 127.0.0.1:" + port
        + ": cannot connect to 127.0.0.1:" + port + ": Connection refused\n");
  }

  @Test
  void matrix_hostAndPortAmongTheServers_isScannedAndAColumnBesideTheCatalogs() {
    CliRun run = CliRun.of("matrix", "--clients", "chrome-101-win10,LPE-CE6", "--servers",
        "office365-2020-10," + target(), "--format", "tsv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    String id = "127.0.0.1-" + server.port();
    assertThat(run.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
        "chrome-101-win10\toffice365-2020-10\tCONNECTED\tTLSv1.2\tTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\t-",
        "chrome-101-win10\t" + id + "\tCONNECTED\tTLSv1.2\tTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\t-",
        "LPE-CE6\toffice365-2020-10\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION",
        "LPE-CE6\t" + id + "\tREFUSED\t-\t-\tNO_SHARED_PROTOCOL_VERSION");
    assertThat(run.err()).matches("tls-compat matrix: scanned " + java.util.regex.Pattern.quote(target()
        + ": TLSv1.2; 2 suites, the server's order; certificates rsa:2048:sha256; SNI not required (")
        + "\\d+ probes\\)\n");
  }

  @Test
  void matrix_unreachableHostAndPort_isBadInputNamingTheAddressAndWhatFailed() throws IOException {
    int port = closedPort();

    CliRun run = CliRun.of("matrix", "--servers", "seed,127.0.0.1:" + port);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat matrix: Invalid value for option '--servers': cannot scan 127.0.0.1:"
        + port + ": cannot connect to 127.0.0.1:" + port + ": Connection refused\n");
  }

  @Test
  void path_hostAndPortAsTheDestination_isScannedAndTheRemedyCommandNamesIt() {
    CliRun run = CliRun.of("path", "LPE-CE6", target());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
    String id = "127.0.0.1-" + server.port();
    assertThat(run.lines()).containsExactly(
        "REFUSED at hop 1 of 1, " + id + ": NO_SHARED_PROTOCOL_VERSION",
        "  path: LPE-CE6 -> " + id,
        "  leg 1: LPE-CE6 -> " + id + ": REFUSED NO_SHARED_PROTOCOL_VERSION",
        "    detail: client offers SSLv3..TLSv1.0, server enables TLSv1.2 only",
        "    stage: CLIENT_HELLO",
        "    remedy at " + id + ": enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)",
        "    all 16 remedies: tls-compat remedy --client LPE-CE6 --server " + target());
    assertThat(run.err()).startsWith("tls-compat path: scanned " + target() + ": TLSv1.2;");
  }

  @Test
  void path_hostAndPortAsATerminatingHop_isTheServerTowardsTheClientAndItsClientSideTowardsTheNext() {
    CliRun run = CliRun.of("path", "chrome-101-win10", target() + "+schannel-client-win8.1", "office365-2020-10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    String id = "127.0.0.1-" + server.port();
    assertThat(run.lines()).containsExactly(
        "CONNECTED through 2 hops",
        "  path: chrome-101-win10 -> " + id + " (then as schannel-client-win8.1) -> office365-2020-10",
        "  leg 1: chrome-101-win10 -> " + id + ": CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "  leg 2: schannel-client-win8.1 -> office365-2020-10: CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384");
  }

  @Test
  void path_unreachableHostAndPort_isBadInputNamingTheHopTheAddressAndWhatFailed() throws IOException {
    int port = closedPort();

    CliRun run = CliRun.of("path", "LPE-CE6", "passthrough:127.0.0.1:" + port, "office365-2020-10");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("tls-compat path: Invalid value for option 'HOP 1': cannot scan 127.0.0.1:"
        + port + ": cannot connect to 127.0.0.1:" + port + ": Connection refused\n");
  }

  /** A port of 127.0.0.1 nothing listens on: bound by the system, then closed. */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
