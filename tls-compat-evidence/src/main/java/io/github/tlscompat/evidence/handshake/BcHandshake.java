package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.ClientHelloDecoder;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Runs a real, in-memory Bouncy Castle handshake between a {@link ClientProfile} and a
 * {@link ServerPolicy} (or a JSSE server {@link SSLEngine}), so that the model's prediction can be
 * checked against two implementations that really complete, or refuse, the handshake.
 *
 * <pre>{@code
 * Observation real = BcHandshake.run(client, server);
 * Optional<Disagreement> bug = real.disagreementWith(Negotiator.negotiate(client, server));
 * }</pre>
 *
 * <p><b>The client</b> offers what the profile offers: its versions (in supported_versions too
 * when the profile sends it), its suites in order,
 * supported_groups, key shares, signature_algorithms(_cert), and server_name ({@code localhost})
 * only when the profile sends it; extended_master_secret, encrypt_then_mac and status_request only
 * when the profile's extension list has them. Bouncy Castle always adds the renegotiation SCSV and
 * orders the extensions its own way. The client does not demand secure renegotiation, accepts any
 * DH prime its {@link io.github.tlscompat.core.model.ClientLimits} allow, and refuses what they
 * refuse (certificate hash, key size, wildcard name), as the real client would; it does not check
 * the certificate's trust.
 *
 * <p><b>The server</b> behaves as the policy says by following the engine: it decodes the
 * ClientHello it receives, asks {@link io.github.tlscompat.core.negotiation.Negotiator#serverHello}
 * what the policy answers, and has Bouncy Castle answer exactly that (version, suite, group, key
 * share, signature scheme, certificate, each {@link EphemeralCertificate}), or refuse at the
 * ClientHello for the engine's reason. The policy's habits are thus followed as the model reads
 * them, by the same code. Bouncy Castle runs the rest: the key exchange, signatures, Finished
 * messages, and the client certificate a policy requires. It writes the RFC 8446 4.1.3 downgrade
 * sentinel only when the policy enables TLS 1.3 and the client sent supported_versions: Bouncy
 * Castle's client checks the sentinel whatever its own newest version, which clients older than
 * RFC 8446 never do.
 *
 * <p>Both run in the calling thread over in-memory buffers, with no socket: about 1 ms per
 * handshake once the JVM is warm. The certificates are made on first use (about 100 ms per RSA key).
 *
 * <p>What Bouncy Castle cannot do is reported, never faked. A pair it cannot even start (SSL 2.0, an
 * SSL 2.0-framed hello, a certificate {@link EphemeralCertificate} cannot make, a DH prime size
 * without a well-known group, a signature scheme or group the engine chooses that BC's crypto
 * lacks) gives {@link Observation.Outcome#NOT_RUNNABLE}; ask {@link #whyNotRunnable} first, it
 * costs next to nothing. A server that chooses a suite BC cannot run gives a connection that rests
 * on the ServerHello alone ({@link io.github.tlscompat.evidence.wire.Evidence#WIRE}): one BC has no
 * cipher for (RC4, DES, export, IDEA), or a static ECDH suite (ECDH_ECDSA, ECDH_RSA), whose key
 * exchange BC implements only with a fixed-ECDH client certificate (RFC 4492 3), never with the
 * ephemeral client key of ClientKeyExchange that clients without one send.
 *
 * <p>Stateless and thread-safe; each call runs its own handshake.
 *
 * @since 0.1.0
 */
public final class BcHandshake {
  /** Far more turns than any handshake needs (TLS 1.3 with a HelloRetryRequest takes four). */
  private static final int MAX_TURNS = 16;
  private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());

  private BcHandshake() {}

  /** The crypto every handshake of this package uses: BC's own, which needs no JCA provider (tech notes 1.5). */
  static BcTlsCrypto crypto() {
    return CRYPTO;
  }

  /** Whether {@link #run(ClientProfile, ServerPolicy)} can run this pair: {@link #whyNotRunnable} is empty. */
  public static boolean isRunnable(ClientProfile client, ServerPolicy server) {
    return whyNotRunnable(client, server).isEmpty();
  }

  /**
   * Why Bouncy Castle cannot run this pair, or empty when it can. Cheap: it looks at the profile,
   * the policy and the engine's answer ({@link Negotiator#serverHello}), which the emulated server
   * follows. A pair that can run may still end with a connection that rests on the ServerHello
   * alone, when the engine chooses a suite BC cannot run: one it has no cipher for (RC4, DES,
   * export, IDEA), or a static ECDH suite, whose key exchange BC implements only with a fixed-ECDH
   * client certificate.
   */
  public static Optional<NotRunnable> whyNotRunnable(ClientProfile client, ServerPolicy server) {
    Preconditions.checkNotNull(server, "server");
    return whyNotRunnable(client).or(() -> whyNotRunnable(server)).or(() -> whyNotFollowable(client, server));
  }

  /** Why BC cannot do what the engine has the server choose for this client, or empty when it can. */
  private static Optional<NotRunnable> whyNotFollowable(ClientProfile client, ServerPolicy server) {
    if (!(Negotiator.serverHello(client, server) instanceof Connected c)) return Optional.empty();
    Optional<SignatureScheme> scheme = c.signatureScheme();
    if (scheme.isPresent() && !CRYPTO.hasSignatureAndHashAlgorithm(BcRegistry.bc(scheme.get()))) {
      return Optional.of(new NotRunnable.CryptoLacks(server.id(), client.id(), "signs with " + scheme.get()));
    }
    Optional<NamedGroup> group = c.group();
    if (group.isPresent() && !CRYPTO.hasNamedGroup(group.get().code())) {
      return Optional.of(new NotRunnable.CryptoLacks(server.id(), client.id(), "takes the group " + group.get()));
    }
    return Optional.empty();
  }

  /** Why Bouncy Castle cannot play this client, or empty when it can. */
  static Optional<NotRunnable> whyNotRunnable(ClientProfile client) {
    Preconditions.checkNotNull(client, "client");
    if (client.helloFormat() == HelloFormat.SSL2_COMPATIBLE) {
      return Optional.of(new NotRunnable.Ssl2FramedHello(client.id()));
    }
    if (BcRegistry.versions(client.versions()).length == 0) {
      return Optional.of(new NotRunnable.Ssl2Only(client.id()));
    }
    if (BcRegistry.suites(client.cipherSuites()).length == 0) {
      return Optional.of(new NotRunnable.NoTlsCipherSuite(client.id()));
    }
    return Optional.empty();
  }

  /** Why Bouncy Castle cannot play this server, or empty when it can. */
  static Optional<NotRunnable> whyNotRunnable(ServerPolicy server) {
    if (BcRegistry.versions(server.versions()).length == 0) {
      return Optional.of(new NotRunnable.Ssl2Only(server.id()));
    }
    List<CertificateSpec> specs = new ArrayList<>(server.certificates());
    server.fallbackCertificate().ifPresent(specs::add);
    for (CertificateSpec spec : specs) {
      if (!EphemeralCertificate.isSupported(spec)) {
        return Optional.of(new NotRunnable.CertificateNotGenerated(server.id(), spec));
      }
    }
    boolean dhe = server.cipherSuites().stream().anyMatch(s -> !s.isTls13() && s.keyExchange().agreement() == Agreement.DHE);
    if (dhe && BcRegistry.dhGroup(server.dhBits()) == null) {
      return Optional.of(new NotRunnable.NoWellKnownDhGroup(server.id(), server.dhBits()));
    }
    return Optional.empty();
  }

  /**
   * Runs a Bouncy Castle client restricted to {@code client} against a Bouncy Castle server built
   * from {@code server}.
   *
   * @return the result; {@link Observation.Outcome#NOT_RUNNABLE} when {@link #whyNotRunnable}
   *     says so. Never throws for a handshake that fails: a failure is a result.
   */
  public static Observation run(ClientProfile client, ServerPolicy server) {
    Optional<NotRunnable> why = whyNotRunnable(client, server);
    if (why.isPresent()) return Observation.nothingRan(Outcome.NOT_RUNNABLE, why.get().describe());
    Transcript t = new Transcript();
    TlsClientProtocol clientProtocol = new TlsClientProtocol();
    TlsServerProtocol serverProtocol = new TlsServerProtocol();
    try {
      clientProtocol.connect(new ProfileClient(CRYPTO, client, t));
      serverProtocol.accept(new PolicyServer(CRYPTO, server, t));
      for (int turn = 0; turn < MAX_TURNS && !(t.clientComplete && t.serverComplete); turn++) {
        byte[] toServer = drain(clientProtocol);
        if (turn == 0) toServer = PolicyServer.readFirstFlight(server, t, toServer);
        if (toServer.length > 0) serverProtocol.offerInput(toServer);
        byte[] toClient = drain(serverProtocol);
        if (toClient.length > 0) {
          t.fromServer.feed(toClient, 0, toClient.length);
          clientProtocol.offerInput(toClient);
        }
        if (toServer.length == 0 && toClient.length == 0) break;
      }
    } catch (IOException | RuntimeException e) {
      t.failure = message(e);
      if (t.handWrittenFlight != null) {
        drain(serverProtocol);
        deliver(t.handWrittenFlight, clientProtocol, t);
      } else {
        deliverAlerts(clientProtocol, serverProtocol, t);
      }
    }
    return TranscriptReading.read(t, t.clientComplete && t.serverComplete);
  }

  /**
   * Runs a Bouncy Castle client restricted to {@code client} against a server engine of any JSSE
   * provider, configured by the caller (protocols, suites, key manager); it is switched to server
   * mode and must not have started a handshake. The result knows what the client saw: the TLS 1.3
   * CertificateVerify scheme stays empty, as it travels encrypted.
   *
   * @return the result; {@link Observation.Outcome#NOT_RUNNABLE} for a client BC cannot play
   */
  public static Observation run(ClientProfile client, SSLEngine serverEngine) {
    Preconditions.checkNotNull(serverEngine, "serverEngine");
    Optional<NotRunnable> why = whyNotRunnable(client);
    if (why.isPresent()) return Observation.nothingRan(Outcome.NOT_RUNNABLE, why.get().describe());
    return EngineLink.run(client, serverEngine);
  }

  /** Everything the protocol has to send now. */
  static byte[] drain(org.bouncycastle.tls.TlsProtocol protocol) {
    byte[] out = new byte[protocol.getAvailableOutputBytes()];
    if (out.length > 0) protocol.readOutput(out, 0, out.length);
    return out;
  }

  /** After one side failed, hands the alert it queued to the other, whose own failure is then expected. */
  private static void deliverAlerts(TlsClientProtocol client, TlsServerProtocol server, Transcript t) {
    deliver(drain(server), client, t);
    try {
      byte[] toServer = drain(client);
      if (toServer.length > 0) server.offerInput(toServer);
    } catch (IOException | RuntimeException ignored) {
      // Likewise.
    }
  }

  /** Hands server bytes to the client after a failure; the client failing on them is the expected end. */
  private static void deliver(byte[] toClient, TlsClientProtocol client, Transcript t) {
    if (toClient.length == 0) return;
    t.fromServer.feed(toClient, 0, toClient.length);
    try {
      client.offerInput(toClient);
    } catch (IOException | RuntimeException ignored) {
      // Expected: the client stops on the alert, or on a suite it cannot run.
    }
  }

  /** The client's first flight as a ClientHello, or null when it does not decode (the server then reads the extensions itself). */
  static io.github.tlscompat.evidence.wire.ClientHello decode(byte[] flight) {
    try {
      return flight.length == 0 ? null : ClientHelloDecoder.decode(flight);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String message(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())
        ? text + " (" + cause.getMessage() + ")" : text;
  }
}
