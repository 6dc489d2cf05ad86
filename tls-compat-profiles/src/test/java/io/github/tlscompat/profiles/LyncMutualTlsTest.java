package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.remedy.PolicyChange;
import io.github.tlscompat.core.remedy.Remedy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mutual-TLS links of the Lync Server 2013 encryption document: server to server (Front End
 * pool to Edge, pool to pool) and Mediation Server to media gateway, whose certificate must come
 * from a CA the Mediation Server trusts.
 */
class LyncMutualTlsTest {
  static final Catalog CATALOG = Catalog.builtIn();
  static final CertificateIssuer VENDOR = new CertificateIssuer("CN=Gateway Vendor CA,O=Fabrikam");

  @Test
  void serverToServer_poolToEdgeEdgeToPoolAndPoolToPool_connectOverTls12() {
    ClientProfile pool = CATALOG.client("lync-server-2013-pool-mtls-client");
    ClientProfile edge = CATALOG.client("lync-server-2013-edge-mtls-client");

    for (Negotiation n : List.of(Negotiator.negotiate(pool, CATALOG.server("lync-server-2013-edge-internal-mtls")),
        Negotiator.negotiate(edge, CATALOG.server("lync-server-2013-pool-mtls")),
        Negotiator.negotiate(pool, CATALOG.server("lync-server-2013-pool-mtls")))) {
      assertThat(n).isInstanceOfSatisfying(Connected.class,
          c -> assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_2));
    }
  }

  @Test
  void mediation_gatewayWithACertificateFromTheTrustedCa_connects() {
    assertThat(Negotiator.negotiate(CATALOG.client("media-gateway-mtls-lync-2013"),
        CATALOG.server("lync-server-2013-mediation-mtls")).isConnected()).isTrue();
  }

  @Test
  void mediation_gatewayWithACertificateFromAnotherCa_refusedWithTheIssuersAndTheRemedyTrustsThatCa() {
    // GIVEN the gateway as shipped by its vendor, with the vendor's certificate
    ClientProfile gateway = CATALOG.client("media-gateway-mtls-lync-2013");
    ClientProfile vendorCertificate = gateway.toBuilder()
        .clientCertificate(gateway.clientCertificate().orElseThrow().withIssuer(VENDOR)).build();
    ServerPolicy mediation = CATALOG.server("lync-server-2013-mediation-mtls");

    // WHEN
    Negotiation n = Negotiator.negotiate(vendorCertificate, mediation);
    List<Remedy> remedies = Remedy.find(vendorCertificate, mediation);

    // THEN
    assertThat(n).isEqualTo(new Refused(Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED, "lync-server-2013-mediation-mtls"
        + " does not trust the issuer of media-gateway-mtls-lync-2013's client certificate"
        + " rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam: issued by 'CN=Gateway Vendor CA,O=Fabrikam', trusted"
        + " issuers are ['Internal enterprise CA']", Stage.CLIENT_CERTIFICATE));
    assertThat(remedies).hasSize(1);
    assertThat(remedies.get(0).changes()).containsExactly(new PolicyChange.TrustClientCertificateIssuer(VENDOR));
    assertThat(remedies.get(0).describeChanges()).isEqualTo("trust client certificates issued by"
        + " 'CN=Gateway Vendor CA,O=Fabrikam'");
  }

  @Test
  void mediation_gatewayWithoutCertificateAndADesktopClient_refusedForTheMissingCertificate() {
    ServerPolicy mediation = CATALOG.server("lync-server-2013-mediation-mtls");
    ClientProfile noCertificate = CATALOG.client("openssl-1.0.2e");

    assertThat(Negotiator.negotiate(noCertificate, mediation)).isInstanceOfSatisfying(Refused.class,
        r -> assertThat(r.reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED));
    assertThat(Negotiator.negotiate(CATALOG.client("lync-2013-win8.1"), mediation)).isInstanceOfSatisfying(
        Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED));
  }

  @Test
  void edge_internalInterfaceWithAPublicCertificate_refusedByAPoolThatTrustsOnlyTheInternalCa() {
    ServerPolicy edge = CATALOG.server("lync-server-2013-edge-internal-mtls");
    CertificateSpec internal = edge.certificates().get(0);
    CertificateSpec publicCert = internal.withIssuer(new CertificateIssuer("CN=DigiCert Global Root G2,O=DigiCert Inc"));
    ServerPolicy publicEdge = edge.toBuilder().certificates(publicCert).build();
    ClientProfile pool = CATALOG.client("lync-server-2013-pool-mtls-client");

    assertThat(Negotiator.negotiate(pool, publicEdge)).isInstanceOfSatisfying(Refused.class,
        r -> assertThat(r.reason()).isEqualTo(Reason.CERTIFICATE_ISSUER_UNTRUSTED));
    assertThat(Remedy.find(pool, publicEdge)).extracting(Remedy::describeChanges).containsExactly(
        "present a certificate issued by 'Internal enterprise CA' (the client does not trust"
            + " 'CN=DigiCert Global Root G2,O=DigiCert Inc')");
  }
}
