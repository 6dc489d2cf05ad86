package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.IndependentSources.bouncyCastleConstants;
import static io.github.tlscompat.core.registry.IndependentSources.hex;
import static io.github.tlscompat.core.registry.IndependentSources.isGrease;
import static io.github.tlscompat.core.registry.IndependentSources.observedCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.core.registry.SignatureScheme.Signature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureSchemeTest {

  @ParameterizedTest
  @CsvSource({
      "ecdsa_secp256r1_sha256, secp256r1",
      "ecdsa_secp384r1_sha384, secp384r1",
      "ecdsa_secp521r1_sha512, secp521r1",
      "ecdsa_brainpoolP256r1tls13_sha256, brainpoolP256r1tls13",
      "ecdsa_brainpoolP384r1tls13_sha384, brainpoolP384r1tls13",
      "ecdsa_brainpoolP512r1tls13_sha512, brainpoolP512r1tls13",
      "sm2sig_sm3, curveSM2",
      "gostr34102012_256a, GC256A",
      "gostr34102012_256d, GC256D",
      "gostr34102012_512c, GC512C"})
  void curve_schemeThatNamesACurve_isThatCurve(String scheme, String curve) {
    assertThat(SignatureScheme.valueOf(scheme).curve()).contains(NamedGroup.valueOf(curve));
  }

  @Test
  void curve_everyOtherScheme_isEmpty() {
    // RFC 8446 4.2.3, RFC 8734, RFC 8998 and RFC 9367 name a curve in 14 schemes; the rest sign on any key of their type.
    assertThat(Arrays.stream(SignatureScheme.values()).filter(s -> s.curve().isPresent())).hasSize(14);
    assertThat(SignatureScheme.ecdsa_sha1.curve()).isEmpty();
    assertThat(SignatureScheme.rsa_pss_rsae_sha256.curve()).isEmpty();
    assertThat(SignatureScheme.gostr34102012_256.curve()).isEmpty();
  }

  @Test
  void bouncyCastleSchemes_allAssignedCodes_areInTheEnum() throws IllegalAccessException {
    // GIVEN every scheme constant of Bouncy Castle's table
    List<String> missing = new ArrayList<>();
    List<String> wrongCode = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, Integer> bc : bouncyCastleConstants(org.bouncycastle.tls.SignatureScheme.class).entrySet()) {
      int code = bc.getValue();
      checked++;

      // WHEN looked up by code, and by name where BC spells it as IANA does
      if (SignatureScheme.fromCode(code).isEmpty()) missing.add(bc.getKey() + "=" + hex(code));
      for (SignatureScheme x : SignatureScheme.values()) {
        if (x.name().equals(bc.getKey()) && x.code() != code) {
          wrongCode.add(x + " is " + x.codeString() + ", BC says " + hex(code));
        }
      }
    }

    // THEN
    assertThat(checked).as("BC scheme constants found by reflection").isGreaterThan(20);
    assertThat(missing).as("BC schemes missing from SignatureScheme").isEmpty();
    assertThat(wrongCode).as("schemes whose code differs from BC's").isEmpty();
  }

  @Test
  void observedClientSignatureAlgorithms_exceptGrease_allResolveByCode() throws IOException {
    List<Integer> codes = observedCodes("observed-codes.txt", "sigalg");
    List<String> unknown = new ArrayList<>();
    for (int code : codes) {
      if (!isGrease(code) && SignatureScheme.fromCode(code).isEmpty()) unknown.add(hex(code));
    }

    assertThat(codes).as("sigalg lines in observed-codes.txt").hasSizeGreaterThan(30);
    assertThat(unknown).as("observed signature algorithms SignatureScheme does not know").isEmpty();
  }

  /** The JDK's standard names for signature schemes ("Java Security Standard Algorithm Names"). */
  @ParameterizedTest
  @ValueSource(strings = {"ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ecdsa_secp521r1_sha512",
      "ecdsa_sha224", "ecdsa_sha1", "ed25519", "ed448",
      "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512",
      "rsa_pss_pss_sha256", "rsa_pss_pss_sha384", "rsa_pss_pss_sha512",
      "rsa_pkcs1_sha256", "rsa_pkcs1_sha384", "rsa_pkcs1_sha512", "rsa_pkcs1_sha1",
      "rsa_sha224", "rsa_md5", "dsa_sha256", "dsa_sha224", "dsa_sha1"})
  void fromName_jdkStandardName_isTheSchemeOfThatName(String jdkName) {
    assertThat(SignatureScheme.fromName(jdkName).name()).isEqualTo(jdkName);
  }

  @ParameterizedTest
  @CsvSource({
      "RSA_PSS_RSAE_SHA256, rsa_pss_rsae_sha256",
      "' Ed25519 ', ed25519",
      "RSA+SHA256, rsa_pkcs1_sha256",
      "rsa+sha1, rsa_pkcs1_sha1",
      "RSA+SHA224, rsa_sha224",
      "ECDSA+SHA256, ecdsa_secp256r1_sha256",
      "ECDSA+SHA384, ecdsa_secp384r1_sha384",
      "ECDSA+SHA1, ecdsa_sha1",
      "RSA-PSS+SHA256, rsa_pss_rsae_sha256",
      "PSS+SHA512, rsa_pss_rsae_sha512",
      "DSA+SHA1, dsa_sha1",
      "RSA+MD5, rsa_md5",
      "rsa_pkcs1_sha224, rsa_sha224",
      "ecdsa_brainpoolP256r1_sha256, ecdsa_brainpoolP256r1tls13_sha256",
      "gost2001_gost94, gostr34102001_gostr3411",
  })
  void fromName_caseVariantAliasOrOpenSslForm_resolves(String name, String expected) {
    assertThat(SignatureScheme.fromName(name)).hasToString(expected);
  }

  @Test
  void fromName_unknownName_throwsNamingItWithClosestNames() {
    assertThatThrownBy(() -> SignatureScheme.fromName("rsa_pss_rsae_sha265"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown signature scheme 'rsa_pss_rsae_sha265'; did you mean rsa_pss_rsae_sha256"
            + " or rsa_pss_rsae_sha384 or rsa_pss_rsae_sha512?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RSA+SHA999", "ED25519+SHA256", "RSA+SHA256+SHA1", "+"})
  void fromName_openSslFormWithoutAScheme_throws(String name) {
    assertThatThrownBy(() -> SignatureScheme.fromName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown signature scheme '" + name + "'");
  }

  @ParameterizedTest
  @CsvSource({
      // scheme, usableInTls12, usableInTls13Handshake, usableInTls13Certificates (RFC 8446 4.2.3)
      "rsa_pkcs1_sha1, true, false, true",
      "rsa_pkcs1_sha256, true, false, true",
      "ecdsa_sha1, true, false, true",
      "rsa_pss_rsae_sha256, true, true, true",
      "rsa_pss_pss_sha384, true, true, true",
      "ecdsa_secp256r1_sha256, true, true, true",
      "ed25519, true, true, true",
      "ed448, true, true, true",
      "rsa_md5, true, false, false",
      "dsa_sha1, true, false, false",
      "dsa_sha256, true, false, false",
      "ecdsa_sha224, true, false, false",
      "rsa_sha224, true, false, false",
      "ecdsa_brainpoolP256r1tls13_sha256, false, true, true",
      "sm2sig_sm3, false, true, true",
      "gostr34102012_256a, false, true, true",
      "gostr34102012_256, true, false, false",
      "gostr34102012_256_gostr34112012_256, true, false, false",
      "rsa_pkcs1_sha256_legacy, false, true, false",
      "mldsa65, false, true, true",
  })
  void usability_perVersionAndPurpose_followsTheRfcs(String name, boolean tls12, boolean tls13Handshake,
      boolean tls13Certificates) {
    SignatureScheme s = SignatureScheme.valueOf(name);

    assertThat(s.usableInTls12()).as("usableInTls12").isEqualTo(tls12);
    assertThat(s.usableInTls13Handshake()).as("usableInTls13Handshake").isEqualTo(tls13Handshake);
    assertThat(s.usableInTls13Certificates()).as("usableInTls13Certificates").isEqualTo(tls13Certificates);
  }

  @ParameterizedTest
  @CsvSource({
      "0x0401, rsa_pkcs1_sha256, RSA_PKCS1, SHA256, RSA",
      "0x0503, ecdsa_secp384r1_sha384, ECDSA, SHA384, EC",
      "0x0804, rsa_pss_rsae_sha256, RSA_PSS_RSAE, SHA256, RSA",
      "0x080B, rsa_pss_pss_sha512, RSA_PSS_PSS, SHA512, RSASSA_PSS",
      "0x0807, ed25519, ED25519, INTRINSIC, ED25519",
      "0x0808, ed448, ED448, INTRINSIC, ED448",
      "0x0202, dsa_sha1, DSA, SHA1, DSA",
      "0x0103, ecdsa_md5, ECDSA, MD5, EC",
      "0x081C, ecdsa_brainpoolP512r1tls13_sha512, ECDSA, SHA512, EC",
      "0x0708, sm2sig_sm3, SM2, SM3, EC",
      "0x070F, gostr34102012_512c, GOST, GOSTR3411_2012_512, GOSTR3410_2012_512",
      "0x0840, gostr34102012_256, GOST, GOSTR3411_2012_256, GOSTR3410_2012_256",
      "0xEDED, gostr34102001_gostr3411, GOST, GOSTR3411_94, GOSTR3410_2001",
      "0xEFEF, gostr34102012_512_gostr34112012_512, GOST, GOSTR3411_2012_512, GOSTR3410_2012_512",
      "0x0520, rsa_pkcs1_sha384_legacy, RSA_PKCS1, SHA384, RSA",
      "0x0904, mldsa44, ML_DSA, INTRINSIC, ML_DSA_44",
      "0x0906, mldsa87, ML_DSA, INTRINSIC, ML_DSA_87",
  })
  void fromCode_knownCode_hasNameAlgorithmHashAndKeyType(String code, String name, Signature signature,
      HashAlgorithm hash, KeyType keyType) {
    SignatureScheme s = SignatureScheme.fromCode(Integer.decode(code)).orElseThrow();

    assertThat(s).hasToString(name);
    assertThat(s.signatureAlgorithm()).isEqualTo(signature);
    assertThat(s.hash()).isEqualTo(hash);
    assertThat(s.keyType()).isEqualTo(keyType);
  }

  @Test
  void tls12Pairs_hashAndSignature_matchTheirWireBytes() {
    // RFC 5246 7.4.1.4.1: the high byte is the HashAlgorithm, the low byte the SignatureAlgorithm.
    HashAlgorithm[] hashByByte = {null, HashAlgorithm.MD5, HashAlgorithm.SHA1, HashAlgorithm.SHA224,
        HashAlgorithm.SHA256, HashAlgorithm.SHA384, HashAlgorithm.SHA512};
    Signature[] signatureByByte = {null, Signature.RSA_PKCS1, Signature.DSA, Signature.ECDSA};
    int pairs = 0;
    for (SignatureScheme s : SignatureScheme.values()) {
      int hashByte = s.code() >> 8;
      int signatureByte = s.code() & 0xFF;
      if (hashByte < 1 || hashByte > 6 || signatureByte < 1 || signatureByte > 3) continue;
      pairs++;

      assertThat(s.hash()).as(s.name()).isEqualTo(hashByByte[hashByte]);
      assertThat(s.signatureAlgorithm()).as(s.name()).isEqualTo(signatureByByte[signatureByte]);
    }
    assertThat(pairs).as("RSA, DSA and ECDSA pairs with MD5 to SHA-512").isEqualTo(18);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0000, 0x0204, 0x0404, 0x0809 + 0x0010, 0x0A0A, 0xFAFA, 0xFE00, -1, 0x10401})
  void fromCode_unassignedOrGreaseCode_isEmpty(int code) {
    assertThat(SignatureScheme.fromCode(code)).isEmpty();
  }

  @Test
  void fromCode_everyScheme_findsItself() {
    // Fails if two constants share a code point.
    for (SignatureScheme s : SignatureScheme.values()) {
      assertThat(SignatureScheme.fromCode(s.code())).as(s.name()).contains(s);
      assertThat(SignatureScheme.fromName(s.name())).as(s.name()).isEqualTo(s);
    }
  }

  @Test
  void registered_onlyThePrivateUseGostPairs_areNot() {
    List<Integer> unregistered = new ArrayList<>();
    for (SignatureScheme s : SignatureScheme.values()) {
      if (!s.isRegistered()) unregistered.add(s.code());
    }

    assertThat(unregistered).containsExactlyInAnyOrder(0xEDED, 0xEEEE, 0xEFEF);
  }
}
