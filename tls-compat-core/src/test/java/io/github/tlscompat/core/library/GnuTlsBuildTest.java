package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GnuTlsBuildTest {

  @Test
  void knownBuilds_areGnutlsFamilyReleasesAndFoundById() {
    assertThat(ServerLibrary.fromId("gnutls-debian-12").build()).isSameAs(GnuTlsBuild.DEBIAN_12);
    assertThat(ServerLibrary.fromId("GnuTLS-3.8").build()).isSameAs(GnuTlsBuild.GNUTLS_3_8);
    assertThat(GnuTlsBuild.DEBIAN_12.family()).isEqualTo(LibraryFamily.GNUTLS);
    assertThat(GnuTlsBuild.DEBIAN_12.release()).isEqualTo("3.7");
    assertThat(GnuTlsBuild.GNUTLS_3_7.defaultPriority()).isEqualTo("NORMAL");
    assertThat(ServerLibrary.of(GnuTlsBuild.GNUTLS_3_7).gnuTls()).contains(GnuTlsBuild.GNUTLS_3_7);
    assertThat(ServerLibrary.of(GnuTlsBuild.GNUTLS_3_7).openSsl()).isEmpty();
    assertThat(ServerLibrary.of(GnuTlsBuild.GNUTLS_3_7).effectiveSecurityLevel()).isEmpty();
    assertThat(ServerLibrary.of(GnuTlsBuild.DEBIAN_12)).hasToString("GnuTLS 3.7.9 (Debian 12)");
  }

  @Test
  void securityLevel_onGnutls_isRefused() {
    assertThatThrownBy(() -> new ServerLibrary(GnuTlsBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GnuTLS 3.7.9 (Debian 12) has no security levels; only OpenSSL builds do");
  }

  @Test
  void expand_atSystem_usesTheBuildsSystemPriorities() {
    // GIVEN a build whose vendor ships /etc/gnutls/config with SYSTEM=...
    GnuTlsBuild shipped = new GnuTlsBuild("gnutls-test", "GnuTLS test", "3.8", "@SYSTEM", "/etc/gnutls/config",
        Map.of("SYSTEM", "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1"), "a test");

    // WHEN / THEN
    assertThat(shipped.expand("@SYSTEM").versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThatThrownBy(() -> GnuTlsBuild.DEBIAN_12.expand("@SYSTEM:%SERVER_PRECEDENCE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GnuTLS 3.7.9 (Debian 12) looks @ keywords up in /etc/gnutls/config, which it does not ship:"
            + " syntax error at character 1 of '@SYSTEM:%SERVER_PRECEDENCE', '@SYSTEM': no entry SYSTEM in the system"
            + " priority file (it defines no keyword) (gnutls-cli: Syntax error at: @SYSTEM:%SERVER_PRECEDENCE)");
  }
}
