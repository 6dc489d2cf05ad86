package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerLibraryTest {

  @Test
  void fromId_namesEachKnownBuild_ignoringCase() {
    assertThat(ServerLibrary.fromId("debian-12")).isEqualTo(ServerLibrary.of(OpenSslBuild.DEBIAN_12));
    assertThat(ServerLibrary.fromId("OpenSSL-3.0").build()).isSameAs(OpenSslBuild.OPENSSL_3_0);
    assertThat(ServerLibrary.fromId(" openssl-1.1.1 ").build()).isSameAs(OpenSslBuild.OPENSSL_1_1_1);
  }

  @Test
  void fromId_unknown_listsTheKnownOnesAndTheClosest() {
    assertThatThrownBy(() -> ServerLibrary.fromId("openssl-3.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown TLS library 'openssl-3.2'; expected one of debian-12, openssl-3.0, openssl-1.1.1;"
            + " did you mean openssl-3.0?");
  }

  @Test
  void effectiveSecurityLevel_isTheSetOneElseTheBuildsDefault() {
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).effectiveSecurityLevel()).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0).effectiveSecurityLevel()).isEqualTo(SecurityLevel.LEVEL_1);
    assertThat(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0)).effectiveSecurityLevel())
        .isEqualTo(SecurityLevel.LEVEL_0);
  }
}
