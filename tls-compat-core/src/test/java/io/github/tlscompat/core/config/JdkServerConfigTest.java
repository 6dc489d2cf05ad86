package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import org.junit.jupiter.api.Test;

/** {@link JdkServerConfig}: a default Java server under an admin's java.security override and jdk.tls.* properties. */
class JdkServerConfigTest {
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;

  @Test
  void read_jdkDefaults_jdk25DropsRsaKeyExchange_jdk17KeepsIt() {
    ServerPolicy on25 = JdkServerConfig.read("d", "", "", RSA, JsseBuild.SUNJSSE_25).policy();
    ServerPolicy on17 = JdkServerConfig.read("d", "", "", RSA, JsseBuild.SUNJSSE_17).policy();
    assertThat(on25.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(on25.cipherSuites()).startsWith(CipherSuite.TLS_AES_256_GCM_SHA384)
        .noneMatch(s -> s.keyExchange() == KeyExchange.RSA);
    assertThat(on17.cipherSuites()).contains(CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256)
        .noneMatch(s -> s.cipher().name().startsWith("TDES"));
    assertThat(on17.library()).contains(ServerLibrary.of(JsseBuild.SUNJSSE_17));
    assertThat(on17.serverPreference()).isTrue();
  }

  @Test
  void read_overrideReenablingTls10_keepsTheRestOfTheList() {
    String override = "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, DH keySize < 1024, \\\n"
        + "    EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n";
    ImportedPolicy imported = JdkServerConfig.read("t", override, "", RSA, JsseBuild.SUNJSSE_25);
    assertThat(imported.policy().versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(imported.policy().cipherSuites()).contains(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(imported.warnings()).containsExactly("jdk.tls.disabledAlgorithms: the override file's, SSLv3, RC4,"
        + " DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH");
  }

  @Test
  void read_systemProperties_restrictVersionsAndSuitesInTheirOrder() {
    String system = "jdk.tls.server.protocols=TLSv1.2\n"
        + "jdk.tls.server.cipherSuites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,NO_SUCH_SUITE,TLS_RSA_WITH_AES_128_CBC_SHA\n";
    ServerPolicy p = JdkServerConfig.read("r", "", system, RSA, JsseBuild.SUNJSSE_17).policy();
    assertThat(p.versions()).containsExactly(TLS_1_2);
    assertThat(p.cipherSuites()).containsExactly(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void read_buildWithoutMeasuredSuites_needsTheProperty() {
    assertThatThrownBy(() -> JdkServerConfig.read("x", "", "", RSA, JsseBuild.SUNJSSE_8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SunJSSE (JDK 8u) has no measured default cipher suite list; set jdk.tls.server.cipherSuites");
  }

  @Test
  void read_ssl2FramedHellos_readOnlyWhereTheJdkEnablesSslv2Hello() {
    // GIVEN TLS 1.0 back on, as admins re-enable it for old clients; and the same with SSLv2Hello listed
    String override = "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, 3DES_EDE_CBC, anon, NULL, ECDH\n";
    String withHello = "jdk.tls.server.protocols=SSLv2Hello,TLSv1,TLSv1.1,TLSv1.2,TLSv1.3\n";
    String cipherSuites = "jdk.tls.server.cipherSuites=TLS_RSA_WITH_AES_128_CBC_SHA\n";

    // WHEN
    ServerPolicy on17 = JdkServerConfig.read("a", override, "", RSA, JsseBuild.SUNJSSE_17).policy();
    ServerPolicy on25 = JdkServerConfig.read("b", override, "", RSA, JsseBuild.SUNJSSE_25).policy();
    ServerPolicy listed = JdkServerConfig.read("c", override, withHello, RSA, JsseBuild.SUNJSSE_17).policy();
    ServerPolicy on8 = JdkServerConfig.read("d", override, cipherSuites, RSA, JsseBuild.SUNJSSE_8).policy();

    // THEN JDK 11 and later enable no SSLv2Hello unless told; JDK 8u's server enables it by default
    assertThat(on17.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isFalse();
    assertThat(on25.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isFalse();
    assertThat(listed.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isTrue();
    assertThat(on8.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isTrue();
  }
}
