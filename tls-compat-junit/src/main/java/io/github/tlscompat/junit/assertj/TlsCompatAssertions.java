package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * The entry point of the tls-compat assertions: one {@code assertThat} per subject.
 *
 * <pre>{@code
 * import static io.github.tlscompat.junit.assertj.TlsCompatAssertions.assertThat;
 *
 * assertThat(Catalog.builtIn().server("iiscrypto-3.2-fips-140-2-win2012r2"))
 *     .accepts("LPE-CE6").negotiating(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
 * }</pre>
 *
 * <p>Import it next to AssertJ's {@code Assertions.assertThat}: the overloads do not clash.
 *
 * @since 0.1.0
 */
@CheckReturnValue
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TlsCompatAssertions {
  private TlsCompatAssertions() {}

  /** Assertions on which clients a server policy accepts and how, resolving client ids in the built-in catalog. */
  public static ServerPolicyAssert assertThat(ServerPolicy actual) {
    return new ServerPolicyAssert(actual);
  }

  /** Assertions on the outcome of one handshake. */
  public static NegotiationAssert assertThat(Negotiation actual) {
    return new NegotiationAssert(actual);
  }

  /** Assertions on what a policy change does to a fleet of clients. */
  public static DiffAssert assertThat(Diff actual) {
    return new DiffAssert(actual);
  }

  /** Assertions on a fleet of clients and the servers they connect to. */
  public static FleetAssert assertThat(Fleet actual) {
    return new FleetAssert(actual);
  }
}
