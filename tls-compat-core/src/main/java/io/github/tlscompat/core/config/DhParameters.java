package io.github.tlscompat.core.config;

import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prime size of the DH parameters in a PEM file, as {@code openssl dhparam} writes it
 * ({@code BEGIN DH PARAMETERS}: PKCS #3 {@code DHParameter ::= SEQUENCE { prime INTEGER, base
 * INTEGER, ... }}) or as X9.42 ({@code BEGIN X9.42 DH PARAMETERS}, {@code p} first as well).
 */
final class DhParameters {
  private DhParameters() {}

  /** The DH prime size taken when a configured parameters file cannot be read. */
  static final int ASSUMED_BITS = 2048;

  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN (X9\\.42 )?DH PARAMETERS-----([A-Za-z0-9+/=\\s]+)-----END (X9\\.42 )?DH PARAMETERS-----");

  /**
   * The prime size of the parameters file {@code path} that {@code directive} names, read through
   * {@code files}; one that cannot be read is assumed {@link #ASSUMED_BITS} bits, said in a warning
   * added to {@code warnings}.
   *
   * @param expected what the file should hold, in words, for the error
   * @throws IllegalArgumentException naming the directive and the path, if the file is there but
   *     holds no DH parameters
   */
  static int fileBits(String directive, String path, Function<String, Optional<String>> files, List<String> warnings,
      String expected) {
    Optional<String> pem = files.apply(path);
    if (pem.isEmpty()) {
      warnings.add(directive + " " + path + ": the file cannot be read here; assumed " + ASSUMED_BITS
          + "-bit DH parameters");
      return ASSUMED_BITS;
    }
    try {
      return primeBits(pem.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(directive + " " + path + ": " + e.getMessage() + "; expected " + expected, e);
    }
  }

  /**
   * The bit length of the prime of the first DH PARAMETERS block of {@code pem}.
   *
   * @throws IllegalArgumentException if there is no such block or it is not DER of that form
   */
  static int primeBits(String pem) {
    Matcher m = PEM.matcher(pem);
    if (!m.find()) throw new IllegalArgumentException("holds no -----BEGIN DH PARAMETERS----- block");
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("its DH PARAMETERS block is not base64", e);
    }
    int[] at = {0};
    expect(der, at, 0x30);
    length(der, at);
    expect(der, at, 0x02);
    int len = length(der, at);
    if (at[0] + len > der.length) throw new IllegalArgumentException("its DH PARAMETERS block is truncated");
    byte[] prime = new byte[len];
    System.arraycopy(der, at[0], prime, 0, len);
    return new BigInteger(1, prime).bitLength();
  }

  private static void expect(byte[] der, int[] at, int tag) {
    if (at[0] >= der.length || (der[at[0]] & 0xFF) != tag) {
      throw new IllegalArgumentException("its DH PARAMETERS block is not a DER SEQUENCE of INTEGERs");
    }
    at[0]++;
  }

  private static int length(byte[] der, int[] at) {
    if (at[0] >= der.length) throw new IllegalArgumentException("its DH PARAMETERS block is truncated");
    int first = der[at[0]++] & 0xFF;
    if (first < 0x80) return first;
    int n = first & 0x7F;
    if (n == 0 || n > 3 || at[0] + n > der.length) {
      throw new IllegalArgumentException("its DH PARAMETERS block has a bad DER length");
    }
    int len = 0;
    for (int i = 0; i < n; i++) len = len << 8 | der[at[0]++] & 0xFF;
    return len;
  }
}
