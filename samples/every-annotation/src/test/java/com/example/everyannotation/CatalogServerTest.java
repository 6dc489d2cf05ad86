package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @RequiresClient} and {@code @RejectsClient} against a catalog server, by id. */
class CatalogServerTest {

  @Test
  void catalogId_failuresNameTheClientTheReasonAndTheRemedy() throws Exception {
    EngineExecutionResults results = Cases.run(PciFrontEnd.class);

    assertThat(Cases.passed(results)).containsExactlyInAnyOrder("desktopClientsConnect()", "sslv3OnlyClientsAreRefused()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: "
            + Files.readString(Path.of("src/test/resources/expected/lpe-ce6-vs-pci.txt")).strip()),
        entry("chromeIsRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to"
            + " iiscrypto-3.2-pci-3.2-win2016 with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, but must be refused."));
  }

  static class PciFrontEnd {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-pci-3.2-win2016";

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }

    @Test
    @RequiresClient(value = "sfb-2015-win7-tls12", minVersion = "TLSv1.2")
    void desktopClientsConnect() {
    }

    @Test
    @RejectsClient({"ie-6-xp", "yandexbot-3.0"})
    void sslv3OnlyClientsAreRefused() {
    }

    @Test
    @RejectsClient("chrome-101-win10")
    void chromeIsRefused() {
    }
  }
}
