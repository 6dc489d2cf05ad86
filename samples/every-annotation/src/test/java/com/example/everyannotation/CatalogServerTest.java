package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import io.github.tlscompat.junit.assertj.TlsCompatAssertions;
import io.github.tlscompat.profiles.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @RequiresClient} and {@code @RejectsClient} against a catalog server, by id, and the AssertJ assertions. */
class CatalogServerTest {
  /** The message the README shows: the phone against the PCI 3.2 template. */
  private static final Path LPE_VS_PCI = Path.of("src/test/resources/expected/lpe-ce6-vs-pci.txt");

  @Test
  void catalogId_failuresNameTheClientTheReasonAndTheRemedy() throws Exception {
    EngineExecutionResults results = Cases.run(PciFrontEnd.class);

    assertThat(Cases.passed(results)).containsExactlyInAnyOrder("desktopClientsConnect()", "sslv3OnlyClientsAreRefused()");
    assertThat(Cases.failures(results)).containsOnly(
        entry("lyncPhonesConnect()", "AssertionFailedError: "
            + Files.readString(LPE_VS_PCI).strip()),
        entry("chromeIsRefused()", "AssertionFailedError: chrome-101-win10 (Chrome 101 (Win 10)) connects to"
            + " iiscrypto-3.2-pci-3.2-win2016 with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, but must be refused."));
  }

  @Test
  void severalClients_oneFailureListsEach() throws Exception {
    EngineExecutionResults results = Cases.run(PciFrontEndLyncClients.class);

    assertThat(Cases.failures(results)).containsOnly(entry("lyncClientsConnect()",
        "AssertionFailedError: 2 clients fail against iiscrypto-3.2-pci-3.2-win2016:\n"
            + "1. " + Files.readString(LPE_VS_PCI).strip() + "\n"
            + "2. lync-2013-win7 (Lync 2013 / Skype for Business 2015 desktop client on Windows 7 (Windows defaults))"
            + " cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION - client offers"
            + " SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0: connects with TLSv1.0"
            + " TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA (graded secure)."));
  }

  @Test
  void assertj_accepts_failureNamesTheClientAndTheReason() throws Exception {
    ServerPolicy pci = Catalog.builtIn().server("iiscrypto-3.2-pci-3.2-win2016");

    assertThatThrownBy(() -> TlsCompatAssertions.assertThat(pci).accepts("LPE-CE6"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(Files.readString(LPE_VS_PCI).strip());
  }

  static class PciFrontEndLyncClients {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-pci-3.2-win2016";

    @Test
    @RequiresClient({"LPE-CE6", "lync-2013-win7", "sfb-2015-win7-tls12"})
    void lyncClientsConnect() {
    }
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
