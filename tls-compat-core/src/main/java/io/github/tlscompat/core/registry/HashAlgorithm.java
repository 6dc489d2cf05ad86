package io.github.tlscompat.core.registry;

/**
 * Hash functions as TLS uses them: in the PRF or HKDF of a cipher suite, and in signature schemes.
 * Named after RFC 5246 7.4.1.4.1 {@code HashAlgorithm} where it has a name.
 *
 * @since 0.1.0
 */
public enum HashAlgorithm {
  /** MD5. */
  MD5,
  /** The MD5 + SHA-1 combination of the SSL 3.0, TLS 1.0 and TLS 1.1 PRF. */
  MD5_SHA1,
  /** SHA-1. */
  SHA1,
  /** SHA-224. */
  SHA224,
  /** SHA-256. */
  SHA256,
  /** SHA-384. */
  SHA384,
  /** SHA-512. */
  SHA512,
  /** SM3 (RFC 8998). */
  SM3,
  /** GOST R 34.11-94. */
  GOSTR3411_94,
  /** GOST R 34.11-2012 (Streebog), 256-bit. */
  GOSTR3411_2012_256,
  /** GOST R 34.11-2012 (Streebog), 512-bit. */
  GOSTR3411_2012_512,
  /** The signature algorithm hashes internally (Ed25519, Ed448, ML-DSA). */
  INTRINSIC
}
