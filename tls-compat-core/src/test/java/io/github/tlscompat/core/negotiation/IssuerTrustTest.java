package io.github.tlscompat.core.negotiation;

import static io.github.tlscompat.core.Pairs.FIPS;
import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.PHONE;
import static io.github.tlscompat.core.Pairs.TLS13_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.HashAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The issuer checks of mutual TLS: each side's certificate against the other's trusted issuers. */
class IssuerTrustTest {
  static final CertificateIssuer INTERNAL = new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com");
  static final CertificateIssuer GATEWAY_VENDOR = new CertificateIssuer("CN=Gateway Vendor CA,O=Fabrikam");
  static final CertificateIssuer PUBLIC_CA = new CertificateIssuer("DigiCert Global Root G2");

  /** A server that requires a client certificate from the internal CA. */
  static final ServerPolicy MEDIATION = FIPS.toBuilder().id("mediation").requiresClientCertificate(true)
      .trustedIssuers(List.of(INTERNAL)).build();

  @Nested
  class ClientCertificate {
    @Test
    void negotiate_clientCertificateFromUntrustedIssuer_refusedAtTheClientCertificateNamingBoth() {
      ClientProfile gateway = PHONE.toBuilder().id("gateway")
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();

      Negotiation n = Negotiator.negotiate(gateway, MEDIATION);

      assertThat(n).isEqualTo(new Refused(Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED, "mediation does not trust the"
          + " issuer of gateway's client certificate rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam: issued by"
          + " 'CN=Gateway Vendor CA,O=Fabrikam', trusted issuers are ['CN=Contoso Issuing CA,DC=contoso,DC=com']",
          Stage.CLIENT_CERTIFICATE));
    }

    @Test
    void negotiate_clientCertificateFromTrustedIssuer_connects() {
      ClientProfile gateway = PHONE.toBuilder()
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(new CertificateIssuer("Contoso Issuing CA")))
          .build();

      assertThat(Negotiator.negotiate(gateway, MEDIATION).isConnected()).isTrue();
    }

    @Test
    void negotiate_noClientCertificate_isStillRefusedForTheMissingCertificate() {
      assertThat(Negotiator.negotiate(PHONE, MEDIATION)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED));
    }

    @Test
    void negotiate_issuerOrTrustNotModelled_isNeverRefusedForTheIssuer() {
      ClientProfile unknownIssuer = PHONE.toBuilder().clientCertificate(CertificateSpec.RSA_2048_SHA256).build();
      ClientProfile vendorIssued = PHONE.toBuilder()
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();
      ServerPolicy trustNotModelled = MEDIATION.toBuilder().trustedIssuers(List.of()).build();

      assertThat(Negotiator.negotiate(unknownIssuer, MEDIATION).isConnected()).isTrue();
      assertThat(Negotiator.negotiate(vendorIssued, trustNotModelled).isConnected()).isTrue();
    }

    @Test
    void negotiate_serverThatDoesNotRequireACertificate_doesNotCheckItsIssuer() {
      ClientProfile vendorIssued = PHONE.toBuilder()
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();

      assertThat(Negotiator.negotiate(vendorIssued, MEDIATION.toBuilder().requiresClientCertificate(false).build())
          .isConnected()).isTrue();
    }

    @Test
    void serverHello_leavesTheClientCertificateToTheHandshake() {
      ClientProfile vendorIssued = PHONE.toBuilder()
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();

      assertThat(Negotiator.serverHello(vendorIssued, MEDIATION).isConnected()).isTrue();
    }
  }

  @Nested
  class ServerCertificate {
    @Test
    void negotiate_serverCertificateFromIssuerTheClientDoesNotTrust_refusedAtTheCertificate() {
      ClientProfile internalOnly = MODERN.toBuilder().id("internal-only").trustedIssuers(List.of(INTERNAL)).build();
      ServerPolicy publicCert = TLS13_ONLY.toBuilder().id("public")
          .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(PUBLIC_CA)).build();

      Negotiation n = Negotiator.negotiate(internalOnly, publicCert);

      assertThat(n).isEqualTo(new Refused(Reason.CERTIFICATE_ISSUER_UNTRUSTED, "internal-only does not trust the issuer"
          + " of public's certificate rsa:2048:sha256@DigiCert Global Root G2: issued by 'DigiCert Global Root G2',"
          + " trusted issuers are ['CN=Contoso Issuing CA,DC=contoso,DC=com']", Stage.CERTIFICATE));
    }

    @Test
    void negotiate_untrustedIssuerAndUnsupportedHash_reportsTheIssuerFirst() {
      ClientProfile sha1Only = PHONE.toBuilder().trustedIssuers(List.of(INTERNAL))
          .limits(ClientLimits.builder().certificateSignatureHashes(HashAlgorithm.SHA1).build()).build();
      ServerPolicy sha256FromVendor = FIPS.toBuilder()
          .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();

      assertThat(Negotiator.negotiate(sha1Only, sha256FromVendor)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.CERTIFICATE_ISSUER_UNTRUSTED));
      assertThat(Negotiator.negotiate(sha1Only, sha256FromVendor.toBuilder()
          .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(INTERNAL)).build()))
          .isInstanceOfSatisfying(Refused.class,
              r -> assertThat(r.reason()).isEqualTo(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED));
    }

    @Test
    void negotiate_serverRefusalOfClientOutranksNothingTheClientFoundFirst() {
      // Both certificates untrusted: the client checks the server's first, so that is the reason.
      ClientProfile both = PHONE.toBuilder().trustedIssuers(List.of(INTERNAL))
          .clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();
      ServerPolicy vendorCert = MEDIATION.toBuilder()
          .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(GATEWAY_VENDOR)).build();

      assertThat(Negotiator.negotiate(both, vendorCert)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.CERTIFICATE_ISSUER_UNTRUSTED));
    }

    @Test
    void negotiate_certificateWithoutIssuer_isNotRefusedForIt() {
      ClientProfile internalOnly = MODERN.toBuilder().trustedIssuers(List.of(INTERNAL)).build();

      assertThat(Negotiator.negotiate(internalOnly, TLS13_ONLY).isConnected()).isTrue();
    }
  }
}
