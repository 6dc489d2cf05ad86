package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;

/**
 * Why Bouncy Castle cannot run a handshake for a client or a server ({@link BcHandshake#whyNotRunnable}):
 * what the profile or policy needs that Bouncy Castle lacks. Switch over the kinds;
 * {@link #describe()} is for people.
 *
 * @since 0.1.0
 */
public sealed interface NotRunnable {

  /** The reason for a person, e.g. {@code ie6 speaks only SSL 2.0, which Bouncy Castle does not implement}. */
  String describe();

  /**
   * The client frames its hello as SSL 2.0 (RFC 5246 E.2), which Bouncy Castle cannot write.
   *
   * @param clientId the client profile's id
   * @since 0.1.0
   */
  record Ssl2FramedHello(String clientId) implements NotRunnable {
    /** Validates the component. */
    public Ssl2FramedHello {
      Preconditions.checkNotNull(clientId, "clientId");
    }

    @Override public String describe() {
      return clientId + " frames its hello as SSL 2.0, which Bouncy Castle cannot write";
    }
  }

  /**
   * A client or server enables no version but SSL 2.0, which Bouncy Castle does not implement.
   *
   * @param id the profile's or policy's id
   * @since 0.1.0
   */
  record Ssl2Only(String id) implements NotRunnable {
    /** Validates the component. */
    public Ssl2Only {
      Preconditions.checkNotNull(id, "id");
    }

    @Override public String describe() {
      return id + " speaks only SSL 2.0, which Bouncy Castle does not implement";
    }
  }

  /**
   * The client offers no TLS cipher suite, only SSL 2.0 kinds or signaling values.
   *
   * @param clientId the client profile's id
   * @since 0.1.0
   */
  record NoTlsCipherSuite(String clientId) implements NotRunnable {
    /** Validates the component. */
    public NoTlsCipherSuite {
      Preconditions.checkNotNull(clientId, "clientId");
    }

    @Override public String describe() {
      return clientId + " offers no TLS cipher suite, only SSL 2.0 kinds or signaling values";
    }
  }

  /**
   * The server holds a certificate the emulation cannot generate (e.g. on a curve the JDK lacks).
   *
   * @param serverId the policy's id
   * @param certificate the certificate
   * @since 0.1.0
   */
  record CertificateNotGenerated(String serverId, CertificateSpec certificate) implements NotRunnable {
    /** Validates the components. */
    public CertificateNotGenerated {
      Preconditions.checkNotNull(serverId, "serverId");
      Preconditions.checkNotNull(certificate, "certificate");
    }

    @Override public String describe() {
      return serverId + " holds a certificate " + certificate + " that cannot be generated";
    }
  }

  /**
   * The engine has the server choose, for this client, a signature scheme or group that Bouncy
   * Castle's crypto does not implement.
   *
   * @param serverId the policy's id
   * @param clientId the client profile's id
   * @param what what the server chooses, e.g. {@code signs with ed448} or {@code takes the group sect571r1}
   * @since 0.1.0
   */
  record CryptoLacks(String serverId, String clientId, String what) implements NotRunnable {
    /** Validates the components. */
    public CryptoLacks {
      Preconditions.checkNotNull(serverId, "serverId");
      Preconditions.checkNotNull(clientId, "clientId");
      Preconditions.checkNotNull(what, "what");
    }

    @Override public String describe() {
      return serverId + " " + what + " for " + clientId + ", which Bouncy Castle's crypto does not implement";
    }
  }

  /**
   * The server's DHE suites use a prime size for which there is no well-known group to serve.
   *
   * @param serverId the policy's id
   * @param dhBits the prime size
   * @since 0.1.0
   */
  record NoWellKnownDhGroup(String serverId, int dhBits) implements NotRunnable {
    /** Validates the component. */
    public NoWellKnownDhGroup {
      Preconditions.checkNotNull(serverId, "serverId");
    }

    @Override public String describe() {
      return serverId + " uses a " + dhBits + "-bit DH prime, for which there is no well-known group (768, 1024, 1536,"
          + " 2048, 3072, 4096, 6144 or 8192 bits)";
    }
  }

  /**
   * An emulated server that reads SSL 2.0-framed hellos met one; Bouncy Castle cannot, so the
   * connection was closed unanswered.
   *
   * @param serverId the policy's id
   * @since 0.1.0
   */
  record Ssl2FramedHelloReceived(String serverId) implements NotRunnable {
    /** Validates the component. */
    public Ssl2FramedHelloReceived {
      Preconditions.checkNotNull(serverId, "serverId");
    }

    @Override public String describe() {
      return "the client sent an SSL 2.0-framed ClientHello, which " + serverId
          + " reads but Bouncy Castle cannot; the connection was closed unanswered";
    }
  }
}
