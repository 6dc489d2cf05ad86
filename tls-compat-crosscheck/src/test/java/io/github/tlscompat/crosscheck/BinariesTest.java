package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing server program skips its tests naming the Debian package, or fails them where CI requires servers. */
class BinariesTest {

  @Test
  void require_missingProgram_skipsOrFailsNamingThePackage() {
    boolean required = "1".equals(System.getenv(Binaries.REQUIRE_SERVERS));
    assertThatThrownBy(() -> Binaries.require("no-such-tls-server", "no-such-package"))
        .isInstanceOf(required ? AssertionFailedError.class : TestAbortedException.class)
        .hasMessageContaining("no-such-tls-server is not installed: install the Debian package 'no-such-package'"
            + " (apt-get install -y no-such-package)");
  }

  @Test
  void require_installedProgram_isFound() {
    assertThat(Binaries.require("sh", "dash")).isExecutable();
  }
}
