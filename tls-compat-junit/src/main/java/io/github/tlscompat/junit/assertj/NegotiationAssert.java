package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one {@link Negotiation}: whether it connected, with what, or why not.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class NegotiationAssert extends AbstractObjectAssert<NegotiationAssert, Negotiation> {

  /** Assertions on {@code actual}; public so that soft-assertion proxies can create it. */
  public NegotiationAssert(Negotiation actual) {
    super(actual, NegotiationAssert.class);
  }

  /**
   * Verifies that the handshake completes.
   *
   * <pre>{@code
   * // passes
   * assertThat(Negotiator.negotiate(catalog.client("LPE-CE6"), fips)).isConnected();
   * // fails: "Expecting a connection, but was refused: NO_SHARED_PROTOCOL_VERSION - client offers ..."
   * assertThat(Negotiator.negotiate(catalog.client("LPE-CE6"), pci)).isConnected();
   * }</pre>
   */
  public NegotiationAssert isConnected() {
    isNotNull();
    if (actual instanceof Refused r) failWithMessage("Expecting a connection, but was refused: %s - %s", r.reason(), r.detail());
    return myself;
  }

  /**
   * Verifies that the handshake fails.
   *
   * <pre>{@code
   * // passes
   * assertThat(Negotiator.negotiate(catalog.client("LPE-CE6"), pci)).isRefused();
   * // fails: "Expecting a refusal, but connected with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA"
   * assertThat(Negotiator.negotiate(catalog.client("LPE-CE6"), fips)).isRefused();
   * }</pre>
   */
  public NegotiationAssert isRefused() {
    isNotNull();
    if (actual instanceof Connected c) failWithMessage("Expecting a refusal, but connected with %s", CompatibilityMessages.negotiated(c));
    return myself;
  }

  /**
   * Verifies that the handshake completes with this version and suite.
   *
   * <pre>{@code
   * // passes
   * assertThat(negotiation).negotiating(TLS_1_0, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
   * // fails, showing actual and expected: "Expecting TLSv1.2 TLS_RSA_WITH_AES_128_CBC_SHA, but connected with TLSv1.0 ..."
   * assertThat(negotiation).negotiating(TLS_1_2, TLS_RSA_WITH_AES_128_CBC_SHA);
   * }</pre>
   */
  public NegotiationAssert negotiating(ProtocolVersion version, CipherSuite cipherSuite) {
    isNotNull();
    String expected = version.displayName() + " " + cipherSuite;
    if (actual instanceof Refused r) {
      failWithMessage("Expecting %s, but was refused: %s - %s", expected, r.reason(), r.detail());
      return myself;
    }
    String seen = CompatibilityMessages.negotiated((Connected) actual);
    if (!seen.equals(expected)) {
      failWithActualExpectedAndMessage(seen, expected, "Expecting %s, but connected with %s", expected, seen);
    }
    return myself;
  }

  /**
   * Verifies that the handshake fails for {@code reason}.
   *
   * <pre>{@code
   * // passes
   * assertThat(negotiation).because(NO_SHARED_PROTOCOL_VERSION);
   * // fails, showing actual and expected: "Expecting a refusal for NO_SHARED_CIPHER_SUITE, but was refused for ..."
   * assertThat(negotiation).because(NO_SHARED_CIPHER_SUITE);
   * }</pre>
   */
  public NegotiationAssert because(Refused.Reason reason) {
    isNotNull();
    if (actual instanceof Connected c) {
      failWithMessage("Expecting a refusal for %s, but connected with %s", reason, CompatibilityMessages.negotiated(c));
      return myself;
    }
    Refused r = (Refused) actual;
    if (r.reason() != reason) {
      failWithActualExpectedAndMessage(r.reason(), reason, "Expecting a refusal for %s, but was refused for %s - %s",
          reason, r.reason(), r.detail());
    }
    return myself;
  }
}
