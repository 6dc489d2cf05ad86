package io.github.tlscompat.core.remedy;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import org.junit.jupiter.api.Test;

class PolicyChangeTest {
  private static final ServerPolicy SERVER = ServerPolicy.builder("server", "TLS 1.2 server").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).certificates(CertificateSpec.RSA_2048_SHA256).dhBits(2048)
      .requiresClientCertificate(true).build();
  private static final CertificateSpec RSA_4096 = new CertificateSpec(KeyType.RSA, 4096, HashAlgorithm.SHA256, false);

  @Test
  void enableVersion_applyTo_addsTheVersion() {
    PolicyChange change = new PolicyChange.EnableVersion(TLS_1_0);

    assertThat(change.applyTo(SERVER).versions()).containsExactlyInAnyOrder(TLS_1_0, TLS_1_2);
    assertThat(change.describe()).isEqualTo("enable TLSv1.0");
  }

  @Test
  void addCipherSuite_applyTo_appendsItLast() {
    PolicyChange change = new PolicyChange.AddCipherSuite(TLS_RSA_WITH_3DES_EDE_CBC_SHA);

    assertThat(change.applyTo(SERVER).cipherSuites())
        .containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(change.describe()).isEqualTo("add TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void addCertificate_applyTo_keepsTheOthersFirst() {
    PolicyChange change = new PolicyChange.AddCertificate(CertificateSpec.ECDSA_P256_SHA256);

    assertThat(change.applyTo(SERVER).certificates())
        .containsExactly(CertificateSpec.RSA_2048_SHA256, CertificateSpec.ECDSA_P256_SHA256);
    assertThat(change.describe()).isEqualTo("add an ECDSA P-256 certificate");
    assertThat(new PolicyChange.AddCertificate(CertificateSpec.RSA_2048_SHA256).describe())
        .isEqualTo("add an RSA 2048-bit certificate");
  }

  @Test
  void addFallbackCertificate_applyTo_setsIt() {
    PolicyChange change = new PolicyChange.AddFallbackCertificate(CertificateSpec.RSA_2048_SHA1);

    assertThat(change.applyTo(SERVER).fallbackCertificate()).contains(CertificateSpec.RSA_2048_SHA1);
    assertThat(change.describe()).isEqualTo("add a fallback certificate for clients without SNI");
  }

  @Test
  void replaceCertificate_describe_saysWhatDiffers() {
    assertThat(new PolicyChange.ReplaceCertificate(CertificateSpec.RSA_2048_SHA256, CertificateSpec.RSA_2048_SHA1)
        .describe()).isEqualTo("present a certificate signed with SHA1 (the client cannot verify SHA256)");
    assertThat(new PolicyChange.ReplaceCertificate(CertificateSpec.RSA_2048_SHA256.asWildcard(),
        CertificateSpec.RSA_2048_SHA256).describe())
        .isEqualTo("present a certificate with the host's own name, not a wildcard");
    assertThat(new PolicyChange.ReplaceCertificate(RSA_4096, CertificateSpec.RSA_2048_SHA256).describe())
        .isEqualTo("present an RSA 2048-bit certificate");
  }

  @Test
  void replaceCertificate_applyTo_replacesTheFallbackWhenThatIsTheOne() {
    ServerPolicy withFallback = SERVER.toBuilder().requiresSni(true).fallbackCertificate(RSA_4096).build();

    ServerPolicy changed = new PolicyChange.ReplaceCertificate(RSA_4096, CertificateSpec.RSA_2048_SHA256)
        .applyTo(withFallback);

    assertThat(changed.fallbackCertificate()).contains(CertificateSpec.RSA_2048_SHA256);
    assertThat(changed.certificates()).containsExactly(CertificateSpec.RSA_2048_SHA256);
  }

  @Test
  void replaceCertificate_applyToAPolicyWithoutIt_failsNamingBoth() {
    PolicyChange change = new PolicyChange.ReplaceCertificate(RSA_4096, CertificateSpec.RSA_2048_SHA256);

    assertThatThrownBy(() -> change.applyTo(SERVER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy server has no certificate rsa:4096:sha256 to replace; it has [rsa:2048:sha256]");
  }

  @Test
  void useDhParametersAndStopRequiringClientCertificate_applyTo_changeOnlyThat() {
    ServerPolicy dh = new PolicyChange.UseDhParameters(1024).applyTo(SERVER);
    ServerPolicy noClientCert = new PolicyChange.StopRequiringClientCertificate().applyTo(SERVER);

    assertThat(dh).isEqualTo(SERVER.toBuilder().dhBits(1024).build());
    assertThat(noClientCert).isEqualTo(SERVER.toBuilder().requiresClientCertificate(false).build());
    assertThat(new PolicyChange.UseDhParameters(1024).describe()).isEqualTo("use 1024-bit DH parameters");
    assertThat(new PolicyChange.StopRequiringClientCertificate().describe()).isEqualTo("stop requiring a client certificate");
  }

  @Test
  void equality_sameChange_isEqualSoRemediesDedupeByValue() {
    assertThat(new PolicyChange.EnableVersion(TLS_1_0)).isEqualTo(new PolicyChange.EnableVersion(TLS_1_0))
        .isNotEqualTo(new PolicyChange.EnableVersion(TLS_1_2));
    assertThat(new PolicyChange.StopRequiringClientCertificate()).isEqualTo(new PolicyChange.StopRequiringClientCertificate());
  }
}
