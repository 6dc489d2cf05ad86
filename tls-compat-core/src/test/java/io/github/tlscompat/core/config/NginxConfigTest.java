package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading nginx.conf the way nginx merges it, its defaults, its errors, and writing directives. */
class NginxConfigTest {

  @Test
  void read_mozillaIntermediate57_inheritsHttpLevelIntoTheSslServer() {
    // GIVEN Mozilla's generator output: the ssl directives stand at http level, after the server block
    String conf = Resources.text("nginx-mozilla-intermediate.conf");

    // WHEN
    ServerPolicy p = NginxConfig.read(conf);

    // THEN
    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(p.cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
        TLS_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256);
    assertThat(p.serverPreference()).isFalse();
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1);
    assertThat(p.certificates()).containsExactly(CertificateSpec.RSA_2048_SHA256);
  }

  @Test
  void read_noDirectives_appliesNginxDefaultsAndDropsDheWithoutDhparam() {
    ServerPolicy p = NginxConfig.read("http { server { listen 443 ssl; } }");

    assertThat(p.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3);
    assertThat(p.serverPreference()).isFalse();
    assertThat(p.groups()).isEmpty();
    List<CipherSuite> expected = new ArrayList<>(OpenSslCipherString.parseTls13(OpenSslConfig.DEFAULT_CIPHERSUITES));
    OpenSslCipherString.parse("HIGH:!aNULL:!MD5").stream()
        .filter(s -> !s.keyExchange().name().startsWith("DHE")).forEach(expected::add);
    assertThat(p.cipherSuites()).containsExactlyElementsOf(expected);
  }

  @Test
  void read_serverLevelDirectives_overrideHttpAndConfCommandsApplyLast() {
    String conf = """
        http {
            ssl_protocols TLSv1 TLSv1.1 TLSv1.2;   # http level
            ssl_ciphers "ECDHE+AESGCM:AES128-SHA";
            ssl_conf_command Options ServerPreference;
            server {
                listen 443 ssl;
                server_name a.example;
                ssl_protocols TLSv1.2 TLSv1.3;
                ssl_prefer_server_ciphers off;
                ssl_conf_command Ciphersuites TLS_CHACHA20_POLY1305_SHA256;
                ssl_conf_command Options ServerPreference;
                ssl_conf_command Groups 'X25519:P-384';
            }
            server {
                listen 443 ssl;
                server_name b.example *.b.example;
            }
        }
        """;

    ServerPolicy a = NginxConfig.read(conf, Optional.of("a.example"), CertificateSpec.ECDSA_P256_SHA256);
    ServerPolicy b = NginxConfig.read(conf, Optional.of("www.b.example"), CertificateSpec.RSA_2048_SHA256);

    assertThat(a.id()).isEqualTo("a.example");
    assertThat(a.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(a.cipherSuites().get(0)).isEqualTo(TLS_CHACHA20_POLY1305_SHA256);
    assertThat(a.serverPreference()).as("Options ServerPreference comes after ssl_prefer_server_ciphers off").isTrue();
    assertThat(a.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp384r1);
    assertThat(a.certificates()).containsExactly(CertificateSpec.ECDSA_P256_SHA256);
    assertThat(b.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(b.serverPreference()).as("http-level ssl_conf_command inherited").isTrue();
    assertThat(b.cipherSuites()).endsWith(TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void read_minAndMaxProtocolConfCommands_boundTheVersions() {
    ServerPolicy p = NginxConfig.read("""
        server { listen 443 ssl;
          ssl_conf_command MinProtocol TLSv1.1;
          ssl_conf_command MaxProtocol TLSv1.2; }
        """);

    assertThat(p.versions()).containsExactly(TLS_1_1, TLS_1_2);
  }

  @Test
  void read_misspelledProtocol_namesLineDirectiveAndClosest() {
    assertThatThrownBy(() -> NginxConfig.read("http {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.4;\n  }\n}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 4: ssl_protocols: unknown protocol 'TLSv1.4'; expected SSLv2, SSLv3, TLSv1, TLSv1.1,"
            + " TLSv1.2 or TLSv1.3; did you mean TLSv1.1 or TLSv1.2 or TLSv1.3?");
  }

  @Test
  void read_badFlagAndBadCipherAndUnknownCommand_failWithTheLine() {
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl;\n ssl_prefer_server_ciphers onn; }"))
        .hasMessage("line 2: ssl_prefer_server_ciphers: unknown value 'onn'; expected on or off; did you mean on or off?");
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl;\n\n ssl_ciphers ECDHE+AESGMC; }"))
        .hasMessageStartingWith("line 3: ssl_ciphers: unknown cipher alias or name 'AESGMC' at position 6; did you mean AESGCM");
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl; ssl_conf_command Cipersuites X; }"))
        .hasMessage("line 1: ssl_conf_command: unknown OpenSSL configuration command 'Cipersuites'; did you mean Ciphersuites?");
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl; ssl_conf_command Options ServerPreferenc; }"))
        .hasMessage("line 1: ssl_conf_command: unknown option 'ServerPreferenc'; did you mean ServerPreference?");
  }

  @Test
  void read_syntaxErrors_nameTheLine() {
    assertThatThrownBy(() -> NginxConfig.read("http {\n server {\n  listen 443 ssl\n }\n}"))
        .hasMessage("line 3: listen: directive is not terminated; expected ';' after 'ssl'");
    assertThatThrownBy(() -> NginxConfig.read("http {\n server { listen 443 ssl; }\n"))
        .hasMessage("line 1: http: block is not closed; expected '}' before the end of the file");
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl; ssl_protocols TLSv1.2;\n ssl_protocols TLSv1.3; }"))
        .hasMessage("line 2: ssl_protocols: directive is duplicate (first at line 1); expected it once per block");
  }

  @Test
  void read_quotedBraces_areWordsNotPunctuation() {
    // A quoted '}' that closed the server block would leave the last '}' unmatched; a quoted '{'
    // that opened a block would leave it unclosed.
    ServerPolicy p = NginxConfig.read("""
        http { server { listen 443 ssl; add_header X-Close "}"; add_header X-Open '{';
          ssl_protocols TLSv1.2 TLSv1.3; } }
        """);

    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
  }

  @Test
  void read_unknownServerName_suggestsTheKnownOnes() {
    assertThatThrownBy(() -> NginxConfig.read("server { listen 443 ssl; server_name shop.example.com; }",
        Optional.of("shop.exmple.com"), CertificateSpec.RSA_2048_SHA256))
        .hasMessage("no server block has server_name 'shop.exmple.com'; expected one of shop.example.com;"
            + " did you mean shop.example.com?");
  }

  @Test
  void write_policyWithGroupsAndDhe_writesEveryDirectiveAndWarnsAboutDhparam() {
    ServerPolicy p = ServerPolicy.builder("x", "x").versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256)
        .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).build();

    Exported e = NginxConfig.write(p);

    assertThat(e.text()).isEqualTo("""
        # x (x), written by tls-compat
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256;
        ssl_prefer_server_ciphers on;
        ssl_ecdh_curve X25519:P-256;
        ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;
        ssl_dhparam /etc/nginx/dhparam-2048.pem;
        """);
    assertThat(e.warnings()).containsExactly("nginx uses DHE suites only with ssl_dhparam: put 2048-bit DH"
        + " parameters (e.g. RFC 7919 ffdhe2048) at the placeholder path");
  }

  @Test
  void write_suiteOpenSslLacks_warnsInsteadOfDropping() {
    ServerPolicy p = ServerPolicy.builder("x", "x").versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_SM4_GCM_SM3, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
        .build();

    Exported e = NginxConfig.write(p);

    assertThat(e.warnings()).containsExactly(
        "nginx cannot name TLS_SM4_GCM_SM3: OpenSSL has no such suite; it is left out");
    assertThat(e.text()).contains("ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256;\n")
        .contains("ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;\n");
  }

  @Test
  void read_everySuiteDheWithoutDhparam_isRefusedForTheSameReasonAsWrittenAndOnALibrary() {
    // GIVEN a server whose only suites are DHE, and no ssl_dhparam ("DHE ciphers will not be used")
    String conf = "http {\n  server {\n    listen 443 ssl;\n    ssl_ciphers DHE-RSA-AES128-GCM-SHA256;\n"
        + "    ssl_protocols TLSv1.2;\n  }\n}\n";
    String expected = "line 2: server: every enabled suite is DHE, which nginx uses only with ssl_dhparam;"
        + " expected an ssl_dhparam directive";

    // WHEN read as written, and on OpenSSL 3.0; THEN both readings refuse it alike
    assertThatThrownBy(() -> NginxConfig.read(conf)).hasMessage(expected);
    assertThatThrownBy(() -> NginxConfig.read(conf, Optional.empty(), CertificateSpec.RSA_2048_SHA256,
        ServerLibrary.of(OpenSslBuild.OPENSSL_3_0), path -> Optional.empty())).hasMessage(expected);
  }

  @Test
  void read_asWritten_isTheLibraryReadingWithNoLibrary() {
    // GIVEN Mozilla's intermediate nginx site, whose ssl_dhparam names a file
    String conf = LibraryImportTest.admin("mozilla-intermediate.conf");

    // WHEN
    ImportedPolicy asWritten = NginxConfig.read(conf, Optional.empty(), CertificateSpec.RSA_2048_SHA256,
        Optional.empty(), path -> Optional.of("not read"));

    // THEN the policy of the directives, no library and no warning; the file beside it is not read
    assertThat(asWritten.policy()).isEqualTo(NginxConfig.read(conf));
    assertThat(asWritten.policy().library()).isEmpty();
    assertThat(asWritten.warnings()).isEmpty();
  }
}
