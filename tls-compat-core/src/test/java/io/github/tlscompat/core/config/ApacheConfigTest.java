package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading mod_ssl directives from an Apache configuration, its defaults and errors, and writing them. */
class ApacheConfigTest {
  private static final String SSL_CONF = Resources.text("apache-ssl.conf");

  @Test
  void read_sslConf_firstSslVirtualHostOverridesGlobalAndSkipsDirectorySections() {
    ServerPolicy p = ApacheConfig.read(SSL_CONF);

    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(p.cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256,
        TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(p.serverPreference()).as("SSLHonorCipherOrder on, global").isTrue();
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp384r1);
  }

  @Test
  void read_sslConfByServerAlias_inheritsTheGlobalCipherString() {
    ServerPolicy p = ApacheConfig.read(SSL_CONF, Optional.of("OLD.example.com"), CertificateSpec.RSA_2048_SHA1);

    assertThat(p.versions()).containsExactly(TLS_1_0, TLS_1_1);
    assertThat(p.serverPreference()).isFalse();
    List<CipherSuite> global = new ArrayList<>(OpenSslCipherString.parse("HIGH:MEDIUM:!aNULL:!MD5:!SEED:!IDEA:!3DES:!RC4"));
    global.removeIf(s -> !s.isValidIn(TLS_1_0) && !s.isValidIn(TLS_1_1));
    assertThat(p.cipherSuites()).containsExactlyElementsOf(global);
    assertThat(p.certificates()).containsExactly(CertificateSpec.RSA_2048_SHA1);
  }

  @Test
  void read_nothingConfigured_appliesModSslDefaults() {
    ServerPolicy p = ApacheConfig.read("<VirtualHost *:443>\n  SSLEngine on\n</VirtualHost>\n");

    assertThat(p.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(p.serverPreference()).isFalse();
    List<CipherSuite> expected = new ArrayList<>(OpenSslCipherString.parseTls13(OpenSslConfig.DEFAULT_CIPHERSUITES));
    OpenSslCipherString.parse("DEFAULT").stream().filter(s -> s.isValidIn(TLS_1_0) || s.isValidIn(TLS_1_1)
        || s.isValidIn(TLS_1_2)).forEach(expected::add);
    assertThat(p.cipherSuites()).containsExactlyElementsOf(expected);
  }

  @Test
  void read_sslProtocolSyntax_plusMinusAndBareWordAsModSslDoes() {
    assertThat(ApacheConfig.read("SSLProtocol -all +TLSv1.2").versions()).containsExactly(TLS_1_2);
    assertThat(ApacheConfig.read("SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1").versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(ApacheConfig.read("SSLProtocol TLSv1.2 +TLSv1.3").versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(ApacheConfig.read("SSLProtocol +TLSv1.2 TLSv1.3").versions()).as("a bare word replaces").containsExactly(TLS_1_3);
  }

  @Test
  void read_openSslConfCmd_minProtocolAndServerPreference() {
    ServerPolicy p = ApacheConfig.read("""
        SSLOpenSSLConfCmd MinProtocol TLSv1.2
        SSLOpenSSLConfCmd Options -ServerPreference,PrioritizeChaCha
        SSLHonorCipherOrder on
        """);

    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(p.serverPreference()).as("conf commands apply after SSLHonorCipherOrder").isFalse();
  }

  @Test
  void read_badValues_nameLineDirectiveAndClosest() {
    assertThatThrownBy(() -> ApacheConfig.read("# comment\nSSLProtocol all -SSLv3 +TLSv1.4\n"))
        .hasMessage("line 2: SSLProtocol: unknown protocol 'TLSv1.4'; expected all, SSLv3, TLSv1, TLSv1.1,"
            + " TLSv1.2 or TLSv1.3; did you mean TLSv1.1 or TLSv1.2 or TLSv1.3?");
    assertThatThrownBy(() -> ApacheConfig.read("SSLCipherSuite TLSv13 TLS_AES_128_GCM_SHA256"))
        .hasMessage("line 1: SSLCipherSuite: unknown protocol 'TLSv13'; expected SSL or TLSv1.3; did you mean TLSv1.3?");
    assertThatThrownBy(() -> ApacheConfig.read("<VirtualHost *:443>\nSSLHonorCipherOrder yes\n</VirtualHost>"))
        .hasMessage("line 2: SSLHonorCipherOrder: unknown value 'yes'; expected on or off");
    assertThatThrownBy(() -> ApacheConfig.read("<VirtualHost *:443>\nSSLEngine on\n"))
        .hasMessage("line 1: <virtualhost>: section is not closed; expected </virtualhost>");
    assertThatThrownBy(() -> ApacheConfig.read("SSLProtocol -all -TLSv1.2"))
        .hasMessage("line 1: SSLProtocol: no protocol is left enabled; expected e.g. '-all +TLSv1.2 +TLSv1.3'");
  }

  @Test
  void read_emptyQuotedProtocol_isAnUnknownProtocolNotACrash() {
    // Found by ConfigFuzzTest#apache: "" is a word of its own, and had no first character to test.
    assertThatThrownBy(() -> ApacheConfig.read("SSLEngine on\nSSLProtocol all \"\"\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: SSLProtocol: unknown protocol ''; expected all, SSLv3,");
    assertThatThrownBy(() -> ApacheConfig.read("SSLProtocol +"))
        .hasMessageStartingWith("line 1: SSLProtocol: unknown protocol ''; expected all,");
  }

  @Test
  void write_policy_writesModSslDirectives() {
    ServerPolicy p = ServerPolicy.builder("x", "x").versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)
        .serverPreference(false).groups(List.of(NamedGroup.secp384r1)).requiresClientCertificate(true).build();

    Exported e = ApacheConfig.write(p);

    assertThat(e.text()).isEqualTo("""
        # x (x), written by tls-compat
        SSLProtocol -all +TLSv1.2 +TLSv1.3
        SSLCipherSuite ECDHE-RSA-AES256-GCM-SHA384
        SSLCipherSuite TLSv1.3 TLS_AES_256_GCM_SHA384
        SSLHonorCipherOrder off
        SSLOpenSSLConfCmd Curves P-384
        SSLVerifyClient require
        """);
    assertThat(e.warnings()).isEmpty();
  }
}
