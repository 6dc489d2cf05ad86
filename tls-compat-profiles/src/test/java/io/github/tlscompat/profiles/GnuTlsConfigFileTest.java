package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.GnuTlsBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigFile} with GnuTLS priority strings: detection, the library, the profile. */
class GnuTlsConfigFileTest {

  @TempDir Path dir;

  @Test
  void detect_gnutlsForms_areGnutls() {
    assertThat(ConfigType.detect("prio.txt", "NORMAL:-VERS-TLS1.0:%SERVER_PRECEDENCE\n"))
        .containsExactly(ConfigType.GNUTLS);
    assertThat(ConfigType.detect("prio", "# ours\nSECURE256:+SECURE128\n")).containsExactly(ConfigType.GNUTLS);
    assertThat(ConfigType.detect("run.sh", "/usr/bin/gnutls-serv --priority PFS --x509certfile c.pem\n"))
        .containsExactly(ConfigType.GNUTLS);
    assertThat(ConfigType.detect("gnutls.conf", "GnuTLSEnable on\nGnuTLSPriorities NORMAL\n"))
        .containsExactly(ConfigType.GNUTLS);
    assertThat(ConfigType.detect("ciphers.txt", "HIGH:!aNULL:!MD5\n")).isEmpty();
  }

  @Test
  void read_priorityFile_onTheAssumedGnutls_saysSo() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("tls-priority"), "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1:%SERVER_PRECEDENCE\n");

    // WHEN
    ConfigFile.Imported imported = ConfigFile.of(file).read(Catalog.builtIn());

    // THEN
    ServerPolicy policy = imported.policy();
    assertThat(policy.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(policy.serverPreference()).isTrue();
    assertThat(policy.library()).contains(ConfigFile.ASSUMED_GNUTLS_LIBRARY);
    assertThat(imported.warnings()).containsExactly(
        "library: assumed GnuTLS 3.8; the file does not say which GnuTLS the server runs on (tls-compat import"
            + " --library gnutls-debian-12, gnutls-3.7, gnutls-3.8 says)",
        "certificates: assumed [rsa:2048:sha256]; the file does not say what certificates the server holds"
            + " (tls-compat import --cert does)");
    assertThat(imported.json()).contains("\"library\" : {", "\"name\" : \"gnutls\"", "\"version\" : \"3.8\"",
        "\"retriesForPreferredGroup\" : true");
  }

  @Test
  void read_gnutlsServLine_onDebian_readsItsDhParametersBesideIt() throws IOException {
    // GIVEN
    Files.copy(Path.of("src/test/resources/io/github/tlscompat/profiles/dh1024.pem"), dir.resolve("dh.pem"));
    Path file = Files.writeString(dir.resolve("serve.sh"), "gnutls-serv --priority SECURE256:+SECURE128 \\\n"
        + "  --dhparams dh.pem --x509certfile cert.pem --x509keyfile key.pem\n");

    // WHEN
    ConfigFile.Imported imported = ConfigFile.of(file).read(ConfigType.GNUTLS, request("gnutls-debian-12"),
        id -> { throw new AssertionError(id); }, id -> false);

    // THEN
    assertThat(imported.policy().dhBits()).isEqualTo(1024);
    assertThat(imported.policy().library()).contains(ServerLibrary.of(GnuTlsBuild.DEBIAN_12));
    assertThat(imported.warnings()).containsExactly("certificates: assumed [rsa:2048:sha256]; the file does not say"
        + " what certificates the server holds (tls-compat import --cert does)");
    assertThat(Catalog.builder().addBuiltIn().addJson("serve.json", imported.json()).build().server("serve")
        .library()).contains(ServerLibrary.of(GnuTlsBuild.DEBIAN_12));
  }

  @Test
  void read_asWrittenOrOpenSslLibrary_isRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("prio"), "NORMAL\n");
    ConfigFile config = ConfigFile.of(file);

    assertThatThrownBy(() -> config.read(ConfigType.GNUTLS, request("none"), id -> null, id -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": library none: a GnuTLS priority string means what a GnuTLS build expands it to;"
            + " expected --library gnutls-debian-12, gnutls-3.7, gnutls-3.8");
    assertThatThrownBy(() -> config.read(ConfigType.GNUTLS, request("debian-12"), id -> null, id -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": unknown GnuTLS build 'debian-12'; expected one of gnutls-debian-12, gnutls-3.7, gnutls-3.8;"
            + " did you mean gnutls-debian-12?");
  }

  private static ConfigFile.Request request(String library) {
    return new ConfigFile.Request(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.of(library));
  }
}
