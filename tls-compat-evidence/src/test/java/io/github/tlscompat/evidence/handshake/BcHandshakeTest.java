package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.Observation;
import static io.github.tlscompat.core.Pairs.FIPS;
import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.MODERN_TLS12;
import static io.github.tlscompat.core.Pairs.PHONE;
import static io.github.tlscompat.core.Pairs.RC4_ONLY;
import static io.github.tlscompat.core.Pairs.TLS12_ONLY;
import static io.github.tlscompat.core.Pairs.TLS13_ONLY;
import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.Pairs;
import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.Evidence;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Real in-memory Bouncy Castle handshakes between hand-built profiles and policies; each result is
 * also checked against the model's prediction.
 */
class BcHandshakeTest {

  /** Runs the pair and asserts the handshake agrees with the model. */
  static Observation agreed(ClientProfile client, ServerPolicy server) {
    Observation result = BcHandshake.run(client, server);
    assertThat(result.disagreementWith(Negotiator.negotiate(client, server))).as("%s", result).isEmpty();
    return result;
  }

  static Connected connected(Observation result) {
    assertThat(result.outcome()).as("%s", result).isEqualTo(Outcome.CONNECTED);
    return (Connected) result.negotiation().orElseThrow();
  }

  static Refused refused(Observation result) {
    assertThat(result.outcome()).as("%s", result).isEqualTo(Outcome.REFUSED);
    return (Refused) result.negotiation().orElseThrow();
  }

  @Nested
  class Connects {
    @Test
    void run_modernVsTls13Server_completesTls13WithTheKeyShare() {
      Observation r = agreed(MODERN, TLS13_ONLY);

      Connected c = connected(r);
      assertThat(r.evidence()).contains(Evidence.HANDSHAKE);
      assertThat(c.version()).isEqualTo(TLS_1_3);
      assertThat(c.cipherSuite()).isEqualTo(TLS_AES_256_GCM_SHA384);
      assertThat(c.group()).contains(NamedGroup.x25519);
      assertThat(c.helloRetryRequest()).isFalse();
      assertThat(c.signatureScheme()).contains(SignatureScheme.rsa_pss_rsae_sha256);
      assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
    }

    @Test
    void run_tls13GroupWithoutKeyShare_completesAfterHelloRetryRequest() {
      ServerPolicy p256Only = TLS13_ONLY.toBuilder().groups(List.of(NamedGroup.secp256r1)).build();

      Connected c = connected(agreed(MODERN, p256Only));

      assertThat(c.group()).contains(NamedGroup.secp256r1);
      assertThat(c.helloRetryRequest()).isTrue();
    }

    @Test
    void run_modernVsTls12EcdheGcm_completesWithServersFirstSuite() {
      Connected c = connected(agreed(MODERN, TLS12_ONLY));

      assertThat(c.version()).isEqualTo(TLS_1_2);
      assertThat(c.cipherSuite()).isEqualTo(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
      assertThat(c.group()).contains(NamedGroup.x25519);
      assertThat(c.signatureScheme()).contains(SignatureScheme.rsa_pss_rsae_sha256);
    }

    @Test
    void run_phoneVsFipsTemplate_completesTls10With3desRsaKeyExchange() {
      Observation r = agreed(PHONE, FIPS);

      Connected c = connected(r);
      assertThat(r.evidence()).contains(Evidence.HANDSHAKE);
      assertThat(c.version()).isEqualTo(TLS_1_0);
      assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
      assertThat(c.group()).isEmpty();
      assertThat(c.signatureScheme()).isEmpty();
    }

    @Test
    void run_serverOrClientPreference_decidesWhichSharedSuiteWins() {
      ClientProfile aesFirst = PHONE.toBuilder().cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
          .build();
      ServerPolicy serverOrder = FIPS.toBuilder().cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
          .build();
      ServerPolicy clientOrder = serverOrder.toBuilder().serverPreference(false).build();

      assertThat(connected(agreed(aesFirst, serverOrder)).cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
      assertThat(connected(agreed(aesFirst, clientOrder)).cipherSuite()).isEqualTo(TLS_RSA_WITH_AES_128_CBC_SHA);
    }

    @Test
    void run_ecdsaCertificate_signsWithEcdsaOnP256() {
      ServerPolicy ecdsa = TLS12_ONLY.toBuilder().cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
          .certificates(CertificateSpec.ECDSA_P256_SHA256).build();

      Connected tls12 = connected(agreed(MODERN, ecdsa));
      Connected tls13 = connected(agreed(MODERN, TLS13_ONLY.toBuilder().certificates(CertificateSpec.ECDSA_P256_SHA256).build()));

      assertThat(tls12.cipherSuite()).isEqualTo(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
      assertThat(tls12.certificate()).contains(CertificateSpec.ECDSA_P256_SHA256);
      assertThat(tls12.signatureScheme()).contains(SignatureScheme.ecdsa_secp256r1_sha256);
      assertThat(tls13.signatureScheme()).contains(SignatureScheme.ecdsa_secp256r1_sha256);
    }

    @Test
    void run_sniRequiredWithFallbackCertificate_presentsTheFallback() {
      ServerPolicy wap = FIPS.toBuilder().requiresSni(true).fallbackCertificate(CertificateSpec.RSA_2048_SHA1).build();

      assertThat(connected(agreed(PHONE, wap)).certificate()).contains(CertificateSpec.RSA_2048_SHA1);
      assertThat(connected(agreed(PHONE.toBuilder().sendsSni(true).build(), wap)).certificate())
          .contains(CertificateSpec.RSA_2048_SHA256);
    }

    @Test
    void run_clientListsFfdheGroups_dheUsesTheSharedRfc7919Group() {
      ClientProfile ffdhe = ClientProfile.builder("ffdhe", "TLS 1.2 DHE client").versions(TLS_1_2)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).groups(List.of(NamedGroup.ffdhe3072, NamedGroup.ffdhe2048))
          .build();
      ServerPolicy dhe = TLS12_ONLY.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).dhBits(1024).build();

      Connected c = connected(agreed(ffdhe, dhe));

      assertThat(c.group()).contains(NamedGroup.ffdhe2048);
      assertThat(c.dhBits()).hasValue(2048);
    }

    @Test
    void run_rc4OnlyPair_restsOnTheServerHello() {
      Observation r = agreed(PHONE, RC4_ONLY);

      Connected c = connected(r);
      assertThat(r.evidence()).contains(Evidence.WIRE);
      assertThat(c.version()).isEqualTo(TLS_1_0);
      assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_RC4_128_SHA);
      assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
      assertThat(c.warnings()).contains(new Warning.UnrunnableSuite(TLS_RSA_WITH_RC4_128_SHA));
      assertThat(c.warnings()).extracting(Warning::describe).contains("Bouncy Castle cannot run TLS_RSA_WITH_RC4_128_SHA, so the handshake stopped at "
          + "the server's ServerHello: the server's choice is proven, the rest of the handshake and the client's "
          + "checks are not");
    }

    @Test
    void run_staticEcdhSuiteVsEcdsaP256Server_connectsAsTheModelSaysOnTheServerHello() {
      // GIVEN an ECDSA P-256 server whose only suite is static ECDH, and a client that offers it
      ServerPolicy ecdh = ServerPolicy.builder("ecdh-ecdsa", "static ECDH on ECDSA P-256").versions(TLS_1_2)
          .cipherSuites(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA).certificates(CertificateSpec.ECDSA_P256_SHA256).build();
      ClientProfile client = MODERN_TLS12.toBuilder().id("ecdh-client")
          .cipherSuites(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256).build();
      assertThat(Negotiator.negotiate(client, ecdh)).isInstanceOfSatisfying(Connected.class,
          m -> assertThat(m.cipherSuite()).isEqualTo(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA));
      assertThat(BcHandshake.whyNotRunnable(client, ecdh)).isEmpty();

      // WHEN they meet (agreed: the handshake agrees with the model)
      Observation r = agreed(client, ecdh);

      // THEN the emulated server chose the suite and certificate the engine chose; BC's static ECDH needs a
      // fixed-ECDH client certificate, so the result rests on that ServerHello
      Connected c = connected(r);
      assertThat(r.evidence()).contains(Evidence.WIRE);
      assertThat(c.version()).isEqualTo(TLS_1_2);
      assertThat(c.cipherSuite()).isEqualTo(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA);
      assertThat(c.certificate()).contains(CertificateSpec.ECDSA_P256_SHA256);
      assertThat(c.warnings()).contains(new Warning.UnrunnableSuite(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA));
      assertThat(new Warning.UnrunnableSuite(TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA).describe()).isEqualTo("Bouncy Castle cannot run TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA, so the "
          + "handshake stopped at the server's ServerHello: the server's choice is proven, the rest of the handshake "
          + "and the client's checks are not");
    }

    @Test
    void run_clientWithCertificateVsMutualTls_completes() {
      ServerPolicy mtls = TLS13_ONLY.toBuilder().requiresClientCertificate(true).build();
      ServerPolicy mtls12 = TLS12_ONLY.toBuilder().requiresClientCertificate(true).build();

      connected(agreed(MODERN.toBuilder().clientCertificate(KeyType.RSA).build(), mtls));
      connected(agreed(MODERN.toBuilder().clientCertificate(KeyType.EC).build(), mtls12));
    }
  }

  @Nested
  class Refuses {
    @Test
    void run_noSharedVersion_serverSendsProtocolVersion() {
      Observation r = agreed(PHONE, TLS12_ONLY);

      assertThat(refused(r).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(r.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
      assertThat(r.alertSender()).contains(Side.SERVER);
      assertThat(r.consistentReasons()).containsExactly(Reason.NO_SHARED_PROTOCOL_VERSION);
    }

    @Test
    void run_noSharedSuite_serverSendsHandshakeFailure() {
      Observation r = agreed(MODERN_TLS12, FIPS);

      assertThat(r.alert()).contains(Alert.fatal(AlertDescription.handshake_failure));
      assertThat(r.consistentReasons()).contains(Reason.NO_SHARED_CIPHER_SUITE);
      assertThat(r.detail()).isEqualTo("server sent handshake_failure(40): No selectable cipher suite");
    }

    @Test
    void run_sniRequiredWithoutFallback_serverSendsUnrecognizedName() {
      Observation r = agreed(PHONE, FIPS.toBuilder().requiresSni(true).build());

      Refused refused = refused(r);
      assertThat(refused.reason()).isEqualTo(Reason.SNI_REQUIRED);
      assertThat(refused.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(r.alert()).contains(Alert.fatal(AlertDescription.unrecognized_name));
      assertThat(connected(agreed(PHONE.toBuilder().sendsSni(true).build(), FIPS.toBuilder().requiresSni(true).build()))
          .version()).isEqualTo(TLS_1_0);
    }

    @Test
    void run_sha256CertificateToSha1OnlyClient_clientRefusesTheCertificate() {
      ClientProfile oldFirmware = PHONE.toBuilder().limits(ClientLimits.builder()
          .certificateSignatureHashes(HashAlgorithm.SHA1).build()).build();

      Observation r = agreed(oldFirmware, FIPS);

      Refused refused = refused(r);
      assertThat(refused.reason()).isEqualTo(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED);
      assertThat(refused.stage()).isEqualTo(Stage.CERTIFICATE);
      assertThat(r.alertSender()).contains(Side.CLIENT);
      assertThat(r.alert()).contains(Alert.fatal(AlertDescription.bad_certificate));
    }

    @Test
    void run_java7AndDh2048_clientRejectsTheDhParameters() {
      ClientProfile java7 = ClientProfile.builder("java7", "Java 7").versions(TLS_1_0)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA)
          .limits(ClientLimits.builder().maxDhBits(1024).build()).build();
      ServerPolicy dhe = FIPS.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA).dhBits(2048).build();

      assertThat(refused(agreed(java7, dhe)).reason()).isEqualTo(Reason.DH_PARAMETERS_REJECTED);
      assertThat(connected(agreed(java7, dhe.toBuilder().dhBits(1024).build())).dhBits()).hasValue(1024);
    }

    @Test
    void run_mutualTlsWithoutClientCertificate_serverRefusesTheEmptyCertificate() {
      Observation tls13 = agreed(MODERN, TLS13_ONLY.toBuilder().requiresClientCertificate(true).build());
      Observation tls10 = agreed(PHONE, FIPS.toBuilder().requiresClientCertificate(true).build());

      assertThat(refused(tls13).reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED);
      assertThat(tls13.alert()).contains(Alert.fatal(AlertDescription.certificate_required));
      assertThat(refused(tls10).reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED);
      assertThat(tls10.alert()).contains(Alert.fatal(AlertDescription.handshake_failure));
    }

    @Test
    void run_wildcardCertificateToPhone_clientRefusesIt() {
      ServerPolicy wildcard = FIPS.toBuilder().certificates(CertificateSpec.RSA_2048_SHA256.asWildcard()).build();

      assertThat(refused(agreed(PHONE.toBuilder().limits(ClientLimits.builder()
          .acceptsWildcardCertificates(false).build()).build(), wildcard)).reason())
          .isEqualTo(Reason.WILDCARD_CERTIFICATE_UNSUPPORTED);
    }
  }

  @Nested
  class CannotRun {
    @Test
    void run_ssl2FramedClient_isNotRunnableAndSaysWhy() {
      ClientProfile ie6 = PHONE.toBuilder().id("ie6").helloFormat(HelloFormat.SSL2_COMPATIBLE).build();

      Observation r = BcHandshake.run(ie6, FIPS);

      assertThat(BcHandshake.isRunnable(ie6, FIPS)).isFalse();
      assertThat(r.outcome()).isEqualTo(Outcome.NOT_RUNNABLE);
      assertThat(r.evidence()).isEmpty();
      assertThat(r.detail()).isEqualTo("ie6 frames its hello as SSL 2.0, which Bouncy Castle cannot write");
      assertThat(r.disagreementWith(Negotiator.negotiate(ie6, FIPS))).isPresent();
    }

    @Test
    void whyNotRunnable_ssl2OnlyClientAndUnmakeableCertificate_sayWhy() {
      ClientProfile ssl2 = PHONE.toBuilder().id("ssl2").versions(SSL_2_0).build();
      ServerPolicy p224 = FIPS.toBuilder().certificates(new CertificateSpec(KeyType.EC, 224, HashAlgorithm.SHA256, false))
          .build();

      assertThat(BcHandshake.whyNotRunnable(ssl2, FIPS)).contains(new NotRunnable.Ssl2Only("ssl2"));
      assertThat(BcHandshake.whyNotRunnable(ssl2, FIPS).orElseThrow().describe())
          .isEqualTo("ssl2 speaks only SSL 2.0, which Bouncy Castle does not implement");
      assertThat(BcHandshake.whyNotRunnable(PHONE, p224)).map(NotRunnable::describe)
          .contains("fips holds a certificate ecdsa:224:sha256 that cannot be generated");
      assertThat(BcHandshake.whyNotRunnable(PHONE, FIPS)).isEmpty();
    }
  }

  @Nested
  class Compares {
    @Test
    void disagreementWith_otherSuite_namesTheDifference() {
      Observation r = BcHandshake.run(PHONE, FIPS);
      Connected model = (Connected) Negotiator.negotiate(PHONE, FIPS);
      Connected wrong = new Connected(TLS_1_0, TLS_RSA_WITH_AES_128_CBC_SHA, model.group(), model.dhBits(),
          model.signatureScheme(), model.certificate(), false, List.of());

      assertThat(r.disagreementWith(wrong)).containsInstanceOf(Disagreement.ParametersDiffer.class);
      assertThat(r.disagreementWith(wrong).map(Disagreement::describe)).contains("model predicts CONNECTED TLSv1.0 TLS_RSA_WITH_AES_128_CBC_SHA, "
          + "but the handshake gave HANDSHAKE CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA: "
          + "suite TLS_RSA_WITH_3DES_EDE_CBC_SHA not TLS_RSA_WITH_AES_128_CBC_SHA");
    }

    @Test
    void disagreementWith_refusalForAnotherReason_listsTheConsistentOnes() {
      Observation r = BcHandshake.run(PHONE, TLS12_ONLY);

      assertThat(r.disagreementWith(new Refused(Reason.SNI_REQUIRED, "model", Stage.CLIENT_HELLO)).orElseThrow())
          .isInstanceOf(Disagreement.ReasonNotConsistent.class);
      assertThat(r.disagreementWith(new Refused(Reason.SNI_REQUIRED, "model", Stage.CLIENT_HELLO)).orElseThrow().describe())
          .endsWith(", consistent only with [NO_SHARED_PROTOCOL_VERSION]");
    }

    @Test
    void disagreementWith_wireOnlyConnection_acceptsAClientRefusalThatDidNotRun() {
      Observation r = BcHandshake.run(PHONE, RC4_ONLY);

      assertThat(r.disagreementWith(new Refused(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED, "model", Stage.CERTIFICATE)))
          .isEmpty();
      assertThat(r.disagreementWith(new Refused(Reason.NO_SHARED_CIPHER_SUITE, "model", Stage.CLIENT_HELLO)))
          .isPresent();
    }
  }
}
