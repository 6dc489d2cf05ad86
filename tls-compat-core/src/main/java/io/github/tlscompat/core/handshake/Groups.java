package io.github.tlscompat.core.handshake;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.List;

/**
 * How an emulated server picks the group of a TLS 1.2-and-earlier (EC)DHE exchange. (In TLS 1.3,
 * Bouncy Castle picks from the key shares itself.)
 */
final class Groups {
  private Groups() {}

  /**
   * The ECDHE curve: the first the server accepts and the client lists, in the server's order under
   * server preference and the client's otherwise. A client without supported_groups leaves the
   * choice to the server (RFC 8422 4). Null when none is shared.
   */
  static NamedGroup ecdhe(ServerPolicy policy, List<NamedGroup> client, ProtocolVersion version) {
    List<NamedGroup> server = policy.effectiveGroups();
    boolean serverOrder = policy.serverPreference() || client == null;
    List<NamedGroup> order = serverOrder ? server : client;
    for (NamedGroup g : order) {
      if (g.isEcdhe() && g.isValidIn(version) && (serverOrder ? client == null || client.contains(g) : server.contains(g))) {
        return g;
      }
    }
    return null;
  }

  /** Whether the client names an RFC 7919 group, and so asks for one of them or no DHE at all (RFC 7919 4). */
  static boolean offersFfdhe(List<NamedGroup> client) {
    return client != null && client.stream().anyMatch(NamedGroup::isFfdhe);
  }

  /** The RFC 7919 group, in the preferred order as for {@link #ecdhe}; null when none is shared. */
  static NamedGroup ffdhe(ServerPolicy policy, List<NamedGroup> client) {
    List<NamedGroup> server = policy.effectiveGroups();
    List<NamedGroup> order = policy.serverPreference() ? server : client;
    List<NamedGroup> other = policy.serverPreference() ? client : server;
    for (NamedGroup g : order) {
      if (g.isFfdhe() && other.contains(g)) return g;
    }
    return null;
  }
}
