package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.core.registry.ProtocolVersion.SSL_2_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.SSL_3_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_1;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout.Extra;
import io.github.tlscompat.core.model.HelloLayout.Field;
import io.github.tlscompat.core.registry.CipherSuite;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClientHelloDecoderTest {
  private static final HexFormat HEX = HexFormat.of();

  /** A TLS 1.2 ClientHello in one record: the given suites and extensions block (hex, no lengths). */
  static byte[] hello(String suites, String extensions) {
    String body = "0303" + "00".repeat(32) + "00" + String.format("%04x", suites.length() / 2) + suites + "0100"
        + (extensions == null ? "" : String.format("%04x", extensions.length() / 2) + extensions);
    String handshake = "01" + String.format("%06x", body.length() / 2) + body;
    return HEX.parseHex("160301" + String.format("%04x", handshake.length() / 2) + handshake);
  }

  @Test
  void decode_fragmentedOverRecords_sameAsOneRecord() {
    // GIVEN chrome-101's hello, refragmented: 2 bytes (half the handshake header), then 100s
    byte[] captured = ClientHelloCapturesTest.capture("chrome-101-win10");
    byte[] message = Arrays.copyOfRange(captured, 5, captured.length);
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    for (int at = 0, n = 2; at < message.length; at += n, n = 100) {
      int len = Math.min(n, message.length - at);
      records.writeBytes(new byte[] {22, 3, 1, (byte) (len >> 8), (byte) len});
      records.write(message, at, len);
    }
    // WHEN
    ClientHello fragmented = ClientHelloDecoder.decode(records.toByteArray());
    // THEN
    assertThat(fragmented).isEqualTo(ClientHelloDecoder.decode(captured));
  }

  @Test
  void decode_fragmentedAndTruncatedOrBadContentType_namesTheOffset() {
    byte[] captured = ClientHelloCapturesTest.capture("android-2.3.7");
    byte[] first = Arrays.copyOfRange(captured, 0, 5 + 10);
    first[3] = 0;
    first[4] = 10;
    assertThatThrownBy(() -> ClientHelloDecoder.decode(first)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truncated ClientHello at offset 15: expected another handshake record, the message needs 65 more bytes");
    byte[] alert = Arrays.copyOf(first, first.length + 5);
    alert[15] = 21;
    assertThatThrownBy(() -> ClientHelloDecoder.decode(alert)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed ClientHello at offset 15: expected a record of content type 22 (handshake) but found 21");
  }

  @Test
  void decode_bareHandshakeMessage_sameFieldsNoRecordVersion() {
    byte[] captured = ClientHelloCapturesTest.capture("firefox-137-win11");
    ClientHello bare = ClientHelloDecoder.decode(Arrays.copyOfRange(captured, 5, captured.length));
    ClientHello framed = ClientHelloDecoder.decode(captured);
    assertThat(bare.recordVersion()).isZero();
    assertThat(bare.extensions()).isEqualTo(framed.extensions());
    assertThat(bare.toProfile("f", "f").layout().orElseThrow().recordVersion()).isEqualTo(0x0301);
  }

  @Test
  void decode_ssl2Hellos_versionsFromLowestToLegacyWithSsl2Kinds() {
    ClientProfile ie6 = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("ie-6-xp"), "ie6", "IE 6");
    ClientProfile java6 = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("java-6u45"), "j6", "Java 6");

    assertThat(ie6.helloFormat()).isEqualTo(HelloFormat.SSL2_COMPATIBLE);
    assertThat(ie6.versions()).containsExactly(SSL_2_0, SSL_3_0);
    assertThat(ie6.cipherSuites().get(0)).isEqualTo(CipherSuite.TLS_RSA_WITH_RC4_128_MD5);
    assertThat(ie6.cipherSuites()).contains(CipherSuite.SSL_CK_DES_192_EDE3_CBC_WITH_MD5);
    assertThat(ie6.layout().orElseThrow().randomLength()).isEqualTo(16);
    assertThat(java6.versions()).containsExactly(SSL_2_0, SSL_3_0, TLS_1_0);
  }

  @Test
  void decode_withoutSupportedVersions_sslv3UpToLegacyVersion() {
    ClientProfile p = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("android-2.3.7"), "a", "a");
    assertThat(p.versions()).containsExactly(SSL_3_0, TLS_1_0);
    assertThat(p.extensions()).isEmpty();
    assertThat(p.layout().orElseThrow().extensions()).isEmpty();
  }

  @Test
  void decode_tls13DraftsOnly_notTls13AndKeptAsExtras() {
    // GIVEN supported_versions [0x7f17 (draft 23), TLS 1.2, TLS 1.1]
    ClientHello hello = ClientHelloDecoder.decode(hello("c02f", "002b0007067f1703030302"));
    // WHEN
    ClientProfile p = hello.toProfile("draft", "draft");
    // THEN
    assertThat(p.versions()).containsExactly(TLS_1_1, TLS_1_2).doesNotContain(TLS_1_3);
    assertThat(p.layout().orElseThrow().extras()).containsExactly(new Extra(Field.SUPPORTED_VERSIONS, 0, 0x7f17, 0));
  }

  @Test
  void decode_greaseAndUnknownCodes_skippedInModelAndKeptInLayout() {
    // GIVEN GREASE 0x0a0a, unregistered 0x1234, ECDHE-RSA-AES128-GCM, a repeat; groups GREASE, x25519, 0x7777
    byte[] bytes = hello("0a0a1234c02fc02f", "000a00080006" + "2a2a" + "001d" + "7777");
    // WHEN
    ClientProfile p = ClientHelloDecoder.decodeProfile(bytes, "odd", "odd");
    // THEN
    assertThat(CipherSuite.fromCode(0x1234)).isEmpty();
    assertThat(p.cipherSuites()).containsExactly(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(p.groups()).extracting(Enum::name).containsExactly("x25519");
    assertThat(p.layout().orElseThrow().extras()).containsExactly(
        new Extra(Field.CIPHER_SUITES, 0, 0x0a0a, 0), new Extra(Field.CIPHER_SUITES, 1, 0x1234, 0),
        new Extra(Field.CIPHER_SUITES, 3, 0xc02f, 0), new Extra(Field.SUPPORTED_GROUPS, 0, 0x2a2a, 0),
        new Extra(Field.SUPPORTED_GROUPS, 2, 0x7777, 0));
    byte[] encoded = ClientHelloEncoder.encode(p, null, new SplittableRandom(1));
    assertThat(Arrays.copyOfRange(encoded, 43, encoded.length)).isEqualTo(Arrays.copyOfRange(bytes, 43, bytes.length));
  }

  @Test
  void decode_noKnownSuite_failsNamingTheCodes() {
    assertThatThrownBy(() -> ClientHelloDecoder.decodeProfile(hello("0a0a1234", null), "x", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ClientHello offers no cipher suite the registry knows: [0x0A0A, 0x1234]; "
            + "a client profile needs at least one");
  }

  @Test
  void decode_garbage_namesOffsetAndExpectation() {
    assertThatThrownBy(() -> ClientHelloDecoder.decode(new byte[0]))
        .hasMessage("empty input: expected a TLS record (0x16), a handshake message (0x01) or an SSL 2.0 "
            + "CLIENT-HELLO (high bit set) at offset 0");
    assertThatThrownBy(() -> ClientHelloDecoder.decode(new byte[] {0x17, 3, 3, 0, 1, 0}))
        .hasMessage("malformed ClientHello at offset 0: expected a TLS record of content type 22 (handshake), "
            + "a handshake message of type 1 (client_hello) or an SSL 2.0 record header (high bit set) but found 0x17");
    assertThatThrownBy(() -> ClientHelloDecoder.decode(HEX.parseHex("1603010004020000ff")))
        .hasMessage("malformed ClientHello at offset 5: expected handshake type 1 (client_hello) but found 2");
    assertThatThrownBy(() -> ClientHelloDecoder.decode(hello("c02f", "0017000000170000")))
        .hasMessage("malformed ClientHello at offset 56: extension 23 appears twice (RFC 5246 7.4.1.4 allows one of each type)");
    assertThatThrownBy(() -> ClientHelloDecoder.decode(hello("c02", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientHelloDecoder.decode(hello("c02f", "000a0003000200")))
        .hasMessage("truncated ClientHello at offset 58: expected code list (2 bytes) but only 1 byte is left");
    assertThatThrownBy(() -> ClientHelloDecoder.decodeHex("16 03 zz"))
        .hasMessage("not hex: 'z' at character 6 of the ClientHello text");
  }

  @Test
  void decode_trailingBytes_fail() {
    byte[] captured = ClientHelloCapturesTest.capture("android-2.3.7");
    byte[] longer = Arrays.copyOf(captured, captured.length + 1);
    assertThatThrownBy(() -> ClientHelloDecoder.decode(longer))
        .hasMessage("malformed ClientHello at offset " + captured.length
            + ": expected the end of the input after the ClientHello's last record but found 1 more byte");
  }
}
