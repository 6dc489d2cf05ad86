package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What hostile files and servers do to the command: one line and exit 2 for bad input, a row per client, 70 for a bug. */
class HostileInputCliTest {
  @TempDir
  Path dir;

  @Test
  void importJdkDisabled_lonelyAmpersand_exitsWithUsageInOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("disabled.txt"), "&\n");

    CliRun run = CliRun.of("import", "--type", "jdk-disabled", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file
        + ": entry 1 '&' of jdk.tls.disabledAlgorithms: expected an algorithm name before '&'");
  }

  @Test
  void importNginx_fiveThousandNestedBlocks_exitsWithUsageInOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("nginx.conf"), "a {\n".repeat(5_000) + "}\n".repeat(5_000));

    CliRun run = CliRun.of("import", "--type", "nginx", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file
        + ": line 101: a: blocks nest deeper than 100 levels; expected at most 100");
  }

  @Test
  void profiles_badFilesInADirectory_everyProblemOnItsOwnLineAndExitUsage() throws IOException {
    // GIVEN a directory of your profiles: one saved as Latin-1, one nested to hurt, one with two
    // mistakes, one taking a built-in's id
    String phone = "{ \"kind\": \"client\", \"id\": \"ID\", \"name\": \"NAME\", \"source\": [\"our lab\"],"
        + " \"versions\": [\"TLSv1.0\"], \"cipherSuites\": [\"TLS_RSA_WITH_3DES_EDE_CBC_SHA\"] }";
    Path latin1 = Files.write(dir.resolve("a-latin1.json"),
        phone.replace("ID", "phone-a").replace("NAME", "T\u00e9l\u00e9phone").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path deep = Files.writeString(dir.resolve("b-deep.json"), "{\"kind\": \"client\", \"limits\": " + "[".repeat(100_000));
    Path two = Files.writeString(dir.resolve("c-two.json"), phone.replace("ID", "phone-c").replace("NAME", "C")
        .replace("TLSv1.0", "TLSv1.4").replace("\"source\"", "\"sourse\""));
    Path builtIn = Files.writeString(dir.resolve("d-builtin.json"), phone.replace("ID", "LPE-CE6").replace("NAME", "D"));

    // WHEN the catalog is loaded for a command
    CliRun run = CliRun.of("matrix", "--profiles", dir.toString());

    // THEN every problem is one line naming its file and place, and nothing runs
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    // "T" is one byte; the next is 0xE9, "é" in Latin-1
    int offset = phone.replace("ID", "phone-a").indexOf("NAME") + 1;
    assertThat(run.errLines()).containsExactly(
        "tls-compat matrix: invalid UTF-8 at byte offset " + offset + " (line 1, column " + (offset + 1) + "): 0xE9 in "
            + latin1 + "; save the file as UTF-8, as JSON requires (RFC 8259 8.1)",
        "tls-compat matrix: JSON nested deeper than 32 levels at line 1, column 61 in " + deep
            + "; a profile nests at most 3 levels deep (limits › certificateSignatureHashes › a name)",
        "tls-compat matrix: unknown field 'sourse' at /sourse in " + two + "; did you mean source?",
        // names are all registered before any profile is built
        "tls-compat matrix: duplicate id 'LPE-CE6' at /id in " + builtIn + "; already used by 'LPE-CE6' at /id in"
            + " builtin:clients-documented/LPE-CE6.json; a built-in profile is replaced only on purpose:"
            + " \"replaces\": \"LPE-CE6\"",
        "tls-compat matrix: missing field 'source' in " + two + "; say where the facts come from: a URL,"
            + " github:owner/repo@commit:path, or a measurement",
        "tls-compat matrix: unknown protocol version 'TLSv1.4' at /versions/0 in " + two + "; expected one of SSLv2,"
            + " SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3; did you mean TLSv1.0?");
  }

  @Test
  void profiles_replacingABuiltIn_isUsedInItsPlace() throws IOException {
    // GIVEN your LPE-CE6, replacing the built-in on purpose: TLS 1.0 with 3DES only
    Files.writeString(dir.resolve("lpe.json"), "{ \"kind\": \"client\", \"id\": \"LPE-CE6\", \"replaces\": \"LPE-CE6\","
        + " \"extends\": \"LPE-CE6\", \"name\": \"Our phones\", \"source\": [\"our lab\"], \"versions\": [\"TLSv1.0\"] }");

    CliRun run = CliRun.of("profiles", "show", "LPE-CE6", "--profiles", dir.toString(), "--format", "json");

    assertThat(run.errLines()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("\"name\" : \"Our phones\"").doesNotContain("SSLv3");
  }

  @Test
  void simulateConnect_serverResettingOnAccept_givesEveryClientItsClosedRow() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            s.setSoLinger(true, 0);
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String target = "127.0.0.1:" + server.getLocalPort();

      CliRun run = CliRun.of("simulate", "--connect", target, "--clients", "chrome-101-win10,LPE-CE6", "--format", "tsv");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(run.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
          "chrome-101-win10\t" + target + "\tREFUSED\t-\t-\t-", "LPE-CE6\t" + target + "\tREFUSED\t-\t-\t-");
    }
  }

  @Test
  void simulateConnect_certificateWithAZeroDsaPrime_givesRowsNotAnAbort() throws Exception {
    byte[] der = dsaZeroPrimeCertificate();
    ByteArrayOutputStream flight = new ByteArrayOutputStream();
    byte[] hello = HexFormat.of().parseHex("02000028" + "0303" + "11".repeat(32) + "00" + "c02f" + "00" + "0000");
    byte[] certificate = concat(new byte[] {11}, u24(der.length + 6), u24(der.length + 3), u24(der.length), der);
    byte[] done = HexFormat.of().parseHex("0e000000");
    byte[] handshake = concat(hello, certificate, done);
    flight.writeBytes(concat(new byte[] {22, 3, 3, (byte) (handshake.length >> 8), (byte) handshake.length}, handshake));
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            readRecord(s.getInputStream());
            s.getOutputStream().write(flight.toByteArray());
            s.shutdownOutput();
            s.getInputStream().readAllBytes();
          } catch (IOException closed) {
            // next
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String target = "127.0.0.1:" + server.getLocalPort();

      CliRun run = CliRun.of("simulate", "--connect", target, "--clients", "chrome-101-win10", "--format", "tsv");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(run.lines()).containsExactly("client\tserver\toutcome\tversion\tcipherSuite\treason",
          "chrome-101-win10\t" + target + "\tCONNECTED\tTLSv1.2\tTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\t-");
    }
  }

  @Test
  void simulateConnect_rc4ToChrome101_isReportedAsTheServersProtocolViolation() throws Exception {
    byte[] hello = HexFormat.of().parseHex("160303002c" + "02000028" + "0303" + "11".repeat(32) + "00" + "0005" + "00"
        + "0000" + "16030300040e000000");
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            readRecord(s.getInputStream());
            s.getOutputStream().write(hello);
            s.shutdownOutput();
            s.getInputStream().readAllBytes();
          } catch (IOException closed) {
            // next
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String target = "127.0.0.1:" + server.getLocalPort();

      CliRun run = CliRun.of("simulate", "--connect", target, "--clients", "chrome-101-win10", "--format", "tsv",
          "--require-client", "chrome-101-win10");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
      assertThat(run.errLines().get(0)).isEqualTo("tls-compat simulate: the server broke the protocol answering"
          + " chrome-101-win10: PROTOCOL_VIOLATION: the server picked TLS_RSA_WITH_RC4_128_SHA (0x0005), which the"
          + " client never offered: it offered 15 cipher suites");
    }
  }

  @Command(name = "overflow")
  static final class OverflowingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new StackOverflowError();
    }
  }

  @Command(name = "exhaust")
  static final class ExhaustingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void error_inACommand_exitsWithInternalErrorNotOne() {
    for (Object command : new Object[] {new OverflowingCommand(), new ExhaustingCommand()}) {
      CommandLine commandLine = TlsCompatCommand.commandLine().addSubcommand(command);
      String name = command instanceof OverflowingCommand ? "overflow" : "exhaust";
      StringWriter err = new StringWriter();

      int exitCode = TlsCompatCommand.execute(commandLine, new PrintWriter(new StringWriter()), new PrintWriter(err), name);

      assertThat(exitCode).as(name).isEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(err.toString().lines().findFirst()).as(name).contains("tls-compat: internal error: "
          + (command instanceof OverflowingCommand ? "java.lang.StackOverflowError"
              : "java.lang.OutOfMemoryError: Java heap space") + " (a bug in tls-compat or too little memory; please report it)");
    }
  }

  @Command(name = "broken")
  static final class BrokenLinkageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new NoClassDefFoundError("org/bouncycastle/tls/TlsClientProtocol");
    }
  }

  @Test
  void anyOtherError_inACommand_exitsWithInternalErrorAndItsTrace() {
    // GIVEN a command that fails with an Error that is neither an overflow nor out of memory
    CommandLine commandLine = TlsCompatCommand.commandLine().addSubcommand(new BrokenLinkageCommand());
    StringWriter err = new StringWriter();

    // WHEN it runs
    int exitCode = TlsCompatCommand.execute(commandLine, new PrintWriter(new StringWriter()), new PrintWriter(err), "broken");

    // THEN it is an internal error, never 1 ("an expectation failed"), with the trace to report
    assertThat(exitCode).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(err.toString().lines().toList()).startsWith(
        "tls-compat: internal error: java.lang.NoClassDefFoundError: org/bouncycastle/tls/TlsClientProtocol"
            + " (a bug in tls-compat or too little memory; please report it)",
        "java.lang.NoClassDefFoundError: org/bouncycastle/tls/TlsClientProtocol");
    assertThat(err.toString()).contains("\tat io.github.tlscompat.cli.HostileInputCliTest$BrokenLinkageCommand.call(");
  }

  // --- helpers ---

  private static void readRecord(InputStream in) throws IOException {
    byte[] header = in.readNBytes(5);
    if (header.length == 5) in.readNBytes(((header[3] & 0xFF) << 8) | (header[4] & 0xFF));
  }

  private static byte[] u24(int v) {
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** A certificate whose DSA key has p = q = g = 0: it decodes as X.509 and names a 0-bit key. */
  private static byte[] dsaZeroPrimeCertificate() throws IOException {
    AlgorithmIdentifier dsa = new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa,
        new DSAParameter(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO));
    AlgorithmIdentifier sha256WithRsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption,
        DERNull.INSTANCE);
    V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
    tbs.setSerialNumber(new ASN1Integer(BigInteger.ONE));
    tbs.setIssuer(new X500Name("CN=hostile"));
    tbs.setSubject(new X500Name("CN=hostile"));
    tbs.setStartDate(new Time(new Date(0)));
    tbs.setEndDate(new Time(new Date(4_102_444_800_000L)));
    tbs.setSubjectPublicKeyInfo(new SubjectPublicKeyInfo(dsa, new ASN1Integer(BigInteger.ONE)));
    tbs.setSignature(sha256WithRsa);
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(tbs.generateTBSCertificate());
    v.add(sha256WithRsa);
    v.add(new DERBitString(new byte[256]));
    return new DERSequence(v).getEncoded(ASN1Encoding.DER);
  }
}
