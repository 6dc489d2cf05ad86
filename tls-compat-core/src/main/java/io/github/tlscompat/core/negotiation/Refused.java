package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.function.Supplier;

/**
 * A handshake that fails: the reason (a closed set to assert on), what each side had, and the stage
 * at which the refusing side gives up.
 *
 * <p>The {@link #detail()} is prose for a person, and most refusals are counted, never read (two
 * thirds of a matrix's cells are refusals): a refusal made with a {@link Supplier} builds its detail
 * on the first call of {@link #detail()}, {@link #equals}, {@link #hashCode} or {@link #toString},
 * not before. Either way the value is immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Refused implements Negotiation {
  private final Reason reason;
  private final Stage stage;
  private final String written;
  private final Supplier<String> describer;
  // Built at most once per thread that races for it; a String is immutable, so a thread that sees
  // the field set sees the whole string (JLS 17.5), as with String.hashCode's cache.
  private String built;

  /**
   * A refusal whose detail is already written.
   *
   * @param reason why, as a constant
   * @param detail the explanation for a person: what each side offered and what was missing
   * @param stage when the handshake stops
   * @since 0.1.0
   */
  public Refused(Reason reason, String detail, Stage stage) {
    this.reason = Preconditions.checkNotNull(reason, "reason");
    this.written = Preconditions.checkNotNull(detail, "detail");
    this.stage = Preconditions.checkNotNull(stage, "stage");
    this.describer = null;
  }

  /**
   * A refusal whose detail is written only when someone asks for it: {@code detail} is called at
   * most once per thread that asks, must not return null, and must not depend on anything that
   * changes (it captures the immutable profiles the refusal is about).
   *
   * @param reason why, as a constant
   * @param stage when the handshake stops
   * @param detail writes the explanation for a person
   * @since 0.1.0
   */
  public Refused(Reason reason, Stage stage, Supplier<String> detail) {
    this.reason = Preconditions.checkNotNull(reason, "reason");
    this.stage = Preconditions.checkNotNull(stage, "stage");
    this.written = null;
    this.describer = Preconditions.checkNotNull(detail, "detail");
  }

  /**
   * Why, as a constant.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The explanation for a person: what each side offered and what was missing. Never parse it;
   * {@link #reason()} and {@link #stage()} are the facts.
   *
   * @return the detail, built on the first call for a refusal made with a {@link Supplier}
   */
  public String detail() {
    if (written != null) return written;
    String d = built;
    if (d == null) {
      d = Preconditions.checkNotNull(describer.get(), "detail");
      built = d;
    }
    return d;
  }

  /**
   * When the handshake stops.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /** Equal when the reason, the detail and the stage are: the detail is built to compare it. */
  @Override public boolean equals(Object o) {
    return o == this || o instanceof Refused other && reason == other.reason && stage == other.stage
        && detail().equals(other.detail());
  }

  @Override public int hashCode() {
    return (reason.hashCode() * 31 + detail().hashCode()) * 31 + stage.hashCode();
  }

  @Override public String toString() {
    return "REFUSED " + reason + " - " + detail();
  }

  /**
   * Why a handshake fails. The alert a peer sees varies by implementation (a server may answer
   * {@code handshake_failure} where the RFC suggests {@code insufficient_security}); each constant
   * names the usual one.
   */
  public enum Reason {
    /**
     * No version both enable: the server enables only versions above the client's (it sends
     * {@code protocol_version}, RFC 5246 E.1, RFC 8446 4.2.1), or picks one the client lacks.
     */
    NO_SHARED_PROTOCOL_VERSION,
    /** The client frames its hello as SSL 2.0 and the server does not read that framing (RFC 5246 E.2). */
    HELLO_FORMAT_REJECTED,
    /** No suite the client offers is enabled on the server for the version (alert {@code handshake_failure}). */
    NO_SHARED_CIPHER_SUITE,
    /**
     * Suites are shared, but none can run with the server's certificates (e.g. only DHE_DSS suites
     * shared and an RSA certificate held; alert {@code handshake_failure}).
     */
    NO_CIPHER_SUITE_FOR_CERTIFICATE,
    /** Every shared suite needs an (EC)DHE group and the two sides share none (RFC 8422 5.1, RFC 8446 4.2.7). */
    NO_SHARED_GROUP,
    /** The server cannot sign with any scheme the client accepts (RFC 5246 7.4.1.4.1, RFC 8446 4.2.3). */
    NO_SHARED_SIGNATURE_SCHEME,
    /**
     * The server's TLS library forbids every signature this client can verify, although its
     * certificate could make one: before TLS 1.2 a handshake is signed with MD5+SHA-1 (RSA keys) or
     * SHA-1 (ECDSA, DSA); a TLS 1.2 client without signature_algorithms accepts only SHA-1 (RFC 5246
     * 7.4.1.4.1), and one may list only SHA-1 schemes. OpenSSL 3.0 at security level 1 and above
     * rates those hashes below 80 bits and refuses them, and it needs a signature for every suite
     * authenticated by a certificate, RSA key exchange included (see
     * {@link io.github.tlscompat.core.library.ServerLibrary#signatureRefusal}). Measured on Debian
     * 12's OpenSSL 3.0.19 instead of a ServerHello: {@code internal_error} in TLS 1.0 and 1.1,
     * {@code handshake_failure} in TLS 1.2. Lowering the library's security level lets it sign
     * again; enabling a version does not.
     */
    SIGNATURE_FORBIDDEN_BY_LIBRARY,
    /** The server requires server_name and the client sends none (alert {@code unrecognized_name} or a reset). */
    SNI_REQUIRED,
    /** The server requires a client certificate the client does not have (alert {@code certificate_required}/{@code handshake_failure}). */
    CLIENT_CERTIFICATE_REQUIRED,
    /** The client cannot verify the hash the certificate is signed with (e.g. SHA-256 on old LPE firmware; {@code bad_certificate}). */
    CERTIFICATE_SIGNATURE_UNSUPPORTED,
    /** The certificate key is too large or too small for the client ({@code unsupported_certificate}). */
    CERTIFICATE_KEY_UNSUPPORTED,
    /** The client does not accept wildcard certificate names ({@code bad_certificate}). */
    WILDCARD_CERTIFICATE_UNSUPPORTED,
    /** The client rejects the server's DH parameters, e.g. Java 6/7 and primes above 1024 bits ({@code handshake_failure}). */
    DH_PARAMETERS_REJECTED,
    /**
     * The client does not trust the issuer of the server's certificate: it is none of the client's
     * {@linkplain io.github.tlscompat.core.model.ClientProfile#trustedIssuers() trusted issuers}
     * (alert {@code unknown_ca}, RFC 5246 7.2.2, RFC 8446 6.2). The client finds this when it builds
     * the certificate's chain, before it weighs the certificate's own signature hash, key and name,
     * so this reason outranks {@link #CERTIFICATE_SIGNATURE_UNSUPPORTED},
     * {@link #CERTIFICATE_KEY_UNSUPPORTED} and {@link #WILDCARD_CERTIFICATE_UNSUPPORTED}; it is
     * checked only where both the certificate's issuer and the client's trusted issuers are modelled.
     */
    CERTIFICATE_ISSUER_UNTRUSTED,
    /**
     * The server requires a client certificate and does not trust the issuer of the one the client
     * has: it is none of the server's
     * {@linkplain io.github.tlscompat.core.model.ServerPolicy#trustedIssuers() trusted issuers}, the
     * {@code certificate_authorities} of its CertificateRequest (RFC 5246 7.4.4, RFC 8446 4.2.4).
     * Measured on OpenSSL 3.0.19 ({@code s_server -Verify 1 -CAfile ... -verify_return_error}):
     * a fatal {@code unknown_ca} after the client's Finished in TLS 1.2, after its Certificate flight
     * in TLS 1.3; {@code s_server} without {@code -verify_return_error}, and nginx (which answers
     * HTTP 400 instead), complete the handshake. The last check of a handshake, after
     * {@link #CLIENT_CERTIFICATE_REQUIRED} (a client without a certificate is refused for that),
     * checked only where both the certificate's issuer and the server's trusted issuers are
     * modelled.
     */
    CLIENT_CERTIFICATE_ISSUER_UNTRUSTED
  }

  /** Where the handshake stops. */
  public enum Stage {
    /** The server refuses on reading the ClientHello. */
    CLIENT_HELLO,
    /** The client refuses the ServerHello. */
    SERVER_HELLO,
    /** The client refuses the server's Certificate. */
    CERTIFICATE,
    /** The client refuses the ServerKeyExchange. */
    SERVER_KEY_EXCHANGE,
    /** The server refuses the client's (missing) certificate. */
    CLIENT_CERTIFICATE
  }
}
