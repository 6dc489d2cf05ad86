package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Observation;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.agreed;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.connected;
import static io.github.tlscompat.evidence.handshake.BcHandshakeTest.refused;
import static io.github.tlscompat.core.Pairs.FIPS;
import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.PHONE;
import static io.github.tlscompat.core.Pairs.TLS12_ONLY;
import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.Pairs;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.Alert;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server habits of {@link ServerPolicy} (the shapes of {@code NegotiatorTest}'s pairs): for each,
 * a client whose outcome the setting changes, run with and without it, each handshake agreeing
 * with the model, and the two differing as the model says.
 */
class BcHandshakeHabitsTest {

  @Test
  void ordersGroupsByClient_takesTheClientsFirstGroupUnderServerPreference() {
    // GIVEN OpenSSL 1.0's shape, P-521 first, with key shares for P-521 and x25519
    ClientProfile p521First = MODERN.toBuilder().versions(TLS_1_2, TLS_1_3)
        .groups(List.of(NamedGroup.secp521r1, NamedGroup.secp256r1, NamedGroup.x25519))
        .keyShares(List.of(NamedGroup.secp521r1, NamedGroup.x25519)).build();
    ClientProfile p521First12 = p521First.toBuilder().versions(TLS_1_2).build();
    ServerPolicy tls13 = ServerPolicy.builder("tls13", "TLS 1.3 only").versions(TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256).build();

    // WHEN
    Connected own12 = connected(agreed(p521First12, TLS12_ONLY));
    Connected client12 = connected(agreed(p521First12, TLS12_ONLY.toBuilder()
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).build()));
    Connected own13 = connected(agreed(p521First, tls13));
    Connected client13 = connected(agreed(p521First, tls13.toBuilder()
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).build()));

    // THEN
    assertThat(own12.group()).contains(NamedGroup.x25519);
    assertThat(client12.group()).contains(NamedGroup.secp521r1);
    assertThat(own13.group()).contains(NamedGroup.x25519);
    assertThat(client13.group()).contains(NamedGroup.secp521r1);
    assertThat(client13.helloRetryRequest()).isFalse();
  }

  @Test
  void ordersGroupsByClient_ffdheInTheClientsOrderToo() {
    ClientProfile ffdhe = ClientProfile.builder("ffdhe", "TLS 1.2 DHE client").versions(TLS_1_2)
        .cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).groups(List.of(NamedGroup.ffdhe3072, NamedGroup.ffdhe2048))
        .build();
    ServerPolicy dhe = TLS12_ONLY.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).build();

    assertThat(connected(agreed(ffdhe, dhe)).group()).contains(NamedGroup.ffdhe2048);
    assertThat(connected(agreed(ffdhe, dhe.toBuilder()
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).build())).group())
        .contains(NamedGroup.ffdhe3072);
  }

  @Test
  void tls13_serverOrder_takesAShareTheClientSentRatherThanRetry() {
    // GIVEN a client listing x25519 first but sending a P-256 share only, and a server preferring x25519
    ClientProfile p256Share = MODERN.toBuilder().keyShares(List.of(NamedGroup.secp256r1)).build();

    // THEN the server takes the P-256 share (no HelloRetryRequest), as the model says
    Connected c = connected(agreed(p256Share, Pairs.TLS13_ONLY));
    assertThat(c.group()).contains(NamedGroup.secp256r1);
    assertThat(c.helloRetryRequest()).isFalse();
  }

  @Test
  void bindsEcdsaSchemesToCurve_signsTls12WithTheSchemeOfItsCurve() {
    // GIVEN a P-256 key and a client listing ecdsa_secp521r1_sha512 first: in TLS 1.2 that is ECDSA
    // with SHA-512 on any curve, unless the server binds the scheme to its curve (SunJSSE)
    ServerPolicy ecdsa = TLS12_ONLY.toBuilder().cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
        .certificates(CertificateSpec.ECDSA_P256_SHA256).build();
    ClientProfile sha512First = MODERN.toBuilder().versions(TLS_1_2)
        .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp521r1_sha512, SignatureScheme.ecdsa_secp384r1_sha384,
            SignatureScheme.ecdsa_sha1, SignatureScheme.ecdsa_secp256r1_sha256)).build();

    // WHEN
    Connected any = connected(agreed(sha512First, ecdsa));
    Connected bound = connected(agreed(sha512First, ecdsa.toBuilder()
        .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build()));

    // THEN the signature on the wire is the one the model predicts
    assertThat(any.signatureScheme()).contains(SignatureScheme.ecdsa_secp521r1_sha512);
    assertThat(bound.signatureScheme()).as("ecdsa_sha1 names no curve").contains(SignatureScheme.ecdsa_sha1);
  }

  @Test
  void bindsEcdsaSchemesToCurve_noSchemeOfItsCurve_refusedForTheSignature() {
    ServerPolicy ecdsa = TLS12_ONLY.toBuilder().cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
        .certificates(CertificateSpec.ECDSA_P256_SHA256).build();
    ClientProfile p384Only = MODERN.toBuilder().versions(TLS_1_2)
        .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp384r1_sha384, SignatureScheme.rsa_pkcs1_sha256)).build();

    assertThat(connected(agreed(p384Only, ecdsa)).signatureScheme()).contains(SignatureScheme.ecdsa_secp384r1_sha384);
    assertThat(refused(agreed(p384Only, ecdsa.toBuilder()
        .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build())).reason())
        .isEqualTo(Reason.NO_SHARED_SIGNATURE_SCHEME);
  }

  @Test
  void checksSniAfterVersion_refusesAnOldClientForItsVersionFirst() {
    // GIVEN a TLS 1.0 phone without server_name at a TLS 1.2 server that requires it
    ServerPolicy sniOnly = TLS12_ONLY.toBuilder().requiresSni(true).build();

    // WHEN
    Observation sniFirst = agreed(PHONE, sniOnly);
    Observation versionFirst = agreed(PHONE, sniOnly.toBuilder()
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build());

    // THEN HTTP.sys-like refuses the missing name, OpenSSL-like the version
    assertThat(refused(sniFirst).reason()).isEqualTo(Reason.SNI_REQUIRED);
    assertThat(sniFirst.alert()).contains(Alert.fatal(AlertDescription.unrecognized_name));
    assertThat(refused(versionFirst).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(versionFirst.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
    assertThat(versionFirst.consistentReasons()).doesNotContain(Reason.SNI_REQUIRED);
    // with a version in common, the missing server_name still refuses it
    assertThat(refused(agreed(PHONE, FIPS.toBuilder().requiresSni(true)
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build())).reason())
        .isEqualTo(Reason.SNI_REQUIRED);
  }

  @Test
  void checksSniAfterVersion_fallbackCertificateStillServed() {
    ServerPolicy fallback = FIPS.toBuilder().requiresSni(true).fallbackCertificate(CertificateSpec.RSA_2048_SHA1)
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build();

    assertThat(connected(agreed(PHONE, fallback)).certificate()).contains(CertificateSpec.RSA_2048_SHA1);
  }

  @Test
  void ignoresSupportedVersionsWithoutTls13_answersFromLegacyVersion() {
    // GIVEN Chrome 101's shape (supported_versions TLS 1.3 and 1.2, legacy_version TLS 1.2, a suite
    // TLS 1.0 can use) at a TLS 1.0-only server
    ClientProfile chrome = MODERN.toBuilder().cipherSuites(TLS_AES_128_GCM_SHA256,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA).build();
    ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0).build();

    // WHEN
    Observation reads = agreed(chrome, tls10);
    Observation ignores = agreed(chrome, tls10.toBuilder()
        .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build());

    // THEN a server that reads the extension refuses the version; one that ignores it answers TLS
    // 1.0, which the client refuses
    assertThat(refused(reads).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(reads.alertSender()).contains(Side.SERVER);
    assertThat(refused(ignores).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(ignores.alertSender()).contains(Side.CLIENT);
    assertThat(ignores.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
  }

  @Test
  void ignoresSupportedVersionsWithoutTls13_noSuiteForTheLegacyVersion_refusedForTheSuite() {
    // GIVEN a TLS 1.2/1.3 client with GCM suites only, none of them valid in TLS 1.0
    ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0).build();
    ServerPolicy ignoring = tls10.toBuilder().habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build();

    // THEN this Bouncy Castle can be made to read legacy_version alone (else it would say it cannot) ...
    assertThat(BcHandshake.whyNotRunnable(MODERN, ignoring)).isEmpty();
    // ... and the server that does so looks for a TLS 1.0 suite first, and has none
    assertThat(refused(agreed(MODERN, tls10)).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    Observation r = agreed(MODERN, ignoring);
    assertThat(refused(r).reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
    assertThat(r.consistentReasons()).doesNotContain(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(Negotiator.negotiate(MODERN, ignoring)).isInstanceOfSatisfying(Refused.class,
        m -> assertThat(m.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE));
  }

  @Test
  void ignoresSupportedVersionsWithoutTls13_serverWithTls13_readsTheExtension() {
    ServerPolicy tls13 = TLS12_ONLY.toBuilder().versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
        .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build();

    assertThat(connected(agreed(MODERN, tls13)).version()).isEqualTo(TLS_1_3);
  }

  @Test
  void negotiatesTls12ForLegacyHellos_tls12HelloAtTls13OnlyServer_refusedForWantOfASuite() {
    // GIVEN a TLS 1.0-1.2 client without supported_versions, and a TLS 1.3-only server
    ClientProfile tls12 = MODERN.toBuilder().versions(TLS_1_0, TLS_1_1, TLS_1_2).build();
    ServerPolicy tls13Only = TLS12_ONLY.toBuilder().versions(TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256).build();
    ServerPolicy gnutls = tls13Only.toBuilder().habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).build();

    // WHEN
    Observation rfc = agreed(tls12, tls13Only);
    Observation legacy = agreed(tls12, gnutls);

    // THEN
    assertThat(refused(rfc).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(refused(legacy).reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
    assertThat(legacy.alert()).contains(Alert.fatal(AlertDescription.handshake_failure));
    // only a TLS 1.2 legacy_version is taken so; a TLS 1.1 client is refused for its version
    ClientProfile tls11 = tls12.toBuilder().versions(TLS_1_0, TLS_1_1).build();
    assertThat(refused(agreed(tls11, gnutls)).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void negotiatesTls12ForLegacyHellos_draftClientSendsSupportedVersions_refusedForItsVersion() {
    // GIVEN a client of the TLS 1.3 drafts: supported_versions lists TLS 1.2..1.0 (and drafts)
    ClientProfile draft = MODERN.toBuilder().versions(TLS_1_0, TLS_1_1, TLS_1_2).extensions(List.of(0, 10, 13, 43))
        .build();
    ServerPolicy gnutls = TLS12_ONLY.toBuilder().versions(TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256)
        .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).build();

    // THEN the extension decides: no TLS 1.3 in it, no version in common
    Observation r = agreed(draft, gnutls);
    assertThat(refused(r).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(connected(agreed(draft, TLS12_ONLY)).version()).isEqualTo(TLS_1_2);
  }
}
