package io.github.tlscompat.core.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DifferenceTest {
  private static final Connected PREDICTED = new Connected(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256,
      Optional.of(NamedGroup.x25519), OptionalInt.empty(), Optional.of(SignatureScheme.rsa_pss_rsae_sha256),
      Optional.of(CertificateSpec.RSA_2048_SHA256), false, List.of());

  @Test
  void differencesFrom_everyParameterDiffers_oneTypedDifferenceEachInOrder() {
    // GIVEN a connection that differs on every parameter the model predicts
    Connected seen = new Connected(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        Optional.of(NamedGroup.secp384r1), OptionalInt.empty(), Optional.of(SignatureScheme.rsa_pkcs1_sha256),
        Optional.of(CertificateSpec.ECDSA_P256_SHA256), false, List.of());

    // WHEN
    List<Difference> d = seen.differencesFrom(PREDICTED);

    // THEN
    assertThat(d).containsExactly(
        new Difference.VersionDiffers(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2),
        new Difference.CipherSuiteDiffers(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384),
        new Difference.GroupDiffers(NamedGroup.x25519, NamedGroup.secp384r1),
        new Difference.SignatureSchemeDiffers(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256),
        new Difference.CertificateDiffers(CertificateSpec.RSA_2048_SHA256, CertificateSpec.ECDSA_P256_SHA256));
    assertThat(d).extracting(Difference::describe).containsExactly(
        "version TLSv1.2 not TLSv1.3",
        "suite TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 not TLS_AES_128_GCM_SHA256",
        "group secp384r1 not x25519",
        "signature scheme rsa_pkcs1_sha256 not rsa_pss_rsae_sha256",
        "certificate ecdsa:256:sha256 not rsa:2048:sha256");
  }

  @Test
  void differencesFrom_tls13HelloRetryRequestAndHiddenParameters_countsOnlyWhatBothShow() {
    // GIVEN a probe's TLS 1.3 view: no scheme or certificate, and a HelloRetryRequest the model did not predict
    Connected seen = new Connected(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256,
        Optional.of(NamedGroup.x25519), OptionalInt.empty(), Optional.empty(), Optional.empty(), true, List.of());

    assertThat(seen.differencesFrom(PREDICTED)).containsExactly(new Difference.HelloRetryRequestDiffers(true));
    assertThat(new Difference.HelloRetryRequestDiffers(true).describe()).isEqualTo("a HelloRetryRequest was needed");
    assertThat(new Difference.HelloRetryRequestDiffers(false).describe()).isEqualTo("no HelloRetryRequest was needed");
  }

  @Test
  void describe_dhBitsAndSsl2List_readAsBefore() {
    assertThat(new Difference.DhBitsDiffer(2048, 1024).describe()).isEqualTo("DH prime 1024 bits not 2048");
    assertThat(new Difference.CipherSuiteNotListed(CipherSuite.SSL_CK_DES_192_EDE3_CBC_WITH_MD5,
        List.of(CipherSuite.SSL_CK_RC4_128_WITH_MD5)).describe())
        .isEqualTo("server lists [SSL_CK_RC4_128_WITH_MD5] without SSL_CK_DES_192_EDE3_CBC_WITH_MD5");
  }
}
