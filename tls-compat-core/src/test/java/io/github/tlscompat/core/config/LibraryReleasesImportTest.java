package io.github.tlscompat.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.OpenSslDistributions;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * nginx and {@code openssl s_server} configurations imported for the OpenSSL builds beyond 3.0 and
 * 1.1.1: what the distribution's system configuration adds, and what 1.0.2 still has.
 */
class LibraryReleasesImportTest {
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;
  private static final Function<String, Optional<String>> NO_FILES = path -> Optional.empty();

  @Test
  void sServerWithoutOptions_onDebian11_keepsTheSystemMinProtocol() {
    ImportedPolicy imported = OpenSslConfig.readArguments("s", "", RSA,
        ServerLibrary.of(OpenSslDistributions.DEBIAN_11), NO_FILES);
    assertThat(imported.policy().versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(imported.warnings()).isEmpty();
    // the same s_server on upstream 1.1.1 serves TLS 1.0 and 1.1 too
    assertThat(OpenSslConfig.readArguments("s", "", RSA, ServerLibrary.of(OpenSslBuild.OPENSSL_1_1_1), NO_FILES)
        .policy().versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
  }

  @Test
  void sServerWithoutCipher_onRhel8Future_usesThePolicysCipherString() {
    ServerLibrary future = ServerLibrary.of(OpenSslDistributions.RHEL_8_FUTURE);
    ServerPolicy p = OpenSslConfig.readArguments("s", "", CertificateSpec.ECDSA_P256_SHA256, future, NO_FILES).policy();
    assertThat(p.cipherSuites()).startsWith(CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256)
        .doesNotContain(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384)
        .allMatch(s -> s.isTls13() || s.keyExchange().isForwardSecret());
    // FUTURE is level 3: a 2048-bit RSA key does not load
    assertThatThrownBy(() -> OpenSslConfig.readArguments("s", "", RSA, future, NO_FILES))
        .hasMessage("openssl s_server on OpenSSL 1.1.1 (RHEL 8, FUTURE policy) at security level 3 (its default) would"
            + " not start: -cert: rsa:2048:sha256 is dropped: OpenSSL 1.1.1 at security level 3 refuses a 2048-bit RSA"
            + " key: 112 bits of security, below the level's 128; loading it fails with \"ee key too small\" and the"
            + " server does not start (ssl/ssl_rsa.c SSL_CTX_use_certificate, ssl/t1_lib.c ssl_security_cert_key)");
  }

  @Test
  void nginxTls10_onRhel9Default_keptForTheNegotiation_whoseSignatureRuleIsThePolicysNotTheLevels() {
    String conf = "server {\n listen 443 ssl;\n ssl_protocols TLSv1 TLSv1.2;\n ssl_ciphers DEFAULT:@SECLEVEL=0;\n}\n";
    ImportedPolicy imported = NginxConfig.read(conf, Optional.empty(), RSA,
        ServerLibrary.of(OpenSslDistributions.RHEL_9_DEFAULT), NO_FILES);
    assertThat(imported.policy().versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_2);
    assertThat(imported.warnings()).contains("ssl_protocols: TLSv1 completes no handshake: before TLS 1.2 the server"
        + " signs with MD5+SHA-1 (its key is RSA), and OpenSSL 3.0 (RHEL 9, DEFAULT policy) refuses SHA-1 in signatures"
        + " at every security level (rh-allow-sha1-signatures = no), so every TLS 1.0 handshake fails with"
        + " internal_error, RSA key exchange included (ssl/t1_lib.c tls1_get_legacy_sigalg)");
    ServerLibrary onLevelZero = imported.policy().library().orElseThrow();
    assertThat(onLevelZero.signatureRefusal(io.github.tlscompat.core.registry.HashAlgorithm.MD5_SHA1))
        .contains("OpenSSL 3.0 (RHEL 9, DEFAULT policy) refuses SHA-1 in signatures at every security level"
            + " (rh-allow-sha1-signatures = no)");
  }

  @Test
  void nginxRc4_on102_keptAndNoLevelInTheWarnings() {
    String conf = "server {\n listen 443 ssl;\n ssl_protocols SSLv3 TLSv1;\n ssl_ciphers RC4-SHA:AES128-SHA;\n}\n";
    ImportedPolicy imported = NginxConfig.read(conf, Optional.empty(), RSA, ServerLibrary.of(OpenSslBuild.OPENSSL_1_0_2),
        NO_FILES);
    assertThat(imported.policy().versions()).containsExactly(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0);
    assertThat(imported.policy().cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_RC4_128_SHA,
        CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.policy().library()).contains(ServerLibrary.of(OpenSslBuild.OPENSSL_1_0_2));
  }
}
