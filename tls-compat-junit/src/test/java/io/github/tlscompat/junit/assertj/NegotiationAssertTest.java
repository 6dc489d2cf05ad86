package io.github.tlscompat.junit.assertj;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_CIPHER_SUITE;
import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_PROTOCOL_VERSION;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
import static io.github.tlscompat.core.registry.CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA;
import static io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.FIPS;
import static io.github.tlscompat.junit.assertj.ServerPolicyAssertTest.PCI;
import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.profiles.Catalog;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class NegotiationAssertTest {

  static final Negotiation CONNECTED = Negotiator.negotiate(Catalog.builtIn().client("LPE-CE6"), FIPS);
  static final Negotiation REFUSED = Negotiator.negotiate(Catalog.builtIn().client("LPE-CE6"), PCI);

  @Test
  void negotiating_sameVersionAndSuite_passes() {
    assertThat(CONNECTED).isConnected().negotiating(TLS_1_0, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void negotiating_otherSuite_failsWithActualAndExpected() {
    AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
        () -> assertThat(CONNECTED).negotiating(TLS_1_0, TLS_RSA_WITH_AES_128_CBC_SHA));

    assertThat(error).hasMessage("Expecting TLSv1.0 TLS_RSA_WITH_AES_128_CBC_SHA, but connected with TLSv1.0"
        + " TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(error.getExpected().getValue()).isEqualTo("TLSv1.0 TLS_RSA_WITH_AES_128_CBC_SHA");
  }

  @Test
  void isConnected_refused_failsWithReasonAndDetail() {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(REFUSED).isConnected());

    assertThat(error).hasMessage("Expecting a connection, but was refused: NO_SHARED_PROTOCOL_VERSION - client offers"
        + " SSLv3..TLSv1.0, server enables TLSv1.2 only");
  }

  @Test
  void because_sameReason_passes() {
    assertThat(REFUSED).isRefused().because(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void because_connected_failsSayingWithWhat() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> assertThat(CONNECTED).because(NO_SHARED_CIPHER_SUITE));

    assertThat(error).hasMessage("Expecting a refusal for NO_SHARED_CIPHER_SUITE, but connected with TLSv1.0"
        + " TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void because_otherReason_failsWithActualAndExpected() {
    AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
        () -> assertThat(REFUSED).because(NO_SHARED_CIPHER_SUITE));

    assertThat(error).hasMessage("Expecting a refusal for NO_SHARED_CIPHER_SUITE, but was refused for"
        + " NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only");
    assertThat(error.getActual().getValue()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }
}
