package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.registry.NamedGroup;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.bouncycastle.tls.crypto.TlsDHConfig;
import org.bouncycastle.tls.crypto.TlsECConfig;
import org.bouncycastle.tls.crypto.TlsKemConfig;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

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

  /** One valid public value per group and JVM: generating them costs up to milliseconds each. */
  private static final Map<NamedGroup, byte[]> VALUES = new ConcurrentHashMap<>();
  private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());

  /**
   * A key_exchange value for {@code group} that a server will accept: a real public key, not
   * random bytes, since a server must reject a NIST curve point that is not on the curve (RFC
   * 8446 4.2.8.2, OpenSSL answers illegal_parameter) and ML-KEM keys out of range (FIPS 203 7.2).
   * For X25519 and X448 every string is a valid value, so those stay random and fresh. The other
   * values are made once per JVM and reused: a probe never completes the key exchange, so their
   * private keys are not kept.
   */
  static byte[] value(NamedGroup group, int length, RandomGenerator rnd) {
    byte[] value = switch (group) {
      case x25519, x448 -> null;
      default -> VALUES.computeIfAbsent(group, HelloKeyShare::generate);
    };
    if (value == null || value.length != length) {
      byte[] random = new byte[length];
      rnd.nextBytes(random);
      return random;
    }
    return value.clone();
  }

  private static byte[] generate(NamedGroup group) {
    try {
      return switch (group) {
        case ffdhe2048, ffdhe3072, ffdhe4096, ffdhe6144, ffdhe8192 ->
            CRYPTO.createDHDomain(new TlsDHConfig(group.code(), true)).createDH().generateEphemeral();
        case MLKEM512, MLKEM768, MLKEM1024 -> kem(group);
        case X25519MLKEM768 -> concat(kem(NamedGroup.MLKEM768), ec(NamedGroup.x25519));
        case SecP256r1MLKEM768 -> concat(ec(NamedGroup.secp256r1), kem(NamedGroup.MLKEM768));
        case SecP384r1MLKEM1024 -> concat(ec(NamedGroup.secp384r1), kem(NamedGroup.MLKEM1024));
        // Kyber768 round 3 keys have ML-KEM-768's layout (t || rho) and size.
        case X25519Kyber768Draft00 -> concat(ec(NamedGroup.x25519), kem(NamedGroup.MLKEM768));
        case SecP256r1Kyber768Draft00 -> concat(ec(NamedGroup.secp256r1), kem(NamedGroup.MLKEM768));
        default -> ec(group);
      };
    } catch (RuntimeException | IOException unsupported) {
      // A group Bouncy Castle cannot make a key for (SM2 hybrids): random bytes of the right length.
      return new byte[0];
    }
  }

  private static byte[] ec(NamedGroup group) throws IOException {
    return CRYPTO.createECDomain(new TlsECConfig(group.code())).createECDH().generateEphemeral();
  }

  private static byte[] kem(NamedGroup group) throws IOException {
    return CRYPTO.createKemDomain(new TlsKemConfig(group.code(), false)).createKem().generateEphemeral();
  }

  private static byte[] concat(byte[] a, byte[] b) {
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
