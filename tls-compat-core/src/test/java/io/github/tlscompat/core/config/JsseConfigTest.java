package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/** Reading JSSE parameters and properties, and writing them. */
class JsseConfigTest {

  @Test
  void read_liveServerEngineDefaults_matchWhatTheEngineEnables() throws Exception {
    // GIVEN the running JDK's default server parameters
    SSLEngine engine = SSLContext.getDefault().createSSLEngine();
    engine.setUseClientMode(false);
    SSLParameters params = engine.getSSLParameters();

    // WHEN
    ServerPolicy p = JsseConfig.read("jdk", params, List.of(), CertificateSpec.RSA_2048_SHA256);

    // THEN
    assertThat(p.versions().stream().map(v -> v.jsseName()).toList())
        .containsExactlyInAnyOrder(engine.getEnabledProtocols());
    assertThat(p.cipherSuites().stream().map(CipherSuite::jsseName).toList()).containsExactlyElementsOf(
        Arrays.stream(engine.getEnabledCipherSuites()).filter(n -> !n.endsWith("_SCSV")).toList());
    assertThat(p.serverPreference()).isEqualTo(params.getUseCipherSuitesOrder());
    assertThat(p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isFalse();
  }

  @Test
  void read_jsseNamesAndSsl2Hello_mapToTheRegistry() {
    ServerPolicy p = JsseConfig.read("old", List.of("TLSv1", "SSLv3", "SSLv2Hello"),
        List.of("SSL_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", "TLS_RSA_WITH_AES_128_CBC_SHA"),
        false, List.of("secp256r1", "x25519"), CertificateSpec.RSA_2048_SHA1);

    assertThat(p.versions()).containsExactly(SSL_3_0, TLS_1_0);
    assertThat(p.cipherSuites()).containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isTrue();
    assertThat(p.serverPreference()).isFalse();
    assertThat(p.groups()).containsExactly(NamedGroup.secp256r1, NamedGroup.x25519);
  }

  @Test
  void read_describesSunJsse_withItsGroupAndEcdsaHabits() {
    // GIVEN server order, as a hardened JSSE server has it
    ServerPolicy p = JsseConfig.read("hardened", List.of("TLSv1.3", "TLSv1.2"),
        List.of("TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), true, List.of(),
        CertificateSpec.RSA_2048_SHA256);
    ServerPolicy fromProperties = JsseConfig.readProperties("hardened",
        "jdk.tls.server.protocols=TLSv1.3,TLSv1.2\njdk.tls.server.cipherSuites=TLS_AES_128_GCM_SHA256\n",
        CertificateSpec.RSA_2048_SHA256);

    // THEN SunJSSE still takes groups in the client's order (SupportedGroups.getPreferredGroup) and
    // signs with an ECDSA scheme only on its curve (SignatureScheme.getSignerOfPreferableAlgorithm)
    for (ServerPolicy jsse : List.of(p, fromProperties)) {
      assertThat(jsse.serverPreference()).isTrue();
      assertThat(jsse.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT)).isTrue();
      assertThat(jsse.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE)).isTrue();
      assertThat(jsse.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13)).isFalse();
      assertThat(jsse.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS)).isFalse();
      assertThat(jsse.has(ServerHabit.CHECKS_SNI_AFTER_VERSION)).isFalse();
    }
  }

  @Test
  void read_unknownSuite_namesItsPositionAndTheClosest() {
    assertThatThrownBy(() -> JsseConfig.read("x", List.of("TLSv1.2"),
        List.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_WITH_3DES_CBC_SHA"), true, List.of(),
        CertificateSpec.RSA_2048_SHA256))
        .hasMessageStartingWith("cipher suite 2: unknown JSSE cipher suite name 'SSL_RSA_WITH_3DES_CBC_SHA'; did you mean ")
        .hasMessageContaining("SSL_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void write_thenReadProperties_roundTrips() {
    ServerPolicy p = ServerPolicy.builder("j", "j").versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
            TLS_RSA_WITH_3DES_EDE_CBC_SHA)
        .serverPreference(false).groups(List.of(NamedGroup.x25519, NamedGroup.ffdhe3072)).dhBits(3072)
        .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false).habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true)
        .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build();

    Exported e = JsseConfig.write(p);
    ServerPolicy back = JsseConfig.readProperties("j", e.text(), CertificateSpec.RSA_2048_SHA256);

    assertThat(e.text()).contains("jdk.tls.server.protocols=TLSv1.3,TLSv1.2\n")
        .contains("jdk.tls.server.cipherSuites=TLS_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,"
            + "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,SSL_RSA_WITH_3DES_EDE_CBC_SHA\n")
        .contains("SSLParameters.useCipherSuitesOrder=false\n");
    assertThat(e.warnings()).isEmpty();
    assertThat(back.toBuilder().name("j").build()).isEqualTo(p);
  }

  @Test
  void readProperties_unknownKey_namesLineAndClosest() {
    assertThatThrownBy(() -> JsseConfig.readProperties("x", "# c\njdk.tls.server.cipherSuite=X\n",
        CertificateSpec.RSA_2048_SHA256))
        .hasMessageStartingWith("line 2: jdk.tls.server.cipherSuite: unknown key 'jdk.tls.server.cipherSuite'; expected ")
        .hasMessageEndingWith("did you mean jdk.tls.server.cipherSuites?");
  }

  @Test
  void readProperties_onABuild_takesWhatTheFileDoesNotSetFromThatJdk() {
    // GIVEN a service that sets its protocols and its order, and leaves the suites to the JDK
    String properties = "jdk.tls.server.protocols=TLSv1.3,TLSv1.2\nSSLParameters.useCipherSuitesOrder=false\n";

    // WHEN read on JDK 17 and on JDK 25
    ImportedPolicy on17 = JsseConfig.readProperties("svc", properties, CertificateSpec.RSA_2048_SHA256,
        Optional.of(JsseBuild.SUNJSSE_17));
    ImportedPolicy on25 = JsseConfig.readProperties("svc", properties, CertificateSpec.RSA_2048_SHA256,
        Optional.of(JsseBuild.SUNJSSE_25));

    // THEN each JDK's default suites, less what its jdk.tls.disabledAlgorithms disables (JDK 24 added TLS_RSA_*)
    assertThat(on17.policy().cipherSuites()).contains(TLS_RSA_WITH_AES_128_GCM_SHA256)
        .doesNotContain(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(on25.policy().cipherSuites()).startsWith(TLS_AES_256_GCM_SHA384)
        .doesNotContain(TLS_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(on25.policy().versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(on25.policy().serverPreference()).isFalse();
    assertThat(on25.policy().library()).contains(ServerLibrary.of(JsseBuild.SUNJSSE_25));
    assertThat(on25.warnings()).containsExactly("jdk.tls.server.cipherSuites: not set; SunJSSE (JDK 25.0.3)'s"
        + " default list of " + JsseBuild.SUNJSSE_25.defaultCipherSuites().size() + " suites",
        "jdk.tls.disabledAlgorithms: SunJSSE (JDK 25.0.3)'s default, " + JsseBuild.SUNJSSE_25.disabledAlgorithms());
  }

  @Test
  void readProperties_onBcjsseWithoutAnFfdheGroup_servesNoDhe_whereSunJsseDoes() {
    // GIVEN a server that lists DHE suites but names only elliptic-curve groups
    String properties = "jdk.tls.server.protocols=TLSv1.2\n"
        + "jdk.tls.server.cipherSuites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_DHE_RSA_WITH_AES_128_CBC_SHA\n"
        + "jdk.tls.namedGroups=secp256r1,secp384r1\n";

    // WHEN read on BCJSSE and on SunJSSE
    ImportedPolicy bc = JsseConfig.readProperties("svc", properties, CertificateSpec.RSA_2048_SHA256,
        Optional.of(JsseBuild.BCJSSE_1_83));
    ImportedPolicy sun = JsseConfig.readProperties("svc", properties, CertificateSpec.RSA_2048_SHA256,
        Optional.of(JsseBuild.SUNJSSE_17));
    ImportedPolicy bcWithFfdhe = JsseConfig.readProperties("svc", properties.replace("secp384r1", "ffdhe2048"),
        CertificateSpec.RSA_2048_SHA256, Optional.of(JsseBuild.BCJSSE_1_83));

    // THEN BCJSSE has no group to run DHE in (a phone that sends no supported_groups is refused);
    // SunJSSE and BCJSSE with an FFDHE group keep the suite
    assertThat(bc.policy().cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(bc.warnings()).contains("jdk.tls.namedGroups: no FFDHE group, and " + JsseBuild.BCJSSE_1_83.name()
        + " takes DHE groups only among these; its 1 DHE suites are never chosen: left out");
    assertThat(sun.policy().cipherSuites()).contains(TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(bcWithFfdhe.policy().cipherSuites()).contains(TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void readProperties_asWritten_isTheFileAlone() {
    // GIVEN the same file without the build: as written, both lists must be there
    assertThatThrownBy(() -> JsseConfig.readProperties("svc", "jdk.tls.server.protocols=TLSv1.3\n",
        CertificateSpec.RSA_2048_SHA256))
        .hasMessage("line 1: jdk.tls.server.cipherSuites: missing; expected a comma-separated list");
  }
}
