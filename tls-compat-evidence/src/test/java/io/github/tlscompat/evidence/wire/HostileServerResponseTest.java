package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.certificateBody;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.dsaZeroPrimeCertificate;
import static io.github.tlscompat.evidence.wire.WireBytes.dsaZeroPrimeFlight;
import static io.github.tlscompat.evidence.wire.WireBytes.emptyRecords;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.rc4ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.ssl2ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.tinyRecords;
import static io.github.tlscompat.evidence.wire.WireBytes.tls13ServerHello;
import static io.github.tlscompat.evidence.wire.WireBytes.u24;
import static io.github.tlscompat.evidence.wire.WireBytes.warningAlerts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.ServerResponse.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a hostile server's answer does to the parser: nothing throws, grows without bound or passes for a hello. */
class HostileServerResponseTest {

  // --- finding 1: a certificate with a zero DSA prime ---

  @Test
  void fromDer_dsaKeyWithZeroPrime_isUnreadableNotAThrow() throws Exception {
    ServerCertificate c = ServerCertificate.fromDer(1, dsaZeroPrimeCertificate());
    assertThat(c.first()).isEmpty();
    assertThat(c.description()).isEqualTo("CN=hostile, SHA256withRSA: the DSA key's prime p has 0 bits");
  }

  @Test
  void parse_flightWithADsaZeroPrimeCertificate_connectsAndSaysTheCertificateIsUnreadable() throws Exception {
    ServerResponse r = ServerResponseParser.parse(dsaZeroPrimeFlight());
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    Observation o = Observation.from(r);
    assertThat(o.outcome()).isEqualTo(Outcome.CONNECTED);
    assertThat(((Connected) o.negotiation().orElseThrow()).warnings())
        .contains(new Warning.CertificateUnreadable("CN=hostile, SHA256withRSA: the DSA key's prime p has 0 bits"));
  }

  // --- finding 2: notes are bounded ---

  @Test
  void parse_endlessHeartbeatsAndUnknownMessages_keepsAtMostTheCapOfNotes() {
    ServerResponse r = ServerResponseParser.parse(emptyRecords(10_000));
    assertThat(r.status()).isEqualTo(Status.CLOSED);
    assertThat(r.notes()).hasSize(ServerResponseParser.MAX_NOTES + 1);
    assertThat(r.notes().get(0)).isEqualTo("heartbeat record at offset 0 ignored");
    assertThat(r.notes().get(1)).isEqualTo("unexpected handshake message type 99 ignored");
    assertThat(r.notes().get(ServerResponseParser.MAX_NOTES)).isEqualTo("...and " + (20_000 - ServerResponseParser.MAX_NOTES)
        + " more notes");
  }

  @Test
  void parse_endlessWarningAlerts_keepsAtMostTheCapOfAlertsAndTheLastOne() {
    ServerResponse r = ServerResponseParser.parse(concat(warningAlerts(10_000), record(21, bytes(1, 0))));
    assertThat(r.alerts()).hasSize(ServerResponseParser.MAX_ALERTS);
    assertThat(r.endingAlert()).contains(new Alert(1, 0));
  }

  // --- finding 3: linear in the number of records ---

  @Test
  void parse_sixteenMegabytesOfTinyRecords_completesInLinearTime() {
    byte[] stream = tinyRecords(16 << 20);
    // Quadratic copying took minutes here; linear parsing takes well under a second. The bound is generous.
    ServerResponse r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ServerResponseParser.parse(stream));
    assertThat(r.status()).isEqualTo(Status.CLOSED);
    assertThat(r.bytes()).isEqualTo(stream.length);
  }

  @Test
  void parse_largeCertificateInOneByteFragments_completesInLinearTime() throws Exception {
    byte[] message = handshake(11, certificateBody(new byte[200_000]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F))));
    for (byte b : message) out.writeBytes(record(22, new byte[] {b}));
    byte[] stream = out.toByteArray();
    ServerResponse r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ServerResponseParser.parse(stream));
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.certificate().orElseThrow().first()).isEmpty();
  }

  @Test
  void parse_sixteenMegabyteHandshakeMessage_isMalformedAtItsHeader() {
    byte[] header = record(22, concat(bytes(11), u24((1 << 24) - 1)));
    ServerResponseParser parser = new ServerResponseParser().feed(header, 0, header.length);
    assertThat(parser.isComplete()).isTrue();
    assertThat(parser.finish().problem()).contains("a handshake message of type 11 declares 16777215 bytes,"
        + " over the " + ServerResponseParser.MAX_HANDSHAKE_MESSAGE + " this reader accepts");
  }

  // --- finding 4: a choice the client never offered ---

  @Test
  void parse_tls13ToATls10Client_isAProtocolViolation() {
    ClientHello ie8 = ClientHelloDecoder.decode(capture("ie-8-xp"));
    ServerResponse r = ServerResponseParser.parse(tls13ServerHello(), ie8);
    assertThat(r.status()).isEqualTo(Status.PROTOCOL_VIOLATION);
    assertThat(r.problem()).contains("the server picked TLS 1.3 (0x0304), which the client never offered:"
        + " it offered TLS 1.0 (0x0301) and below (legacy_version, no supported_versions)");
    Observation o = Observation.from(r);
    assertThat(o.outcome()).isEqualTo(Outcome.PROTOCOL_VIOLATION);
    assertThat(o.detail()).isEqualTo("PROTOCOL_VIOLATION: " + r.problem().orElseThrow());
  }

  @Test
  void parse_rc4ToChrome101_isAProtocolViolation() {
    ClientHello chrome = ClientHelloDecoder.decode(capture("chrome-101-win10"));
    ServerResponse r = ServerResponseParser.parse(rc4ServerHello(), chrome);
    assertThat(r.status()).isEqualTo(Status.PROTOCOL_VIOLATION);
    assertThat(r.problem()).contains("the server picked TLS_RSA_WITH_RC4_128_SHA (0x0005), which the client never"
        + " offered: it offered " + chrome.cipherSuites().size() + " cipher suites");
  }

  @Test
  void parse_ssl2ServerHelloToATlsFramedHello_isAProtocolViolation() throws Exception {
    ClientHello chrome = ClientHelloDecoder.decode(capture("chrome-101-win10"));
    ServerResponse r = ServerResponseParser.parse(ssl2ServerHello(ServerKeys.certificate().getEncoded()), chrome);
    assertThat(r.status()).isEqualTo(Status.PROTOCOL_VIOLATION);
    assertThat(r.problem()).contains("the server answered with an SSL 2.0 SERVER-HELLO, which the client never"
        + " offered: its hello is TLS-framed");
  }

  @Test
  void parse_choiceTheClientOffered_isAHello() {
    ClientHello chrome = ClientHelloDecoder.decode(capture("chrome-101-win10"));
    byte[] hello = record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F, extension(0xFF01, bytes(0)))));
    assertThat(ServerResponseParser.parse(hello, chrome).status()).isEqualTo(Status.SERVER_HELLO);
  }

  // --- finding 9: the same bytes give the same text, whole or in pieces ---

  @Test
  void feed_byteAfterAFatalAlert_givesTheSameAnswerInPiecesAsWhole() {
    // Found by fuzzing (tls-compat-fuzz WireFuzzTest#recordLayer): read whole, the byte after the
    // alert earned a note "the stream ended inside a record"; read in pieces, it was dropped.
    byte[] stream = concat(record(21, bytes(2, 40)), bytes(0x3B));
    ServerResponseParser pieces = new ServerResponseParser();
    for (int i = 0; i < stream.length; i++) pieces.feed(stream, i, 1);
    ServerResponse inPieces = pieces.finish();
    ServerResponse whole = ServerResponseParser.parse(stream);
    assertThat(whole.notes()).isEmpty();
    assertThat(inPieces.notes()).isEmpty();
    assertThat(whole.endingAlert()).contains(new Alert(2, 40));
    assertThat(inPieces.toString()).isEqualTo(whole.toString());
    assertThat(whole.bytes()).isEqualTo(inPieces.bytes()).isEqualTo(stream.length);
  }

  @Test
  void feed_httpAnswerInPieces_givesTheSameProblemAsWhole() {
    byte[] http = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    ServerResponseParser pieces = new ServerResponseParser();
    for (int i = 0; i < http.length; i++) pieces.feed(http, i, 1);
    assertThat(pieces.finish().problem()).isEqualTo(ServerResponseParser.parse(http).problem())
        .contains("not a TLS record: content type 0x48 at offset 0 (text: \"HTTP/1.1 400 Bad Request Content-Length\")");
  }
}
