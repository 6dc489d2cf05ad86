package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  @TempDir Path dir;

  @Test
  void read_nginxConf_policyOfTheFirstSslServerWithItsAssumptions() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("nginx.conf"), """
        server {
          listen 443 ssl;
          ssl_protocols TLSv1.2;
          ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA;
        }
        """);

    // WHEN
    ConfigFile.Imported imported = ConfigFile.of(file).read(Catalog.builtIn());

    // THEN
    ServerPolicy policy = imported.policy();
    assertThat(policy.id()).isEqualTo("nginx");
    assertThat(policy.versions()).containsExactly(ProtocolVersion.TLS_1_2);
    assertThat(policy.cipherSuites()).containsExactly(
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(policy.library()).contains(ConfigFile.ASSUMED_LIBRARY);
    assertThat(imported.warnings()).containsExactly(
        "library: assumed OpenSSL 3.0 at security level 1 (its default); the file does not say which TLS library"
            + " the server runs on (tls-compat import --library debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default,"
            + " rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips, libressl-3.3, libressl-4.2, boringssl-2026-08 or none says)",
        "certificates: assumed [rsa:2048:sha256]; the file does not"
        + " say what certificates the server holds (tls-compat import --cert does)");
    assertThat(imported.info().assumed()).containsExactly("certificates");
  }

  @Test
  void read_regExport_changesTheWindowsDefaultFromTheCatalog() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("tls10-off.reg"), """
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]
        "Enabled"=dword:00000000
        """);

    // WHEN
    ConfigFile.Imported imported = ConfigFile.of(file).read(Catalog.builtIn());

    // THEN
    assertThat(imported.policy().versions().contains(ProtocolVersion.TLS_1_0)).isFalse();
    assertThat(imported.info().source()).containsExactly("imported by tls-compat import from tls10-off.reg"
        + " (SChannel registry export)", "base policy: windows-server-2022-schannel-default ("
        + Catalog.builtIn().server("windows-server-2022-schannel-default").name() + ")");
  }

  @Test
  void type_ambiguousContent_namesTheCandidatesAndEveryType() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("tls.conf"), "ssl_protocols TLSv1.2;\nSSLProtocol TLSv1.2\n");

    // WHEN / THEN
    assertThatThrownBy(() -> ConfigFile.of(file).read(Catalog.builtIn()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": the content could be nginx or apache; expected one of nginx, apache, openssl, gnutls, reg,"
            + " get-tlsciphersuite, jsse or jdk-disabled (tls-compat import --type TYPE says which)");
  }

  @Test
  void isProfile_jsonContentOrName_true() throws IOException {
    assertThat(ConfigFile.isProfile(Files.writeString(dir.resolve("p.txt"), " {\"kind\":\"server\"}"))).isTrue();
    assertThat(ConfigFile.isProfile(Files.writeString(dir.resolve("nginx.conf"), "server {}"))).isFalse();
    assertThat(ConfigType.fromName("NGINX")).isEqualTo(ConfigType.NGINX);
    assertThat(ConfigType.detect("java.security", "")).isEqualTo(List.of(ConfigType.JDK_DISABLED));
  }
}
