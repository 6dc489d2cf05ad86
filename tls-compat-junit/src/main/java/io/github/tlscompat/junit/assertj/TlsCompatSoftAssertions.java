package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import org.apiguardian.api.API;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Soft assertions for the tls-compat subjects, next to AssertJ's own: every failure is collected,
 * and {@link #assertAll()} reports them together.
 *
 * <pre>{@code
 * TlsCompatSoftAssertions softly = new TlsCompatSoftAssertions();
 * softly.assertThat(pci).accepts("LPE-CE6");
 * softly.assertThat(pci).rejects("ie-6-xp");
 * softly.assertAll();
 * }</pre>
 *
 * <p>With {@code @ExtendWith(SoftAssertionsExtension.class)}, a field or parameter
 * {@code @InjectSoftAssertions TlsCompatSoftAssertions softly} is asserted after each test.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class TlsCompatSoftAssertions extends SoftAssertions {

  /** Creates soft assertions with no failures collected yet. */
  public TlsCompatSoftAssertions() {}

  /** Soft {@link ServerPolicyAssert}. */
  @CheckReturnValue
  public ServerPolicyAssert assertThat(ServerPolicy actual) {
    return proxy(ServerPolicyAssert.class, ServerPolicy.class, actual);
  }

  /** Soft {@link NegotiationAssert}. */
  @CheckReturnValue
  public NegotiationAssert assertThat(Negotiation actual) {
    return proxy(NegotiationAssert.class, Negotiation.class, actual);
  }

  /** Soft {@link DiffAssert}. */
  @CheckReturnValue
  public DiffAssert assertThat(Diff actual) {
    return proxy(DiffAssert.class, Diff.class, actual);
  }

  /** Soft {@link FleetAssert}. */
  @CheckReturnValue
  public FleetAssert assertThat(Fleet actual) {
    return proxy(FleetAssert.class, Fleet.class, actual);
  }
}
