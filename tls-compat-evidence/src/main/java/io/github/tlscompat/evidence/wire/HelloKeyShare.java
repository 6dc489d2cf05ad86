package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.registry.NamedGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/** The length of a TLS 1.3 {@code KeyShareEntry.key_exchange} for each group (RFC 8446 4.2.8). */
final class HelloKeyShare {
  /** ML-KEM encapsulation key sizes (FIPS 203 table 3): ML-KEM-512, -768, -1024. */
  private static final int MLKEM512 = 800;
  private static final int MLKEM768 = 1184;
  private static final int MLKEM1024 = 1568;
  /** Uncompressed X9.62 points, 0x04 || x || y (RFC 8446 4.2.8.2). */
  private static final int P256 = 65;
  private static final int P384 = 97;

  private HelloKeyShare() {}

  /**
   * Where the shipped public values are, one line per group: its enum name and the value in hex.
   * {@code HelloKeyShareValues} in the test sources wrote them with Bouncy Castle and checks them.
   */
  static final String RESOURCE = "/META-INF/tls-compat/key-shares.txt";

  /**
   * A key_exchange value for {@code group} that a server will accept: a real public key, not
   * random bytes, since a server must reject a NIST curve point that is not on the curve (RFC
   * 8446 4.2.8.2, OpenSSL answers illegal_parameter), an FFDHE value outside its group (RFC 7919
   * 5.1) and ML-KEM keys out of range (FIPS 203 7.2). For X25519 and X448 every string is a valid
   * value (RFC 7748 5), so those, alone or in a hybrid, stay random and fresh. The other values
   * are shipped with the jar ({@link #RESOURCE}): a probe never completes the key exchange, so no
   * private key is needed, and generating them cost a cold command about a tenth of a second
   * (Bouncy Castle's EC and ML-KEM classes loaded and run once). A group with no shipped value
   * (the SM2 ones) gets random bytes of its length.
   */
  static byte[] value(NamedGroup group, int length, RandomGenerator rnd) {
    byte[] value = switch (group) {
      case x25519, x448 -> null;
      case X25519MLKEM768 -> concat(shipped(NamedGroup.MLKEM768), random(32, rnd));
      case SecP256r1MLKEM768, SecP256r1Kyber768Draft00 -> concat(shipped(NamedGroup.secp256r1), shipped(NamedGroup.MLKEM768));
      case SecP384r1MLKEM1024 -> concat(shipped(NamedGroup.secp384r1), shipped(NamedGroup.MLKEM1024));
      // Kyber768 round 3 keys have ML-KEM-768's layout (t || rho) and size.
      case X25519Kyber768Draft00 -> concat(random(32, rnd), shipped(NamedGroup.MLKEM768));
      default -> shipped(group);
    };
    return value == null || value.length != length ? random(length, rnd) : value;
  }

  /** The shipped value of a single group, a fresh copy, or null when none is shipped. */
  static byte[] shipped(NamedGroup group) {
    byte[] value = Shipped.VALUES.get(group);
    return value == null ? null : value.clone();
  }

  /** Read on first use, once per JVM. */
  private static final class Shipped {
    static final Map<NamedGroup, byte[]> VALUES = read();

    private static Map<NamedGroup, byte[]> read() {
      Map<NamedGroup, byte[]> values = new EnumMap<>(NamedGroup.class);
      try (InputStream in = HelloKeyShare.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the tls-compat-evidence jar");
        int n = 0;
        for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
          n++;
          if (line.isBlank() || line.startsWith("#")) continue;
          String[] parts = line.strip().split(" ");
          try {
            values.put(NamedGroup.valueOf(parts[0]), HexFormat.of().parseHex(parts[1]));
          } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException(RESOURCE + " line " + n + ": expected a group name and a hex value", e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return Map.copyOf(values);
    }
  }

  private static byte[] random(int length, RandomGenerator rnd) {
    byte[] random = new byte[length];
    rnd.nextBytes(random);
    return random;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    if (a == null || b == null) return null;
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The key_exchange length a client sends for {@code group}, or empty for a group that has no
   * TLS 1.3 key share (the pre-TLS 1.3 curves) or whose encoding tls-compat does not know (the
   * RFC 9367 GOST curves).
   */
  static OptionalInt length(NamedGroup group) {
    return switch (group) {
      // RFC 8446 4.2.8.2: uncompressed points of the NIST curves.
      case secp256r1 -> OptionalInt.of(P256);
      case secp384r1 -> OptionalInt.of(P384);
      case secp521r1 -> OptionalInt.of(133);
      // RFC 8734 (brainpool for TLS 1.3) and RFC 8998 (SM2) use the same uncompressed form.
      case brainpoolP256r1tls13, curveSM2 -> OptionalInt.of(65);
      case brainpoolP384r1tls13 -> OptionalInt.of(97);
      case brainpoolP512r1tls13 -> OptionalInt.of(129);
      // RFC 8446 4.2.8.2 / RFC 7748: the raw u-coordinate.
      case x25519 -> OptionalInt.of(32);
      case x448 -> OptionalInt.of(56);
      // RFC 8446 4.2.8.1: Y left-padded to the size of the prime p (RFC 7919 groups).
      case ffdhe2048 -> OptionalInt.of(2048 / 8);
      case ffdhe3072 -> OptionalInt.of(3072 / 8);
      case ffdhe4096 -> OptionalInt.of(4096 / 8);
      case ffdhe6144 -> OptionalInt.of(6144 / 8);
      case ffdhe8192 -> OptionalInt.of(8192 / 8);
      // draft-ietf-tls-mlkem: the encapsulation key alone.
      case MLKEM512 -> OptionalInt.of(MLKEM512);
      case MLKEM768 -> OptionalInt.of(MLKEM768);
      case MLKEM1024 -> OptionalInt.of(MLKEM1024);
      // draft-ietf-tls-ecdhe-mlkem 4.1: X25519MLKEM768 sends the ML-KEM key first, then the X25519
      // share; the NIST and SM2 hybrids send the ECDH point first. The length is the sum either way.
      case X25519MLKEM768 -> OptionalInt.of(MLKEM768 + 32);
      case SecP256r1MLKEM768, curveSM2MLKEM768 -> OptionalInt.of(P256 + MLKEM768);
      case SecP384r1MLKEM1024 -> OptionalInt.of(P384 + MLKEM1024);
      // draft-tls-westerbaan-xyber768d00 and its P-256 sibling: the ECDH share, then the Kyber768 key.
      case X25519Kyber768Draft00 -> OptionalInt.of(32 + MLKEM768);
      case SecP256r1Kyber768Draft00 -> OptionalInt.of(P256 + MLKEM768);
      default -> OptionalInt.empty();
    };
  }
}
