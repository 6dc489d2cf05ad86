package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.TLS_AES_128_GCM_SHA256;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_AES_256_GCM_SHA384;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_CHACHA20_POLY1305_SHA256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The OpenSSL-based importers narrowed by the library under the server, on configurations admins
 * deploy as they are (Debian 12's stock nginx and Apache SSL sites, Mozilla's generator output,
 * cipherli.st, {@code HIGH:!aNULL:!MD5:@STRENGTH}, {@code kRSA}, DHE with 1024-bit parameters):
 * the policy the real server serves, and a warning for each name the library drops.
 */
class LibraryImportTest {
  private static final ServerLibrary DEBIAN_12 = ServerLibrary.of(OpenSslBuild.DEBIAN_12);
  private static final ServerLibrary OPENSSL_3_0 = ServerLibrary.of(OpenSslBuild.OPENSSL_3_0);
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;
  private static final List<CipherSuite> TLS13_DEFAULT = List.of(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
      TLS_AES_128_GCM_SHA256);

  private static String tlsRefused(String directive, String version, String name, int level, int bits) {
    return directive + ": " + name + " completes no handshake: before TLS 1.2 the server signs with MD5+SHA-1"
        + " (its key is RSA), and OpenSSL 3.0" + (level == 2 ? " (Debian 12)" : "") + " at security level " + level
        + " rates it 67 bits of security, below the level's " + bits + ", so every " + version + " handshake fails"
        + " with internal_error, RSA key exchange included (ssl/t1_lib.c tls1_get_legacy_sigalg)";
  }

  static String admin(String name) {
    try (InputStream in = LibraryImportTest.class.getResourceAsStream("admin/" + name)) {
      if (in == null) throw new IllegalStateException("no test resource admin/" + name);
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files beside the configurations, by the relative paths the configurations name. */
  private static final Function<String, Optional<String>> FILES = path -> path.contains("/")
      ? Optional.empty() : Optional.of(admin(path));

  @Test
  void debianNginx_onDebian12_keepsTls10And11ThatCompleteNoHandshake_withoutDhe_andSaysWhy() {
    ImportedPolicy imported = NginxConfig.read(admin("debian-nginx.conf"), Optional.empty(), RSA, DEBIAN_12, FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2,
        ProtocolVersion.TLS_1_3);
    assertThat(p.serverPreference()).isTrue();
    assertThat(p.library()).contains(DEBIAN_12);
    // nginx's default HIGH:!aNULL:!MD5 as OpenSSL 3.0 has it: no DHE without ssl_dhparam, no
    // static DH, PSK, SRP, GOST or draft ChaCha20 suites
    assertThat(p.cipherSuites()).hasSize(45).startsWith(TLS13_DEFAULT.toArray(CipherSuite[]::new))
        .contains(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA)
        .noneMatch(s -> s.keyExchange() == KeyExchange.DHE_RSA || s.keyExchange().isPsk()
            || s.name().endsWith("_OLD"));
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.x448,
        NamedGroup.secp521r1, NamedGroup.secp384r1, NamedGroup.ffdhe2048, NamedGroup.ffdhe3072, NamedGroup.ffdhe4096,
        NamedGroup.ffdhe6144, NamedGroup.ffdhe8192);
    assertThat(imported.warnings()).containsExactly(
        tlsRefused("ssl_protocols", "TLS 1.0", "TLSv1", 2, 112),
        tlsRefused("ssl_protocols", "TLS 1.1", "TLSv1.1", 2, 112));
  }

  @Test
  void debianApache_onDebian12_keepsDheWithAutomaticParameters_andSummarisesWhatHighSelectsInVain() {
    ImportedPolicy imported = ApacheConfig.read(admin("debian-apache.conf"), Optional.empty(), RSA, DEBIAN_12, FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(p.serverPreference()).isFalse();
    assertThat(p.dhBits()).isEqualTo(2048);
    assertThat(p.cipherSuites()).hasSize(74).startsWith(TLS13_DEFAULT.toArray(CipherSuite[]::new))
        .contains(CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384).endsWith(CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA);
    assertThat(imported.warnings()).containsExactly(
        tlsRefused("SSLProtocol", "TLS 1.0", "TLSv1", 2, 112),
        tlsRefused("SSLProtocol", "TLS 1.1", "TLSv1.1", 2, 112),
        "SSLCipherSuite: its aliases select 114 more suites that OpenSSL 3.0 (Debian 12) does not negotiate"
            + " (60 not in the build, 54 PSK or SRP)");
  }

  @Test
  void apache_sslProtocolAllMinusSslv2_isAcceptedAsMod_sslDoes() {
    String conf = "<VirtualHost *:443>\nSSLEngine on\nSSLProtocol ALL -SSLv2 -SSLv3\n</VirtualHost>\n";

    ImportedPolicy onLevel1 = ApacheConfig.read(conf, Optional.empty(), RSA, OPENSSL_3_0, FILES);

    assertThat(onLevel1.policy().versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(onLevel1.warnings()).containsExactly(
        tlsRefused("SSLProtocol", "TLS 1.0", "TLSv1", 1, 80), tlsRefused("SSLProtocol", "TLS 1.1", "TLSv1.1", 1, 80));
    assertThat(ApacheConfig.read(conf).versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThatThrownBy(() -> ApacheConfig.read("SSLProtocol +SSLv2\n"))
        .hasMessage("line 1: SSLProtocol: unknown protocol 'SSLv2'; expected all, SSLv3, TLSv1, TLSv1.1, TLSv1.2 or"
            + " TLSv1.3; did you mean SSLv3?; SSLv2 is no longer supported by mod_ssl 2.4");
  }

  @Test
  void mozillaIntermediate_readsItsDhParameterFile_andDropsNothing() {
    ImportedPolicy imported = NginxConfig.read(admin("mozilla-intermediate.conf"), Optional.empty(), RSA, DEBIAN_12,
        FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(p.serverPreference()).isFalse();
    assertThat(p.cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
        TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256);
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1);
    assertThat(p.dhBits()).isEqualTo(2048);
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void mozillaOld_onDebian12_tls10And11CompleteNoHandshake_3desIsDropped_eachSaid() {
    ImportedPolicy imported = NginxConfig.read(admin("mozilla-old.conf"), Optional.empty(), RSA, DEBIAN_12, FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(p.cipherSuites()).hasSize(28).doesNotContain(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
        .endsWith(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA);
    assertThat(imported.warnings()).containsExactly(
        tlsRefused("ssl_protocols", "TLS 1.0", "TLSv1", 2, 112),
        tlsRefused("ssl_protocols", "TLS 1.1", "TLSv1.1", 2, 112),
        "ssl_ciphers: 1 suite is dropped, not in OpenSSL 3.0 (Debian 12): DES-CBC3-SHA");
  }

  @Test
  void cipherlistSt_with1024BitDh_doesNotStartOnDebian12_butDoesAtLevel1() {
    assertThatThrownBy(() -> NginxConfig.read(admin("cipherlist.conf"), Optional.empty(), RSA, DEBIAN_12, FILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: server: nginx on OpenSSL 3.0 (Debian 12) at security level 2 (its default) would not"
            + " start: ssl_dhparam: 1024-bit DH is dropped: OpenSSL 3.0 at security level 2 refuses 1024-bit DH"
            + " parameters: 80 bits of security, below the level's 112; SSL_CTX_set0_tmp_dh_pkey fails with \"dh key"
            + " too small\" and the server does not start (ssl/ssl_lib.c, SSL_SECOP_TMP_DH)");

    ImportedPolicy onLevel1 = NginxConfig.read(admin("cipherlist.conf"), Optional.empty(), RSA, OPENSSL_3_0, FILES);

    ServerPolicy p = onLevel1.policy();
    assertThat(p.dhBits()).isEqualTo(1024);
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2);
    assertThat(p.groups()).containsExactly(NamedGroup.secp384r1);
    assertThat(p.cipherSuites()).startsWith(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384)
        .contains(CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256).allMatch(s -> !s.isTls13());
    assertThat(onLevel1.warnings()).containsExactly(
        tlsRefused("ssl_protocols", "TLS 1.0", "TLSv1", 1, 80), tlsRefused("ssl_protocols", "TLS 1.1", "TLSv1.1", 1, 80));
  }

  @Test
  void dhParameters_x942Form_isReadToo_andAMissingFileIsAssumed2048AndSaid() {
    String conf = "server { listen 443 ssl; ssl_protocols TLSv1.2; ssl_ciphers DHE-RSA-AES128-GCM-SHA256;"
        + " ssl_dhparam %s; }";

    ImportedPolicy x942 = NginxConfig.read(conf.formatted("dh1024-x942.pem"), Optional.empty(), RSA, OPENSSL_3_0,
        FILES);
    ImportedPolicy missing = NginxConfig.read(conf.formatted("/etc/nginx/dhparam.pem"), Optional.empty(), RSA,
        OPENSSL_3_0, FILES);

    assertThat(x942.policy().dhBits()).isEqualTo(1024);
    assertThat(x942.warnings()).isEmpty();
    assertThat(missing.policy().dhBits()).isEqualTo(2048);
    assertThat(missing.warnings()).containsExactly("ssl_dhparam /etc/nginx/dhparam.pem: the file cannot be read"
        + " here; assumed 2048-bit DH parameters");
    assertThatThrownBy(() -> NginxConfig.read(conf.formatted("debian-nginx.conf"), Optional.empty(), RSA, OPENSSL_3_0,
        FILES)).hasMessage("line 1: ssl_dhparam: ssl_dhparam debian-nginx.conf: holds no -----BEGIN DH PARAMETERS-----"
            + " block; expected the output of openssl dhparam");
  }

  @Test
  void sServer_highStrength_onDebian12_isWhatTheLibraryHas_orderedByStrength() {
    ImportedPolicy imported = OpenSslConfig.readArguments("s_server", "-cipher 'HIGH:!aNULL:!MD5:@STRENGTH'", RSA,
        DEBIAN_12, FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(p.cipherSuites()).hasSize(74).startsWith(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
        TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384);
    assertThat(imported.warnings()).containsExactly(
        tlsRefused("versions (default)", "TLS 1.0", "TLSv1", 2, 112),
        tlsRefused("versions (default)", "TLS 1.1", "TLSv1.1", 2, 112),
        "-cipher: its aliases select 114 more suites that OpenSSL 3.0 (Debian 12) does not negotiate (60 not in the"
            + " build, 54 PSK or SRP)");
  }

  @Test
  void sServer_kRsa_tls12_isRsaKeyExchangeOnly_andTls13KeepsItsDefaults() {
    ImportedPolicy imported = OpenSslConfig.readArguments("s_server", "-cipher kRSA -no_tls1 -no_tls1_1", RSA,
        DEBIAN_12, FILES);

    ServerPolicy p = imported.policy();
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    // openssl ciphers -s -v kRSA on Debian 12 lists 19: the three TLS 1.3 suites and 16 RSA ones
    assertThat(p.cipherSuites()).hasSize(19).startsWith(TLS13_DEFAULT.toArray(CipherSuite[]::new))
        .filteredOn(s -> !s.isTls13()).allMatch(s -> s.keyExchange() == KeyExchange.RSA)
        .doesNotContain(CipherSuite.TLS_RSA_WITH_NULL_SHA256, CipherSuite.TLS_RSA_WITH_NULL_SHA);
    assertThat(imported.warnings()).containsExactly("-cipher: its aliases select 18 more suites that OpenSSL 3.0"
        + " (Debian 12) does not negotiate (15 not in the build, 3 refused at security level 2)");
  }
}
