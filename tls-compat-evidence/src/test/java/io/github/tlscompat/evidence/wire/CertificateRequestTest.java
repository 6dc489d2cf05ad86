package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.u16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.evidence.wire.ServerResponse.Status;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** The certificate_authorities of a CertificateRequest: the issuers a server trusts for client certificates. */
class CertificateRequestTest {
  static final byte[] CONTOSO = new X500Principal("CN=Contoso Issuing CA,DC=contoso,DC=com").getEncoded();
  static final byte[] TEST_CA = new X500Principal("O=Test,CN=trusted CA").getEncoded();

  /** certificate_authorities as RFC 5246 7.4.4 lays it out: a 2-byte total, then each name with a 2-byte length. */
  static byte[] authorities(byte[]... names) {
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    for (byte[] n : names) list.writeBytes(concat(u16(n.length), n));
    return concat(u16(list.size()), list.toByteArray());
  }

  /** A TLS 1.2 CertificateRequest: rsa_sign and ecdsa_sign, rsa_pkcs1_sha256, then the names. */
  static byte[] tls12Body(byte[] authorities) {
    return concat(bytes(2, 1, 64), u16(2), bytes(4, 1), authorities);
  }

  static byte[] tls12Flight(byte[] certificateRequestBody) {
    return record(22, concat(handshake(2, serverHelloBody(0x0303, random(), 0xC02F, extension(0xFF01, bytes(0)))),
        handshake(13, certificateRequestBody), handshake(14, new byte[0])));
  }

  @Test
  void parse_tls12CertificateRequest_namesTheIssuersInRfc4514Order() {
    ServerResponse r = ServerResponseParser.parse(tls12Flight(tls12Body(authorities(CONTOSO, TEST_CA))));

    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.certificateRequested()).isTrue();
    assertThat(r.certificateRequest()).hasValueSatisfying(cr -> {
      assertThat(cr.certificateAuthorities()).containsExactly(
          new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"), new CertificateIssuer("O=Test,CN=trusted CA"));
      assertThat(cr.notes()).isEmpty();
      assertThat(cr.toString()).isEqualTo(
          "CertificateRequest [CN=Contoso Issuing CA,DC=contoso,DC=com, O=Test,CN=trusted CA]");
    });
    assertThat(r.problem()).isEmpty();
  }

  @Test
  void parse_tls10CertificateRequest_hasNoSignatureAlgorithmsBeforeTheNames() {
    byte[] flight = record(22, concat(handshake(2, serverHelloBody(0x0301, random(), 0x002F)),
        handshake(13, concat(bytes(1, 1), authorities(CONTOSO))), handshake(14, new byte[0])));

    ServerResponse r = ServerResponseParser.parse(flight);

    assertThat(r.certificateRequest().orElseThrow().certificateAuthorities())
        .containsExactly(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
  }

  @Test
  void parse_emptyCertificateAuthorities_isARequestThatNamesNoIssuer() {
    ServerResponse r = ServerResponseParser.parse(tls12Flight(tls12Body(authorities())));

    assertThat(r.certificateRequest().orElseThrow().certificateAuthorities()).isEmpty();
  }

  @Test
  void parseTls13_certificateAuthoritiesExtension_namesTheIssuers() throws Exception {
    byte[] signatureAlgorithms = extension(13, concat(u16(2), bytes(8, 4)));
    byte[] certificateAuthorities = extension(47, authorities(CONTOSO));
    byte[] extensions = concat(signatureAlgorithms, certificateAuthorities);
    byte[] body = concat(bytes(0), u16(extensions.length), extensions);

    assertThat(CertificateRequest.parseTls13(body).certificateAuthorities())
        .containsExactly(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
    byte[] noAuthorities = concat(bytes(0), u16(signatureAlgorithms.length), signatureAlgorithms);
    assertThat(CertificateRequest.parseTls13(noAuthorities).certificateAuthorities()).isEmpty();
  }

  @Test
  void parse_nameLongerThanTheMessage_isANoteAndTheHelloStands() {
    byte[] lying = concat(u16(4), u16(0xFFFF), bytes(0x30, 0));

    ServerResponse r = ServerResponseParser.parse(tls12Flight(tls12Body(lying)));

    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.problem()).isEmpty();
    assertThat(r.certificateRequested()).isTrue();
    assertThat(r.certificateRequest()).isEmpty();
    assertThat(r.notes()).contains("CertificateRequest certificate_authorities: certificate_authorities[0] needs"
        + " 65535 bytes at offset 11, only 2 left");
  }

  @Test
  void parse_listLengthPastTheMessage_isANoteNotAThrow() {
    ServerResponse r = ServerResponseParser.parse(tls12Flight(concat(bytes(1, 1), u16(2), bytes(4, 1), u16(300))));

    assertThat(r.status()).isEqualTo(Status.SERVER_HELLO);
    assertThat(r.certificateRequest()).isEmpty();
    assertThat(r.notes()).contains("CertificateRequest: certificate_authorities needs 300 bytes at offset 8, only 0 left");
  }

  @Test
  void parse_garbageAndControlCharacterNames_areLeftOutWithANote() {
    byte[] garbage = bytes(0x30, 0x03, 0x02, 0x01, 0x05);
    byte[] control = new X500Principal("CN=evil\u0007CA").getEncoded();

    ServerResponse r = ServerResponseParser.parse(tls12Flight(tls12Body(authorities(garbage, CONTOSO, control))));

    CertificateRequest cr = r.certificateRequest().orElseThrow();
    assertThat(cr.certificateAuthorities()).containsExactly(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
    assertThat(cr.notes()).hasSize(2).allSatisfy(n -> assertThat(n).contains("is not a distinguished name an issuer can have"));
    assertThat(cr.notes().get(0)).isEqualTo(
        "certificate_authorities[0] is not a distinguished name an issuer can have: 3003020105");
  }

  @Test
  void parse_tensOfThousandsOfNames_keepsAtMostTheCapInLinearTime() {
    ByteArrayOutputStream names = new ByteArrayOutputStream();
    int count = 0;
    while (names.size() < 60_000) {
      names.writeBytes(concat(u16(CONTOSO.length), CONTOSO));
      count++;
    }
    byte[] list = concat(u16(names.size()), names.toByteArray());
    int sent = count;

    // One record holds at most 2^14 bytes (RFC 5246 6.2.1): the message travels in several.
    byte[] messages = concat(handshake(2, serverHelloBody(0x0303, random(), 0xC02F, extension(0xFF01, bytes(0)))),
        handshake(13, tls12Body(list)), handshake(14, new byte[0]));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int at = 0; at < messages.length; at += 16_384) {
      stream.writeBytes(record(22, java.util.Arrays.copyOfRange(messages, at, Math.min(messages.length, at + 16_384))));
    }

    ServerResponse r = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ServerResponseParser.parse(stream.toByteArray()));

    CertificateRequest cr = r.certificateRequest().orElseThrow();
    assertThat(cr.certificateAuthorities()).hasSize(CertificateRequest.MAX_AUTHORITIES);
    assertThat(cr.notes()).containsExactly((sent - CertificateRequest.MAX_AUTHORITIES)
        + " more certificate_authorities past the first 512 left out");
  }

  @Test
  void issuer_derOfAnyKind_neverThrows() {
    assertThat(CertificateRequest.issuer(new byte[0])).isEmpty();
    assertThat(CertificateRequest.issuer(bytes(0x30, 0x80))).isEmpty();
    assertThat(CertificateRequest.issuer(new X500Principal("").getEncoded())).isEmpty();
    assertThat(CertificateRequest.issuer(new X500Principal("EMAILADDRESS=pki@contoso.com,CN=Contoso CA").getEncoded()))
        .contains(new CertificateIssuer("E=pki@contoso.com,CN=Contoso CA"));
    assertThat(List.of(CertificateRequest.issuer(TEST_CA).orElseThrow().commonName().orElseThrow()))
        .containsExactly("trusted CA");
  }
}
