package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "System cryptography: Use FIPS compliant algorithms" policy per Windows release: which build
 * models it, and what Schannel keeps of a configuration with it on.
 */
class SchannelFipsPolicyTest {

  private static ServerPolicy policy(String id) {
    return ServerPolicy.builder(id, id)
        .versions(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
            TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA,
            TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_DES_CBC_SHA, TLS_RSA_WITH_NULL_SHA)
        .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.brainpoolP256r1,
            NamedGroup.secp521r1))
        .certificates(CertificateSpec.RSA_2048_SHA256).build();
  }

  @Test
  void everyWindowsRelease_hasItsFipsBuild_namedAfterIt_withoutSsl() {
    List<SchannelBuild> plain = SchannelBuild.ALL.stream().filter(b -> !b.fipsPolicy()).toList();
    assertThat(plain).hasSize(9);
    for (SchannelBuild b : plain) {
      SchannelBuild fips = b.withFipsPolicy().orElseThrow();
      assertThat(fips.id()).isEqualTo(b.id() + "-fips");
      assertThat(fips.release()).isEqualTo(b.release());
      assertThat(fips.versions()).as(fips.id()).doesNotContain(SSL_2_0, SSL_3_0);
      assertThat(fips.defaultsProfile()).isEmpty();
      assertThat(ServerLibrary.fromId(fips.id()).build()).isSameAs(fips);
    }
    assertThat(SchannelBuild.WINDOWS_2012_R2_FIPS.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(SchannelBuild.WINDOWS_2008_R2_FIPS.defaultVersions()).containsExactly(TLS_1_0);
    assertThat(SchannelBuild.WINDOWS_2025_FIPS.defaultVersions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(SchannelBuild.WINDOWS_2025_FIPS).hasToString("Schannel (Windows Server 2025, FIPS policy)");
    assertThat(SchannelBuild.WINDOWS_2025_FIPS.source()).contains("no longer recommended nor required",
        "schannel-cipher-suites-in-windows-vista.md");
  }

  @Test
  void server2025WithThePolicy_keepsAesAnd3des_dropsChaChaRc4DesNullAndX25519() {
    ServerPolicy narrowed = SchannelBuild.WINDOWS_2025_FIPS.narrow(policy("mine"));
    assertThat(narrowed.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(narrowed.cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(narrowed.groups()).containsExactly(NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1);
    assertThat(narrowed.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2025_FIPS));
  }

  @Test
  void server2003WithThePolicy_keepsOnlyTls10And3desRsa() {
    ServerPolicy narrowed = SchannelBuild.WINDOWS_2003_FIPS.narrow(policy("mine"));
    assertThat(narrowed.versions()).containsExactly(TLS_1_0);
    assertThat(narrowed.cipherSuites()).containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void withoutThePolicy_everySuiteAndGroupIsKept_onlyVersionsTheReleaseHas() {
    ServerPolicy narrowed = SchannelBuild.WINDOWS_2012_R2.narrow(policy("mine"));
    assertThat(narrowed.versions()).containsExactly(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(narrowed.cipherSuites()).isEqualTo(policy("mine").cipherSuites());
    assertThat(SchannelBuild.WINDOWS_2012_R2.permits(NamedGroup.x25519)).isTrue();
    assertThat(SchannelBuild.WINDOWS_2012_R2.withFipsPolicy()).contains(SchannelBuild.WINDOWS_2012_R2_FIPS);
  }

  @Test
  void nothingLeft_isRefusedNamingTheBuildAndThePolicy() {
    ServerPolicy rc4Only = policy("rc4-only").toBuilder().cipherSuites(TLS_RSA_WITH_RC4_128_SHA).build();
    assertThatThrownBy(() -> SchannelBuild.WINDOWS_2016_FIPS.narrow(rc4Only))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Schannel (Windows Server 2016, FIPS policy) keeps none of the cipher suites of rc4-only");
    ServerPolicy ssl3Only = policy("ssl3-only").toBuilder().versions(SSL_3_0).build();
    assertThatThrownBy(() -> SchannelBuild.WINDOWS_2016_FIPS.narrow(ssl3Only))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Schannel (Windows Server 2016, FIPS policy) implements none of the versions [SSL_3_0] of"
            + " ssl3-only");
  }
}
