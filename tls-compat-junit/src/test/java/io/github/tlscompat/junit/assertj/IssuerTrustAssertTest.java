package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import org.junit.jupiter.api.Test;

/** How the assertions report a client refused for its certificate's issuer: the reason, both issuer lists and the remedy. */
class IssuerTrustAssertTest {
  /** The catalog's media gateway, still holding the certificate its vendor shipped it with. */
  static final String VENDOR_GATEWAY = """
      {
        "kind": "client",
        "id": "vendor-gateway",
        "name": "Media gateway with its vendor's certificate",
        "extends": "media-gateway-mtls-lync-2013",
        "source": ["our gateway's certificate store"],
        "clientCertificate": "rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam"
      }
      """;
  static final Catalog MINE = Catalog.builder().addBuiltIn().addJson("vendor-gateway.json", VENDOR_GATEWAY).buildStrict();
  static final ServerPolicy MEDIATION = MINE.server("lync-server-2013-mediation-mtls");

  @Test
  void accepts_gatewayWithAnUntrustedIssuer_failsNamingTheReasonTheIssuersAndTheRemedy() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(MEDIATION).usingCatalog(MINE).accepts("vendor-gateway"));

    assertThat(error).hasMessage("vendor-gateway (Media gateway with its vendor's certificate) cannot connect to"
        + " lync-server-2013-mediation-mtls: CLIENT_CERTIFICATE_ISSUER_UNTRUSTED - lync-server-2013-mediation-mtls does"
        + " not trust the issuer of vendor-gateway's client certificate rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam:"
        + " issued by 'CN=Gateway Vendor CA,O=Fabrikam', trusted issuers are ['Internal enterprise CA']. Remedy: trust"
        + " client certificates issued by 'CN=Gateway Vendor CA,O=Fabrikam': connects with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 (graded secure).");
  }

  @Test
  void accepts_catalogGatewayWithTheInternalCasCertificate_passes() {
    assertThat(MEDIATION).usingCatalog(MINE).accepts("media-gateway-mtls-lync-2013");
  }
}
