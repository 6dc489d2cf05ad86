package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.Arrays;

/**
 * A release line of OpenSSL whose TLS behaviour this package models. The lines differ in what they
 * build (3.0 moved 3DES among the "weak" suites and IDEA and SEED into the legacy provider) and in
 * how many bits of security they credit SHA-1 and MD5 with (3.0 cut them below 80, so that level 1
 * refuses them), which decides whether TLS 1.0 and 1.1 still work.
 *
 * <p>OpenSSL 1.0.2 has no security levels (they came in 1.1.0, {@code HISTORY} of
 * {@code doc/man3/SSL_CTX_set_security_level.pod}), so none of the level rules apply to it
 * ({@link #hasSecurityLevels()}). The default level stays 1 in every later release: the same page
 * on the master branch (2026) still says "If not set then 1 is used"; what 3.5 changes is the
 * default group list ({@link #OPENSSL_3_5}). 3.1 to 3.4 negotiate as 3.0 does and are read as it.
 *
 * @since 0.1.0
 */
public enum OpenSslVersion {
  /**
   * OpenSSL 1.0.2 (released 2015-01-22, end of life 2019-12-31): no security levels, no TLS 1.3;
   * SSL 3.0 still built; from 1.0.2g no SSL 2.0 and no export or single-DES suites in a default
   * build ("Disable weak ciphers in SSLv3 and up in default builds", {@code NEWS.md}), RC4 and
   * 3DES kept.
   */
  OPENSSL_1_0_2("1.0.2"),
  /**
   * OpenSSL 1.1.1 (released 2018-09-11, end of life 2023-09-11): TLS 1.3, security levels with
   * SHA-1 rated 80 bits and MD5+SHA-1 144 (half their digest size, {@code ssl/t1_lib.c}
   * {@code sigalg_security_bits}); default level 1.
   */
  OPENSSL_1_1_1("1.1.1"),
  /**
   * OpenSSL 3.0 (released 2021-09-07, long-term support): SHA-1 rated 64 bits, MD5+SHA-1 67 and MD5
   * 39 in signatures ({@code ssl/t1_lib.c} {@code sigalg_security_bits}), SHA-1 63 in certificates
   * ({@code crypto/x509/x509_set.c} {@code x509_sig_info_init}); default level 1 unless built with
   * {@code -DOPENSSL_TLS_SECURITY_LEVEL} (Debian 12 builds it with 2).
   */
  OPENSSL_3_0("3.0"),
  /**
   * OpenSSL 3.5 (released 2025-04-08, long-term support): as 3.0 in security levels and ratings;
   * the default group list becomes {@code ?*X25519MLKEM768 / ?*X25519:?secp256r1 /
   * ?X448:?secp384r1:?secp521r1 / ?ffdhe2048:?ffdhe3072}, so FFDHE groups over 3072 bits are no
   * longer used by default ({@code CHANGES.md} of 3.5, {@code ssl/t1_lib.c} {@code DEFAULT_GROUP_LIST}).
   */
  OPENSSL_3_5("3.5");

  private final String displayName;

  OpenSslVersion(String displayName) {
    this.displayName = displayName;
  }

  /** The version as OpenSSL writes it, e.g. {@code 3.0}. */
  public String displayName() {
    return displayName;
  }

  /**
   * Whether this line rates SHA-1 and MD5 below 80 bits of security, so that security level 1 and
   * above refuse signatures with them: true from 3.0 on.
   */
  public boolean ratesSha1Below80Bits() {
    return this == OPENSSL_3_0 || this == OPENSSL_3_5;
  }

  /** Whether this line has security levels: false for 1.0.2, true from 1.1.0 on. */
  public boolean hasSecurityLevels() {
    return this != OPENSSL_1_0_2;
  }

  /**
   * The line named {@code name}: {@code 1.0.2}, {@code 1.1.1}, {@code 3.0} or {@code 3.5}; a
   * patch release such as {@code 3.0.19} or {@code 1.0.2u} names its line, and 3.1 to 3.4 are
   * read as 3.0.
   *
   * @throws IllegalArgumentException naming the versions this package models
   */
  public static OpenSslVersion fromName(String name) {
    String trimmed = name.trim();
    for (OpenSslVersion v : values()) {
      if (trimmed.equals(v.displayName) || trimmed.startsWith(v.displayName + ".")
          || v.displayName.startsWith("1.") && trimmed.matches(java.util.regex.Pattern.quote(v.displayName) + "[a-z]*")) {
        return v;
      }
    }
    // 3.1 to 3.4 change nothing this package models (same default level, groups and ratings).
    if (trimmed.matches("3\\.[1-4](\\.\\d+)?")) return OPENSSL_3_0;
    throw new IllegalArgumentException("unknown OpenSSL version '" + name + "'; modelled are 1.0.2, 1.1.1, 3.0 and 3.5"
        + ClosestNames.didYouMean(trimmed, Arrays.stream(values()).map(OpenSslVersion::displayName).toList()));
  }

  /** The version as OpenSSL writes it, e.g. {@code 3.0}. */
  @Override public String toString() {
    return "OpenSSL " + displayName;
  }
}
