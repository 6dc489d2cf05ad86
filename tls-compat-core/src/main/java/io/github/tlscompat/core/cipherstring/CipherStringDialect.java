package io.github.tlscompat.core.cipherstring;

/**
 * Whose rules an OpenSSL-syntax cipher string follows: the libraries that kept OpenSSL's syntax
 * order and grade suites their own way, and mean something else by {@code DEFAULT}.
 *
 * @since 0.1.0
 */
public enum CipherStringDialect {
  /**
   * OpenSSL 3.0 ({@code ssl/ssl_ciph.c} {@code ssl_create_cipher_list}): ECDHE first, ECDSA before
   * RSA within it; AES-GCM before ChaCha20 before other AES; (EC)DHE with AEAD bumped to the
   * front; RC4 and 3DES {@code MEDIUM}; {@code DEFAULT} is {@code ALL:!COMPLEMENTOFDEFAULT:!eNULL}.
   */
  OPENSSL,
  /**
   * LibreSSL ({@code src/lib/libssl/ssl_ciph.c} of libressl/openbsd, unchanged in this from 3.3 to
   * 4.2): ECDHE first, with no ECDSA preference within it; on a CPU with AES instructions all AES
   * (GCM and CBC alike) before ChaCha20, which this dialect assumes, as on the x86-64 and arm64
   * servers LibreSSL runs on ({@code ssl_aes_is_accelerated}; without them ChaCha20 comes first);
   * MD5, anonymous, RSA key transport and RC4 last, then by strength, and no further bumping, so
   * AES-CBC with ECDHE comes before ChaCha20 and a 256-bit CBC suite before a 128-bit GCM one; RC4
   * {@code LOW}, 3DES {@code MEDIUM} ({@code s3_lib.c}); {@code DEFAULT} is
   * {@code ALL:!aNULL:!eNULL:!SSLv2} ({@code ssl.h} {@code SSL_DEFAULT_CIPHER_LIST}), so it keeps
   * RC4, 3DES and Camellia; {@code COMPLEMENTOFDEFAULT} is the anonymous (EC)DH suites.
   */
  LIBRESSL,
  /**
   * BoringSSL: its own table, aliases and order, and equal-preference groups {@code [A|B]}; see
   * {@link BoringSslCipherString}, which {@link OpenSslCipherString#of(String,
   * io.github.tlscompat.core.registry.ParameterSet, CipherStringDialect)} uses for this dialect.
   */
  BORINGSSL;

  /** What {@code DEFAULT} at the start of a cipher string expands to. */
  String defaultRules() {
    return switch (this) {
      case LIBRESSL -> "ALL:!aNULL:!eNULL:!SSLv2";
      case BORINGSSL -> "ALL";
      case OPENSSL -> "ALL:!COMPLEMENTOFDEFAULT:!eNULL";
    };
  }
}
