package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;

/**
 * OpenSSL's estimates of how many bits of security a parameter gives: the numbers its security
 * callback compares with a level's minimum ({@link SecurityLevel#minimumBits()}).
 *
 * <p>Each method names the OpenSSL function it follows. They are estimates, not cryptanalysis:
 * OpenSSL rates SHA-1 at 64 bits from 3.0 on precisely so that level 1 refuses it.
 *
 * @since 0.1.0
 */
public final class SecurityBits {
  private SecurityBits() {}

  /**
   * The security of a cipher suite's record cipher: OpenSSL's {@code strength_bits} column
   * ({@code ssl/s3_lib.c}), which is the cipher's effective key strength: 112 for 3DES, 128 for
   * AES-128, 256 for ChaCha20, 0 for NULL.
   */
  public static int ofCipherSuite(CipherSuite suite) {
    return suite.cipher().effectiveBits();
  }

  /**
   * The security of a finite-field key of {@code modulusBits}: RSA and DSA keys, DH primes. The
   * table of {@code BN_security_bits} ({@code crypto/bn/bn_lib.c}, NIST SP 800-57): 80 from 1024
   * bits, 112 from 2048, 128 from 3072, 192 from 7680, 256 from 15360, 0 below 1024. (OpenSSL 3.0
   * rates RSA keys by the SP 800-56B formula of {@code ossl_ifc_ffc_compute_security_bits}, which
   * gives the same thresholds at these sizes.)
   */
  public static int ofFiniteField(int modulusBits) {
    if (modulusBits >= 15360) return 256;
    if (modulusBits >= 7680) return 192;
    if (modulusBits >= 3072) return 128;
    if (modulusBits >= 2048) return 112;
    if (modulusBits >= 1024) return 80;
    return 0;
  }

  /**
   * The security of a certificate key: {@link #ofFiniteField} for RSA, RSASSA-PSS and DSA keys of
   * {@code keyBits}; half the curve size for EC keys ({@code EC_GROUP_order_bits / 2},
   * {@code crypto/ec/ec_ameth.c}); 128 for Ed25519 and 224 for Ed448 ({@code crypto/ec/ecx_meth.c},
   * RFC 8032 8.5).
   */
  public static int ofKey(KeyType type, int keyBits) {
    Preconditions.checkNotNull(type, "type");
    return switch (type) {
      case RSA, RSASSA_PSS, DSA -> ofFiniteField(keyBits);
      case ED25519 -> 128;
      case ED448 -> 224;
      default -> keyBits / 2;
    };
  }

  /**
   * The security of a named group, as OpenSSL's providers declare it
   * ({@code providers/common/capabilities.c}, {@code group_list}): 80 for the 160- to 193-bit
   * curves, 112 for the 224- to 239-bit ones, 128 for 256- and 283-bit curves and x25519, 192 for
   * 384 and 409 bits, 224 for x448, 256 for 512 bits and more; ffdhe2048 112, ffdhe3072 to
   * ffdhe6144 128, ffdhe8192 192 (RFC 7919). Groups OpenSSL does not have get half their size.
   */
  public static int ofGroup(NamedGroup group) {
    Preconditions.checkNotNull(group, "group");
    switch (group) {
      case x25519: return 128;
      case x448: return 224;
      case ffdhe2048: return 112;
      case ffdhe3072, ffdhe4096, ffdhe6144: return 128;
      case ffdhe8192: return 192;
      default: break;
    }
    if (group.kind() != NamedGroup.Kind.ELLIPTIC_CURVE) return group.bits() / 2;
    int bits = group.bits();
    if (bits >= 512) return 256;
    if (bits >= 384) return 192;
    if (bits >= 256) return 128;
    if (bits >= 224) return 112;
    return 80;
  }

  /**
   * The security OpenSSL credits a TLS signature scheme with ({@code ssl/t1_lib.c},
   * {@code sigalg_security_bits}): half the digest size, 128 for Ed25519 and 224 for Ed448; but
   * from 3.0 on SHA-1 counts 64 bits and MD5 39, below level 1's 80.
   */
  public static int ofSignatureScheme(SignatureScheme scheme, OpenSslVersion version) {
    Preconditions.checkNotNull(scheme, "scheme");
    if (scheme == SignatureScheme.ed25519) return 128;
    if (scheme == SignatureScheme.ed448) return 224;
    return ofSignatureHash(scheme.hash(), version);
  }

  /**
   * The security OpenSSL credits a handshake signature made with {@code hash}
   * ({@code ssl/t1_lib.c}, {@code sigalg_security_bits}), including the MD5+SHA-1 combination
   * that TLS 1.0 and 1.1 sign with under RSA: half the digest size in 1.1.1 (SHA-1 80, MD5+SHA-1
   * 144, MD5 64); in 3.0 SHA-1 64, MD5+SHA-1 67 and MD5 39, citing chosen-prefix collisions at
   * 2^63.4 and 2^67.2.
   */
  public static int ofSignatureHash(HashAlgorithm hash, OpenSslVersion version) {
    Preconditions.checkNotNull(hash, "hash");
    Preconditions.checkNotNull(version, "version");
    if (version.ratesSha1Below80Bits()) {
      switch (hash) {
        case SHA1: return 64;
        case MD5_SHA1: return 67;
        case MD5: return 39;
        default: break;
      }
    }
    return digestBits(hash) / 2;
  }

  /**
   * The security of the issuer's signature on a certificate ({@code crypto/x509/x509_set.c},
   * {@code x509_sig_info_init}): half the digest size, but in 3.0 SHA-1 counts 63 bits and MD5 39.
   * OpenSSL checks it when a server loads its certificate and chain, except on a self-signed
   * certificate ({@code ssl/t1_lib.c}, {@code ssl_security_cert_sig}).
   */
  public static int ofCertificateSignature(HashAlgorithm hash, OpenSslVersion version) {
    Preconditions.checkNotNull(hash, "hash");
    Preconditions.checkNotNull(version, "version");
    if (version.ratesSha1Below80Bits()) {
      if (hash == HashAlgorithm.SHA1) return 63;
      if (hash == HashAlgorithm.MD5) return 39;
    }
    return digestBits(hash) / 2;
  }

  private static int digestBits(HashAlgorithm hash) {
    return switch (hash) {
      case MD5 -> 128;
      case MD5_SHA1 -> 288;
      case SHA1 -> 160;
      case SHA224 -> 224;
      case SHA256, SM3, GOSTR3411_94, GOSTR3411_2012_256 -> 256;
      case SHA384 -> 384;
      case SHA512, GOSTR3411_2012_512 -> 512;
      // Ed25519 and Ed448 are handled by the caller; ML-DSA is rated by its provider (128 and up).
      case INTRINSIC -> 256;
    };
  }
}
