package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import io.github.tlscompat.profiles.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/** Checks {@link RejectsClient} before each test: the test fails when a client that must be refused connects. */
final class RejectsClientExtension implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    List<Declared<RejectsClient>> declared = Declared.on(context, RejectsClient.class);
    if (declared.isEmpty()) return;
    Catalog catalog = CatalogStore.catalog(context);
    List<ClientProfile> clients = new ArrayList<>();
    for (Declared<RejectsClient> d : declared) {
      clients.addAll(ClientSelection.select(catalog, d.annotation().value(), d.annotation().tags(), d.where()));
    }
    ServerTarget server = ServerDeclaration.require(context, declared.get(0).where());

    server.reportNotes(context);
    List<String> failures = new ArrayList<>();
    for (ClientProfile client : clients) {
      Verdict verdict = server.check(client, catalog);
      context.publishReportEntry("tls-compat." + client.id(), verdict.reportEntry());
      Optional<String> failure = verdict.disagreementMessage()
          .or(() -> verdict.connected().map(c -> CompatibilityMessages.connects(client, server.name(), c)));
      failure.ifPresent(failures::add);
    }
    if (!failures.isEmpty()) throw new AssertionFailedError(CompatibilityMessages.several(server.name(), failures));
  }
}
