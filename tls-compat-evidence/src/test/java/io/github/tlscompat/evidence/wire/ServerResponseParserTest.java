package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.certificateBody;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.u16;
import static io.github.tlscompat.evidence.wire.WireBytes.u24;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.ServerResponse.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ServerResponseParserTest {

  // --- hand-built wire bytes: WireBytes, shared with tls-compat-fuzz's corpus ---

  static byte[] serverCertificateBody() throws CertificateEncodingException {
    return certificateBody(ServerKeys.certificate().getEncoded());
  }

  /** ECDHE secp256r1, a 65-byte point, signed rsa_pss_rsae_sha256 (RFC 8422 5.4, RFC 5246 7.4.3). */
  static byte[] ecdheKeyExchangeBody() {
    byte[] point = new byte[65];
    point[0] = 4;
    return concat(bytes(3), u16(23), bytes(point.length), point, u16(0x0804), u16(256), new byte[256]);
  }

  static final int ECDHE_RSA_AES128_GCM = 0xC02F;

  /** A TLS 1.2 ECDHE_RSA first flight: ServerHello, Certificate, ServerKeyExchange, ServerHelloDone. */
  static byte[] tls12Flight() throws CertificateEncodingException {
    return concat(handshake(2, serverHelloBody(0x0303, random(), ECDHE_RSA_AES128_GCM, extension(0xFF01, bytes(0)))),
        handshake(11, serverCertificateBody()), handshake(12, ecdheKeyExchangeBody()), handshake(14, new byte[0]));
  }

  static void assertTls12Flight(ServerResponse r) {
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.problem()).isEmpty();
    assertThat(r.serverHello().orElseThrow().suite()).contains(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(r.serverHello().orElseThrow().extensionTypes()).containsExactly(0xFF01);
    assertThat(r.certificate().orElseThrow().first()).contains(CertificateSpec.RSA_2048_SHA256);
    assertThat(r.keyExchange().orElseThrow().group()).contains(NamedGroup.secp256r1);
    assertThat(r.keyExchange().orElseThrow().scheme()).contains(SignatureScheme.rsa_pss_rsae_sha256);
    assertThat(r.serverHelloDone()).isTrue();
  }

  // --- reassembly ---

  @Test
  void parse_flightFragmentedOverThreeRecords_reassemblesEveryMessage() throws Exception {
    // GIVEN the four messages cut into three handshake records at arbitrary points
    byte[] flight = tls12Flight();
    int a = 20;
    int b = flight.length / 2 + 7;
    byte[] stream = concat(record(22, Arrays.copyOfRange(flight, 0, a)), record(22, Arrays.copyOfRange(flight, a, b)),
        record(22, Arrays.copyOfRange(flight, b, flight.length)));
    // WHEN
    ServerResponse r = ServerResponseParser.parse(stream);
    // THEN
    assertTls12Flight(r);
  }

  @Test
  void parse_allMessagesInOneRecord_readsEachOne() throws Exception {
    ServerResponse r = ServerResponseParser.parse(record(22, tls12Flight()));
    assertTls12Flight(r);
  }

  @Test
  void feed_oneByteAtATime_givesTheSameAnswer() throws Exception {
    // GIVEN records split across reads, as a socket may deliver them
    byte[] flight = tls12Flight();
    byte[] stream = concat(record(22, Arrays.copyOfRange(flight, 0, 100)), record(22, Arrays.copyOfRange(flight, 100, flight.length)));
    ServerResponseParser parser = new ServerResponseParser();
    // WHEN
    for (int i = 0; i < stream.length; i++) {
      assertThat(parser.isComplete()).as("complete before byte %d", i).isFalse();
      parser.feed(stream, i, 1);
    }
    // THEN
    assertThat(parser.isComplete()).isTrue();
    assertTls12Flight(parser.finish());
  }

  // --- TLS 1.3 ---

  @Test
  void parse_helloRetryRequest_reportsTheSelectedGroup() {
    // GIVEN the RFC 8446 4.1.3 special random, supported_versions 1.3 and key_share selected_group secp384r1
    byte[] hrr = serverHelloBody(0x0303, ServerHello.HELLO_RETRY_REQUEST_RANDOM, 0x1302,
        extension(43, u16(0x0304)), extension(51, u16(24)));
    // WHEN
    ServerResponse r = ServerResponseParser.parse(concat(record(22, handshake(2, hrr)), record(20, bytes(1))));
    // THEN
    ServerHello h = r.serverHello().orElseThrow();
    assertThat(h.helloRetryRequest()).isTrue();
    assertThat(h.isTls13()).isTrue();
    assertThat(h.group()).contains(NamedGroup.secp384r1);
    assertThat(h.suite()).contains(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(h).hasToString("HelloRetryRequest TLSv1.3 TLS_AES_256_GCM_SHA384 secp384r1");
  }

  @Test
  void parse_tls13ServerHello_countsTheEncryptedRestAndSaysSo() {
    byte[] share = concat(u16(29), u16(32), new byte[32]);
    byte[] hello = serverHelloBody(0x0303, random(), 0x1301, extension(43, u16(0x0304)), extension(51, share));
    byte[] stream = concat(record(22, handshake(2, hello)), record(20, bytes(1)), record(23, new byte[40]),
        record(23, new byte[900]));
    ServerResponse r = ServerResponseParser.parse(stream);
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.serverHello().orElseThrow().group()).contains(NamedGroup.x25519);
    assertThat(r.serverHello().orElseThrow().legacyVersion()).isEqualTo(0x0303);
    assertThat(r.encryptedRecords()).isEqualTo(2);
    assertThat(r.certificate()).isEmpty();
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("TLS 1.3 encrypts everything after the ServerHello"));
  }

  @Test
  void parse_downgradeSentinel_isDetected() {
    byte[] random = random();
    System.arraycopy("DOWNGRD".getBytes(StandardCharsets.US_ASCII), 0, random, 24, 7);
    random[31] = 1;
    ServerResponse r = ServerResponseParser.parse(record(22, handshake(2, serverHelloBody(0x0303, random, 0xC02F))));
    assertThat(r.serverHello().orElseThrow().downgradeSentinel()).isTrue();
  }

  // --- SSL 2.0 ---

  @Test
  void parse_ssl2ServerHello_readsCipherKindsAndCertificate() throws Exception {
    // GIVEN an SSL 2.0 SERVER-HELLO: no session hit, X.509, version 0x0002, two cipher kinds
    byte[] der = ServerKeys.certificate().getEncoded();
    byte[] specs = bytes(0x07, 0x00, 0xC0, 0x01, 0x00, 0x80);
    byte[] message = concat(bytes(4, 0, 1), u16(2), u16(der.length), u16(specs.length), u16(16), der, specs, new byte[16]);
    byte[] stream = concat(bytes(0x80 | message.length >> 8, message.length), message);
    // WHEN
    ServerResponse r = ServerResponseParser.parse(stream);
    // THEN
    assertThat(r.status()).isEqualTo(Status.SSL2_SERVER_HELLO);
    ServerHelloSsl2 h = r.ssl2ServerHello().orElseThrow();
    assertThat(h.suites()).containsExactly(CipherSuite.SSL_CK_DES_192_EDE3_CBC_WITH_MD5, CipherSuite.SSL_CK_RC4_128_WITH_MD5);
    assertThat(h.version()).isEqualTo(2);
    assertThat(h.certificate().orElseThrow().first()).contains(CertificateSpec.RSA_2048_SHA256);
  }

  @Test
  void parse_ssl2Error_isAnAlertStatus() {
    ServerResponse r = ServerResponseParser.parse(bytes(0x80, 3, 0, 0, 1));
    assertThat(r.status()).isEqualTo(Status.ALERT);
    assertThat(r.ssl2Error()).hasValue(1);
    assertThat(r.toString()).contains("NO-CIPHER-ERROR(0x0001)");
  }

  // --- refusals and broken streams ---

  @Test
  void parse_alertOnly_isAnAlert() {
    ServerResponse r = ServerResponseParser.parse(record(21, bytes(2, 70)));
    assertThat(r.status()).isEqualTo(Status.ALERT);
    assertThat(r.endingAlert()).contains(Alert.fatal(AlertDescription.protocol_version));
    assertThat(r.endingAlert().orElseThrow()).hasToString("fatal protocol_version(70)");
  }

  @Test
  void parse_warningUnrecognizedNameThenServerHello_goesOn() {
    // RFC 6066 3: a TLS 1.2 server may warn about the name and continue.
    byte[] stream = concat(record(21, bytes(1, 112)), record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F))));
    ServerResponse r = ServerResponseParser.parse(stream);
    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.alerts()).containsExactly(new Alert(Alert.WARNING, AlertDescription.unrecognized_name.code()));
    assertThat(r.endingAlert()).isEmpty();
  }

  @Test
  void parse_httpAnswer_isNotTlsWithTheTextShown() {
    byte[] http = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    ServerResponse r = ServerResponseParser.parse(http);
    assertThat(r.status()).isEqualTo(Status.NOT_TLS);
    assertThat(r.problem()).contains("not a TLS record: content type 0x48 at offset 0 (text: \"HTTP/1.1 400 Bad Request Content-Length\")");
  }

  @Test
  void parse_highBitGarbage_isNotTlsAtOnce() {
    ServerResponseParser parser = new ServerResponseParser().feed(bytes(0xFF, 0xFF, 0x99), 0, 3);
    assertThat(parser.isComplete()).isTrue();
    assertThat(parser.finish().status()).isEqualTo(Status.NOT_TLS);
  }

  @Test
  void parse_streamEndsInsideARecord_isTruncated() {
    byte[] full = record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F)));
    ServerResponse r = ServerResponseParser.parse(Arrays.copyOf(full, 30));
    assertThat(r.status()).isEqualTo(Status.TRUNCATED);
    assertThat(r.problem()).contains("the stream ended inside a record (30 bytes of it at offset 0)");
  }

  @Test
  void parse_streamEndsInsideAHandshakeMessage_isTruncated() {
    byte[] message = handshake(2, serverHelloBody(0x0303, random(), 0xC02F));
    ServerResponse r = ServerResponseParser.parse(record(22, Arrays.copyOf(message, 40)));
    assertThat(r.status()).isEqualTo(Status.TRUNCATED);
    assertThat(r.problem()).contains("the stream ended inside a handshake message (40 bytes of it)");
  }

  @Test
  void parse_serverHelloWithABadExtensionLength_isMalformed() {
    byte[] body = concat(u16(0x0303), random(), bytes(0), u16(0xC02F), bytes(0), u16(10), u16(0xFF01), u16(50));
    ServerResponse r = ServerResponseParser.parse(record(22, handshake(2, body)));
    assertThat(r.status()).isEqualTo(Status.MALFORMED);
    assertThat(r.problem()).contains("ServerHello: extensions needs 10 bytes at offset 40, only 4 left");
  }

  @Test
  void parse_nothing_isClosed() {
    ServerResponse r = ServerResponseParser.parse(new byte[0]);
    assertThat(r.status()).isEqualTo(Status.CLOSED);
    assertThat(r.bytes()).isZero();
  }

  @Test
  void parse_dheKeyExchange_reportsThePrimeSize() {
    // GIVEN TLS 1.2 DHE_RSA with a 1024-bit prime (high bit set), g = 2, a 128-byte Ys, then a signature
    byte[] p = new byte[128];
    p[0] = (byte) 0x80;
    byte[] ske = concat(u16(128), p, u16(1), bytes(2), u16(128), new byte[128], u16(0x0401), u16(4), new byte[4]);
    byte[] stream = record(22, concat(handshake(2, serverHelloBody(0x0303, random(), 0x009E)), handshake(12, ske)));
    // WHEN
    ServerKeyExchange kx = ServerResponseParser.parse(stream).keyExchange().orElseThrow();
    // THEN
    assertThat(kx.dhBits()).hasValue(1024);
    assertThat(kx.scheme()).contains(SignatureScheme.rsa_pkcs1_sha256);
    assertThat(kx.group()).isEmpty();
  }

  @Property(tries = 300)
  void parse_anyBytes_neverThrows(@ForAll @Size(max = 300) byte[] bytes) {
    ServerResponse r = ServerResponseParser.parse(bytes);
    assertThat(r.status()).isNotNull();
  }

  @Property(tries = 200)
  void parse_anyPrefixOfAFlight_neverThrowsAndNeverInventsAHello(@ForAll @Size(max = 4) List<Integer> cuts) throws Exception {
    byte[] stream = record(22, tls12Flight());
    int length = cuts.isEmpty() ? 0 : Math.floorMod(cuts.get(0), stream.length);
    ServerResponse r = ServerResponseParser.parse(Arrays.copyOf(stream, length));
    assertThat(r.status()).isIn(Status.TRUNCATED, Status.CLOSED, Status.SERVER_HELLO);
  }
}
