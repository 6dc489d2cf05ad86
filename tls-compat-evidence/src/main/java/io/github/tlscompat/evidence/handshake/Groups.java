package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.List;

/**
 * How an emulated server picks its (EC)DHE group: for a TLS 1.2-and-earlier exchange, and the
 * TLS 1.3 key share group (which Bouncy Castle then takes from the client's shares, or asks for
 * with a HelloRetryRequest).
 */
final class Groups {
  private Groups() {}

  /**
   * Whether the server's group order wins: with its suite order, unless the policy
   * {@link ServerHabit#ORDERS_GROUPS_BY_CLIENT orders groups by the client} (SunJSSE, BCJSSE).
   */
  static boolean serverOrder(ServerPolicy policy) {
    return policy.serverPreference() && !policy.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT);
  }

  /**
   * The ECDHE curve: the first the server accepts and the client lists, in the server's order
   * when {@link #serverOrder} and the client's otherwise. A client without supported_groups leaves
   * the choice to the server (RFC 8422 4). Null when none is shared.
   */
  static NamedGroup ecdhe(ServerPolicy policy, List<NamedGroup> client, ProtocolVersion version) {
    List<NamedGroup> server = policy.effectiveGroups();
    boolean serverOrder = serverOrder(policy) || client == null;
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
    boolean serverOrder = serverOrder(policy);
    List<NamedGroup> order = serverOrder ? server : client;
    List<NamedGroup> other = serverOrder ? client : server;
    for (NamedGroup g : order) {
      if (g.isFfdhe() && other.contains(g)) return g;
    }
    return null;
  }

  /**
   * The TLS 1.3 group: of the groups both accept, in the order {@link #serverOrder} says, the
   * first for which the client sent a key share, else the first (which a HelloRetryRequest then
   * asks for, RFC 8446 4.1.4). A server that prefers its own order still takes a share the client
   * already sent for an acceptable group rather than pay a round trip, as OpenSSL and SChannel do.
   * Null when the client lists no group the server accepts for TLS 1.3.
   */
  static NamedGroup tls13(ServerPolicy policy, List<NamedGroup> client, List<NamedGroup> shares) {
    if (client == null) return null;
    List<NamedGroup> server = policy.effectiveGroups().stream().filter(g -> g.isValidIn(ProtocolVersion.TLS_1_3))
        .toList();
    boolean serverOrder = serverOrder(policy);
    List<NamedGroup> order = serverOrder ? server : client;
    List<NamedGroup> other = serverOrder ? client : server;
    NamedGroup first = null;
    for (NamedGroup g : order) {
      if (!g.isValidIn(ProtocolVersion.TLS_1_3) || !other.contains(g)) continue;
      if (shares.contains(g)) return g;
      if (first == null) first = g;
    }
    return first;
  }
}
