package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.bytes;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.concat;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.extension;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.handshake;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.random;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.record;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.serverHelloBody;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.u16;
import static io.github.tlscompat.evidence.wire.ServerResponseParserTest.u24;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.ServerResponse.Status;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
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
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

/** What a hostile server's answer does to the parser: nothing throws, grows without bound or passes for a hello. */
class HostileServerResponseTest {

  /** A certificate whose DSA key has p = 0, q = 0, g = 0: decodes as X.509, names a 0-bit key. */
  static byte[] dsaZeroPrimeCertificate() throws Exception {
    AlgorithmIdentifier dsa = new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa,
        new DSAParameter(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO));
    SubjectPublicKeyInfo key = new SubjectPublicKeyInfo(dsa, new ASN1Integer(BigInteger.ONE));
    AlgorithmIdentifier sha256WithRsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption,
        DERNull.INSTANCE);
    X500Name name = new X500Name("CN=hostile");
    V3TBSCertificateGenerator tbsGen = new V3TBSCertificateGenerator();
    tbsGen.setSerialNumber(new ASN1Integer(BigInteger.ONE));
    tbsGen.setIssuer(name);
    tbsGen.setSubject(name);
    tbsGen.setStartDate(new Time(new Date(0)));
    tbsGen.setEndDate(new Time(new Date(4_102_444_800_000L)));
    tbsGen.setSubjectPublicKeyInfo(key);
    tbsGen.setSignature(sha256WithRsa);
    TBSCertificate tbs = tbsGen.generateTBSCertificate();
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(tbs);
    v.add(sha256WithRsa);
    v.add(new DERBitString(new byte[256]));
    return new DERSequence(v).getEncoded(ASN1Encoding.DER);
  }

  static byte[] certificateBody(byte[] der) {
    byte[] entry = concat(u24(der.length), der);
    return concat(u24(entry.length), entry);
  }

  // --- finding 1: a certificate with a zero DSA prime ---

  @Test
  void fromDer_dsaKeyWithZeroPrime_isUnreadableNotAThrow() throws Exception {
    ServerCertificate c = ServerCertificate.fromDer(1, dsaZeroPrimeCertificate());
    assertThat(c.first()).isEmpty();
    assertThat(c.description()).isEqualTo("CN=hostile, SHA256withRSA: the DSA key's prime p has 0 bits");
  }

  @Test
  void parse_flightWithADsaZeroPrimeCertificate_connectsAndSaysTheCertificateIsUnreadable() throws Exception {
    byte[] flight = record(22, concat(
        handshake(2, serverHelloBody(0x0303, random(), 0x0032, extension(0xFF01, bytes(0)))),
        handshake(11, certificateBody(dsaZeroPrimeCertificate())), handshake(14, new byte[0])));
    ServerResponse r = ServerResponseParser.parse(flight);
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    Observation o = Observation.from(r);
    assertThat(o.outcome()).isEqualTo(Outcome.CONNECTED);
    assertThat(((Connected) o.negotiation().orElseThrow()).warnings())
        .contains(new Warning.CertificateUnreadable("CN=hostile, SHA256withRSA: the DSA key's prime p has 0 bits"));
  }

  // --- finding 2: notes are bounded ---

  @Test
  void parse_endlessHeartbeatsAndUnknownMessages_keepsAtMostTheCapOfNotes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 10_000; i++) {
      out.writeBytes(record(24, new byte[0]));
      out.writeBytes(record(22, handshake(99, new byte[0])));
    }
    ServerResponse r = ServerResponseParser.parse(out.toByteArray());
    assertThat(r.status()).isEqualTo(Status.CLOSED);
    assertThat(r.notes()).hasSize(ServerResponseParser.MAX_NOTES + 1);
    assertThat(r.notes().get(0)).isEqualTo("heartbeat record at offset 0 ignored");
    assertThat(r.notes().get(1)).isEqualTo("unexpected handshake message type 99 ignored");
    assertThat(r.notes().get(ServerResponseParser.MAX_NOTES)).isEqualTo("...and " + (20_000 - ServerResponseParser.MAX_NOTES)
        + " more notes");
  }

  @Test
  void parse_endlessWarningAlerts_keepsAtMostTheCapOfAlertsAndTheLastOne() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 10_000; i++) out.writeBytes(record(21, bytes(1, 112)));
    out.writeBytes(record(21, bytes(1, 0)));
    ServerResponse r = ServerResponseParser.parse(out.toByteArray());
    assertThat(r.alerts()).hasSize(ServerResponseParser.MAX_ALERTS);
    assertThat(r.endingAlert()).contains(new Alert(1, 0));
  }

  // --- finding 3: linear in the number of records ---

  @Test
  void parse_sixteenMegabytesOfTinyRecords_completesInLinearTime() {
    byte[] ccs = record(20, bytes(1));
    byte[] stream = new byte[(16 << 20) / ccs.length * ccs.length];
    for (int i = 0; i < stream.length; i += ccs.length) System.arraycopy(ccs, 0, stream, i, ccs.length);
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
    byte[] hello = record(22, handshake(2, serverHelloBody(0x0303, random(), 0x1301,
        extension(43, u16(0x0304)), extension(51, concat(u16(29), u16(32), new byte[32])))));
    ServerResponse r = ServerResponseParser.parse(hello, ie8);
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
    byte[] hello = record(22, handshake(2, serverHelloBody(0x0303, random(), 0x0005, extension(0xFF01, bytes(0)))));
    ServerResponse r = ServerResponseParser.parse(hello, chrome);
    assertThat(r.status()).isEqualTo(Status.PROTOCOL_VIOLATION);
    assertThat(r.problem()).contains("the server picked TLS_RSA_WITH_RC4_128_SHA (0x0005), which the client never"
        + " offered: it offered " + chrome.cipherSuites().size() + " cipher suites");
  }

  @Test
  void parse_ssl2ServerHelloToATlsFramedHello_isAProtocolViolation() throws Exception {
    ClientHello chrome = ClientHelloDecoder.decode(capture("chrome-101-win10"));
    byte[] der = ServerKeys.certificate().getEncoded();
    byte[] specs = bytes(0x01, 0x00, 0x80);
    byte[] message = concat(bytes(4, 0, 1), u16(2), u16(der.length), u16(specs.length), u16(16), der, specs, new byte[16]);
    byte[] stream = concat(bytes(0x80 | message.length >> 8, message.length), message);
    ServerResponse r = ServerResponseParser.parse(stream, chrome);
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
