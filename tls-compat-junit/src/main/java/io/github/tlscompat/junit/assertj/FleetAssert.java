package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Fleet}: which servers all of its clients connect to.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class FleetAssert extends AbstractObjectAssert<FleetAssert, Fleet> {

  /** Assertions on {@code actual}; public so that soft-assertion proxies can create it. */
  public FleetAssert(Fleet actual) {
    super(actual, FleetAssert.class);
  }

  /**
   * Verifies that every client of the fleet connects to {@code server}, failing with the same
   * message as {@code @RequiresClient} for each refused client.
   *
   * <pre>{@code
   * // passes
   * assertThat(catalog.fleet("lync")).allConnectTo(catalog.server("lync-server-2013"));
   * // fails: "2 clients fail against office365-2020-10:\n1. LPE-CE6 (...) cannot connect to ..."
   * assertThat(catalog.fleet("lync")).allConnectTo(catalog.server("office365-2020-10"));
   * }</pre>
   */
  public FleetAssert allConnectTo(ServerPolicy server) {
    isNotNull();
    List<String> failures = new ArrayList<>();
    for (ClientProfile client : actual.clients()) {
      if (Negotiator.negotiate(client, server) instanceof Refused r) {
        failures.add(CompatibilityMessages.cannotConnect(client, server.id(), r, Remedy.find(client, server)));
      }
    }
    if (!failures.isEmpty()) failWithMessage("%s", CompatibilityMessages.several(server.id(), failures));
    return myself;
  }

  /**
   * Verifies that no client of the fleet connects to {@code server}, naming each that does and with what.
   *
   * <pre>{@code
   * // passes
   * assertThat(catalog.fleet("windows-xp")).noneConnectTo(catalog.server("office365-2020-10"));
   * // fails: "ie-11-win10 (...) connects to office365-2020-10 with TLSv1.2 ..., but must be refused."
   * assertThat(catalog.fleet("ie")).noneConnectTo(catalog.server("office365-2020-10"));
   * }</pre>
   */
  public FleetAssert noneConnectTo(ServerPolicy server) {
    isNotNull();
    List<String> failures = new ArrayList<>();
    for (ClientProfile client : actual.clients()) {
      Negotiation n = Negotiator.negotiate(client, server);
      if (n instanceof Connected c) failures.add(CompatibilityMessages.connects(client, server.id(), c));
    }
    if (!failures.isEmpty()) failWithMessage("%s", CompatibilityMessages.several(server.id(), failures));
    return myself;
  }

  /**
   * Verifies that the fleet holds clients with these ids.
   *
   * <pre>{@code
   * // passes
   * assertThat(catalog.fleet("lync")).containsClients("LPE-CE6");
   * // fails: "Expecting fleet 'lync' to contain clients [chrome-101-win10], but it holds [LPE-CE6, ...]"
   * assertThat(catalog.fleet("lync")).containsClients("chrome-101-win10");
   * }</pre>
   */
  public FleetAssert containsClients(String... ids) {
    isNotNull();
    List<String> missing = new ArrayList<>();
    for (String id : ids) if (!actual.contains(id)) missing.add(id);
    if (!missing.isEmpty()) {
      failWithMessage("Expecting fleet '%s' to contain clients %s, but it holds %s", actual.name(), missing,
          actual.clients().stream().map(ClientProfile::id).toList());
    }
    return myself;
  }
}
