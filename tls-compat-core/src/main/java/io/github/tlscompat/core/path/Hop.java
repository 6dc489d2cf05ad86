package io.github.tlscompat.core.path;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;

/**
 * One element of a {@link ConnectionPath}: a proxy that terminates TLS, one that passes it through,
 * or the server at the end.
 *
 * @since 0.1.0
 */
public sealed interface Hop {

  /** The hop's id, as reports name it. */
  String id();

  /**
   * A proxy that terminates TLS (a reverse proxy, AD FS Web Application Proxy, an inspecting HTTP
   * proxy): a server to the side before it and a client to the side after it.
   *
   * @param id the hop's id
   * @param front what the proxy accepts from the previous side
   * @param back what the proxy offers to the next hop
   * @since 0.1.0
   */
  record Terminating(String id, ServerPolicy front, ClientProfile back) implements Hop {
    /** Validates the components. */
    public Terminating {
      Preconditions.checkNotNull(id, "id");
      Preconditions.checkNotNull(front, "front");
      Preconditions.checkNotNull(back, "back");
    }
  }

  /**
   * A proxy that relays the TLS bytes unchanged (an HTTP CONNECT tunnel, an SNI router): it adds no
   * handshake, only requirements on the handshake that crosses it.
   *
   * @param id the hop's id
   * @param requiresSni whether it routes by server_name and drops hellos without it
   * @since 0.1.0
   */
  record PassThrough(String id, boolean requiresSni) implements Hop {
    /** Validates the components. */
    public PassThrough {
      Preconditions.checkNotNull(id, "id");
    }
  }

  /**
   * The server the path ends at.
   *
   * @param server its policy
   * @since 0.1.0
   */
  record Destination(ServerPolicy server) implements Hop {
    /** Validates the components. */
    public Destination {
      Preconditions.checkNotNull(server, "server");
    }

    /** The server's id. */
    @Override public String id() {
      return server.id();
    }
  }
}
