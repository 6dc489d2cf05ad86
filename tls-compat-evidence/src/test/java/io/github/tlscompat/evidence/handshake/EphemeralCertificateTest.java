package io.github.tlscompat.evidence.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EphemeralCertificateTest {

  @Test
  void of_rsa2048Sha256_makesASelfSignedLocalhostCertificateOnce() throws Exception {
    // WHEN the common spec is asked for twice
    EphemeralCertificate first = EphemeralCertificate.of(CertificateSpec.RSA_2048_SHA256);
    EphemeralCertificate second = EphemeralCertificate.of(CertificateSpec.parse("rsa:2048:sha256"));

    // THEN it is made once, self-signed, for localhost and the loopback addresses
    X509Certificate c = first.certificate();
    assertThat(second).isSameAs(first);
    assertThat(((RSAPublicKey) c.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
    c.verify(c.getPublicKey());
    assertThat(c.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))))
        .containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(first.names()).containsExactly("localhost", "127.0.0.1", "::1");
  }

  @Test
  void of_specsThatDifferOnlyInHash_shareOneKey() {
    EphemeralCertificate sha256 = EphemeralCertificate.of(CertificateSpec.RSA_2048_SHA256);
    EphemeralCertificate sha1 = EphemeralCertificate.of(CertificateSpec.RSA_2048_SHA1);

    assertThat(sha1.certificate().getPublicKey()).isEqualTo(sha256.certificate().getPublicKey());
    assertThat(sha1.certificate().getSigAlgName()).isEqualTo("SHA1withRSA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa:2048:sha1", "rsa:1024:md5", "ecdsa:256:sha256", "ecdsa:384:sha384", "ecdsa:521:sha512",
      "dsa:2048:sha256", "rsa:2048:sha256:wildcard"})
  void of_spec_readsBackAsTheSameSpec(String text) {
    // GIVEN a spec; WHEN its certificate is read the way a client reads the Certificate message
    CertificateSpec spec = CertificateSpec.parse(text);
    ServerCertificate read = ServerCertificate.fromDer(1, EphemeralCertificate.of(spec).encoded());

    // THEN the facts a client checks are the spec's
    assertThat(read.first()).contains(spec);
  }

  @Test
  void of_ed25519_readsBackWithIntrinsicHash() {
    CertificateSpec ed25519 = new CertificateSpec(KeyType.ED25519, 255, HashAlgorithm.INTRINSIC, false);

    assertThat(ServerCertificate.fromDer(1, EphemeralCertificate.of(ed25519).encoded()).first()).contains(ed25519);
  }

  @Test
  void of_unsupportedSpecs_failNamingTheSpecAndWhatIsSupported() {
    assertThatThrownBy(() -> EphemeralCertificate.of(CertificateSpec.parse("ecdsa:224:sha256")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot make a certificate ecdsa:224:sha256: EC keys are on P-256, P-384 or P-521 "
            + "(256, 384 or 521 bits)");
    assertThatThrownBy(() -> EphemeralCertificate.of(CertificateSpec.parse("dsa:2048:sha512")))
        .hasMessage("cannot make a certificate dsa:2048:sha512: DSA certificates are signed with sha1, sha224 or sha256");
    assertThatThrownBy(() -> EphemeralCertificate.of(new CertificateSpec(KeyType.RSASSA_PSS, 2048, HashAlgorithm.SHA256,
        false))).hasMessage("cannot make a certificate rsassa_pss:2048:sha256: supported key types are RSA, EC, DSA, "
            + "Ed25519 and Ed448, not RSASSA_PSS");
    assertThat(EphemeralCertificate.isSupported(CertificateSpec.parse("ecdsa:224:sha256"))).isFalse();
  }

  @Test
  void keyStore_feedsAJsseKeyManager() throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(EphemeralCertificate.of(CertificateSpec.ECDSA_P256_SHA256).keyStore(),
        EphemeralCertificate.KEY_PASSWORD.toCharArray());

    assertThat(List.of(kmf.getKeyManagers())).hasSize(1);
    assertThat(EphemeralCertificate.of(CertificateSpec.ECDSA_P256_SHA256).trustStore()
        .isCertificateEntry(EphemeralCertificate.ALIAS)).isTrue();
  }
}
