package io.github.tlscompat.core.negotiation;

import static io.github.tlscompat.core.Pairs.FIPS;
import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.PHONE;
import static io.github.tlscompat.core.Pairs.TLS12_ONLY;
import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NegotiatorTest {
  @Nested
  class Connects {
    @Test
    void negotiate_phoneVsFipsTemplate_connectsTls10With3des() {
      Negotiation n = Negotiator.negotiate(PHONE, FIPS);

      assertThat(n).isInstanceOfSatisfying(Connected.class, c -> {
        assertThat(c.version()).isEqualTo(TLS_1_0);
        assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
        assertThat(c.group()).isEmpty();
        assertThat(c.signatureScheme()).isEmpty();
        assertThat(c.warnings()).containsExactly(new Warning.DeprecatedVersion(TLS_1_0),
            new Warning.WeakCipherSuite(TLS_RSA_WITH_3DES_EDE_CBC_SHA));
        assertThat(c.warnings()).extracting(Warning::describe).containsExactly("negotiated TLSv1.0, deprecated by RFC 8996",
            "negotiated a suite graded weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA");
      });
    }

    @Test
    void negotiate_tls10DisabledButSsl3LeftOn_fallsBackToSsl3() {
      ServerPolicy ssl3LeftOn = FIPS.toBuilder().versions(SSL_3_0, TLS_1_1, TLS_1_2).build();

      Negotiation n = Negotiator.negotiate(PHONE, ssl3LeftOn);

      assertThat(n).isInstanceOfSatisfying(Connected.class, c -> {
        assertThat(c.version()).isEqualTo(SSL_3_0);
        assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
      });
    }

    @Test
    void negotiate_clientPreference_takesClientsFirstAcceptableSuite() {
      ServerPolicy clientOrder = FIPS.toBuilder().serverPreference(false)
          .cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA).build();
      ServerPolicy serverOrder = clientOrder.toBuilder().serverPreference(true).build();

      assertThat(((Connected) Negotiator.negotiate(PHONE, clientOrder)).cipherSuite()).isEqualTo(TLS_RSA_WITH_RC4_128_SHA);
      assertThat(((Connected) Negotiator.negotiate(PHONE, serverOrder)).cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    }

    @Test
    void negotiate_serverThatPicksLegacySuitesLast_takesTheClientsFirstModernSuiteUnderClientPreference() {
      // GIVEN a phone that lists 3DES first, and a SunJSSE-like server in the client's order
      ClientProfile tdesFirst = ClientProfile.builder("tdes-first", "3DES-first phone").versions(TLS_1_0, TLS_1_2)
          .cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
          .build();
      ServerPolicy clientOrder = FIPS.toBuilder().versions(TLS_1_0, TLS_1_2).serverPreference(false)
          .cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA).build();
      ServerPolicy sunJsse = clientOrder.toBuilder().habit(ServerHabit.PICKS_LEGACY_SUITES_LAST, true).build();
      ServerPolicy onlyLegacy = sunJsse.toBuilder().cipherSuites(TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
          .build();

      // WHEN / THEN: RC4 and 3DES only when nothing else is shared, and then in the client's order
      assertThat(((Connected) Negotiator.negotiate(tdesFirst, clientOrder)).cipherSuite())
          .isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
      assertThat(((Connected) Negotiator.negotiate(tdesFirst, sunJsse)).cipherSuite())
          .isEqualTo(TLS_RSA_WITH_AES_128_CBC_SHA);
      assertThat(((Connected) Negotiator.negotiate(tdesFirst, onlyLegacy)).cipherSuite())
          .isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    }

    @Test
    void negotiate_modernVsTls13Server_usesKeyShareWithoutRetry() {
      ServerPolicy tls13 = ServerPolicy.builder("tls13", "TLS 1.3 only").versions(TLS_1_3)
          .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256).build();

      Connected c = (Connected) Negotiator.negotiate(MODERN, tls13);

      assertThat(c.version()).isEqualTo(TLS_1_3);
      assertThat(c.cipherSuite()).isEqualTo(TLS_AES_256_GCM_SHA384);
      assertThat(c.group()).contains(NamedGroup.x25519);
      assertThat(c.helloRetryRequest()).isFalse();
      assertThat(c.signatureScheme()).contains(SignatureScheme.rsa_pss_rsae_sha256);
      assertThat(c.warnings()).isEmpty();
    }

    @Test
    void negotiate_tls13GroupWithoutKeyShare_needsHelloRetryRequest() {
      ServerPolicy p256Only = ServerPolicy.builder("p256", "TLS 1.3, P-256 only").versions(TLS_1_3)
          .cipherSuites(TLS_AES_128_GCM_SHA256).groups(List.of(NamedGroup.secp256r1)).build();

      Connected c = (Connected) Negotiator.negotiate(MODERN, p256Only);

      assertThat(c.group()).contains(NamedGroup.secp256r1);
      assertThat(c.helloRetryRequest()).isTrue();
    }

    @Test
    void negotiate_serverThatOrdersGroupsByClient_takesTheClientsFirstGroupUnderServerPreference() {
      // OpenSSL 1.0's shape: P-521 first. OpenSSL and GnuTLS servers take their own order under
      // server preference; SunJSSE walks the client's list.
      ClientProfile p521First = MODERN.toBuilder().versions(TLS_1_2, TLS_1_3)
          .groups(List.of(NamedGroup.secp521r1, NamedGroup.secp256r1, NamedGroup.x25519))
          .keyShares(List.of(NamedGroup.secp521r1, NamedGroup.x25519)).build();
      ServerPolicy tls12 = TLS12_ONLY;
      ServerPolicy tls13 = ServerPolicy.builder("tls13", "TLS 1.3 only").versions(TLS_1_3)
          .cipherSuites(TLS_AES_128_GCM_SHA256).build();

      Connected own12 = (Connected) Negotiator.negotiate(p521First.toBuilder().versions(TLS_1_2).build(), tls12);
      Connected client12 = (Connected) Negotiator.negotiate(p521First.toBuilder().versions(TLS_1_2).build(),
          tls12.toBuilder().habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).build());
      Connected own13 = (Connected) Negotiator.negotiate(p521First, tls13);
      Connected client13 = (Connected) Negotiator.negotiate(p521First, tls13.toBuilder()
          .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).build());

      assertThat(own12.group()).contains(NamedGroup.x25519);
      assertThat(client12.group()).contains(NamedGroup.secp521r1);
      assertThat(own13.group()).contains(NamedGroup.x25519);
      assertThat(client13.group()).contains(NamedGroup.secp521r1);
      assertThat(client13.helloRetryRequest()).isFalse();
    }

    @Test
    void negotiate_serverThatBindsEcdsaSchemesToCurve_signsTls12WithTheSchemeOfItsCurve() {
      // In TLS 1.2 ecdsa_secp521r1_sha512 means ECDSA with SHA-512 on any curve; SunJSSE still
      // requires the P-521 curve, so a P-256 key signs with the client's next scheme that fits.
      ServerPolicy ecdsa = TLS12_ONLY.toBuilder().cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
          .certificates(CertificateSpec.ECDSA_P256_SHA256).build();
      ClientProfile sha512First = MODERN.toBuilder().versions(TLS_1_2)
          .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp521r1_sha512, SignatureScheme.ecdsa_secp384r1_sha384,
              SignatureScheme.ecdsa_sha1, SignatureScheme.ecdsa_secp256r1_sha256)).build();

      Connected any = (Connected) Negotiator.negotiate(sha512First, ecdsa);
      Connected bound = (Connected) Negotiator.negotiate(sha512First, ecdsa.toBuilder()
          .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build());

      assertThat(any.signatureScheme()).contains(SignatureScheme.ecdsa_secp521r1_sha512);
      assertThat(bound.signatureScheme()).as("ecdsa_sha1 names no curve").contains(SignatureScheme.ecdsa_sha1);
    }

    @Test
    void negotiate_ecdsaAndRsaCertificates_picksTheCertificateTheSuiteNeeds() {
      ServerPolicy dual = TLS12_ONLY.toBuilder()
          .cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
          .certificates(CertificateSpec.ECDSA_P256_SHA256, CertificateSpec.RSA_2048_SHA256).build();
      ClientProfile rsaOnly = MODERN.toBuilder().versions(TLS_1_2)
          .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();

      Connected ecdsa = (Connected) Negotiator.negotiate(MODERN.toBuilder().versions(TLS_1_2).build(), dual);
      Connected rsa = (Connected) Negotiator.negotiate(rsaOnly, dual);

      assertThat(ecdsa.certificate()).contains(CertificateSpec.ECDSA_P256_SHA256);
      assertThat(ecdsa.signatureScheme()).contains(SignatureScheme.ecdsa_secp256r1_sha256);
      assertThat(rsa.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
      assertThat(rsa.group()).contains(NamedGroup.x25519);
    }

    @Test
    void negotiate_clientListsFfdheGroups_dheUsesTheSharedRfc7919Group() {
      ClientProfile ffdhe = ClientProfile.builder("ffdhe", "TLS 1.2 DHE client").versions(TLS_1_2)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)
          .groups(List.of(NamedGroup.ffdhe3072, NamedGroup.ffdhe2048)).build();
      ServerPolicy dhe = TLS12_ONLY.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).dhBits(1024).build();
      ServerPolicy noFfdhe = dhe.toBuilder().groups(List.of(NamedGroup.x25519)).build();

      Connected c = (Connected) Negotiator.negotiate(ffdhe, dhe);

      assertThat(c.group()).contains(NamedGroup.ffdhe2048);
      assertThat(c.dhBits()).hasValue(2048);
      assertThat(((Refused) Negotiator.negotiate(ffdhe, noFfdhe)).reason()).isEqualTo(Reason.NO_SHARED_GROUP);
    }

    @Test
    void negotiate_clientListsAnFfdheGroupLargerThanItsDhLimit_connectsWithThatGroup() {
      // Java 9 lists ffdhe2048..8192 while SSL Labs records a 2048-bit limit for server-made primes:
      // a group the client named itself is one it accepts (RFC 7919 4).
      ClientProfile java9 = ClientProfile.builder("java9", "Java 9").versions(TLS_1_2)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).groups(List.of(NamedGroup.ffdhe3072))
          .limits(ClientLimits.builder().maxDhBits(2048).build()).build();
      ServerPolicy dhe = TLS12_ONLY.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)
          .groups(List.of(NamedGroup.ffdhe3072)).dhBits(4096).build();

      Connected c = (Connected) Negotiator.negotiate(java9, dhe);

      assertThat(c.group()).contains(NamedGroup.ffdhe3072);
      assertThat(c.dhBits()).hasValue(3072);
    }

    @Test
    void negotiate_anonymousSuite_presentsNoCertificate() {
      ClientProfile anon = PHONE.toBuilder().cipherSuites(TLS_DH_anon_WITH_AES_128_CBC_SHA).build();
      ServerPolicy server = FIPS.toBuilder().cipherSuites(TLS_DH_anon_WITH_AES_128_CBC_SHA).build();

      Connected c = (Connected) Negotiator.negotiate(anon, server);

      assertThat(c.cipherSuite()).isEqualTo(TLS_DH_anon_WITH_AES_128_CBC_SHA);
      assertThat(c.certificate()).isEmpty();
      assertThat(c.warnings()).contains(new Warning.WeakCipherSuite(TLS_DH_anon_WITH_AES_128_CBC_SHA));
      assertThat(c.warnings()).extracting(Warning::describe)
          .contains("negotiated a suite graded insecure: TLS_DH_anon_WITH_AES_128_CBC_SHA");
    }

    @Test
    void negotiate_sniRequiredWithFallbackCertificate_servesTheFallback() {
      CertificateSpec fallback = CertificateSpec.RSA_2048_SHA1;
      ServerPolicy wap = FIPS.toBuilder().requiresSni(true).fallbackCertificate(fallback).build();

      Connected c = (Connected) Negotiator.negotiate(PHONE, wap);

      assertThat(c.certificate()).contains(fallback);
    }
  }

  @Nested
  class Refuses {
    private Refused refused(ClientProfile client, ServerPolicy server) {
      Negotiation n = Negotiator.negotiate(client, server);
      assertThat(n).isInstanceOf(Refused.class);
      return (Refused) n;
    }

    @Test
    void negotiate_tls10ClientVsTls12Server_refusedNoSharedProtocolVersion() {
      Refused r = refused(PHONE, TLS12_ONLY);
      assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(r.detail()).isEqualTo("client offers SSLv3..TLSv1.0, server enables TLSv1.2 only");
    }

    @Test
    void negotiate_serverPicksVersionClientLacks_refusedAtServerHello() {
      ClientProfile gap = PHONE.toBuilder().versions(SSL_3_0, TLS_1_2).build();
      ServerPolicy upTo11 = FIPS.toBuilder().versions(TLS_1_0, TLS_1_1).build();
      Refused r = refused(gap, upTo11);
      assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(r.stage()).isEqualTo(Stage.SERVER_HELLO);
    }

    @Test
    void negotiate_serverWouldAnswerAVersionTheClientLacksButHasNoSuiteForIt_refusedAtClientHelloForTheSuite() {
      // GIVEN a TLS 1.2-only client with GCM suites and a TLS 1.0-only server
      ClientProfile gcmOnly = MODERN.toBuilder().versions(TLS_1_2).build();
      ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0).build();
      // WHEN they negotiate
      Refused r = refused(gcmOnly, tls10);
      // THEN the server, which picks TLS 1.0, finds no suite for it and refuses the ClientHello: the
      // client never sees the version (found by the catalog-wide Bouncy Castle handshakes)
      assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(r.detail()).startsWith("for TLSv1.0 client offers [], server enables");
    }

    @Test
    void negotiate_serverPicksVersionClientLacksAndHasNoSuiteForIt_refusedByTheServerFirst() {
      // Apple ATS shape: TLS 1.2 only, without supported_versions, only TLS 1.2 suites. A TLS 1.0
      // server picks TLS 1.0, finds no suite for it and refuses before any hello (OpenSSL 3.0:
      // handshake_failure); the client never sees a TLS 1.0 ServerHello to refuse.
      ClientProfile ats = MODERN.toBuilder().versions(TLS_1_2)
          .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384).build();
      ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0).build();
      Refused r = refused(ats, tls10);
      assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(r.detail()).isEqualTo("for TLSv1.0 client offers [], server enables [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "
          + "TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA]");
    }

    @Test
    void negotiate_supportedVersionsClientVsTls10Server_refusedAtTheHelloOrAfterItByTheServersHabit() {
      // Chrome 101's shape: supported_versions [TLS 1.3, TLS 1.2], legacy_version TLS 1.2, and a
      // suite TLS 1.0 can use. OpenSSL reads the extension and refuses; GnuTLS 3.7 without TLS 1.3
      // ignores it and answers TLS 1.0, which the client then refuses.
      ClientProfile chrome = MODERN.toBuilder().cipherSuites(TLS_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA).build();
      ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0).build();

      Refused reads = refused(chrome, tls10);
      Refused ignores = refused(chrome, tls10.toBuilder()
          .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build());

      assertThat(reads.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(reads.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(ignores.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(ignores.stage()).isEqualTo(Stage.SERVER_HELLO);
      assertThat(ignores.detail()).isEqualTo("client offers TLSv1.2..TLSv1.3, server enables TLSv1.0 only");
    }

    @Test
    void negotiate_serverWithTls13_readsSupportedVersionsWhateverItsHabit() {
      ServerPolicy tls13 = TLS12_ONLY.toBuilder().versions(TLS_1_2, TLS_1_3)
          .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
          .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build();

      assertThat(Negotiator.negotiate(MODERN, tls13)).isInstanceOfSatisfying(Connected.class,
          c -> assertThat(c.version()).isEqualTo(TLS_1_3));
    }

    @Test
    void negotiate_tls12HelloVsTls13OnlyServer_refusedForVersionOrByTheServersHabitForSuite() {
      // A TLS 1.2 client without supported_versions: OpenSSL refuses its version; GnuTLS 3.7 with
      // TLS 1.3 on takes it as TLS 1.2 whatever it enables, and finds no TLS 1.2 suite.
      ClientProfile tls12 = MODERN.toBuilder().versions(TLS_1_0, TLS_1_1, TLS_1_2).build();
      ServerPolicy tls13Only = TLS12_ONLY.toBuilder().versions(TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256).build();

      Refused rfc = refused(tls12, tls13Only);
      Refused gnutls = refused(tls12, tls13Only.toBuilder()
          .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).build());

      assertThat(rfc.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(gnutls.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
      assertThat(gnutls.stage()).isEqualTo(Stage.CLIENT_HELLO);
      // only a TLS 1.2 legacy_version is taken so; a TLS 1.1 client is refused for its version
      ClientProfile tls11 = tls12.toBuilder().versions(TLS_1_0, TLS_1_1).build();
      assertThat(refused(tls11, tls13Only.toBuilder()
          .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).build()).reason())
          .isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    }

    @Test
    void negotiate_tls13DraftClientWithSupportedVersions_negotiatesFromTheExtension() {
      // Firefox 53-62 and Chrome 57-69 sent supported_versions listing TLS 1.3 drafts and 1.2..1.0:
      // the profile offers 1.0..1.2, and a server that reads the extension finds no version in it.
      ClientProfile draft = MODERN.toBuilder().versions(TLS_1_0, TLS_1_1, TLS_1_2).extensions(List.of(0, 10, 13, 43))
          .build();
      ServerPolicy tls13Only = TLS12_ONLY.toBuilder().versions(TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256)
          .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).build();

      assertThat(draft.sendsSupportedVersions()).isTrue();
      assertThat(refused(draft, tls13Only).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      assertThat(Negotiator.negotiate(draft, TLS12_ONLY)).isInstanceOfSatisfying(Connected.class,
          c -> assertThat(c.version()).isEqualTo(TLS_1_2));
    }

    @Test
    void negotiate_ssl2FramedHelloVsJsseLikeServer_refusedHelloFormat() {
      ClientProfile xp = PHONE.toBuilder().helloFormat(HelloFormat.SSL2_COMPATIBLE).build();
      Refused r = refused(xp, FIPS.toBuilder().habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false).build());
      assertThat(r.reason()).isEqualTo(Reason.HELLO_FORMAT_REJECTED);
    }

    @Test
    void negotiate_3desRemoved_refusedNoSharedCipherSuite() {
      ServerPolicy no3des = FIPS.toBuilder().cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA).build();
      Refused r = refused(PHONE, no3des);
      assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
      assertThat(r.detail()).isEqualTo("for TLSv1.0 client offers [TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, "
          + "TLS_RSA_WITH_3DES_EDE_CBC_SHA], server enables [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA]");
    }

    @Test
    void negotiate_onlyDheDssSharedWithRsaCertificate_refusedNoCipherSuiteForCertificate() {
      ClientProfile dss = PHONE.toBuilder().cipherSuites(TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA).build();
      ServerPolicy server = FIPS.toBuilder().cipherSuites(TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA).build();
      Refused r = refused(dss, server);
      assertThat(r.reason()).isEqualTo(Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE);
    }

    @Test
    void negotiate_ecdheWithoutCommonCurve_refusedNoSharedGroup() {
      ClientProfile p521 = MODERN.toBuilder().versions(TLS_1_2).groups(List.of(NamedGroup.secp521r1)).build();
      ServerPolicy server = TLS12_ONLY.toBuilder().groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).build();
      assertThat(refused(p521, server).reason()).isEqualTo(Reason.NO_SHARED_GROUP);
    }

    @Test
    void negotiate_tls12SignatureOnlyWithUnlistedHash_refusedNoSharedSignatureScheme() {
      ClientProfile sha512Only = MODERN.toBuilder().versions(TLS_1_2)
          .signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha512)).build();
      ServerPolicy server = TLS12_ONLY.toBuilder().signatureSchemes(List.of(SignatureScheme.rsa_pkcs1_sha256)).build();
      assertThat(refused(sha512Only, server).reason()).isEqualTo(Reason.NO_SHARED_SIGNATURE_SCHEME);
    }

    @Test
    void negotiate_sniOnlyProxy_refusedSniRequired() {
      Refused r = refused(PHONE, FIPS.toBuilder().requiresSni(true).build());
      assertThat(r.reason()).isEqualTo(Reason.SNI_REQUIRED);
      assertThat(r.detail()).isEqualTo("fips requires server_name (SNI) and has no fallback certificate; phone sends no server_name");
    }

    @Test
    void negotiate_sniOnlyProxyThatChecksTheVersionFirst_refusesAnOldClientForItsVersion() {
      // A TLS 1.0 phone without server_name at a TLS 1.2 nginx with ssl_reject_handshake: OpenSSL
      // settles the version first and answers protocol_version; HTTP.sys would refuse the SNI.
      ServerPolicy sniOnly = TLS12_ONLY.toBuilder().requiresSni(true).build();

      assertThat(refused(PHONE, sniOnly).reason()).isEqualTo(Reason.SNI_REQUIRED);
      assertThat(refused(PHONE, sniOnly.toBuilder().habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build()).reason())
          .isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      // with a version in common, the missing server_name still refuses it
      assertThat(refused(PHONE, FIPS.toBuilder().requiresSni(true)
          .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build()).reason())
          .isEqualTo(Reason.SNI_REQUIRED);
    }

    @Test
    void negotiate_mutualTlsWithoutClientCertificate_refusedClientCertificateRequired() {
      Refused r = refused(PHONE, FIPS.toBuilder().requiresClientCertificate(true).build());
      assertThat(r.reason()).isEqualTo(Reason.CLIENT_CERTIFICATE_REQUIRED);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_CERTIFICATE);
      ClientProfile withCert = PHONE.toBuilder().clientCertificate(KeyType.RSA).build();
      assertThat(Negotiator.negotiate(withCert, FIPS.toBuilder().requiresClientCertificate(true).build()).isConnected()).isTrue();
    }

    @Test
    void negotiate_sha256CertificateToSha1OnlyClient_refusedCertificateSignatureUnsupported() {
      ClientProfile oldFirmware = PHONE.toBuilder().limits(ClientLimits.builder()
          .certificateSignatureHashes(HashAlgorithm.SHA1).acceptsWildcardCertificates(false).build()).build();
      Refused r = refused(oldFirmware, FIPS);
      assertThat(r.reason()).isEqualTo(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED);
      assertThat(r.stage()).isEqualTo(Stage.CERTIFICATE);
    }

    @Test
    void negotiate_rsa4096ToClientLimitedTo2048_refusedCertificateKeyUnsupported() {
      ClientProfile limited = PHONE.toBuilder().limits(ClientLimits.builder()
          .minRsaBits(1024).maxRsaBits(2048).build()).build();
      ServerPolicy big = FIPS.toBuilder().certificates(new CertificateSpec(KeyType.RSA, 4096, HashAlgorithm.SHA256, false)).build();
      assertThat(refused(limited, big).reason()).isEqualTo(Reason.CERTIFICATE_KEY_UNSUPPORTED);
    }

    @Test
    void negotiate_wildcardCertificateToPhone_refusedWildcardUnsupported() {
      ServerPolicy wildcard = FIPS.toBuilder().certificates(CertificateSpec.RSA_2048_SHA256.asWildcard()).build();
      assertThat(refused(PHONE, wildcard).reason()).isEqualTo(Reason.WILDCARD_CERTIFICATE_UNSUPPORTED);
    }

    @Test
    void negotiate_java7AndDh2048_refusedDhParametersRejected() {
      ClientProfile java7 = ClientProfile.builder("java7", "Java 7").versions(TLS_1_0)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA)
          .limits(ClientLimits.builder().maxDhBits(1024).build()).build();
      ServerPolicy dhe = FIPS.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA).dhBits(2048).build();
      Refused r = refused(java7, dhe);
      assertThat(r.reason()).isEqualTo(Reason.DH_PARAMETERS_REJECTED);
      assertThat(r.stage()).isEqualTo(Stage.SERVER_KEY_EXCHANGE);
      assertThat(Negotiator.negotiate(java7, dhe.toBuilder().dhBits(1024).build()).isConnected()).isTrue();
    }
  }

  /**
   * The library's signature rules, measured on Debian 12's OpenSSL 3.0.19 (s_server, default level 2)
   * with hand-made ClientHellos: TLS 1.0 or 1.1 with any suite, RSA key exchange included, gets
   * internal_error(80) instead of a ServerHello ("tls_choose_sigalg: no suitable signature
   * algorithm"); TLS 1.2 without signature_algorithms, or listing only rsa_pkcs1_sha1, gets
   * handshake_failure(40), RSA key exchange included; TLS 1.2 listing only ECDSA schemes gets
   * handshake_failure(40) for an RSA key exchange at every level, 0 included. At level 0 the others
   * connect.
   */
  @Nested
  class LibrarySignatureRules {
    private final ServerLibrary debian12 = ServerLibrary.of(OpenSslBuild.DEBIAN_12);
    private final ServerPolicy sServer = OpenSslConfig.readArguments("s_server", "", CertificateSpec.RSA_2048_SHA256,
        debian12, path -> Optional.empty()).policy();
    private final ClientProfile tls10 = ClientProfile.builder("tls10", "TLS 1.0 only").versions(TLS_1_0)
        .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
        .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).build();
    private final ClientProfile tls12NoSignatureAlgorithms = ClientProfile.builder("tls12-nosigalgs",
        "TLS 1.2 without signature_algorithms").versions(TLS_1_0, TLS_1_1, TLS_1_2)
        .cipherSuites(TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
        .groups(List.of(NamedGroup.secp256r1)).build();

    private Refused refused(ClientProfile client, ServerPolicy server) {
      Negotiation n = Negotiator.negotiate(client, server);
      assertThat(n).isInstanceOf(Refused.class);
      return (Refused) n;
    }

    @Test
    void negotiate_tls10ClientAtDebian12sDefaultLevel_refusedSignatureForbiddenByLibrary_notForItsVersion() {
      Refused r = refused(tls10, sServer);

      assertThat(sServer.versions()).contains(TLS_1_0);
      assertThat(r.reason()).isEqualTo(Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY);
      assertThat(r.stage()).isEqualTo(Stage.CLIENT_HELLO);
      assertThat(r.detail()).isEqualTo("in TLSv1.0 the server must sign with MD5+SHA-1, the only signature before"
          + " TLS 1.2, and OpenSSL 3.0 (Debian 12) at security level 2 rates it 67 bits of security, below the"
          + " level's 112: the server refuses every suite that needs its certificate, RSA key exchange included");
    }

    @Test
    void negotiate_tls12ClientWithoutSignatureAlgorithms_rsaKeyExchangeOnly_refusedForTheSha1Fallback() {
      Refused r = refused(tls12NoSignatureAlgorithms, sServer);

      assertThat(r.reason()).isEqualTo(Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY);
      assertThat(r.detail()).isEqualTo("client sends no signature_algorithms, so it accepts only SHA-1 signatures"
          + " (RFC 5246 7.4.1.4.1), and OpenSSL 3.0 (Debian 12) at security level 2 rates it 64 bits of security,"
          + " below the level's 112: the server refuses every suite that needs its certificate, RSA key exchange"
          + " included");
    }

    @Test
    void negotiate_sha1OnlySignatureAlgorithms_refusedSignatureForbiddenByLibrary() {
      ClientProfile sha1Only = tls12NoSignatureAlgorithms.toBuilder()
          .signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha1)).build();

      assertThat(refused(sha1Only, sServer).detail()).isEqualTo("client accepts [rsa_pkcs1_sha1], of which the"
          + " server's certificate can make only SHA-1 ones, and OpenSSL 3.0 (Debian 12) at security level 2 rates"
          + " it 64 bits of security, below the level's 112: the server refuses every suite that needs its"
          + " certificate, RSA key exchange included");
    }

    @Test
    void negotiate_atLevelZero_theSameClientsConnect_andRsaKeyExchangeSendsNoScheme() {
      ServerPolicy level0 = sServer.toBuilder()
          .library(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0))).build();

      assertThat(Negotiator.negotiate(tls10, level0)).isInstanceOfSatisfying(Connected.class, c -> {
        assertThat(c.version()).isEqualTo(TLS_1_0);
        assertThat(c.cipherSuite()).isEqualTo(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA);
      });
      assertThat(Negotiator.negotiate(tls12NoSignatureAlgorithms, level0)).isInstanceOfSatisfying(Connected.class,
          c -> {
            assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_AES_128_GCM_SHA256);
            assertThat(c.signatureScheme()).isEmpty();
          });
    }

    @Test
    void negotiate_rsaKeyExchangeWithOnlyEcdsaSchemesListed_refusedOnOpenSsl_connectsWithoutALibrary() {
      ClientProfile ecdsaOnly = tls12NoSignatureAlgorithms.toBuilder()
          .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp256r1_sha256)).build();
      ServerPolicy level0 = sServer.toBuilder()
          .library(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0))).build();

      assertThat(refused(ecdsaOnly, level0).reason()).isEqualTo(Reason.NO_SHARED_SIGNATURE_SCHEME);
      assertThat(Negotiator.negotiate(ecdsaOnly, level0.toBuilder().library(Optional.empty()).build()).isConnected())
          .isTrue();
    }

    @Test
    void negotiate_tls10TurnedOffInTheConfiguration_isStillRefusedForItsVersion() {
      ServerPolicy noTls10 = OpenSslConfig.readArguments("s_server", "-no_tls1 -no_tls1_1",
          CertificateSpec.RSA_2048_SHA256, debian12, path -> Optional.empty()).policy();

      assertThat(refused(tls10, noTls10).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    }
  }

  @Nested
  class RefusalPrecedence {
    @Test
    void negotiate_oneSuiteLacksACertificateAnotherASignatureScheme_refusedForTheSchemeWhateverTheOrder() {
      // GIVEN a TLS 1.2 client that signs only with rsa_pkcs1_sha512, and an RSA server whose shared suites
      // fail for different tests: DHE-DSS needs a DSA certificate, ECDHE-RSA a scheme it will not use
      ClientProfile sha512Only = MODERN.toBuilder().versions(TLS_1_2)
          .cipherSuites(TLS_DHE_DSS_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
          .signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha512)).build();
      ServerPolicy dssFirst = TLS12_ONLY.toBuilder()
          .cipherSuites(TLS_DHE_DSS_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
          .signatureSchemes(List.of(SignatureScheme.rsa_pkcs1_sha256)).build();
      ServerPolicy dssLast = dssFirst.toBuilder()
          .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_DSS_WITH_AES_128_CBC_SHA).build();

      // WHEN they negotiate, in either suite order
      Negotiation first = Negotiator.negotiate(sha512Only, dssFirst);
      Negotiation last = Negotiator.negotiate(sha512Only, dssLast);

      // THEN the suite that got further, past its certificate to its signature, names the reason
      assertThat(first).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_SIGNATURE_SCHEME));
      assertThat(last).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_SIGNATURE_SCHEME));
    }

    @Test
    void negotiate_oneSuiteLacksACertificateAnotherAGroup_refusedForTheGroup() {
      ClientProfile p521 = MODERN.toBuilder().versions(TLS_1_2).groups(List.of(NamedGroup.secp521r1))
          .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_DSS_WITH_AES_128_CBC_SHA).build();
      ServerPolicy server = TLS12_ONLY.toBuilder().groups(List.of(NamedGroup.x25519))
          .cipherSuites(TLS_DHE_DSS_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();

      assertThat(Negotiator.negotiate(p521, server)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_GROUP));
    }
  }

  @Nested
  class ServerHello {
    @Test
    void serverHello_legacyServerIgnoringSupportedVersions_answersTheVersionTheClientWillRefuse() {
      // GIVEN Chrome 101's shape and a TLS 1.0 server that ignores supported_versions (GnuTLS 3.7)
      ClientProfile chrome = MODERN.toBuilder().cipherSuites(TLS_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA).build();
      ServerPolicy tls10 = FIPS.toBuilder().versions(TLS_1_0)
          .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build();

      // WHEN the server answers the hello
      Negotiation answer = Negotiator.serverHello(chrome, tls10);

      // THEN it answers TLS 1.0 with a suite for it; only the client's own check refuses (negotiate)
      assertThat(answer).isInstanceOfSatisfying(Connected.class, c -> {
        assertThat(c.version()).isEqualTo(TLS_1_0);
        assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_AES_128_CBC_SHA);
        assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
      });
      assertThat(Negotiator.negotiate(chrome, tls10)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.stage()).isEqualTo(Stage.SERVER_HELLO));
    }

    @Test
    void serverHello_clientLimitsAndMissingClientCertificate_areLeftToTheClientAndLaterStages() {
      // GIVEN Java 7 (DH primes up to 1024 bits) against a mutual-TLS DHE server with a 2048-bit prime
      ClientProfile java7 = ClientProfile.builder("java7", "Java 7").versions(TLS_1_0)
          .cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA)
          .limits(ClientLimits.builder().maxDhBits(1024).build()).build();
      ServerPolicy dhe = FIPS.toBuilder().cipherSuites(TLS_DHE_RSA_WITH_AES_128_CBC_SHA).dhBits(2048)
          .requiresClientCertificate(true).build();

      // THEN the server still answers with its suite and prime; negotiate adds the client's refusal
      assertThat(Negotiator.serverHello(java7, dhe)).isInstanceOfSatisfying(Connected.class, c -> {
        assertThat(c.cipherSuite()).isEqualTo(TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
        assertThat(c.dhBits()).hasValue(2048);
      });
      assertThat(Negotiator.negotiate(java7, dhe)).isInstanceOfSatisfying(Refused.class,
          r -> assertThat(r.reason()).isEqualTo(Reason.DH_PARAMETERS_REJECTED));
    }

    @Test
    void serverHello_serverRefusal_isTheSameAsNegotiates() {
      ClientProfile p521 = MODERN.toBuilder().versions(TLS_1_2).groups(List.of(NamedGroup.secp521r1)).build();
      ServerPolicy server = TLS12_ONLY.toBuilder().groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).build();

      assertThat(Negotiator.serverHello(p521, server)).isEqualTo(Negotiator.negotiate(p521, server));
    }
  }
}
