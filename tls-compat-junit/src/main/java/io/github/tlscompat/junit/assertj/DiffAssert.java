package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Diff}: which clients a policy change loses and which it keeps.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class DiffAssert extends AbstractObjectAssert<DiffAssert, Diff> {

  /** Assertions on {@code actual}; public so that soft-assertion proxies can create it. */
  public DiffAssert(Diff actual) {
    super(actual, DiffAssert.class);
  }

  /**
   * Verifies that each client named connects before the change and is refused after it.
   *
   * <pre>{@code
   * // passes: the hardening cuts the phone off
   * assertThat(Diff.between(today, hardened, fleet)).loses("LPE-CE6");
   * // fails: "Expecting the change from A to B to lose ..., but: chrome-101-win10: still connects TLSv1.3 ..."
   * assertThat(Diff.between(today, hardened, fleet)).loses("chrome-101-win10");
   * }</pre>
   *
   * @param ids client ids of the diff's fleet
   */
  public DiffAssert loses(String... ids) {
    isNotNull();
    List<String> failures = new ArrayList<>();
    for (String id : ids) {
      Diff.Entry e = entry(id);
      if (e != null && e.change() != Diff.Change.LOST) failures.add(e.change() + ": " + e.explanation());
      if (e == null) failures.add(notInFleet(id));
    }
    if (!failures.isEmpty()) {
      failWithMessage("Expecting the change from %s to %s to lose %s, but:%n%s", actual.from().id(), actual.to().id(),
          String.join(", ", ids), String.join(System.lineSeparator(), failures));
    }
    return myself;
  }

  /**
   * Verifies that no client named is lost by the change, failing with the same message as
   * {@code @RequiresClient} for each client the new policy refuses.
   *
   * <pre>{@code
   * // passes
   * assertThat(Diff.between(today, hardened, fleet)).keeps("chrome-101-win10");
   * // fails: "LPE-CE6 (...) cannot connect to hardened: NO_SHARED_PROTOCOL_VERSION - ... Remedy: ..."
   * assertThat(Diff.between(today, hardened, fleet)).keeps("LPE-CE6");
   * }</pre>
   *
   * @param ids client ids of the diff's fleet
   */
  public DiffAssert keeps(String... ids) {
    isNotNull();
    List<String> failures = new ArrayList<>();
    for (String id : ids) {
      Diff.Entry e = entry(id);
      if (e == null) failures.add(notInFleet(id));
      if (e != null && e.change() == Diff.Change.LOST) {
        failures.add(CompatibilityMessages.cannotConnect(e.client(), actual.to().id(), (Refused) e.after(),
            Remedy.find(e.client(), actual.to())));
      }
    }
    if (!failures.isEmpty()) failWithMessage("%s", CompatibilityMessages.several(actual.to().id(), failures));
    return myself;
  }

  /**
   * Verifies that the change loses no client of the fleet.
   *
   * <pre>{@code
   * // passes
   * assertThat(Diff.between(today, today, fleet)).losesNothing();
   * // fails with the message of keeps(...) for each lost client
   * assertThat(Diff.between(today, hardened, fleet)).losesNothing();
   * }</pre>
   */
  public DiffAssert losesNothing() {
    isNotNull();
    return keeps(actual.lost().stream().map(e -> e.client().id()).toArray(String[]::new));
  }

  private Diff.Entry entry(String id) {
    return actual.entries().stream().filter(e -> e.client().id().equalsIgnoreCase(id)).findFirst().orElse(null);
  }

  private String notInFleet(String id) {
    return id + " is not in the fleet '" + actual.fleet().name() + "' of the diff";
  }
}
