package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.CipherStringDialect;
import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The LibreSSL builds: what their source says they implement, and how their cipher strings expand. */
class LibreSslBuildTest {

  private static ServerPolicy sServer(String arguments, OpenSslBuild build) {
    ImportedPolicy imported = OpenSslConfig.readArguments("s_server", arguments, CertificateSpec.RSA_2048_SHA256,
        ServerLibrary.of(build), path -> Optional.empty());
    return imported.policy();
  }

  @Test
  void buildsAreLibreSsl_byIdFamilyAndRelease() {
    assertThat(ServerLibrary.fromId("libressl-3.3").build()).isSameAs(LibreSslBuilds.LIBRESSL_3_3);
    assertThat(LibreSslBuilds.LIBRESSL_4_2.family()).isEqualTo(LibraryFamily.LIBRESSL);
    assertThat(LibreSslBuilds.LIBRESSL_4_2.release()).isEqualTo("4.2");
    assertThat(LibreSslBuilds.LIBRESSL_4_2.cipherStringDialect()).isEqualTo(CipherStringDialect.LIBRESSL);
    assertThat(OpenSslBuild.OPENSSL_3_0.cipherStringDialect()).isEqualTo(CipherStringDialect.OPENSSL);
    assertThat(ServerLibrary.knownIds(LibraryFamily.LIBRESSL)).containsExactly("libressl-3.3", "libressl-4.2");
    assertThat(LibreSslBuilds.LIBRESSL_3_3.source()).contains("OPENBSD_6_9", "ssl_ciph.c");
  }

  @Test
  void versionsAndLevels_3_3HasTls10AndNoLevels_4_2IsTls12UpAtLevel1() {
    assertThat(LibreSslBuilds.LIBRESSL_3_3.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(ServerLibrary.of(LibreSslBuilds.LIBRESSL_3_3).effectiveSecurityLevel()).isEmpty();
    assertThat(LibreSslBuilds.LIBRESSL_4_2.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(ServerLibrary.of(LibreSslBuilds.LIBRESSL_4_2)).hasToString("LibreSSL 4.2 at security level 1 (its default)");
    assertThat(LibreSslBuilds.LIBRESSL_4_2.defaultGroups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1,
        NamedGroup.secp384r1);
    assertThat(LibreSslBuilds.LIBRESSL_4_2.groups()).doesNotContain(NamedGroup.x448, NamedGroup.ffdhe2048);
  }

  @Test
  void defaultKeepsRc4And3des_whereOpenSsl30sDropsThem() {
    var universe = LibreSslBuilds.LIBRESSL_4_2.cipherSuites();
    var libre = OpenSslCipherString.of("DEFAULT", universe, CipherStringDialect.LIBRESSL).suites();
    var openssl = OpenSslCipherString.of("DEFAULT", universe, CipherStringDialect.OPENSSL).suites();
    assertThat(libre).contains(TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA,
        TLS_RSA_WITH_CAMELLIA_256_CBC_SHA).doesNotContain(TLS_DH_anon_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_NULL_SHA);
    assertThat(openssl).doesNotContain(TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void order_aesCbcBeforeChaCha20_andNoEcdsaFirst_unlikeOpenSsl() {
    var universe = LibreSslBuilds.LIBRESSL_4_2.cipherSuites();
    assertThat(OpenSslCipherString.of("ECDHE+aRSA+HIGH", universe, CipherStringDialect.LIBRESSL).suites())
        .containsExactly(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
            TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
            TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(OpenSslCipherString.of("ECDHE+aRSA+HIGH", universe, CipherStringDialect.OPENSSL).suites())
        .startsWith(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(OpenSslCipherString.of("ECDHE+AES256+SHA", universe, CipherStringDialect.LIBRESSL).suites())
        .startsWith(TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA);
  }

  @Test
  void rc4IsLow_soHighDropsItAndLowKeepsIt() {
    var universe = LibreSslBuilds.LIBRESSL_3_3.cipherSuites();
    assertThat(OpenSslCipherString.of("LOW", universe, CipherStringDialect.LIBRESSL).suites())
        .contains(TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_RC4_128_MD5).doesNotContain(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(OpenSslCipherString.of("MEDIUM", universe, CipherStringDialect.LIBRESSL).suites())
        .contains(TLS_RSA_WITH_3DES_EDE_CBC_SHA).doesNotContain(TLS_RSA_WITH_RC4_128_SHA);
  }

  @Test
  void sServerDefaults_onEachBuild() {
    ServerPolicy on33 = sServer("", LibreSslBuilds.LIBRESSL_3_3);
    assertThat(on33.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    // RSA before ECDSA within ECDHE (descending code points, no ECDSA rule), AES-CBC before ChaCha20
    assertThat(on33.cipherSuites()).startsWith(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
        TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384).contains(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(on33.library()).contains(ServerLibrary.of(LibreSslBuilds.LIBRESSL_3_3));

    ServerPolicy on42 = sServer("", LibreSslBuilds.LIBRESSL_4_2);
    assertThat(on42.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    // level 1 refuses MD5 MACs and RC4 stays (refused only at 2)
    assertThat(on42.cipherSuites()).contains(TLS_RSA_WITH_RC4_128_SHA).doesNotContain(TLS_RSA_WITH_RC4_128_MD5);
    assertThat(on42.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1);
  }

  @Test
  void secLevelInTheString_failsOn3_3_asAnUnknownCommand() {
    assertThatThrownBy(() -> sServer("-cipher 'DEFAULT:@SECLEVEL=1'", LibreSslBuilds.LIBRESSL_3_3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("openssl s_server on LibreSSL 3.3 would not start: -cipher: DEFAULT:@SECLEVEL=1 is dropped:"
            + " LibreSSL 3.3 has no security levels (they came in LibreSSL 3.6.0): @SECLEVEL is an unknown command,"
            + " SSL_CTX_set_cipher_list fails and the server does not start (ssl/ssl_ciph.c"
            + " ssl_cipher_process_rulestr, SSL_R_INVALID_COMMAND)");
    assertThat(sServer("-cipher 'DEFAULT:@SECLEVEL=2'", LibreSslBuilds.LIBRESSL_4_2).cipherSuites())
        .doesNotContain(TLS_RSA_WITH_RC4_128_SHA);
  }
}
