package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mutual-TLS fields: a client certificate with its issuer, and each side's trusted issuers. */
class IssuerFieldsTest {
  static final String GATEWAY = """
      {
        "kind": "client",
        "id": "my-gateway",
        "name": "My media gateway",
        "source": ["vendor manual p. 40"],
        "versions": ["TLSv1.2"],
        "cipherSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"],
        "clientCertificate": "rsa:2048:sha256@cn = Gateway Vendor CA, o = Fabrikam",
        "trustedIssuers": ["CN=Contoso Issuing CA,DC=contoso,DC=com"]
      }
      """;

  static final String MEDIATION = """
      {
        "kind": "server",
        "id": "my-mediation",
        "name": "My Mediation Server",
        "source": ["our deployment"],
        "versions": ["TLSv1.2"],
        "cipherSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"],
        "certificates": ["rsa:2048:sha256@CN=Contoso Issuing CA,DC=contoso,DC=com"],
        "requiresClientCertificate": true,
        "trustedIssuers": ["CN=Contoso Issuing CA,DC=contoso,DC=com", "Contoso Root CA"]
      }
      """;

  /** The shipped schema, as the loader validates user files with it. */
  static final ProfileSchema schema = ProfileSchema.shipped();

  @Test
  void client_certificateWithIssuerAndTrustedIssuers_areRead() {
    ClientProfile gateway = Catalog.builder().addJson("g.json", GATEWAY).buildStrict().client("my-gateway");

    assertThat(gateway.clientCertificate()).contains(CertificateSpec.RSA_2048_SHA256
        .withIssuer(new CertificateIssuer("CN=Gateway Vendor CA,O=Fabrikam")));
    assertThat(gateway.trustedIssuers()).containsExactly(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
  }

  @Test
  void client_keyTypeAlone_isTheTypicalCertificateWithoutIssuer() {
    ClientProfile ecdsa = Catalog.builder().addJson("g.json", GATEWAY
        .replace("\"rsa:2048:sha256@cn = Gateway Vendor CA, o = Fabrikam\"", "\"ecdsa\"")).buildStrict().client("my-gateway");

    assertThat(ecdsa.clientCertificate()).contains(CertificateSpec.ECDSA_P256_SHA256);
  }

  @Test
  void server_trustedIssuers_areReadInOrder() {
    ServerPolicy mediation = Catalog.builder().addJson("m.json", MEDIATION).buildStrict().server("my-mediation");

    assertThat(mediation.trustedIssuers()).containsExactly(
        new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"), new CertificateIssuer("Contoso Root CA"));
    assertThat(mediation.certificates().get(0).issuer()).contains(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
  }

  @Test
  void badIssuerFields_areReportedWithFileFieldAndWhatIsExpected() {
    assertThat(CatalogLoadingTest.problemsOf("g.json", GATEWAY.replace("\"CN=Contoso Issuing CA,DC=contoso,DC=com\"",
        "\"CN=Contoso Issuing CA,,DC=com\", 7, \"CN=Other CA\", \"cn=other ca\""))).containsExactly(
        "issuer 'CN=Contoso Issuing CA,,DC=com': '' is not an attribute type=value; a distinguished name reads like"
            + " CN=Contoso Issuing CA,DC=contoso,DC=com at /trustedIssuers/0 in g.json",
        "expected a string, found 7 at /trustedIssuers/1 in g.json",
        "issuer 'CN=other ca' is listed twice at /trustedIssuers/3 in g.json; list each issuer once");
    assertThat(CatalogLoadingTest.problemsOf("g.json", GATEWAY.replace("[\"CN=Contoso Issuing CA,DC=contoso,DC=com\"]",
        "[]"))).containsExactly(
        "empty list at /trustedIssuers in g.json; leave the field out where the trusted issuers are not known");
    assertThat(CatalogLoadingTest.problemsOf("g.json", GATEWAY.replace("\"rsa:2048:sha256@cn = Gateway Vendor CA, o = Fabrikam\"",
        "\"rsa:2048:sha256@\""))).containsExactly(
        "certificate 'rsa:2048:sha256@': an issuer needs a name, was '' at /clientCertificate in g.json");
    assertThat(CatalogLoadingTest.problemsOf("g.json", GATEWAY.replace("\"rsa:2048:sha256@cn = Gateway Vendor CA, o = Fabrikam\"",
        "\"rsa-2048\""))).containsExactly(
        "unknown key type 'rsa-2048' at /clientCertificate in g.json; expected rsa, ecdsa, dsa, ed25519 or ed448, or a"
            + " certificate such as \"rsa:2048:sha256@CN=Contoso Issuing CA\"");
  }

  @Test
  void server_trustedIssuersWithoutRequiringACertificate_isAProblem() {
    assertThat(CatalogLoadingTest.problemsOf("m.json", MEDIATION.replace("\"requiresClientCertificate\": true",
        "\"requiresClientCertificate\": false"))).containsExactly(
        "trusted issuers of client certificates only count where one is required at /trustedIssuers in m.json;"
            + " set \"requiresClientCertificate\": true, or remove trustedIssuers");
  }

  @Test
  void schema_acceptsWhatTheLoaderAcceptsAndRejectsWhatItRejects() throws IOException {
    assertThat(schema.validate(ProfileFile.MAPPER.readTree(GATEWAY))).isEmpty();
    assertThat(schema.validate(ProfileFile.MAPPER.readTree(MEDIATION))).isEmpty();
    for (String bad : List.of(GATEWAY.replace("[\"CN=Contoso Issuing CA,DC=contoso,DC=com\"]", "[]"),
        GATEWAY.replace("\"CN=Contoso Issuing CA,DC=contoso,DC=com\"", "\"  \""),
        GATEWAY.replace("\"rsa:2048:sha256@cn = Gateway Vendor CA, o = Fabrikam\"", "\"rsa:2048:sha256@\""),
        MEDIATION.replace("\"Contoso Root CA\"", "\"CN=Contoso Issuing CA,DC=contoso,DC=com\""))) {
      assertThat(schema.validate(ProfileFile.MAPPER.readTree(bad))).as(bad).isNotEmpty();
      assertThat(Catalog.builder().addJson("x", bad).build().problems()).as(bad).isNotEmpty();
    }
  }

  @Test
  void profileJson_writesTheFieldsAndReadsBackEqualValues() throws IOException {
    Catalog catalog = Catalog.builder().addJson("g.json", GATEWAY).addJson("m.json", MEDIATION).buildStrict();
    ClientProfile gateway = catalog.client("my-gateway");
    ServerPolicy mediation = catalog.server("my-mediation");

    String clientJson = ProfileJson.toJson(gateway, catalog.info("my-gateway"));
    String serverJson = ProfileJson.toJson(mediation, catalog.info("my-mediation"));

    assertThat(clientJson).contains("\"clientCertificate\" : \"rsa:2048:sha256@CN=Gateway Vendor CA,O=Fabrikam\"",
        "\"trustedIssuers\" : [ \"CN=Contoso Issuing CA,DC=contoso,DC=com\" ]");
    assertThat(serverJson).contains(
        "\"trustedIssuers\" : [ \"CN=Contoso Issuing CA,DC=contoso,DC=com\", \"Contoso Root CA\" ]");
    assertThat(schema.validate(ProfileFile.MAPPER.readTree(clientJson))).isEmpty();
    assertThat(schema.validate(ProfileFile.MAPPER.readTree(serverJson))).isEmpty();
    Catalog reread = Catalog.builder().addJson("g2.json", clientJson).addJson("m2.json", serverJson).buildStrict();
    assertThat(reread.client("my-gateway")).isEqualTo(gateway);
    assertThat(reread.server("my-mediation")).isEqualTo(mediation);
  }

  @Test
  void profileJson_typicalClientCertificate_isWrittenAsItsKeyType() {
    ClientProfile rsa = ClientProfile.builder("c", "c").versions(io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2)
        .cipherSuites(io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA)
        .clientCertificate(io.github.tlscompat.core.registry.SignatureScheme.KeyType.RSA).build();

    String json = ProfileJson.toJson(rsa, ProfileInfo.of(ProfileKind.CLIENT, "c", "c", List.of("test")));

    assertThat(json).contains("\"clientCertificate\" : \"rsa\"");
  }
}
