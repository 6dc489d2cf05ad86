package io.github.tlscompat.evidence.handshake;

import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.TLS12_ONLY;
import static io.github.tlscompat.core.Pairs.TLS13_ONLY;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.agreed;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.connected;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.scan.ScanResult;
import io.github.tlscompat.evidence.scan.ServerScan;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The emulated server asks for a client certificate from the issuers it trusts and refuses another
 * issuer as OpenSSL does (unknown_ca); the emulated client refuses a server certificate from an
 * issuer it does not trust. Each handshake is a real Bouncy Castle one, checked against the model.
 */
class IssuerTrustHandshakeTest {
  static final CertificateIssuer INTERNAL = new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com");
  static final CertificateIssuer VENDOR = new CertificateIssuer("CN=Gateway Vendor CA,O=Fabrikam");
  static final ServerPolicy MEDIATION13 = TLS13_ONLY.toBuilder().id("mediation13").requiresClientCertificate(true)
      .trustedIssuers(List.of(INTERNAL)).build();
  static final ServerPolicy MEDIATION12 = TLS12_ONLY.toBuilder().id("mediation12").requiresClientCertificate(true)
      .trustedIssuers(List.of(INTERNAL)).build();

  static ClientProfile gateway(CertificateIssuer issuer) {
    return MODERN.toBuilder().id("gateway").clientCertificate(CertificateSpec.RSA_2048_SHA256.withIssuer(issuer)).build();
  }

  @Test
  void run_clientCertificateFromAnUntrustedIssuer_serverSendsUnknownCaInTls12AndTls13() {
    for (ServerPolicy mediation : List.of(MEDIATION12, MEDIATION13)) {
      Observation o = agreed(gateway(VENDOR), mediation);

      Refused r = refused(o);
      assertThat(r.reason()).as(mediation.id()).isEqualTo(Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_CERTIFICATE);
      assertThat(r.detail()).isEqualTo(mediation.id() + " does not trust the issuer of the client's certificate:"
          + " issued by 'CN=Gateway Vendor CA,O=Fabrikam', trusted issuers are"
          + " ['CN=Contoso Issuing CA,DC=contoso,DC=com'] (server sent unknown_ca(48): client certificate issuer not"
          + " trusted)");
      assertThat(o.alert()).contains(Alert.fatal(AlertDescription.unknown_ca));
    }
  }

  @Test
  void run_clientCertificateFromTheTrustedIssuerOrWithoutOne_connects() {
    for (ServerPolicy mediation : List.of(MEDIATION12, MEDIATION13)) {
      connected(agreed(gateway(new CertificateIssuer("Contoso Issuing CA")), mediation));
      connected(agreed(MODERN.toBuilder().clientCertificate(CertificateSpec.RSA_2048_SHA256).build(), mediation));
    }
  }

  @Test
  void run_serverCertificateFromAnIssuerTheClientDoesNotTrust_clientSendsUnknownCa() {
    ClientProfile internalOnly = MODERN.toBuilder().id("internal-only").trustedIssuers(List.of(INTERNAL)).build();
    ServerPolicy vendorCert = TLS13_ONLY.toBuilder().id("vendor-cert")
        .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(VENDOR)).build();

    Observation o = agreed(internalOnly, vendorCert);

    assertThat(refused(o).reason()).isEqualTo(Reason.CERTIFICATE_ISSUER_UNTRUSTED);
    assertThat(o.alert()).contains(Alert.fatal(AlertDescription.unknown_ca));
    connected(agreed(internalOnly, vendorCert.toBuilder()
        .certificates(CertificateSpec.RSA_2048_SHA256.withIssuer(INTERNAL)).build()));
    connected(agreed(internalOnly, TLS13_ONLY));
  }

  @Test
  void probe_tls12EmulatedServer_certificateRequestNamesTheTrustedIssuers() throws Exception {
    try (EmulatedServer server = EmulatedServer.start(MEDIATION12.toBuilder()
        .trustedIssuers(List.of(INTERNAL, new CertificateIssuer("Contoso Root CA"))).build())) {
      byte[] hello = ClientHelloEncoder.encode(MODERN.toBuilder().versions(ProtocolVersion.TLS_1_2).build(), "localhost",
          new Random(7));

      Observation o = LiveProbe.create().probe(server.address(), hello);

      assertThat(o.response().orElseThrow().certificateRequest().orElseThrow().certificateAuthorities())
          .containsExactly(INTERNAL, new CertificateIssuer("CN=Contoso Root CA"));
    }
  }

  @Test
  void scan_tls12EmulatedServer_statesTheIssuersItTrusts() throws Exception {
    try (EmulatedServer server = EmulatedServer.start(MEDIATION12)) {
      ScanResult result = ServerScan.builder("127.0.0.1", server.port()).sni("localhost").timeout(Duration.ofSeconds(5))
          .build().run();

      assertThat(result.policy().requiresClientCertificate()).isTrue();
      assertThat(result.policy().trustedIssuers()).containsExactly(INTERNAL);
      assertThat(result.measured()).contains("trustedIssuers");
    }
  }

  @Test
  void scan_tls13EmulatedServer_readsTheIssuersFromTheEncryptedCertificateRequest() throws Exception {
    try (EmulatedServer server = EmulatedServer.start(MEDIATION13)) {
      ScanResult result = ServerScan.builder("127.0.0.1", server.port()).sni("localhost").timeout(Duration.ofSeconds(5))
          .build().run();

      // In TLS 1.3 the client has finished before the server's certificate_required arrives: the scan
      // reads on until it does, and the issuers come from the CertificateRequest Bouncy Castle decrypted.
      assertThat(result.policy().requiresClientCertificate()).isTrue();
      assertThat(result.policy().trustedIssuers()).containsExactly(INTERNAL);
      assertThat(result.measured()).contains("requiresClientCertificate", "trustedIssuers");
      assertThat(result.assumed()).doesNotContain("requiresClientCertificate");
    }
  }
}
