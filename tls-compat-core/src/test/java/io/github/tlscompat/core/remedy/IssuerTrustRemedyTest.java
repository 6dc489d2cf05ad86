package io.github.tlscompat.core.remedy;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuerTrustRemedyTest {
  static final CertificateIssuer INTERNAL = new CertificateIssuer("CN=Contoso Issuing CA");
  static final CertificateIssuer VENDOR = new CertificateIssuer("CN=Gateway Vendor CA");
  static final ServerPolicy MEDIATION = ServerPolicy.builder("mediation", "Mediation Server").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).requiresClientCertificate(true)
      .trustedIssuers(List.of(INTERNAL)).build();
  static final ClientProfile GATEWAY = ClientProfile.builder("gateway", "media gateway").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(VENDOR)).build();

  @Test
  void find_clientCertificateFromUntrustedIssuer_trustsThatIssuerOnTheServer() {
    List<Remedy> remedies = Remedy.find(GATEWAY, MEDIATION);

    assertThat(remedies).extracting(Remedy::describe).containsExactly("trust client certificates issued by"
        + " 'CN=Gateway Vendor CA': connects with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (graded recommended)");
    Remedy r = remedies.get(0);
    assertThat(r.changes()).containsExactly(new PolicyChange.TrustClientCertificateIssuer(VENDOR));
    assertThat(r.policy().trustedIssuers()).containsExactly(INTERNAL, VENDOR);
    assertThat(r.concession()).isEqualTo(SecurityGrade.RECOMMENDED);
  }

  @Test
  void find_serverCertificateFromIssuerTheClientDoesNotTrust_presentsOneFromATrustedIssuer() {
    ClientProfile internalOnly = GATEWAY.toBuilder().clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(INTERNAL))
        .trustedIssuers(List.of(INTERNAL)).build();
    CertificateSpec vendorCert = CertificateSpec.RSA_2048_SHA256.withIssuer(VENDOR);
    ServerPolicy edge = MEDIATION.toBuilder().id("edge").certificates(vendorCert).build();

    List<Remedy> remedies = Remedy.find(internalOnly, edge);

    assertThat(remedies).extracting(Remedy::describeChanges).containsExactly(
        "present a certificate issued by 'CN=Contoso Issuing CA' (the client does not trust 'CN=Gateway Vendor CA')");
    assertThat(remedies.get(0).changes()).containsExactly(
        new PolicyChange.ReplaceCertificate(vendorCert, vendorCert.withIssuer(INTERNAL)));
  }

  @Test
  void trustClientCertificateIssuer_alreadyTrusted_saysSo() {
    PolicyChange change = new PolicyChange.TrustClientCertificateIssuer(new CertificateIssuer("Contoso Issuing CA"));

    assertThatThrownBy(() -> change.applyTo(MEDIATION)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy mediation already trusts client certificates issued by 'Contoso Issuing CA'");
  }

  @Test
  void otherCertificateRemedies_keepTheIssuer() {
    ClientProfile sha1Only = GATEWAY.toBuilder().clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(INTERNAL))
        .limits(io.github.tlscompat.core.model.ClientLimits.builder()
            .certificateSignatureHashes(io.github.tlscompat.core.registry.HashAlgorithm.SHA1).build()).build();
    CertificateSpec internalCert = CertificateSpec.RSA_2048_SHA256.withIssuer(INTERNAL);
    ServerPolicy server = MEDIATION.toBuilder().certificates(internalCert).build();

    List<Remedy> remedies = Remedy.find(sha1Only, server);

    assertThat(remedies.get(0).changes()).containsExactly(new PolicyChange.ReplaceCertificate(internalCert,
        CertificateSpec.RSA_2048_SHA1.withIssuer(INTERNAL)));
  }
}
