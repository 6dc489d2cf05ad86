package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

class ClientHelloEncoderTest {
  private static final ClientProfile BROWSER = ClientProfile.builder("browser", "TLS 1.3 browser")
      .versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
      .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.X25519MLKEM768, NamedGroup.x25519, NamedGroup.secp256r1))
      .keyShares(List.of(NamedGroup.X25519MLKEM768, NamedGroup.x25519, NamedGroup.secp256r1))
      .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.rsa_pss_rsae_sha256))
      .build();

  @Test
  void keySharesAreValuesAServerAccepts() {
    // Java 11 sends a single secp256r1 share. Random bytes are no point on the curve, and a real
    // server refuses them (OpenSSL with illegal_parameter); the re-encoded hello must still connect.
    ClientProfile java11 = ClientHelloDecoder.decodeProfile(ServerKeys.capture("java-11.0.2-openjdk"), "j", "Java 11");
    assertThat(java11.keyShares()).containsExactly(NamedGroup.secp256r1);
    byte[] hello = ClientHelloEncoder.encode(java11, null, new SplittableRandom(3));
    Observation w = EngineProbe.probe(hello, ServerKeys.sunJsse());
    assertThat(w.outcome()).as("%s", w).isEqualTo(Observation.Outcome.CONNECTED);
    assertThat(w.negotiation().orElseThrow().toString()).contains("TLSv1.3").contains("secp256r1");

    for (NamedGroup g : List.of(NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1)) {
      byte[] value = HelloKeyShare.value(g, HelloKeyShare.length(g).getAsInt(), new SplittableRandom(1));
      org.bouncycastle.asn1.x9.X9ECParameters curve = org.bouncycastle.asn1.x9.ECNamedCurveTable.getByName(g.name());
      assertThat(curve.getCurve().decodePoint(value).isValid()).as(g.name()).isTrue();
    }
    byte[] hybrid = HelloKeyShare.value(NamedGroup.X25519MLKEM768, 1184 + 32, new SplittableRandom(1));
    assertThat(hybrid).hasSize(1184 + 32);
    assertThat(HelloKeyShare.value(NamedGroup.x25519, 32, new SplittableRandom(1)))
        .as("X25519 values stay fresh").isNotEqualTo(HelloKeyShare.value(NamedGroup.x25519, 32, new SplittableRandom(2)));
  }

  @Test
  void paddingLength_boringSslRule() {
    assertThat(ClientHelloEncoder.paddingLength(255)).isEqualTo(-1);
    assertThat(ClientHelloEncoder.paddingLength(256)).isEqualTo(252);
    assertThat(ClientHelloEncoder.paddingLength(497)).isEqualTo(11);   // opera-60-win10's capture
    assertThat(ClientHelloEncoder.paddingLength(507)).isEqualTo(1);
    assertThat(ClientHelloEncoder.paddingLength(508)).isEqualTo(1);    // never an empty padding body
    assertThat(ClientHelloEncoder.paddingLength(511)).isEqualTo(1);
    assertThat(ClientHelloEncoder.paddingLength(512)).isEqualTo(-1);
  }

  @Test
  void encode_otherHostLength_paddingRecomputedTo512() {
    ClientProfile chrome = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("chrome-101-win10"), "c", "c");
    for (String host : List.of("a.example", "a-much-longer-host-name.subdomain.example.org")) {
      byte[] hello = ClientHelloEncoder.encode(chrome, host, new SplittableRandom(7));
      assertThat(hello.length - 5).as(host).isEqualTo(512);
    }
    byte[] noSni = ClientHelloEncoder.encode(chrome, null, new SplittableRandom(7));
    assertThat(ClientHelloDecoder.decode(noSni).extension(ExtensionType.server_name)).isEmpty();
    assertThat(noSni.length - 5).isEqualTo(512);
  }

  @Test
  void encode_profileWithoutLayout_defaultLayoutDecodesToTheSameLists() {
    // WHEN
    byte[] bytes = ClientHelloEncoder.encode(BROWSER, "example.com", new SplittableRandom(1));
    ClientHello hello = ClientHelloDecoder.decode(bytes);
    ClientProfile back = hello.toProfile("back", "back");
    // THEN
    assertThat(hello.recordVersion()).isEqualTo(0x0301);
    assertThat(hello.legacyVersion()).isEqualTo(0x0303);
    assertThat(hello.sessionId()).hasSize(32);
    assertThat(hello.compressionMethods()).containsExactly(0);
    assertThat(hello.extensionTypes()).containsExactly(0, 10, 11, 13, 43, 51);
    assertThat(hello.keyShares()).extracting(e -> e[1]).containsExactly(1216, 32, 65);
    assertThat(back.versions()).isEqualTo(BROWSER.versions());
    assertThat(back.cipherSuites()).isEqualTo(BROWSER.cipherSuites());
    assertThat(back.groups()).isEqualTo(BROWSER.groups());
    assertThat(back.keyShares()).isEqualTo(BROWSER.keyShares());
    assertThat(back.signatureAlgorithms()).isEqualTo(BROWSER.signatureAlgorithms());
    assertThat(back.layout().orElseThrow().extras()).isEmpty();
  }

  @Test
  void encode_everyGroupWithAKeyShareLength_decodesWithThatLength() {
    for (NamedGroup g : NamedGroup.values()) {
      if (HelloKeyShare.length(g).isEmpty()) continue;
      ClientProfile p = BROWSER.toBuilder().groups(List.of(g)).keyShares(List.of(g)).build();
      ClientHello hello = ClientHelloDecoder.decode(ClientHelloEncoder.encode(p, null, new SplittableRandom(2)));
      assertThat(hello.keyShares()).as(g.name()).singleElement()
          .satisfies(e -> assertThat(e).containsExactly(g.code(), HelloKeyShare.length(g).getAsInt()));
    }
    assertThat(HelloKeyShare.length(NamedGroup.ffdhe3072)).hasValue(384);
    assertThat(HelloKeyShare.length(NamedGroup.SecP384r1MLKEM1024)).hasValue(97 + 1568);
  }

  @Test
  void encode_keyShares_arePublicValuesAServerAccepts() {
    // OpenSSL answers illegal_parameter to a P-256 share that is not a point on the curve, so a
    // probe's key shares must be real public keys, not random bytes of the right length.
    List<NamedGroup> groups = List.of(NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1,
        NamedGroup.brainpoolP256r1tls13, NamedGroup.ffdhe2048, NamedGroup.x25519);
    ClientProfile p = BROWSER.toBuilder().groups(groups).keyShares(groups).build();
    for (int seed = 0; seed < 5; seed++) {
      ClientHello hello = ClientHelloDecoder.decode(ClientHelloEncoder.encode(p, null, new SplittableRandom(seed)));
      byte[] body = hello.extension(ExtensionType.key_share).orElseThrow().body();
      int at = 2;
      for (NamedGroup g : groups) {
        int code = (body[at] & 0xFF) << 8 | body[at + 1] & 0xFF;
        int length = (body[at + 2] & 0xFF) << 8 | body[at + 3] & 0xFF;
        byte[] share = Arrays.copyOfRange(body, at + 4, at + 4 + length);
        at += 4 + length;
        assertThat(code).isEqualTo(g.code());
        switch (g) {
          case secp256r1, secp384r1, secp521r1 -> assertThat(CustomNamedCurves
              .getByName(g.name()).getCurve().decodePoint(share).isValid()).as(g + " seed " + seed).isTrue();
          case brainpoolP256r1tls13 -> assertThat(TeleTrusTNamedCurves
              .getByName("brainpoolP256r1").getCurve().decodePoint(share).isValid()).as(g + " seed " + seed).isTrue();
          case ffdhe2048 -> {
            BigInteger prime = DHStandardGroups.rfc7919_ffdhe2048.getP();
            BigInteger y = new BigInteger(1, share);
            assertThat(y).isGreaterThan(BigInteger.ONE).isLessThan(prime.subtract(BigInteger.ONE));
            // in the prime-order subgroup, as RFC 7919 5.1 peers check
            assertThat(y.modPow(prime.shiftRight(1), prime)).as("seed " + seed).isEqualTo(BigInteger.ONE);
          }
          default -> assertThat(share).hasSize(32);
        }
      }
    }
  }

  @Test
  void encode_keyShareWithoutKnownLength_failsNamingTheGroup() {
    ClientProfile p = BROWSER.toBuilder().keyShares(List.of(NamedGroup.GC256A)).build();
    assertThatThrownBy(() -> ClientHelloEncoder.encode(p, null, new SplittableRandom(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client profile 'browser' sends a key share for GC256A, whose key_exchange length "
            + "tls-compat does not know (no TLS 1.3 encoding, or RFC 9367 GOST)");
  }

  @Test
  void encode_ssl2Profile_ssl2HelloThatDecodesBack() {
    ClientProfile ie = ClientProfile.builder("ie6", "IE 6").helloFormat(HelloFormat.SSL2_COMPATIBLE)
        .versions(ProtocolVersion.SSL_2_0, ProtocolVersion.SSL_3_0)
        .cipherSuites(CipherSuite.TLS_RSA_WITH_RC4_128_MD5, CipherSuite.SSL_CK_RC4_128_WITH_MD5)
        .build();
    byte[] bytes = ClientHelloEncoder.encode(ie, "ignored.example", new SplittableRandom(3));
    ClientProfile back = ClientHelloDecoder.decodeProfile(bytes, "b", "b");
    assertThat(bytes[0] & 0x80).isEqualTo(0x80);
    assertThat(back.helloFormat()).isEqualTo(HelloFormat.SSL2_COMPATIBLE);
    assertThat(back.versions()).isEqualTo(ie.versions());
    assertThat(back.cipherSuites()).isEqualTo(ie.cipherSuites());
  }

  @Test
  void encode_ssl2ProfileWithExtensions_fails() {
    ClientProfile p = BROWSER.toBuilder().helloFormat(HelloFormat.SSL2_COMPATIBLE).build();
    assertThatThrownBy(() -> ClientHelloEncoder.encode(p, null, new SplittableRandom(2)))
        .hasMessage("client profile 'browser' is SSL2_COMPATIBLE but has extensions; an SSL 2.0 "
            + "CLIENT-HELLO cannot carry any (RFC 5246 E.2)");
  }

  @Test
  void encode_ssl2KindInTlsRecord_fails() {
    ClientProfile p = BROWSER.toBuilder().cipherSuites(CipherSuite.SSL_CK_RC4_128_WITH_MD5).build();
    assertThatThrownBy(() -> ClientHelloEncoder.encode(p, null, new SplittableRandom(2)))
        .hasMessage("client profile 'browser' offers the SSL 2.0 cipher kind 0x010080, which only an "
            + "SSL 2.0 CLIENT-HELLO can carry (helloFormat SSL2_COMPATIBLE)");
  }

  @Test
  void encode_extensionsChangedButLayoutKept_failsWithTheFix() {
    ClientProfile chrome = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("android-4.4.2"), "c", "c");
    ClientProfile changed = chrome.toBuilder().extensions(List.of(0)).build();
    assertThatThrownBy(() -> ClientHelloEncoder.encode(changed, null, new SplittableRandom(2)))
        .hasMessageStartingWith("client profile 'c' lists extensions [0] but its layout has [")
        .hasMessageEndingWith("; after changing the extensions, drop the layout with toBuilder().layout(null)");
    assertThat(ClientHelloEncoder.encode(changed.toBuilder().layout(null).build(), "x.example",
        new SplittableRandom(2))).isNotEmpty();
  }

  @Test
  void encode_helloOver16k_splitIntoRecordsThatDecodeBack() {
    // GIVEN a decoded profile with a 20,000-byte private-use extension added
    ClientProfile p = ClientHelloDecoder.decodeProfile(ClientHelloCapturesTest.capture("firefox-137-win11"), "f", "f");
    HelloLayout layout = p.layout().orElseThrow();
    List<HelloLayout.Extension> extensions = new ArrayList<>(layout.extensions());
    extensions.add(new HelloLayout.Extension(0xFFFE, new byte[20_000]));
    List<Integer> types = new ArrayList<>(p.extensions());
    types.add(0xFFFE);
    ClientProfile big = p.toBuilder().extensions(types).layout(new HelloLayout(layout.recordVersion(),
        layout.legacyVersion(), 32, layout.sessionIdLength(), layout.compressionMethods(), extensions,
        layout.extras())).build();
    // WHEN
    byte[] bytes = ClientHelloEncoder.encode(big, "example.org", new SplittableRandom(4));
    // THEN two records: 16384 bytes, then the rest
    assertThat(bytes[3] << 8 & 0xFF00 | bytes[4] & 0xFF).isEqualTo(16384);
    assertThat(bytes[5 + 16384]).isEqualTo((byte) 22);
    assertThat(ClientHelloDecoder.decode(bytes).extension(0xFFFE).orElseThrow().length()).isEqualTo(20_000);
  }
}
