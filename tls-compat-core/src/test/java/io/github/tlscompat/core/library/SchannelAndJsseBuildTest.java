package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Schannel builds per Windows release and the JSSE builds per JDK: the facts that differ between them. */
class SchannelAndJsseBuildTest {

  @Test
  void schannel_defaultVersionsByRelease() {
    assertThat(SchannelBuild.WINDOWS_2008_R2.defaultVersions()).containsExactly(SSL_2_0, SSL_3_0, TLS_1_0);
    assertThat(SchannelBuild.WINDOWS_2008_R2.versions()).contains(TLS_1_1, TLS_1_2);
    assertThat(SchannelBuild.WINDOWS_2012_R2.defaultVersions()).containsExactly(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(SchannelBuild.WINDOWS_2016.versions()).doesNotContain(SSL_2_0);
    assertThat(SchannelBuild.WINDOWS_2016.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(SchannelBuild.WINDOWS_2022.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
  }

  @Test
  void schannel2025_keepsTls10And11On_asTheProtocolsPageSays_andPointsToItsDefaultsProfile() {
    assertThat(SchannelBuild.WINDOWS_2025.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(SchannelBuild.WINDOWS_2025.versions()).containsExactly(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(SchannelBuild.WINDOWS_2025.release()).isEqualTo("10.0.26100");
    assertThat(SchannelBuild.WINDOWS_2025.defaultsProfile()).contains("windows-server-2025-schannel-default");
    assertThat(SchannelBuild.WINDOWS_2025.source()).contains("tls-cipher-suites-in-windows-server-2025.md",
        "tls-supported-groups-in-windows-11-24h2-and-later.md", "protocols-in-tls-ssl--schannel-ssp-.md");
    assertThat(ServerLibrary.fromId("schannel-2025", LibraryFamily.SCHANNEL).build()).isSameAs(SchannelBuild.WINDOWS_2025);
    assertThat(SchannelBuild.ALL).contains(SchannelBuild.WINDOWS_2025);
  }

  @Test
  void schannel_fipsPolicyOn2003_tls10Only() {
    assertThat(SchannelBuild.WINDOWS_2003_FIPS.fipsPolicy()).isTrue();
    assertThat(SchannelBuild.WINDOWS_2003_FIPS.defaultVersions()).containsExactly(TLS_1_0);
    assertThat(SchannelBuild.WINDOWS_2003.withFipsPolicy()).contains(SchannelBuild.WINDOWS_2003_FIPS);
  }

  @Test
  void schannel_defaultVersionNotImplemented_rejected() {
    assertThatThrownBy(() -> new SchannelBuild("x", "Schannel (test)", "6.0", ParameterSet.of(TLS_1_0),
        ParameterSet.of(TLS_1_0, TLS_1_2), Optional.empty(), false, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Schannel (test) enables by default versions it does not implement: [TLS_1_2]");
  }

  @Test
  void jsse_defaultVersionsAreTheEnabledLessTheDisabledOnes() {
    for (JsseBuild b : JsseBuild.ALL) {
      assertThat(b.defaultVersions()).as(b.id()).containsExactly(TLS_1_2, TLS_1_3);
    }
    JsseBuild reEnabled = new JsseBuild("x", "SunJSSE (test)", LibraryFamily.SUNJSSE, "17",
        JsseBuild.SUNJSSE_17.enabledVersions(), "SSLv3, RC4", JsseBuild.SUNJSSE_17.defaultCipherSuites(),
        Optional.empty(), "test");
    assertThat(reEnabled.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
  }

  @Test
  void jsse_defaultSuitesReadAsJsseNamesThem_ssl30SuitesWithSslPrefix() {
    // The measured lists name SSL 3.0's suites SSL_..., as SSLEngine does: SSL_RSA_WITH_3DES_EDE_CBC_SHA
    // is 17's last suite, SSL_DHE_RSA_WITH_3DES_EDE_CBC_SHA among its 3DES ones.
    List<CipherSuite> suites17 = JsseBuild.SUNJSSE_17.defaultCipherSuites();

    assertThat(suites17).hasSize(55).contains(CipherSuite.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA)
        .endsWith(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA).startsWith(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(JsseBuild.SUNJSSE_25.defaultCipherSuites()).hasSize(48).doesNotContain(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
        .startsWith(CipherSuite.TLS_AES_256_GCM_SHA384);
  }

  @Test
  void jsse_rsaKeyExchangeDisabledFromJdk24Updates_notIn17015() {
    assertThat(JsseBuild.SUNJSSE_25.disabledAlgorithms()).contains("TLS_RSA_*", "rsa_pkcs1_sha1 usage HandshakeSignature");
    assertThat(JsseBuild.SUNJSSE_21.disabledAlgorithms()).isEqualTo(JsseBuild.SUNJSSE_25.disabledAlgorithms());
    assertThat(JsseBuild.SUNJSSE_17.disabledAlgorithms()).doesNotContain("TLS_RSA_*").endsWith("anon, NULL, ECDH");
    assertThat(JsseBuild.SUNJSSE_8.disabledAlgorithms()).doesNotContain("DTLSv1.0", "TLS_RSA_*");
  }

  @Test
  void jsse_familyMustBeAJsseProvider() {
    assertThatThrownBy(() -> new JsseBuild("x", "x", LibraryFamily.OPENSSL, "1", ParameterSet.of(TLS_1_2), "",
        io.github.tlscompat.core.registry.PreferenceList.empty(io.github.tlscompat.core.registry.CipherSuite.class),
        Optional.empty(), "test")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JSSE build is SunJSSE or BCJSSE, not OpenSSL");
  }

  @Test
  void choosableSuites_bcjsseWithoutAnFfdheNamedGroup_neverChoosesDhe_sunJsseFallsBackToItsPrimes() {
    List<CipherSuite> suites = List.of(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256);
    Optional<List<NamedGroup>> ecOnly = Optional.of(List.of(NamedGroup.x25519, NamedGroup.secp256r1));

    assertThat(JsseBuild.BCJSSE_1_84.choosableSuites(suites, ecOnly)).containsExactly(
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(JsseBuild.BCJSSE_1_83.choosableSuites(suites, ecOnly)).hasSize(2);
    assertThat(JsseBuild.BCJSSE_1_84.choosableSuites(suites,
        Optional.of(List.of(NamedGroup.x25519, NamedGroup.ffdhe2048)))).isEqualTo(suites);
    assertThat(JsseBuild.BCJSSE_1_84.choosableSuites(suites, Optional.empty())).isEqualTo(suites);
    assertThat(JsseBuild.SUNJSSE_17.choosableSuites(suites, ecOnly)).isEqualTo(suites);
    List<CipherSuite> dheOnly = List.of(CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(JsseBuild.BCJSSE_1_84.choosableSuites(dheOnly, ecOnly)).isEqualTo(dheOnly);
  }

  @Test
  void bcjsse184_isListedAndFoundById() {
    assertThat(JsseBuild.ALL).endsWith(JsseBuild.BCJSSE_1_83, JsseBuild.BCJSSE_1_84);
    assertThat(ServerLibrary.fromId("bcjsse-1.84", LibraryFamily.BCJSSE).build()).isSameAs(JsseBuild.BCJSSE_1_84);
  }
}
