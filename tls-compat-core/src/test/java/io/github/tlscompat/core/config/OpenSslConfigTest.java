package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code openssl s_server} arguments, read and written. */
class OpenSslConfigTest {

  @Test
  void readArguments_sServerFlags_giveTheSettings() {
    OpenSslConfig c = OpenSslConfig.readArguments("-accept 4433 -cert server.pem -www -cipher 'ECDHE+AESGCM:!ECDSA'"
        + " -ciphersuites TLS_AES_128_GCM_SHA256 -no_tls1 -no_tls1_1 -serverpref -groups X25519:P-256");

    ServerPolicy p = c.toPolicy("s", CertificateSpec.RSA_2048_SHA256);

    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(p.cipherSuites()).containsExactly(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(p.serverPreference()).isTrue();
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1);
  }

  @Test
  void readArguments_nothing_isOpenSsl30Defaults() {
    assertThat(OpenSslConfig.readArguments("")).isEqualTo(OpenSslConfig.DEFAULTS);
    assertThat(OpenSslConfig.readArguments("-tls1_2").versions()).containsExactly(TLS_1_2);
    assertThat(OpenSslConfig.readArguments("-min_protocol SSLv3 -max_protocol TLSv1.1").versions())
        .containsExactly(SSL_3_0, TLS_1_0, TLS_1_1);
  }

  @Test
  void readArguments_errors_nameTheOptionAndClosest() {
    assertThatThrownBy(() -> OpenSslConfig.readArguments("-serverpref -chipher HIGH"))
        .hasMessageStartingWith("unknown s_server option '-chipher' at word 2; did you mean -cipher");
    assertThatThrownBy(() -> OpenSslConfig.readArguments("-cipher"))
        .hasMessage("option -cipher at word 1 needs a value");
    assertThatThrownBy(() -> OpenSslConfig.readArguments("-max_protocol TLSv1.4"))
        .hasMessageStartingWith("option -max_protocol: unknown protocol 'TLSv1.4'; expected None, SSLv3,");
  }

  @Test
  void writeArguments_gapInVersions_writesBoundsAndNoFlag() {
    ServerPolicy p = ServerPolicy.builder("g", "g").versions(TLS_1_0, TLS_1_2)
        .cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA).serverPreference(false).build();

    Exported e = OpenSslConfig.writeArguments(p);

    assertThat(e.text()).isEqualTo("-cipher AES128-SHA:@SECLEVEL=0 -min_protocol TLSv1 -max_protocol TLSv1.2 -no_tls1_1\n");
    assertThat(e.warnings()).containsExactly("OpenSSL (OpenSSL 3) speaks TLS 1.1 and older only at security level 0,"
        + " so @SECLEVEL=0 ends the cipher string; it also lets SHA-1 signatures and RSA keys under 2048 bits through");
    assertThat(OpenSslConfig.readArguments(e.text()).versions()).containsExactly(TLS_1_0, TLS_1_2);
  }

  @Test
  void writeArguments_legacySignatureSchemes_inTheSigHashFormOpenSslReads() {
    // OpenSSL 3.0's s_server rejects '-sigalgs ecdsa_sha1' (its table names no DSA scheme and
    // neither ECDSA+SHA-1 nor ECDSA+SHA-224); the SIG+HASH form names them.
    ServerPolicy p = ServerPolicy.builder("s", "s").versions(TLS_1_2).cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA)
        .signatureSchemes(List.of(SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.ecdsa_sha1,
            SignatureScheme.dsa_sha256, SignatureScheme.rsa_sha224, SignatureScheme.ecdsa_sha224))
        .build();

    Exported e = OpenSslConfig.writeArguments(p);

    assertThat(e.text()).contains(" -sigalgs rsa_pkcs1_sha256:ECDSA+SHA1:DSA+SHA256:rsa_pkcs1_sha224:ECDSA+SHA224");
    assertThat(OpenSslConfig.readArguments(e.text()).signatureSchemes()).isEqualTo(p.signatureSchemes());
  }

  @Test
  void readArguments_noDhe_leavesDheOutAsWrittenAsOnALibrary() {
    // GIVEN s_server told -no_dhe with a cipher string of DHE and ECDHE suites
    String args = "-tls1_2 -no_dhe -cipher 'DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256'";

    // WHEN read as written (--library none) and on OpenSSL 3.0
    ServerPolicy asWritten = OpenSslConfig.readArguments("s", args, CertificateSpec.RSA_2048_SHA256,
        Optional.empty(), path -> Optional.empty()).policy();
    ServerPolicy onLibrary = OpenSslConfig.readArguments("s", args, CertificateSpec.RSA_2048_SHA256,
        ServerLibrary.of(OpenSslBuild.OPENSSL_3_0), path -> Optional.empty()).policy();

    // THEN -no_dhe is s_server's own switch, not a library rule: both leave the DHE suite out
    assertThat(asWritten.cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(onLibrary.cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThatThrownBy(() -> OpenSslConfig.readArguments("s", "-tls1_2 -no_dhe -cipher DHE-RSA-AES128-GCM-SHA256",
        CertificateSpec.RSA_2048_SHA256, Optional.empty(), path -> Optional.empty()))
        .hasMessage("-no_dhe: every enabled suite is DHE, which -no_dhe turns off");
  }
}
