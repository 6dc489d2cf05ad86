package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.CipherStringDialect;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The BoringSSL build: its versions, groups and what a configuration's cipher string amounts to on it. */
class BoringSslBuildTest {
  private static final OpenSslBuild BORING = BoringSslBuilds.BORINGSSL_2026_08;

  private static ImportedPolicy sServer(String arguments) {
    return OpenSslConfig.readArguments("s_server", arguments, CertificateSpec.RSA_2048_SHA256, ServerLibrary.of(BORING),
        path -> Optional.empty());
  }

  @Test
  void theBuild_isBoringSsl_tls12And13_noLevels_noDhe_postQuantumGroupFirst() {
    assertThat(ServerLibrary.fromId("boringssl-2026-08").build()).isSameAs(BORING);
    assertThat(BORING.family()).isEqualTo(LibraryFamily.BORINGSSL);
    assertThat(BORING.cipherStringDialect()).isEqualTo(CipherStringDialect.BORINGSSL);
    assertThat(BORING.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(ServerLibrary.of(BORING).effectiveSecurityLevel()).isEmpty();
    assertThat(ServerLibrary.of(BORING).signsForEveryCertificateSuite()).isFalse();
    assertThat(BORING.cipherSuites()).noneMatch(s -> s.name().startsWith("TLS_DHE_"));
    assertThat(BORING.defaultGroups()).containsExactly(NamedGroup.X25519MLKEM768, NamedGroup.x25519,
        NamedGroup.secp256r1, NamedGroup.secp384r1);
    assertThat(BORING.source()).contains("google/boringssl@a0689af29e8e460f1e5380e0fb74cef1b342e810");
  }

  @Test
  void nginxsDefaultCipherString_keepsBoringSslsSuites_dropsPsk_andReportsTheSkippedWords() {
    ImportedPolicy imported = sServer("-cipher 'HIGH:!aNULL:!MD5' -serverpref");
    assertThat(imported.policy().cipherSuites()).startsWith(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384,
        TLS_CHACHA20_POLY1305_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
        .noneMatch(s -> s.keyExchange().isPsk()).doesNotContain(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(imported.warnings()).containsExactly(
        "versions (default): TLSv1 is dropped: BoringSSL (2026-08 snapshot) has no TLS 1.0 (BoringSSL (2026-08"
            + " snapshot)'s TLS method does not enable it)",
        "versions (default): TLSv1.1 is dropped: BoringSSL (2026-08 snapshot) has no TLS 1.1 (BoringSSL (2026-08"
            + " snapshot)'s TLS method does not enable it)",
        "-cipher: its aliases select 5 more suites that BoringSSL (2026-08 snapshot) does not negotiate (5 PSK or"
            + " SRP)",
        "-cipher: 2 suites are dropped, not in BoringSSL (2026-08 snapshot): aNULL, MD5");
  }

  @Test
  void tls10_isNotEnabledOnBoringSsl_andSecLevelIsAnInvalidCommand() {
    assertThat(sServer("-tls1_2").policy().versions()).containsExactly(ProtocolVersion.TLS_1_2);
    assertThatThrownBy(() -> sServer("-cipher 'DEFAULT:@SECLEVEL=2'")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown command '@SECLEVEL' at position 8; BoringSSL knows only @STRENGTH and has no"
            + " security levels");
  }

  @Test
  void aSecurityLevel_isRefusedForBoringSsl_andForLibreSsl33_sayingWhereLevelsCameFrom() {
    assertThatThrownBy(() -> new ServerLibrary(BORING, Optional.of(SecurityLevel.LEVEL_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BoringSSL (2026-08 snapshot) has no security levels");
    assertThatThrownBy(() -> new ServerLibrary(LibreSslBuilds.LIBRESSL_3_3, Optional.of(SecurityLevel.LEVEL_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LibreSSL 3.3 has no security levels; they came in LibreSSL 3.6.0");
    assertThat(new ServerLibrary(LibreSslBuilds.LIBRESSL_4_2, Optional.of(SecurityLevel.LEVEL_2)))
        .hasToString("LibreSSL 4.2 at security level 2");
  }
}
