package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_CIPHER_SUITE;
import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_PROTOCOL_VERSION;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_2;
import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ServerPolicyAssertTest {

  static final String LPE = "LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed"
      + " certificates))";
  static final ServerPolicy PCI = Catalog.builtIn().server("iiscrypto-3.2-pci-3.2-win2016");
  static final ServerPolicy FIPS = Catalog.builtIn().server("iiscrypto-3.2-fips-140-2-win2012r2");
  /** What {@code @RequiresClient("LPE-CE6")} says against PCI (RequiresClientTests asserts the same text). */
  static final String LPE_VS_PCI = LPE + " cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION"
      + " - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0, add"
      + " TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).";

  @Test
  void accepts_connectingClient_passesAndNegotiatingChecksTheConnection() {
    assertThat(FIPS).accepts("LPE-CE6").negotiating(TLS_1_0, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
        .negotiating(TLS_1_0, "DES-CBC3-SHA");
  }

  @Test
  void accepts_refusedClient_failsWithTheRequiresClientMessage() {
    // WHEN
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(PCI).accepts("LPE-CE6"));

    // THEN
    assertThat(error).hasMessage(LPE_VS_PCI);
  }

  @Test
  void negotiating_otherSuite_failsWithActualAndExpected() {
    // WHEN
    AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
        () -> assertThat(FIPS).accepts("LPE-CE6").negotiating(TLS_1_2, TLS_RSA_WITH_AES_128_CBC_SHA));

    // THEN
    assertThat(error).hasMessage(LPE + " connects to iiscrypto-3.2-fips-140-2-win2012r2 with TLSv1.0"
        + " TLS_RSA_WITH_3DES_EDE_CBC_SHA, but expected TLSv1.2 TLS_RSA_WITH_AES_128_CBC_SHA.");
    assertThat(error.getActual().getValue()).isEqualTo("TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(error.getExpected().getValue()).isEqualTo("TLSv1.2 TLS_RSA_WITH_AES_128_CBC_SHA");
  }

  @Test
  void rejects_refusedClient_passesAndBecauseChecksTheReason() {
    assertThat(PCI).rejects("LPE-CE6", "ie-6-xp").because(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void rejects_connectingClient_failsSayingWithWhat() {
    // WHEN
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(FIPS).rejects("LPE-CE6"));

    // THEN
    assertThat(error).hasMessage(LPE + " connects to iiscrypto-3.2-fips-140-2-win2012r2 with TLSv1.0"
        + " TLS_RSA_WITH_3DES_EDE_CBC_SHA, but must be refused.");
  }

  @Test
  void because_otherReason_failsWithActualAndExpected() {
    // WHEN
    AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
        () -> assertThat(PCI).rejects("LPE-CE6").because(NO_SHARED_CIPHER_SUITE));

    // THEN
    assertThat(error).hasMessage(LPE + " is refused by iiscrypto-3.2-pci-3.2-win2016 with NO_SHARED_PROTOCOL_VERSION"
        + " - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only, but expected NO_SHARED_CIPHER_SUITE.");
    assertThat(error.getActual().getValue()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
    assertThat(error.getExpected().getValue()).isEqualTo(NO_SHARED_CIPHER_SUITE);
  }

  @Test
  void usingCatalog_resolvesTheUsersOwnClients() {
    Catalog mine = Catalog.builder().addBuiltIn().addPath(Path.of("src/test/resources/tls-profiles")).buildStrict();

    assertThat(FIPS).usingCatalog(mine).accepts("test-desk-phone", "LPE-CE6")
        .negotiating(TLS_1_0, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }
}
