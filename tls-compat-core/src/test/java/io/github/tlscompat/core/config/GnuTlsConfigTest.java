package io.github.tlscompat.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.GnuTlsPriorityString;
import io.github.tlscompat.core.library.GnuTlsBuild;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link GnuTlsConfig}: gnutls-serv arguments, mod_gnutls directives and bare priority strings. */
class GnuTlsConfigTest {
  private static final ServerLibrary DEBIAN = ServerLibrary.of(GnuTlsBuild.DEBIAN_12);
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;
  private static final Function<String, Optional<String>> FILES = path -> path.contains("/")
      ? Optional.empty() : Optional.of(admin(path));

  private static String admin(String name) {
    try (InputStream in = GnuTlsConfigTest.class.getResourceAsStream("admin/" + name)) {
      if (in == null) throw new IllegalStateException("no test resource admin/" + name);
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportedPolicy read(String text) {
    return GnuTlsConfig.read("g", text, RSA, DEBIAN, FILES);
  }

  @Test
  void read_gnutlsServArguments_isThePriorityStringsPolicyOnTheBuild() {
    // WHEN
    ImportedPolicy imported = read("gnutls-serv --priority NORMAL:%SERVER_PRECEDENCE --x509certfile cert.pem"
        + " --x509keyfile key.pem -p 5556 --noticket");

    // THEN
    ServerPolicy p = imported.policy();
    List<CipherSuite> normal = GnuTlsPriorityString.expand("NORMAL").cipherSuites();
    assertThat(p.cipherSuites()).containsExactlyElementsOf(normal);
    assertThat(p.versions()).isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3));
    assertThat(p.serverPreference()).isTrue();
    assertThat(p.dhBits()).isEqualTo(2048);
    assertThat(p.groups()).isEqualTo(GnuTlsPriorityString.expand("NORMAL").groups());
    assertThat(p.library()).contains(DEBIAN);
    assertThat(p.has(ServerHabit.RETRIES_FOR_PREFERRED_GROUP)).isTrue();
    assertThat(p.has(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT)).isTrue();
    assertThat(p.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13)).isFalse();
    assertThat(p.requiresClientCertificate()).isFalse();
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void read_secure256_dhIsItsOnlyFfdheGroup8192() {
    assertThat(read("--priority SECURE256").policy().dhBits()).isEqualTo(8192);
  }

  @Test
  void read_dhparams_isTheFilesPrimeSize() {
    assertThat(read("gnutls-serv --priority=SECURE256 --dhparams dh1024.pem").policy().dhBits()).isEqualTo(1024);
  }

  @Test
  void read_dhparamsNotHere_isAssumed2048WithAWarning() {
    // WHEN
    ImportedPolicy imported = read("gnutls-serv --priority NORMAL --dhparams /etc/ssl/dh.pem");

    // THEN
    assertThat(imported.policy().dhBits()).isEqualTo(2048);
    assertThat(imported.warnings()).containsExactly(
        "--dhparams /etc/ssl/dh.pem: the file cannot be read here; assumed 2048-bit DH parameters");
  }

  @Test
  void read_withoutPriority_isTheBuildsDefaultWithAWarning() {
    // WHEN
    ImportedPolicy imported = read("gnutls-serv --x509certfile cert.pem --x509keyfile key.pem");

    // THEN
    assertThat(imported.policy().cipherSuites()).containsExactlyElementsOf(
        GnuTlsPriorityString.expand("NORMAL").cipherSuites());
    assertThat(imported.warnings()).containsExactly("--priority: not given; gnutls-serv uses GnuTLS 3.7.9"
        + " (Debian 12)'s default priority string NORMAL");
  }

  @Test
  void read_tls12Only_ignoresSupportedVersions_andLeavesTls13SuitesOut() {
    // WHEN
    ServerPolicy p = read("gnutls-serv --priority NORMAL:-VERS-ALL:+VERS-TLS1.2").policy();

    // THEN
    assertThat(p.versions()).isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_2));
    assertThat(p.cipherSuites()).doesNotContain(CipherSuite.TLS_AES_256_GCM_SHA384).hasSize(25);
    assertThat(p.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13)).isTrue();
  }

  @Test
  void read_tls13Only_negotiatesTls12ForLegacyHellos() {
    ServerPolicy p = read("--priority SECURE192:-VERS-ALL:+VERS-TLS1.3").policy();

    assertThat(p.cipherSuites()).containsExactly(CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
    assertThat(p.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS)).isTrue();
  }

  @Test
  void read_modGnutls_readsPrioritiesDhFileAndClientVerify() {
    // WHEN
    ImportedPolicy imported = read("<VirtualHost *:443>\n  GnuTLSEnable on\n"
        + "  GnuTLSPriorities NORMAL:-VERS-TLS1.0:-VERS-TLS1.1:%COMPAT\n  GnuTLSDHFile dh1024.pem\n"
        + "  GnuTLSClientVerify require\n  GnuTLSPriorities SECURE256\n</VirtualHost>\n");

    // THEN
    ServerPolicy p = imported.policy();
    assertThat(p.versions()).isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3));
    assertThat(p.dhBits()).isEqualTo(1024);
    assertThat(p.requiresClientCertificate()).isTrue();
    assertThat(imported.warnings()).containsExactly("line 6: GnuTLSPriorities: another one; the first is read",
        "GnuTLSPriorities: %COMPAT changes nothing a ClientHello gets (version, suite, group); not modelled");
  }

  @Test
  void read_modGnutlsWithoutDhFile_asksForTheDhOfItsKeysSecurityLevel() {
    String conf = "GnuTLSEnable on\nGnuTLSPriorities NORMAL\n";

    assertThat(read(conf).policy().dhBits()).isEqualTo(2048);
    assertThat(GnuTlsConfig.read("g", conf, CertificateSpec.parse("rsa:4096:sha256"), DEBIAN, FILES).policy()
        .dhBits()).isEqualTo(3072);
    assertThat(GnuTlsConfig.read("g", conf, CertificateSpec.ECDSA_P256_SHA256, DEBIAN, FILES).policy().dhBits())
        .isEqualTo(3072);
    assertThat(GnuTlsConfig.read("g", conf, CertificateSpec.parse("ecdsa:384:sha384"), DEBIAN, FILES).policy()
        .dhBits()).isEqualTo(8192);
  }

  @Test
  void read_barePriorityString_isTheFirstLine() {
    // WHEN
    ImportedPolicy imported = read("# our TLS policy\nPFS:%SERVER_PRECEDENCE\nNORMAL\n");

    // THEN
    assertThat(imported.policy().cipherSuites()).noneMatch(s -> s.ianaName().startsWith("TLS_RSA_"));
    assertThat(imported.policy().serverPreference()).isTrue();
    assertThat(imported.warnings()).containsExactly("priority string: the first line is read; 1 more line is left out");
  }

  @Test
  void read_pskWithoutPasswordFile_dropsThePskSuites_withThem() {
    String priority = "NONE:+VERS-TLS1.2:+AES-128-GCM:+AEAD:+PSK:+ECDHE-RSA:+SIGN-ALL:+GROUP-ALL";

    assertThat(read("--priority " + priority).warnings()).containsExactly("--priority: 1 suite is dropped, the server"
        + " is given no PSK, SRP or anonymous credentials for them: TLS_PSK_WITH_AES_128_GCM_SHA256");
    assertThat(read("--priority " + priority + " --pskpasswd psk.txt").policy().cipherSuites())
        .containsExactly(CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
  }

  @Test
  void read_dheWithoutFfdheGroupOrParameters_dropsDhe() {
    ImportedPolicy imported = read(
        "--priority NONE:+VERS-TLS1.2:+AES-128-GCM:+DHE-RSA:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-SECP256R1");

    assertThat(imported.policy().cipherSuites()).containsExactly(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(imported.warnings()).containsExactly("--priority: 1 suite is dropped: no --dhparams and no FFDHE"
        + " group of 2048 bits or more, so DHE has no parameters: TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
  }

  @Test
  void read_badPriority_namesTheOption() {
    assertThatThrownBy(() -> read("gnutls-serv --priority NORMAL:+VERS-TLS1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--priority: syntax error at character 8 of 'NORMAL:+VERS-TLS1.5', '+VERS-TLS1.5': unknown"
            + " protocol version 'TLS1.5'; expected SSL3.0, TLS1.0, TLS1.1, TLS1.2, TLS1.3, DTLS0.9, DTLS1.0, DTLS1.2,"
            + " ALL, TLS-ALL or DTLS-ALL (gnutls-cli: Syntax error at: +VERS-TLS1.5)");
  }

  @Test
  void read_atSystemOnDebian_saysTheFileIsNotShipped() {
    assertThatThrownBy(() -> read("--priority @SYSTEM")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--priority: GnuTLS 3.7.9 (Debian 12) looks @ keywords up in /etc/gnutls/config, which it does"
            + " not ship: syntax error at character 1 of '@SYSTEM', '@SYSTEM': no entry SYSTEM in the system priority"
            + " file (it defines no keyword) (gnutls-cli: Syntax error at: @SYSTEM)");
  }

  @Test
  void read_onlyDtls_isRefused() {
    assertThatThrownBy(() -> read("--priority NORMAL:-VERS-TLS-ALL")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--priority: gnutls-serv on GnuTLS 3.7.9 (Debian 12) has no TLS version left from"
            + " NORMAL:-VERS-TLS-ALL (only DTLS: DTLS1.2, DTLS1.0)");
  }

  @Test
  void read_missingValue_namesTheOption() {
    assertThatThrownBy(() -> read("gnutls-serv --x509certfile c.pem --priority"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--priority: no value; expected a priority string");
  }

  @Test
  void read_onAnOpenSslBuild_isRefused() {
    assertThatThrownBy(() -> GnuTlsConfig.read("g", "NORMAL", RSA, ServerLibrary.of(OpenSslBuild.DEBIAN_12), FILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GnuTLS configurations are read for a GnuTLS build; OpenSSL 3.0 (Debian 12) is OpenSSL");
  }
}
