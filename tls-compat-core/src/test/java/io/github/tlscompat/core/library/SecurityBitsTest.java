package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import org.junit.jupiter.api.Test;

/** OpenSSL's security-bit estimates, each against the OpenSSL function it follows. */
class SecurityBitsTest {

  @Test
  void ofFiniteField_isBnSecurityBitsTable() {
    assertThat(SecurityBits.ofFiniteField(768)).isZero();
    assertThat(SecurityBits.ofFiniteField(1024)).isEqualTo(80);
    assertThat(SecurityBits.ofFiniteField(2048)).isEqualTo(112);
    assertThat(SecurityBits.ofFiniteField(3072)).isEqualTo(128);
    assertThat(SecurityBits.ofFiniteField(4096)).isEqualTo(128);
    assertThat(SecurityBits.ofFiniteField(7680)).isEqualTo(192);
    assertThat(SecurityBits.ofFiniteField(15360)).isEqualTo(256);
  }

  @Test
  void ofKey_rsaByModulus_ecByHalfTheCurve_edwardsFixed() {
    assertThat(SecurityBits.ofKey(KeyType.RSA, 2048)).isEqualTo(112);
    assertThat(SecurityBits.ofKey(KeyType.DSA, 1024)).isEqualTo(80);
    assertThat(SecurityBits.ofKey(KeyType.EC, 256)).isEqualTo(128);
    assertThat(SecurityBits.ofKey(KeyType.EC, 192)).isEqualTo(96);
    assertThat(SecurityBits.ofKey(KeyType.ED25519, 256)).isEqualTo(128);
    assertThat(SecurityBits.ofKey(KeyType.ED448, 456)).isEqualTo(224);
  }

  @Test
  void ofGroup_isTheProvidersTable() {
    assertThat(SecurityBits.ofGroup(NamedGroup.secp192r1)).isEqualTo(80);
    assertThat(SecurityBits.ofGroup(NamedGroup.secp224r1)).isEqualTo(112);
    assertThat(SecurityBits.ofGroup(NamedGroup.sect283k1)).isEqualTo(128);
    assertThat(SecurityBits.ofGroup(NamedGroup.secp256r1)).isEqualTo(128);
    assertThat(SecurityBits.ofGroup(NamedGroup.x25519)).isEqualTo(128);
    assertThat(SecurityBits.ofGroup(NamedGroup.secp384r1)).isEqualTo(192);
    assertThat(SecurityBits.ofGroup(NamedGroup.x448)).isEqualTo(224);
    assertThat(SecurityBits.ofGroup(NamedGroup.secp521r1)).isEqualTo(256);
    assertThat(SecurityBits.ofGroup(NamedGroup.brainpoolP512r1)).isEqualTo(256);
    assertThat(SecurityBits.ofGroup(NamedGroup.ffdhe2048)).isEqualTo(112);
    assertThat(SecurityBits.ofGroup(NamedGroup.ffdhe6144)).isEqualTo(128);
    assertThat(SecurityBits.ofGroup(NamedGroup.ffdhe8192)).isEqualTo(192);
  }

  @Test
  void ofSignatureHash_openSsl30RatesSha1AndMd5Below80_111HalvesTheDigest() {
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.SHA1, OpenSslVersion.OPENSSL_3_0)).isEqualTo(64);
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.MD5_SHA1, OpenSslVersion.OPENSSL_3_0)).isEqualTo(67);
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.MD5, OpenSslVersion.OPENSSL_3_0)).isEqualTo(39);
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.SHA224, OpenSslVersion.OPENSSL_3_0)).isEqualTo(112);
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.SHA1, OpenSslVersion.OPENSSL_1_1_1)).isEqualTo(80);
    assertThat(SecurityBits.ofSignatureHash(HashAlgorithm.MD5_SHA1, OpenSslVersion.OPENSSL_1_1_1)).isEqualTo(144);
  }

  @Test
  void ofSignatureScheme_edwardsByRfc8032_restByHash() {
    assertThat(SecurityBits.ofSignatureScheme(SignatureScheme.ed25519, OpenSslVersion.OPENSSL_3_0)).isEqualTo(128);
    assertThat(SecurityBits.ofSignatureScheme(SignatureScheme.ed448, OpenSslVersion.OPENSSL_3_0)).isEqualTo(224);
    assertThat(SecurityBits.ofSignatureScheme(SignatureScheme.rsa_pss_rsae_sha384, OpenSslVersion.OPENSSL_3_0))
        .isEqualTo(192);
    assertThat(SecurityBits.ofSignatureScheme(SignatureScheme.rsa_pkcs1_sha1, OpenSslVersion.OPENSSL_3_0)).isEqualTo(64);
  }

  @Test
  void ofCertificateSignature_openSsl30RatesSha1At63() {
    assertThat(SecurityBits.ofCertificateSignature(HashAlgorithm.SHA1, OpenSslVersion.OPENSSL_3_0)).isEqualTo(63);
    assertThat(SecurityBits.ofCertificateSignature(HashAlgorithm.SHA1, OpenSslVersion.OPENSSL_1_1_1)).isEqualTo(80);
    assertThat(SecurityBits.ofCertificateSignature(HashAlgorithm.SHA256, OpenSslVersion.OPENSSL_3_0)).isEqualTo(128);
  }

  @Test
  void ofCipherSuite_isTheStrengthBitsColumn() {
    assertThat(SecurityBits.ofCipherSuite(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)).isEqualTo(112);
    assertThat(SecurityBits.ofCipherSuite(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256)).isEqualTo(256);
    assertThat(SecurityBits.ofCipherSuite(CipherSuite.TLS_RSA_WITH_NULL_SHA256)).isZero();
  }
}
