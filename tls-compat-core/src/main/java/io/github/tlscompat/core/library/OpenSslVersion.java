package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.Arrays;

/**
 * A release line of OpenSSL whose TLS behaviour this package models. The lines differ in what they
 * build (3.0 moved 3DES among the "weak" suites and IDEA and SEED into the legacy provider) and in
 * how many bits of security they credit SHA-1 and MD5 with (3.0 cut them below 80, so that level 1
 * refuses them), which decides whether TLS 1.0 and 1.1 still work.
 *
 * <p>OpenSSL 1.0.2 is not a constant: it has no security levels (they came in 1.1.0), so none of
 * the rules here apply to it. OpenSSL 3.2 and later change the default level to 2 and add groups;
 * they are not modelled yet.
 *
 * @since 0.1.0
 */
public enum OpenSslVersion {
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
  OPENSSL_3_0("3.0");

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
    return this == OPENSSL_3_0;
  }

  /**
   * The line named {@code name}: {@code 1.1.1} or {@code 3.0}; a patch release such as
   * {@code 3.0.19} names its line.
   *
   * @throws IllegalArgumentException naming the versions this package models
   */
  public static OpenSslVersion fromName(String name) {
    String trimmed = name.trim();
    for (OpenSslVersion v : values()) {
      if (trimmed.equals(v.displayName) || trimmed.startsWith(v.displayName + ".")
          || v == OPENSSL_1_1_1 && trimmed.matches("1\\.1\\.1[a-z]*")) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown OpenSSL version '" + name + "'; modelled are 1.1.1 and 3.0"
        + ClosestNames.didYouMean(trimmed, Arrays.stream(values()).map(OpenSslVersion::displayName).toList()));
  }

  /** The version as OpenSSL writes it, e.g. {@code 3.0}. */
  @Override public String toString() {
    return "OpenSSL " + displayName;
  }
}
