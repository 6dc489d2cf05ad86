package io.github.tlscompat.junit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.remedy.Remedy;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import io.github.tlscompat.profiles.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Assertions on a {@link ServerPolicy}: which clients it accepts, how they connect, and why the
 * others are refused. Client ids are looked up in the built-in catalog, or in the one given with
 * {@link #usingCatalog}.
 *
 * <p>{@link #negotiating} checks the clients of the last {@link #accepts}, {@link #because} those
 * of the last {@link #rejects}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class ServerPolicyAssert extends AbstractObjectAssert<ServerPolicyAssert, ServerPolicy> {
  private Catalog catalog = Catalog.builtIn();
  // The clients of the last accepts/rejects that met it, set before failing so that soft assertions
  // (which go on after a failure) check the rest; null until called.
  private Map<ClientProfile, Connected> lastAccepted;
  private Map<ClientProfile, Refused> lastRejected;

  /** Assertions on {@code actual}; public so that soft-assertion proxies can create it. */
  public ServerPolicyAssert(ServerPolicy actual) {
    super(actual, ServerPolicyAssert.class);
  }

  /**
   * Looks client ids up in {@code catalog} from now on (e.g. one with your own profiles).
   *
   * <pre>{@code
   * assertThat(policy).usingCatalog(Catalog.builder().addBuiltIn().addPath(dir).build()).accepts("my-phone");
   * }</pre>
   */
  @CheckReturnValue
  public ServerPolicyAssert usingCatalog(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    return myself;
  }

  /**
   * Verifies that every client named connects, failing with one message that lists each refused
   * client as {@code @RequiresClient} does: the reason, what each side offered, and the best remedy.
   *
   * <pre>{@code
   * // passes
   * assertThat(catalog.server("iiscrypto-3.2-fips-140-2-win2012r2")).accepts("LPE-CE6");
   * // fails: "LPE-CE6 (...) cannot connect to iiscrypto-3.2-pci-3.2-win2016: NO_SHARED_PROTOCOL_VERSION - ..."
   * assertThat(catalog.server("iiscrypto-3.2-pci-3.2-win2016")).accepts("LPE-CE6");
   * }</pre>
   *
   * @param ids client ids or aliases
   * @throws io.github.tlscompat.profiles.NoSuchProfileException for an id the catalog lacks
   */
  public ServerPolicyAssert accepts(String... ids) {
    isNotNull();
    Map<ClientProfile, Connected> connected = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    negotiate(ids).forEach((client, n) -> {
      if (n instanceof Connected c) connected.put(client, c);
      if (n instanceof Refused r) {
        failures.add(CompatibilityMessages.cannotConnect(client, actual.id(), r, Remedy.find(client, actual)));
      }
    });
    lastAccepted = connected;
    if (!failures.isEmpty()) failWithMessage("%s", CompatibilityMessages.several(actual.id(), failures));
    return myself;
  }

  /**
   * Verifies that every client named is refused, failing with one message that lists each client
   * that connects and with what.
   *
   * <pre>{@code
   * // passes
   * assertThat(catalog.server("iiscrypto-3.2-pci-3.2-win2016")).rejects("LPE-CE6");
   * // fails: "LPE-CE6 (...) connects to iiscrypto-3.2-fips-140-2-win2012r2 with TLSv1.0 ..., but must be refused."
   * assertThat(catalog.server("iiscrypto-3.2-fips-140-2-win2012r2")).rejects("LPE-CE6");
   * }</pre>
   *
   * @param ids client ids or aliases
   * @throws io.github.tlscompat.profiles.NoSuchProfileException for an id the catalog lacks
   */
  public ServerPolicyAssert rejects(String... ids) {
    isNotNull();
    Map<ClientProfile, Refused> refused = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    negotiate(ids).forEach((client, n) -> {
      if (n instanceof Refused r) refused.put(client, r);
      if (n instanceof Connected c) failures.add(CompatibilityMessages.connects(client, actual.id(), c));
    });
    lastRejected = refused;
    if (!failures.isEmpty()) failWithMessage("%s", CompatibilityMessages.several(actual.id(), failures));
    return myself;
  }

  /**
   * Verifies that the clients of the last {@link #accepts} negotiate this version and suite.
   *
   * <pre>{@code
   * // passes
   * assertThat(fips).accepts("LPE-CE6").negotiating(TLS_1_0, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
   * // fails: "... connects to ... with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA, but expected TLSv1.2 ..."
   * assertThat(fips).accepts("LPE-CE6").negotiating(TLS_1_2, TLS_RSA_WITH_AES_128_CBC_SHA);
   * }</pre>
   *
   * @throws IllegalStateException if {@link #accepts} was not called first
   */
  public ServerPolicyAssert negotiating(ProtocolVersion version, CipherSuite cipherSuite) {
    isNotNull();
    if (lastAccepted == null) throw new IllegalStateException("negotiating(...) checks the clients of accepts(...): call that first");
    String expected = version.displayName() + " " + cipherSuite;
    for (Map.Entry<ClientProfile, Connected> e : lastAccepted.entrySet()) {
      Connected c = e.getValue();
      String seen = CompatibilityMessages.negotiated(c);
      if (!seen.equals(expected)) {
        failWithActualExpectedAndMessage(seen, expected, "%s",
            CompatibilityMessages.connectsOtherwise(e.getKey(), actual.id(), c, expected));
      }
    }
    return myself;
  }

  /**
   * Verifies as {@link #negotiating(ProtocolVersion, CipherSuite)}, the suite given by IANA, JSSE or
   * OpenSSL name.
   *
   * @throws IllegalArgumentException if no suite has that name
   */
  public ServerPolicyAssert negotiating(ProtocolVersion version, String cipherSuite) {
    return negotiating(version, CipherSuite.fromName(cipherSuite));
  }

  /**
   * Verifies that the clients of the last {@link #rejects} are refused for {@code reason}.
   *
   * <pre>{@code
   * // passes
   * assertThat(pci).rejects("LPE-CE6").because(NO_SHARED_PROTOCOL_VERSION);
   * // fails: "LPE-CE6 (...) is refused by ... with NO_SHARED_PROTOCOL_VERSION - ..., but expected NO_SHARED_CIPHER_SUITE."
   * assertThat(pci).rejects("LPE-CE6").because(NO_SHARED_CIPHER_SUITE);
   * }</pre>
   *
   * @throws IllegalStateException if {@link #rejects} was not called first
   */
  public ServerPolicyAssert because(Refused.Reason reason) {
    isNotNull();
    if (lastRejected == null) throw new IllegalStateException("because(...) checks the clients of rejects(...): call that first");
    for (Map.Entry<ClientProfile, Refused> e : lastRejected.entrySet()) {
      Refused r = e.getValue();
      if (r.reason() != reason) {
        failWithActualExpectedAndMessage(r.reason(), reason, "%s",
            CompatibilityMessages.refusedOtherwise(e.getKey(), actual.id(), r, reason));
      }
    }
    return myself;
  }

  private Map<ClientProfile, Negotiation> negotiate(String... ids) {
    Map<ClientProfile, Negotiation> outcomes = new LinkedHashMap<>();
    for (String id : ids) {
      ClientProfile client = catalog.client(id);
      outcomes.put(client, Negotiator.negotiate(client, actual));
    }
    return outcomes;
  }
}
