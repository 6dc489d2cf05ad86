package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.Preconditions;

/**
 * A name a server configuration gives that the TLS library under it will not use, and why: what
 * an importer warns about, e.g. "TLSv1 is dropped: OpenSSL 3.0 at security level 1 refuses TLS
 * 1.0: ...".
 *
 * @param kind what sort of name it is
 * @param name the name as the configuration writes it: {@code TLSv1}, {@code DES-CBC3-SHA},
 *     {@code secp192r1}, {@code rsa_pkcs1_sha1}, {@code rsa:1024:sha256}, {@code 1024-bit DH}
 * @param reason why the library does not use it
 * @param explanation the library's rule, naming the library, the level and the OpenSSL source
 * @since 0.1.0
 */
public record Dropped(Kind kind, String name, Reason reason, String explanation) {

  /** What sort of configured name was dropped. */
  public enum Kind {
    /** A protocol version ({@code ssl_protocols}, {@code SSLProtocol}, {@code -tls1}). */
    PROTOCOL_VERSION,
    /** A TLS 1.2-or-earlier suite that a cipher string selects, or a TLS 1.3 suite of the ciphersuites list. */
    CIPHER_SUITE,
    /**
     * The cipher string as a whole, when the build has none of the suites it selects:
     * {@code SSL_CTX_set_cipher_list} fails with "no cipher match".
     */
    CIPHER_STRING,
    /** A named group ({@code ssl_ecdh_curve}, {@code -groups}). */
    NAMED_GROUP,
    /** A signature scheme ({@code -sigalgs}, {@code SignatureAlgorithms}). */
    SIGNATURE_SCHEME,
    /** A certificate, by its key and signature. */
    CERTIFICATE,
    /** The DH parameters ({@code ssl_dhparam}, {@code -dhparam}), by their prime size. */
    DH_PARAMETERS
  }

  /** Why the library does not use a configured name. */
  public enum Reason {
    /** The build does not implement it (Debian 12's OpenSSL 3.0 has no 3DES, RC4 or SSL 3.0). */
    NOT_IN_BUILD,
    /**
     * It needs credentials a web server does not configure: PSK suites a PSK callback, SRP suites
     * an SRP verifier file ({@code ssl/t1_lib.c} {@code ssl_set_client_disabled}; servers skip them
     * the same way without {@code psk_server_callback} or SRP parameters).
     */
    NEEDS_CREDENTIALS,
    /** The security level refuses it; see {@link SecurityLevel}. */
    SECURITY_LEVEL,
    /**
     * The system's crypto configuration refuses it whatever the level: RHEL 9's crypto policies
     * refuse SHA-1 signatures ({@code rh-allow-sha1-signatures = no}), and with them SSL 3.0 to TLS
     * 1.1; see {@link OpenSslBuild#refusesSha1Signatures()}.
     */
    SYSTEM_POLICY
  }

  /** Validates the components. */
  public Dropped {
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(reason, "reason");
    Preconditions.checkNotNull(explanation, "explanation");
  }

  /**
   * Whether the library refuses this at configuration time, so that the server does not start
   * (nginx: "[emerg] SSL_CTX_use_certificate ... ee key too small"): a certificate, DH parameters,
   * or a cipher string with no suite of the build.
   */
  public boolean stopsServer() {
    return kind == Kind.CERTIFICATE || kind == Kind.DH_PARAMETERS || kind == Kind.CIPHER_STRING;
  }

  /** The warning an importer prints: {@code <name> is dropped: <explanation>}. */
  @Override public String toString() {
    return name + " is dropped: " + explanation;
  }
}
