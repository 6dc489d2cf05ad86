package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.junit.internal.CompatibilityMessages;
import io.github.tlscompat.profiles.Catalog;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/** Runs a {@link ForEachClient} template once per client, with its profile and negotiation as parameters. */
final class ForEachClientExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, ForEachClient.class)).orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    ForEachClient annotation = AnnotationSupport.findAnnotation(method, ForEachClient.class).orElseThrow();
    String where = "@ForEachClient on " + Declared.where(method);
    Catalog catalog = CatalogStore.catalog(context);
    List<ClientProfile> clients = ClientSelection.select(catalog, annotation.value(), annotation.tags(), where);
    return clients.stream().map(client -> new ClientInvocation(client, catalog, where));
  }

  /** One client's invocation: named after it, resolving its parameters, failing on disagreeing evidence. */
  private static final class ClientInvocation implements TestTemplateInvocationContext {
    private final ClientProfile client;
    private final Catalog catalog;
    private final String where;

    ClientInvocation(ClientProfile client, Catalog catalog, String where) {
      this.client = client;
      this.catalog = catalog;
      this.where = where;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return CompatibilityMessages.who(client);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new ClientParameters(client, catalog, where));
    }
  }

  /** The parameters of one invocation; the verdict is computed once, before the method runs. */
  private static final class ClientParameters implements ParameterResolver, BeforeEachCallback {
    private final ClientProfile client;
    private final Catalog catalog;
    private final String where;
    private Optional<Verdict> verdict = Optional.empty();

    ClientParameters(ClientProfile client, Catalog catalog, String where) {
      this.client = client;
      this.catalog = catalog;
      this.where = where;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      Optional<ServerTarget> server = ServerDeclaration.find(context);
      if (server.isEmpty()) {
        context.publishReportEntry("tls-compat." + client.id(), CompatibilityMessages.who(client));
        return;
      }
      server.get().reportNotes(context);
      Verdict v = server.get().check(client, catalog);
      verdict = Optional.of(v);
      context.publishReportEntry("tls-compat." + client.id(), v.reportEntry());
      Optional<String> disagreement = v.disagreementMessage();
      if (disagreement.isPresent()) throw new AssertionFailedError(disagreement.get());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == ClientProfile.class || type == Negotiation.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      if (parameter.getParameter().getType() == ClientProfile.class) return client;
      Verdict v = verdict.orElseThrow(() -> new ParameterResolutionException(where + ": a Negotiation parameter"
          + " needs a server: annotate one static field or static method of " + context.getRequiredTestClass().getName()
          + ", a superclass or an enclosing class with @ServerUnderTest"));
      // A live server that closes without an answer gives no Negotiation; the test sees it as missing.
      return v.outcome().orElseThrow(() -> new ParameterResolutionException(where + ": " + client.id()
          + " has no negotiation to inject: " + v.reportEntry()));
    }
  }
}
