package io.github.tlscompat.core.wire;

import io.github.tlscompat.core.registry.NamedGroup;
import java.util.OptionalInt;

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
