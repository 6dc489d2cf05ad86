package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code read(write(p))} keeps versions, suites in order and preference for every format and several
 * policies, and a writer that says nothing lost (no warnings) means exactly that.
 */
class ConfigRoundTripTest {

  /** Mozilla intermediate (v5.7), client's order. */
  static final ServerPolicy INTERMEDIATE = ServerPolicy.builder("intermediate", "Mozilla intermediate")
      .versions(TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
          TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)
      .serverPreference(false).groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1)).build();
  /** A legacy server for Lync Phone Edition: TLS 1.0 to 1.2, 3DES and RC4 kept, server order. */
  static final ServerPolicy LEGACY = ServerPolicy.builder("legacy", "legacy")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
          TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA,
          TLS_RSA_WITH_RC4_128_SHA)
      .build();
  /** TLS 1.3 only, an unusual TLS 1.3 order, signature schemes and client certificates. */
  static final ServerPolicy TLS13_ONLY = ServerPolicy.builder("tls13", "tls13").versions(TLS_1_3)
      .cipherSuites(TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_GCM_SHA256)
      .signatureSchemes(List.of(SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.rsa_pss_rsae_sha256))
      .requiresClientCertificate(true).build();
  /** An SChannel-like TLS 1.2 server with a gap-free CBC/GCM mix. */
  static final ServerPolicy TLS12_MIX = ServerPolicy.builder("tls12", "tls12").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
          TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_CBC_SHA256)
      .build();

  static Stream<Arguments> policiesAndFormats() {
    List<Object[]> formats = List.<Object[]>of(
        new Object[] {"openssl", (Function<ServerPolicy, Exported>) OpenSslConfig::writeArguments,
            (Function<String, ServerPolicy>) t -> OpenSslConfig.readArguments(t).toPolicy("x", CertificateSpec.RSA_2048_SHA256)},
        new Object[] {"nginx", (Function<ServerPolicy, Exported>) NginxConfig::write,
            (Function<String, ServerPolicy>) t -> NginxConfig.read("server { listen 443 ssl;\n" + t + "}")},
        new Object[] {"apache", (Function<ServerPolicy, Exported>) ApacheConfig::write,
            (Function<String, ServerPolicy>) ApacheConfig::read},
        new Object[] {"jsse", (Function<ServerPolicy, Exported>) JsseConfig::write,
            (Function<String, ServerPolicy>) t -> JsseConfig.readProperties("x", t, CertificateSpec.RSA_2048_SHA256)});
    return Stream.of(INTERMEDIATE, LEGACY, TLS13_ONLY, TLS12_MIX).flatMap(p -> formats.stream()
        .map(f -> Arguments.of(f[0], p, f[1], f[2])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("policiesAndFormats")
  void readOfWrite_keepsVersionsSuitesAndPreference(String format, ServerPolicy policy,
      Function<ServerPolicy, Exported> write, Function<String, ServerPolicy> read) {
    // WHEN
    Exported exported = write.apply(policy);
    ServerPolicy back = read.apply(exported.text());

    // THEN
    assertThat(exported.warnings()).allMatch(w -> w.contains("ssl_dhparam") || w.contains("only at security level 0")
        || w.contains("still has 3DES"));
    boolean oldVersions = policy.versions().contains(ProtocolVersion.TLS_1_0) || policy.versions().contains(ProtocolVersion.TLS_1_1);
    if (!format.equals("jsse")) {
      // OpenSSL 3 refuses TLS 1.0 and 1.1 handshakes above security level 0 (internal_error).
      assertThat(exported.text().contains("@SECLEVEL=0")).as(exported.text()).isEqualTo(oldVersions);
    }
    assertThat(back.versions()).as(exported.text()).isEqualTo(policy.versions());
    assertThat(back.cipherSuites()).as(exported.text()).isEqualTo(policy.cipherSuites());
    assertThat(back.serverPreference()).isEqualTo(policy.serverPreference());
    assertThat(back.groups()).isEqualTo(policy.groups());
    assertThat(back.signatureSchemes()).isEqualTo(policy.signatureSchemes());
    assertThat(back.requiresClientCertificate()).isEqualTo(policy.requiresClientCertificate());
  }

  static Stream<ServerPolicy> schannelPolicies() {
    // TLS13_ONLY's signature schemes and client certificate are not SChannel settings (see writeReg).
    return Stream.of(INTERMEDIATE, LEGACY, TLS12_MIX);
  }

  @ParameterizedTest(name = "schannel: {0}")
  @MethodSource("schannelPolicies")
  void readRegOfWriteReg_keepsVersionsSuitesAndGroups(ServerPolicy policy) {
    Exported exported = SchannelConfig.writeReg(policy);
    ServerPolicy back = SchannelConfig.readReg(exported.text(), SchannelConfigTest.WS2019);

    assertThat(back.versions()).isEqualTo(policy.versions());
    assertThat(back.cipherSuites()).isEqualTo(policy.cipherSuites());
    assertThat(back.groups()).isEqualTo(policy.groups());
    assertThat(exported.warnings().isEmpty()).isEqualTo(policy.serverPreference());
  }
}
