package io.github.tlscompat.core.registry;

/**
 * The record MAC of a cipher suite: the last token of its IANA name for TLS 1.2 and earlier, or
 * {@link #AEAD} when the cipher authenticates records itself. For AEAD suites the name's last token
 * ({@code _SHA256}, {@code _SHA384}) is the PRF hash, see {@link CipherSuite#prfHash()}.
 *
 * @since 0.1.0
 */
public enum Mac {
  /** No MAC ({@code TLS_NULL_WITH_NULL_NULL} and the signaling values). */
  NULL,
  /** HMAC-MD5 (the MAC of SSL 2.0 kinds and of {@code _MD5} suites). */
  MD5,
  /** HMAC-SHA1 (the {@code _SHA} suffix). */
  SHA1,
  /** HMAC-SHA256. */
  SHA256,
  /** HMAC-SHA384. */
  SHA384,
  /** None separate: the cipher is AEAD. */
  AEAD,
  /** GOST 28147-89 IMIT. */
  GOST28147_IMIT,
  /** OMAC over Kuznyechik or Magma (RFC 9189). */
  GOST_OMAC,
  /** HMAC over GOST R 34.11-94. */
  GOSTR3411_94
}
