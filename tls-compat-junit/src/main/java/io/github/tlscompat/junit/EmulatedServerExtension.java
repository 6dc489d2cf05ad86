package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.evidence.handshake.ServedConnection;
import io.github.tlscompat.profiles.NoSuchProfileException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an emulated server for each {@link EmulatedServer} parameter, keeps it in the store of the
 * scope that asked for it (which closes it when the scope ends), and reports its handshakes after
 * each test.
 */
final class EmulatedServerExtension implements ParameterResolver, AfterEachCallback {
  private static final Namespace NAMESPACE = Namespace.create(EmulatedServerExtension.class);
  /** The servers started in a scope, in order, for the report; followed by the scope's unique id. */
  private static final String SERVERS_KEY = "servers of";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(EmulatedServer.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type != TlsServer.class) {
      throw new ParameterResolutionException("@EmulatedServer can only resolve a parameter of type "
          + TlsServer.class.getName() + " but was: " + type.getName());
    }
    String id = parameter.findAnnotation(EmulatedServer.class).orElseThrow().value();
    ServerPolicy policy;
    try {
      policy = CatalogStore.catalog(context).server(id);
    } catch (NoSuchProfileException e) {
      throw new ParameterResolutionException("@EmulatedServer(\"" + id + "\"): " + e.getMessage(), e);
    }
    EmulatedTlsServer server;
    try {
      server = new EmulatedTlsServer(io.github.tlscompat.evidence.handshake.EmulatedServer.start(policy));
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("@EmulatedServer(\"" + id + "\") cannot be served: " + e.getMessage(), e);
    }
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put("server " + parameter.getDeclaringExecutable() + " " + parameter.getIndex(), server);
    servers(context).add(server);
    return server;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (EmulatedTlsServer server : servers(context)) {
      List<ServedConnection> connections = server.connections();
      context.publishReportEntry("tls-compat.emulated." + server.policy().id(), connections.isEmpty()
          ? "no connections" : connections.stream().map(c -> c.result().toString()).collect(Collectors.joining("; ")));
    }
  }

  @SuppressWarnings({"deprecation", "unchecked"}) // getOrComputeIfAbsent: JUnit 5.x has no computeIfAbsent
  private static List<EmulatedTlsServer> servers(ExtensionContext context) {
    // Keyed by the scope: a read falls through to the parent's store, whose servers are not this scope's.
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVERS_KEY + " " + context.getUniqueId(), k -> new CopyOnWriteArrayList<EmulatedTlsServer>(), List.class);
  }
}
