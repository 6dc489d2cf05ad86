package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;

/**
 * Servers whose TLS settings their users cannot change (Office 365, Microsoft 365): server
 * profiles tagged {@value #TAG}. A remedy there is not a server change: it is on the client side
 * or on the path.
 */
final class ManagedService {

  /** The tag that marks a server profile as a service its users do not configure. */
  static final String TAG = "managed-service";

  private ManagedService() {}

  /** Whether the catalog tags {@code server} {@value #TAG}. */
  static boolean is(CatalogOptions catalog, ServerPolicy server) {
    return catalog.infoOf(server.id()).map(info -> info.hasTag(TAG)).orElse(false);
  }

  /** Where the fix for {@code client} lies instead, one sentence. */
  static String advice(ClientProfile client, ServerPolicy server) {
    return server.id() + " is a managed service (tag " + TAG + "): its TLS settings are not yours to change."
        + " The fix is on the client side (firmware or a client that offers what " + server.id() + " accepts)"
        + " or on the path (a proxy you run that terminates TLS in front of it and accepts " + client.id()
        + "; tls-compat path checks one).";
  }
}
