package io.github.tlscompat.core.registry;

/**
 * How a cipher suite authenticates the server: the second half of the key-exchange token in an IANA
 * suite name ({@code ECDHE_RSA} authenticates with an RSA certificate, {@code DH_anon} not at all).
 *
 * <p>Constants are spelled as in the IANA names; {@link #anon} is lower case for that reason.
 *
 * @since 0.1.0
 */
public enum Authentication {
  /** No authentication: the {@code _anon} suites and {@code TLS_NULL_WITH_NULL_NULL}. */
  anon,
  /** An RSA certificate, used to sign (DHE, ECDHE) or to decrypt the premaster secret (RSA). */
  RSA,
  /** A DSA certificate (RFC 5246 calls the algorithm DSS). */
  DSS,
  /** An ECDSA certificate (RFC 8422). */
  ECDSA,
  /** A pre-shared key only (RFC 4279). */
  PSK,
  /** A password verifier only (SRP, RFC 5054, without a certificate). */
  SRP,
  /** A Kerberos ticket (RFC 2712). */
  KRB5,
  /** A password over an elliptic curve (RFC 8492). */
  ECCPWD,
  /** A GOST R 34.10 certificate (RFC 9189 and its drafts). */
  GOST,
  /**
   * Any certificate the signature_algorithms extension allows: TLS 1.3 suites do not fix
   * authentication (RFC 8446 4.2.3), nor key exchange.
   */
  CERTIFICATE
}
