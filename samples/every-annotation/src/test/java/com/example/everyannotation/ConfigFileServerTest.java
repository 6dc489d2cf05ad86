package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The annotations against a server configuration file (an nginx.conf), read as {@code tls-compat import} reads it. */
class ConfigFileServerTest {

  @Test
  void configFile_failuresNameTheClientTheReasonAndTheRemedy() {
    EngineExecutionResults results = Cases.run(Tls12OnlyNginx.class);

    assertThat(Cases.passed(results)).containsExactly("browsersConnect()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last"
            + " firmware, accepts SHA-256-signed certificates)) cannot connect to"
            + " tls12-only-nginx: NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0,"
            + " server enables TLSv1.2..TLSv1.3. Remedy: enable TLSv1.0, add"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0"
            + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)."),
        entry("browsersAreRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to"
            + " tls12-only-nginx with TLSv1.3 TLS_AES_256_GCM_SHA384, but must be refused."));
  }

  static class Tls12OnlyNginx {
    // The OpenSSL 1.1.1 under this nginx still has 3DES and signs TLS 1.0 at its default level, so
    // one version and one suite re-admit the phone (OpenSSL 3.0 would also need its level lowered).
    @ServerUnderTest(library = "openssl-1.1.1")
    static Path frontEnd = Path.of("src/test/config/tls12-only-nginx.conf");

    @Test
    @RequiresClient(value = {"chrome-101-win10", "firefox-137-win11"}, minVersion = "TLSv1.2")
    void browsersConnect() {
    }

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }

    @Test
    @RejectsClient("chrome-101-win10")
    void browsersAreRefused() {
    }
  }
}
