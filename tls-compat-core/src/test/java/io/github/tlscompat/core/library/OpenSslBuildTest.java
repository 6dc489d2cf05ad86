package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.Dropped.Reason;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenSslBuild#narrow}, rule by rule; {@code OpenSslBuildOpenSslTest} and
 * {@code OpenSslBuildHandshakeOpenSslTest} check the same rules against the real binary.
 */
class OpenSslBuildTest {
  private static final ParameterSet<ProtocolVersion> NGINX_DEBIAN_12 = ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);

  private static Narrowed narrow(OpenSslBuild build, ConfiguredTls.Builder config) {
    return build.narrow(config.build());
  }

  @Test
  void narrow_debianNginxProtocols_keepsTls10And11_forTheNegotiationToRefuseBySignature() {
    // GIVEN Debian 12's nginx.conf: ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3, default ciphers
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().versions(NGINX_DEBIAN_12).cipherString("HIGH:!aNULL:!MD5"));
    // THEN the versions stay: no SSL_SECOP_VERSION rule refuses them at level 2 ...
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(n.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(n.dropped(Kind.PROTOCOL_VERSION)).isEmpty();
    // ... and the library says why no handshake in them completes
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).signatureRefusal(HashAlgorithm.MD5_SHA1)).contains(
        "OpenSSL 3.0 (Debian 12) at security level 2 rates it 67 bits of security, below the level's 112");
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).signatureRefusal(HashAlgorithm.SHA1)).contains(
        "OpenSSL 3.0 (Debian 12) at security level 2 rates it 64 bits of security, below the level's 112");
  }

  @Test
  void signatureRefusal_legacyHashes_permittedAtLevelZeroOn30_andAtLevelOneOn111Only() {
    ServerLibrary level0 = new ServerLibrary(OpenSslBuild.DEBIAN_12, java.util.Optional.of(SecurityLevel.LEVEL_0));
    assertThat(level0.signatureRefusal(HashAlgorithm.MD5_SHA1)).isEmpty();
    assertThat(level0.signatureRefusal(HashAlgorithm.SHA1)).isEmpty();
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0).signatureRefusal(HashAlgorithm.MD5_SHA1)).contains(
        "OpenSSL 3.0 at security level 1 rates it 67 bits of security, below the level's 80");
    ServerLibrary on111 = ServerLibrary.of(OpenSslBuild.OPENSSL_1_1_1);
    assertThat(on111.signatureRefusal(HashAlgorithm.MD5_SHA1)).isEmpty();
    assertThat(on111.signatureRefusal(HashAlgorithm.SHA1)).isEmpty();
    // 1.1.1 at level 2: SHA-1 (80 bits) refused, MD5+SHA-1 (144) still signed
    ServerLibrary on111Level2 = new ServerLibrary(OpenSslBuild.OPENSSL_1_1_1, java.util.Optional.of(SecurityLevel.LEVEL_2));
    assertThat(on111Level2.signatureRefusal(HashAlgorithm.MD5_SHA1)).isEmpty();
    assertThat(on111Level2.signatureRefusal(HashAlgorithm.SHA1)).contains(
        "OpenSSL 1.1.1 at security level 2 rates it 80 bits of security, below the level's 112");
    assertThat(on111Level2.permitsSignatureScheme(SignatureScheme.ecdsa_sha1)).isFalse();
    assertThat(on111Level2.permitsSignatureScheme(SignatureScheme.rsa_pss_rsae_sha256)).isTrue();
    assertThat(on111.signsForEveryCertificateSuite()).isTrue();
  }

  @Test
  void narrow_tls10_keptOnEveryBuildAndLevelBelowThree() {
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().versions(NGINX_DEBIAN_12)
        .cipherString("DEFAULT:@SECLEVEL=0")).versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(narrow(OpenSslBuild.OPENSSL_3_0, ConfiguredTls.builder().versions(NGINX_DEBIAN_12)).versions())
        .containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(narrow(OpenSslBuild.OPENSSL_1_1_1, ConfiguredTls.builder().versions(NGINX_DEBIAN_12)).versions())
        .containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
  }

  @Test
  void narrow_tls10At111LevelThree_droppedByTheVersionRule() {
    Narrowed n = narrow(OpenSslBuild.OPENSSL_1_1_1, ConfiguredTls.builder().versions(NGINX_DEBIAN_12)
        .securityLevel(SecurityLevel.LEVEL_3));
    assertThat(n.versions()).containsExactly(TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly("TLSv1 is dropped: OpenSSL 1.1.1 at"
        + " security level 3 refuses TLS 1.0: TLS 1.0 is refused from security level 3 on"
        + " (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_VERSION)");
  }

  @Test
  void narrow_sslv3AndSslv2_notInTheBuild() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().versions(ParameterSet.of(SSL_2_0, SSL_3_0, TLS_1_2))
        .securityLevel(SecurityLevel.LEVEL_0));
    assertThat(n.versions()).containsExactly(TLS_1_2);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly(
        "SSLv2 is dropped: OpenSSL 3.0 (Debian 12) has no SSL 2.0 (OpenSSL removed it in 1.1.0)",
        "SSLv3 is dropped: OpenSSL 3.0 (Debian 12) has no SSL 3.0 (built with no-ssl3, the default)");
  }

  @Test
  void narrow_high_dropsWhatNoOpenSsl30Builds_andPskSrpForCredentials() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().cipherString("HIGH:!aNULL:!MD5"));
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("ECDHE-RSA-CHACHA20-POLY1305-OLD"))
        .extracting(Dropped::explanation).containsExactly("OpenSSL 3.0 (Debian 12) does not implement"
            + " TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD (a draft ChaCha20 code point OpenSSL never had)");
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("DH-DSS-AES128-SHA"))
        .extracting(Dropped::explanation).containsExactly("OpenSSL 3.0 (Debian 12) does not implement"
            + " TLS_DH_DSS_WITH_AES_128_CBC_SHA (static DH and ECDH, removed in OpenSSL 1.1.0)");
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("GOST2012256-GOST89-GOST89"))
        .extracting(Dropped::explanation).containsExactly("OpenSSL 3.0 (Debian 12) does not implement"
            + " TLS_GOSTR341112_256_WITH_28147_CNT_IMIT_OLD (GOST needs the GOST engine)");
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("PSK-AES128-CBC-SHA256"))
        .extracting(Dropped::reason, Dropped::explanation).containsExactly(org.assertj.core.groups.Tuple.tuple(
            Reason.NEEDS_CREDENTIALS, "TLS_PSK_WITH_AES_128_CBC_SHA256 needs a PSK callback, which the configuration"
                + " does not give"));
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("SRP-AES-128-CBC-SHA"))
        .extracting(Dropped::reason).containsExactly(Reason.NEEDS_CREDENTIALS);
    // Every selected suite is either kept or dropped, once.
    assertThat(n.cipherSuites().size() + n.dropped(Kind.CIPHER_SUITE).size())
        .isEqualTo(io.github.tlscompat.core.cipherstring.OpenSslCipherString.parse("HIGH:!aNULL:!MD5").size());
    assertThat(n.cipherSuites()).noneMatch(s -> s.keyExchange().isPsk());
    assertThat(n.startsUp()).isTrue();
  }

  @Test
  void narrow_kRsaAtLevelThree_dropsEverySuiteForForwardSecrecy() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().cipherString("kRSA:@SECLEVEL=3"));
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_3);
    assertThat(n.cipherSuites()).isEmpty();
    assertThat(n.dropped(Kind.CIPHER_SUITE)).filteredOn(d -> d.name().equals("AES128-GCM-SHA256"))
        .extracting(Dropped::toString).containsExactly("AES128-GCM-SHA256 is dropped: OpenSSL 3.0 at security level"
            + " 3 refuses TLS_RSA_WITH_AES_128_GCM_SHA256: it has no forward secrecy, required from level 3 on"
            + " (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_CIPHER)");
    // OpenSSL accepts the string; the level only bites in the handshake.
    assertThat(n.startsUp()).isTrue();
  }

  @Test
  void narrow_3desOnlyOnDebian_noCipherMatchStopsTheServer() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().cipherString("DES-CBC3-SHA"));
    assertThat(n.cipherSuites()).isEmpty();
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly(
        "DES-CBC3-SHA is dropped: OpenSSL 3.0 (Debian 12) does not implement TLS_RSA_WITH_3DES_EDE_CBC_SHA"
            + " (a \"weak\" suite, built only with enable-weak-ssl-ciphers)",
        "DES-CBC3-SHA is dropped: OpenSSL 3.0 (Debian 12) implements none of the suites it selects:"
            + " SSL_CTX_set_cipher_list fails with \"no cipher match\" and the server does not start");
    assertThat(n.startsUp()).isFalse();
  }

  @Test
  void narrow_3desOn111_keptAtLevelsOneAndTwoNotThree() {
    assertThat(narrow(OpenSslBuild.OPENSSL_1_1_1, ConfiguredTls.builder().cipherString("DES-CBC3-SHA:@SECLEVEL=2"))
        .cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(narrow(OpenSslBuild.OPENSSL_1_1_1, ConfiguredTls.builder().cipherString("ECDHE-RSA-DES-CBC3-SHA:@SECLEVEL=3"))
        .cipherSuites()).isEmpty();
  }

  @Test
  void narrow_noCipherString_usesDefaultAndReportsNothing() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().versions(ParameterSet.of(TLS_1_2, TLS_1_3)));
    assertThat(n.dropped()).isEmpty();
    assertThat(n.cipherSuites()).first().isEqualTo(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384);
    assertThat(n.tls13Suites()).containsExactly(CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_GCM_SHA256);
  }

  @Test
  void narrow_securityLevel_cipherStringWinsOverConfigWhichWinsOverTheBuild() {
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder()).securityLevel()).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_1))
        .securityLevel()).isEqualTo(SecurityLevel.LEVEL_1);
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_1)
        .cipherString("DEFAULT:@SECLEVEL=0")).securityLevel()).isEqualTo(SecurityLevel.LEVEL_0);
  }

  @Test
  void narrow_tls13Suites_belowTheLevelDropped() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_4)
        .tls13Suites("TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384"));
    assertThat(n.tls13Suites()).containsExactly(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly("TLS_AES_128_GCM_SHA256 is dropped:"
        + " OpenSSL 3.0 at security level 4 refuses TLS_AES_128_GCM_SHA256: its cipher gives 128 bits of security,"
        + " below the level's 192 (ssl/ssl_cert.c ssl_security_default_callback, SSL_SECOP_CIPHER)");
  }

  @Test
  void narrow_groups_belowTheLevelOrNotInTheBuildDropped_defaultsFilteredSilently() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder()
        .groups(PreferenceList.of(NamedGroup.x25519, NamedGroup.secp192r1, NamedGroup.curveSM2)));
    assertThat(n.groups()).containsExactly(NamedGroup.x25519);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly(
        "P-192 is dropped: OpenSSL 3.0 at security level 2 refuses secp192r1: 80 bits of security, below the"
            + " level's 112 (ssl/t1_lib.c tls_group_allowed, SSL_SECOP_CURVE_SUPPORTED)",
        "curveSM2 is dropped: OpenSSL 3.0 (Debian 12) does not implement curveSM2");
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_3)).groups())
        .containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.x448, NamedGroup.secp521r1,
            NamedGroup.secp384r1, NamedGroup.ffdhe3072, NamedGroup.ffdhe4096, NamedGroup.ffdhe6144, NamedGroup.ffdhe8192);
  }

  @Test
  void narrow_sha1SignatureScheme_keptForTheNegotiation_whichTheLevelForbidsOn30Only() {
    ConfiguredTls.Builder sha1 = ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_1)
        .signatureSchemes(PreferenceList.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha1));
    Narrowed on30 = narrow(OpenSslBuild.DEBIAN_12, sha1);
    assertThat(on30.signatureSchemes()).containsExactly(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha1);
    assertThat(on30.dropped()).isEmpty();
    ServerLibrary level1 = new ServerLibrary(OpenSslBuild.DEBIAN_12, java.util.Optional.of(SecurityLevel.LEVEL_1));
    assertThat(level1.permitsSignatureScheme(SignatureScheme.rsa_pkcs1_sha1)).isFalse();
    assertThat(level1.permitsSignatureScheme(SignatureScheme.rsa_pss_rsae_sha256)).isTrue();
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_1_1_1).permitsSignatureScheme(SignatureScheme.rsa_pkcs1_sha1))
        .isTrue();
    // Left empty, the build's whole default list (tls12_sigalgs), SHA-1 pairs included
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder()).signatureSchemes())
        .isEqualTo(OpenSslBuild.DEBIAN_12.defaultSignatureSchemes()).hasSize(23);
  }

  @Test
  void narrow_certificates_smallKeyOrSha1SignatureStopsTheServer() {
    CertificateSpec rsa1024 = new CertificateSpec(KeyType.RSA, 1024, HashAlgorithm.SHA256, false);
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder()
        .certificates(rsa1024, CertificateSpec.RSA_2048_SHA1, CertificateSpec.ECDSA_P256_SHA256));
    assertThat(n.certificates()).containsExactly(CertificateSpec.ECDSA_P256_SHA256);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly(
        "rsa:1024:sha256 is dropped: OpenSSL 3.0 at security level 2 refuses a 1024-bit RSA key: 80 bits of"
            + " security, below the level's 112; loading it fails with \"ee key too small\" and the server does"
            + " not start (ssl/ssl_rsa.c SSL_CTX_use_certificate, ssl/t1_lib.c ssl_security_cert_key)",
        "rsa:2048:sha1 is dropped: OpenSSL 3.0 at security level 2 refuses a certificate signed with SHA1: rated"
            + " 63 bits of security, below the level's 112; loading it fails with \"ca md too weak\" and the server"
            + " does not start, unless it is self-signed (ssl/t1_lib.c ssl_security_cert_sig)");
    assertThat(n.startsUp()).isFalse();
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().securityLevel(SecurityLevel.LEVEL_1)
        .certificates(rsa1024)).certificates()).containsExactly(rsa1024);
  }

  @Test
  void narrow_dh1024AtLevelTwo_stopsTheServer() {
    Narrowed n = narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().dhBits(1024));
    assertThat(n.dhBits()).isEmpty();
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly("1024-bit DH is dropped: OpenSSL 3.0 at"
        + " security level 2 refuses 1024-bit DH parameters: 80 bits of security, below the level's 112;"
        + " SSL_CTX_set0_tmp_dh_pkey fails with \"dh key too small\" and the server does not start"
        + " (ssl/ssl_lib.c, SSL_SECOP_TMP_DH)");
    assertThat(n.startsUp()).isFalse();
    assertThat(narrow(OpenSslBuild.DEBIAN_12, ConfiguredTls.builder().dhBits(2048)).dhBits()).hasValue(2048);
  }

  @Test
  void narrow_invalidCipherString_failsAsTheParserDoes() {
    assertThatThrownBy(() -> OpenSslBuild.DEBIAN_12.narrow(ConfiguredTls.builder().cipherString("HIGH:!aNUL").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown cipher alias or name 'aNUL' at position 6");
  }

  @Test
  void openSslVersion_fromName_patchReleasesNameTheirLine() {
    assertThat(OpenSslVersion.fromName("3.0.19")).isEqualTo(OpenSslVersion.OPENSSL_3_0);
    assertThat(OpenSslVersion.fromName("1.1.1w")).isEqualTo(OpenSslVersion.OPENSSL_1_1_1);
    assertThat(OpenSslVersion.OPENSSL_3_0).hasToString("OpenSSL 3.0");
    assertThatThrownBy(() -> OpenSslVersion.fromName("1.0.1u")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown OpenSSL version '1.0.1u'; modelled are 1.0.2, 1.1.1, 3.0 and 3.5");
  }
}
