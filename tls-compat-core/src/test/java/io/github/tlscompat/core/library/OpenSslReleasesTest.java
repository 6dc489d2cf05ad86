package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.Dropped.Reason;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.HashAlgorithm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The OpenSSL builds beyond 3.0 and 1.1.1 ({@link OpenSslBuild#OPENSSL_1_0_2},
 * {@link OpenSslBuild#OPENSSL_3_5}) and the distribution builds ({@link OpenSslDistributions}), on
 * the rules where they differ from upstream 3.0.
 */
class OpenSslReleasesTest {

  private static Narrowed narrow(OpenSslBuild build, ConfiguredTls.Builder config) {
    return build.narrow(config.build());
  }

  @Test
  void narrow_102_keepsRc4And3desWhenNamed_andSsl3() {
    Narrowed n = narrow(OpenSslBuild.OPENSSL_1_0_2, ConfiguredTls.builder()
        .versions(ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_2)).cipherString("RC4-SHA:DES-CBC3-SHA:EXP-RC4-MD5"));
    assertThat(n.versions()).containsExactly(SSL_3_0, TLS_1_0, TLS_1_2);
    assertThat(n.cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_RC4_128_SHA,
        CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly("EXP-RC4-MD5 is dropped: OpenSSL 1.0.2"
        + " does not implement TLS_RSA_EXPORT_WITH_RC4_40_MD5 (a \"weak\" suite, built only with enable-weak-ssl-ciphers)");
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_0);
  }

  @Test
  void narrow_102_defaultKeepsRc4And3des_noTls13() {
    Narrowed n = narrow(OpenSslBuild.OPENSSL_1_0_2, ConfiguredTls.builder());
    assertThat(n.versions()).containsExactly(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(n.cipherSuites()).contains(CipherSuite.TLS_RSA_WITH_RC4_128_SHA, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).noneMatch(CipherSuite::isExport)
        .noneMatch(s -> s.cipher().name().startsWith("CHACHA20"));
    assertThat(n.tls13Suites()).isEmpty();
    assertThat(n.groups()).containsExactly(NamedGroup.secp256r1);
  }

  @Test
  void narrow_102_secLevelInTheCipherStringStopsTheServer() {
    Narrowed n = narrow(OpenSslBuild.OPENSSL_1_0_2, ConfiguredTls.builder().cipherString("HIGH:@SECLEVEL=2"));
    assertThat(n.dropped(Kind.CIPHER_STRING)).extracting(Dropped::toString).containsExactly("HIGH:@SECLEVEL=2 is"
        + " dropped: OpenSSL 1.0.2 has no security levels (they came in OpenSSL 1.1.0): @SECLEVEL is an unknown"
        + " command, SSL_CTX_set_cipher_list fails and the server does not start (ssl/ssl_ciph.c"
        + " ssl_cipher_process_rulestr, SSL_R_INVALID_COMMAND)");
    assertThat(n.startsUp()).isFalse();
  }

  @Test
  void narrow_102_smallDhParametersKept() {
    assertThat(narrow(OpenSslBuild.OPENSSL_1_0_2, ConfiguredTls.builder().dhBits(768)).dhBits()).hasValue(768);
    assertThat(narrow(OpenSslBuild.OPENSSL_1_1_1, ConfiguredTls.builder().dhBits(768).securityLevel(SecurityLevel.LEVEL_0))
        .dhBits()).isEmpty();
  }

  @Test
  void serverLibrary_102WithALevel_rejected() {
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_1_0_2).effectiveSecurityLevel()).isEmpty();
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_1_0_2)).hasToString("OpenSSL 1.0.2");
    assertThatThrownBy(() -> new ServerLibrary(OpenSslBuild.OPENSSL_1_0_2, Optional.of(SecurityLevel.LEVEL_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OpenSSL 1.0.2 has no security levels; they came in OpenSSL 1.1.0");
  }

  @Test
  void narrow_35_defaultGroupsLeadWithMlKemAndStopAtFfdhe3072_levelStaysOne() {
    Narrowed n = narrow(OpenSslBuild.OPENSSL_3_5, ConfiguredTls.builder());
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_1);
    assertThat(n.groups()).containsExactly(NamedGroup.X25519MLKEM768, NamedGroup.x25519, NamedGroup.secp256r1,
        NamedGroup.x448, NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.ffdhe2048, NamedGroup.ffdhe3072);
    // TLS 1.0 and 1.1 stay enabled: at level 1 their handshakes fail on the signature, which the
    // negotiation decides (ServerLibrary.signatureRefusal), not the import.
    assertThat(n.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
  }

  @Test
  void openSslVersion_fromName_patchReleasesAndLines() {
    assertThat(OpenSslVersion.fromName("1.0.2u")).isEqualTo(OpenSslVersion.OPENSSL_1_0_2);
    assertThat(OpenSslVersion.fromName("3.2.1")).isEqualTo(OpenSslVersion.OPENSSL_3_0);
    assertThat(OpenSslVersion.fromName("3.5.4")).isEqualTo(OpenSslVersion.OPENSSL_3_5);
    assertThatThrownBy(() -> OpenSslVersion.fromName("0.9.8")).hasMessage("unknown OpenSSL version '0.9.8';"
        + " modelled are 1.0.2, 1.1.1, 3.0 and 3.5");
  }

  @Test
  void narrow_debian11_serverWithoutVersions_keepsMinProtocolTls12() {
    // openssl s_server with no version option: the system's MinProtocol = TLSv1.2 holds
    Narrowed n = narrow(OpenSslDistributions.DEBIAN_11, ConfiguredTls.builder());
    assertThat(n.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(n.dropped()).isEmpty();
  }

  @Test
  void narrow_debian11_namedVersions_setTheirOwnRange_levelTwoStays() {
    // nginx's ssl_protocols TLSv1.1 TLSv1.2: nginx resets the minimum, so TLS 1.1 stays on 1.1.1 at level 2
    Narrowed n = narrow(OpenSslDistributions.DEBIAN_11, ConfiguredTls.builder()
        .versions(ParameterSet.of(SSL_3_0, TLS_1_1, TLS_1_2)).cipherString("HIGH:!aNULL"));
    assertThat(n.versions()).containsExactly(TLS_1_1, TLS_1_2);
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(n.dropped(Kind.PROTOCOL_VERSION)).extracting(Dropped::toString).containsExactly("SSLv3 is dropped:"
        + " OpenSSL 1.1.1 (Debian 11) has no SSL 3.0 (built with no-ssl3, the default)");
  }

  @Test
  void rhel9Default_refusesSha1SignaturesAndSoTls10_evenAtLevelZero() {
    // Signatures are the negotiation's business (OpenSslBuild.narrow): the import keeps TLS 1.0 and
    // rsa_pkcs1_sha1, and the library's signature rule refuses what would sign with SHA-1.
    ConfiguredTls config = ConfiguredTls.builder().versions(ParameterSet.of(TLS_1_0, TLS_1_2))
        .cipherString("DEFAULT:@SECLEVEL=0")
        .signatureSchemes(PreferenceList.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha1))
        .build();
    Narrowed n = OpenSslDistributions.RHEL_9_DEFAULT.narrow(config);
    assertThat(n.securityLevel()).isEqualTo(SecurityLevel.LEVEL_0);
    assertThat(n.versions()).containsExactly(TLS_1_0, TLS_1_2);
    assertThat(n.signatureSchemes()).containsExactly(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha1);

    ServerLibrary rhel9 = new ServerLibrary(OpenSslDistributions.RHEL_9_DEFAULT, Optional.of(SecurityLevel.LEVEL_0));
    assertThat(rhel9.signatureRefusal(HashAlgorithm.MD5_SHA1)).contains("OpenSSL 3.0 (RHEL 9, DEFAULT policy) refuses"
        + " SHA-1 in signatures at every security level (rh-allow-sha1-signatures = no)");
    assertThat(rhel9.signatureRefusal(HashAlgorithm.SHA1)).isEqualTo(rhel9.signatureRefusal(HashAlgorithm.MD5_SHA1));
    assertThat(rhel9.signatureRefusal(HashAlgorithm.SHA256)).isEmpty();
    assertThat(rhel9.permitsSignatureScheme(SignatureScheme.rsa_pkcs1_sha1)).isFalse();
    assertThat(rhel9.permitsSignatureScheme(SignatureScheme.rsa_pss_rsae_sha256)).isTrue();
    // Debian 12's 3.0 at the same level signs with both
    ServerLibrary debian = new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0));
    assertThat(debian.signatureRefusal(HashAlgorithm.MD5_SHA1)).isEmpty();
    assertThat(debian.permitsSignatureScheme(SignatureScheme.rsa_pkcs1_sha1)).isTrue();
  }

  @Test
  void narrow_rhel8Policies_levelMinimumVersionAndDefaultSuites() {
    assertThat(narrow(OpenSslDistributions.RHEL_8_LEGACY, ConfiguredTls.builder()).versions())
        .containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(narrow(OpenSslDistributions.RHEL_8_DEFAULT, ConfiguredTls.builder()).versions())
        .containsExactly(TLS_1_2, TLS_1_3);
    Narrowed future = narrow(OpenSslDistributions.RHEL_8_FUTURE, ConfiguredTls.builder());
    assertThat(future.securityLevel()).isEqualTo(SecurityLevel.LEVEL_3);
    assertThat(future.cipherSuites()).isNotEmpty().allMatch(s -> s.keyExchange().isForwardSecret())
        .noneMatch(s -> s.cipher().name().startsWith("AES_128"));
    assertThat(future.tls13Suites()).containsExactly(CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
    assertThat(narrow(OpenSslDistributions.RHEL_8_DEFAULT, ConfiguredTls.builder()).cipherSuites())
        .contains(CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256).noneMatch(s -> s.keyExchange() == KeyExchange.PSK);
    assertThat(narrow(OpenSslDistributions.RHEL_8_LEGACY, ConfiguredTls.builder()).cipherSuites())
        .contains(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void narrow_rhel9Fips_chachaAndX25519NotThere() {
    Narrowed n = narrow(OpenSslDistributions.RHEL_9_FIPS, ConfiguredTls.builder()
        .cipherString("ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256")
        .groups(PreferenceList.of(NamedGroup.x25519, NamedGroup.secp256r1)));
    assertThat(n.cipherSuites()).containsExactly(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(n.groups()).containsExactly(NamedGroup.secp256r1);
    assertThat(n.dropped()).extracting(Dropped::toString).containsExactly(
        "ECDHE-RSA-CHACHA20-POLY1305 is dropped: OpenSSL 3.0 (RHEL 9, FIPS policy) does not implement"
            + " TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        "X25519 is dropped: OpenSSL 3.0 (RHEL 9, FIPS policy) does not implement x25519");
    assertThat(narrow(OpenSslDistributions.RHEL_9_FIPS, ConfiguredTls.builder()).tls13Suites())
        .containsExactly(CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_AES_128_GCM_SHA256,
            CipherSuite.TLS_AES_128_CCM_SHA256);
  }

  @Test
  void rhelPolicies_defaultLevelIsTheOneTheirCipherStringSets() {
    // The builds read the level off the string's opening @SECLEVEL=n; the parser must agree.
    for (OpenSslBuild b : List.of(OpenSslDistributions.RHEL_8_DEFAULT, OpenSslDistributions.RHEL_8_LEGACY,
        OpenSslDistributions.RHEL_8_FUTURE, OpenSslDistributions.RHEL_8_FIPS, OpenSslDistributions.RHEL_9_DEFAULT,
        OpenSslDistributions.RHEL_9_LEGACY, OpenSslDistributions.RHEL_9_FUTURE, OpenSslDistributions.RHEL_9_FIPS)) {
      assertThat(OpenSslCipherString.of(b.defaultCipherString()).securityLevel()).as(b.id())
          .hasValue(b.defaultSecurityLevel().level());
    }
    assertThat(List.of(OpenSslDistributions.RHEL_8_DEFAULT, OpenSslDistributions.RHEL_8_LEGACY,
        OpenSslDistributions.RHEL_8_FUTURE, OpenSslDistributions.RHEL_9_LEGACY))
        .extracting(b -> b.defaultSecurityLevel().level()).containsExactly(2, 1, 3, 2);
  }

  @Test
  void knownBuilds_idsUnique() {
    assertThat(ServerLibrary.knownIds()).doesNotHaveDuplicates().contains("openssl-1.0.2", "openssl-3.5", "debian-10",
        "debian-11", "rhel-8-default", "rhel-8-legacy", "rhel-8-future", "rhel-8-fips", "rhel-9-default",
        "rhel-9-legacy", "rhel-9-future", "rhel-9-fips");
  }
}
