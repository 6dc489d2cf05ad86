package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import io.github.tlscompat.profiles.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Checks {@link RequiresClient} before each test: the test fails (it is not skipped, as a condition
 * would make it) when a required client is refused, connects otherwise than expected, or when model
 * and wire disagree on it.
 */
final class RequiresClientExtension implements BeforeEachCallback {

  /** One annotation, validated: its clients and what their connections must be. */
  private record Requirement(List<ClientProfile> clients, Optional<ProtocolVersion> version,
      Optional<ProtocolVersion> minVersion, Optional<CipherSuite> cipherSuite) {

    /** What a connection lacks, e.g. "version TLSv1.2 and cipher suite X"; empty when it meets every expectation. */
    Optional<String> unmet(Connected c) {
      List<String> unmet = new ArrayList<>();
      version.filter(v -> c.version() != v).ifPresent(v -> unmet.add("version " + v.displayName()));
      minVersion.filter(v -> c.version().isOlderThan(v)).ifPresent(v -> unmet.add("at least " + v.displayName()));
      cipherSuite.filter(s -> c.cipherSuite() != s).ifPresent(s -> unmet.add("cipher suite " + s));
      return unmet.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", unmet));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    List<Declared<RequiresClient>> declared = Declared.on(context, RequiresClient.class);
    if (declared.isEmpty()) return;
    // Every annotation is validated before any client is checked: a typo fails as such.
    Catalog catalog = CatalogStore.catalog(context);
    List<Requirement> requirements = new ArrayList<>();
    for (Declared<RequiresClient> d : declared) requirements.add(requirement(d, catalog));
    ServerTarget server = ServerDeclaration.require(context, declared.get(0).where());

    server.reportNotes(context);
    List<String> failures = new ArrayList<>();
    for (Requirement requirement : requirements) {
      for (ClientProfile client : requirement.clients()) {
        Verdict verdict = server.check(client, catalog);
        context.publishReportEntry("tls-compat." + client.id(), verdict.reportEntry());
        Optional<String> failure = verdict.disagreementMessage().or(() -> verdict.connected()
            .map(c -> requirement.unmet(c).map(u -> CompatibilityMessages.connectsOtherwise(client, server.name(), c, u)))
            .orElseGet(() -> Optional.of(verdict.refusalMessage())));
        failure.ifPresent(failures::add);
      }
    }
    if (!failures.isEmpty()) throw new AssertionFailedError(CompatibilityMessages.several(server.name(), failures));
  }

  private static Requirement requirement(Declared<RequiresClient> d, Catalog catalog) {
    RequiresClient a = d.annotation();
    List<ClientProfile> clients = ClientSelection.select(catalog, a.value(), a.tags(), d.where());
    return new Requirement(clients, version(a.version(), "version", d), version(a.minVersion(), "minVersion", d),
        suite(a.cipherSuite(), d));
  }

  private static Optional<ProtocolVersion> version(String name, String attribute, Declared<?> d) {
    if (name.isBlank()) return Optional.empty();
    try {
      return Optional.of(ProtocolVersion.fromName(name));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(d.where() + ": " + attribute + " = \"" + name + "\" is no protocol"
          + " version: " + e.getMessage(), e);
    }
  }

  private static Optional<CipherSuite> suite(String name, Declared<?> d) {
    if (name.isBlank()) return Optional.empty();
    try {
      return Optional.of(CipherSuite.fromName(name));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(d.where() + ": cipherSuite = \"" + name + "\" is no cipher suite: "
          + e.getMessage(), e);
    }
  }
}
