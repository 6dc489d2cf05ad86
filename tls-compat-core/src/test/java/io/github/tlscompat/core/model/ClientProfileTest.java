package io.github.tlscompat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientProfileTest {
  private final ClientProfile browser = ClientProfile.builder("browser", "TLS 1.3 browser")
      .versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
      .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .signatureAlgorithms(List.of(SignatureScheme.rsa_pss_rsae_sha256))
      .signatureAlgorithmsCert(List.of(SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.rsa_pkcs1_sha1))
      .extensions(List.of(0, 10, 13, 43, 50, 51))
      .build();

  @Test
  void toBuilder_roundTrip_keepsEveryComponent() {
    assertThat(browser.toBuilder().build()).isEqualTo(browser);
    assertThat(browser.signatureAlgorithmsCert()).containsExactly(SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.rsa_pkcs1_sha1);
    assertThat(browser.extensions()).containsExactly(0, 10, 13, 43, 50, 51);
    assertThat(browser.sendsSupportedVersions()).isTrue();
    assertThat(browser.minVersion()).isEqualTo(ProtocolVersion.TLS_1_2);
    assertThat(browser.maxVersion()).isEqualTo(ProtocolVersion.TLS_1_3);
  }

  @Test
  void sendsSupportedVersions_whenItOffersTls13OrItsExtensionListSaysSo() {
    ClientProfile tls12 = browser.toBuilder().versions(ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2)
        .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).extensions(List.of(0, 10, 13)).build();
    assertThat(tls12.sendsSupportedVersions()).isFalse();
    assertThat(tls12.toBuilder().extensions(List.of(0, 10, 13, 43)).build().sendsSupportedVersions())
        .as("a TLS 1.3 draft client: supported_versions without a final TLS 1.3").isTrue();
    assertThat(browser.toBuilder().extensions(List.of()).build().sendsSupportedVersions()).isTrue();
  }

  @Test
  void toBuilder_withLayout_copiesItAndNullRemovesIt() {
    HelloLayout layout = new HelloLayout(0x0301, 0x0303, 32, 32, List.of(0),
        List.of(new HelloLayout.Extension(0, new byte[0])), List.of());
    ClientProfile withLayout = browser.toBuilder().layout(layout).build();

    assertThat(browser.layout()).isEmpty();
    assertThat(withLayout.toBuilder().build().layout()).contains(layout);
    assertThat(withLayout.toBuilder().layout(null).build()).isEqualTo(browser);
  }

  @Test
  void build_extensionCodeOutOfRange_failsNamingProfileAndCode() {
    assertThatThrownBy(() -> browser.toBuilder().extensions(List.of(0, 70000)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client profile 'browser': extension type 70000 is not a 16-bit code");
  }

  @Test
  void build_noCipherSuite_failsNamingTheProfile() {
    assertThatThrownBy(() -> ClientProfile.builder("empty", "nothing").versions(ProtocolVersion.TLS_1_2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client profile 'empty' offers no cipher suite");
  }
}
