package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts about a server (or client) certificate that decide whether a peer accepts it: its key
 * type and size, the hash its issuer signed it with, whether its name is a wildcard, and who issued
 * it.
 *
 * @param keyType the type of the certificate's public key
 * @param keyBits the key size: the modulus for RSA and DSA, the curve size for EC (256 for P-256)
 * @param signatureHash the hash of the issuer's signature on the certificate (SHA-1 or SHA-256 in
 *     the Lync Phone Edition story)
 * @param wildcard whether the subject name is a wildcard such as {@code *.contoso.com}
 * @param issuer the CA that issued it, checked against the peer's trusted issuers
 *     ({@link ServerPolicy#trustedIssuers()}, {@link ClientProfile#trustedIssuers()}); empty when not
 *     modelled, and then no peer refuses it for its issuer
 * @since 0.1.0
 */
public record CertificateSpec(KeyType keyType, int keyBits, HashAlgorithm signatureHash, boolean wildcard,
    Optional<CertificateIssuer> issuer) {

  /** An RSA 2048-bit certificate signed with SHA-256: the common default, and our assumption where a source is silent. */
  public static final CertificateSpec RSA_2048_SHA256 = new CertificateSpec(KeyType.RSA, 2048, HashAlgorithm.SHA256, false);

  /** An RSA 2048-bit certificate signed with SHA-1, as issued until 2016. */
  public static final CertificateSpec RSA_2048_SHA1 = new CertificateSpec(KeyType.RSA, 2048, HashAlgorithm.SHA1, false);

  /** An ECDSA P-256 certificate signed with SHA-256. */
  public static final CertificateSpec ECDSA_P256_SHA256 = new CertificateSpec(KeyType.EC, 256, HashAlgorithm.SHA256, false);

  /** Validates the components. */
  public CertificateSpec {
    Preconditions.checkNotNull(keyType, "keyType");
    Preconditions.checkNotNull(signatureHash, "signatureHash");
    if (keyBits <= 0) throw new IllegalArgumentException("keyBits must be positive, was " + keyBits);
    Preconditions.checkNotNull(issuer, "issuer");
  }

  /** A certificate whose issuer is not modelled. */
  public CertificateSpec(KeyType keyType, int keyBits, HashAlgorithm signatureHash, boolean wildcard) {
    this(keyType, keyBits, signatureHash, wildcard, Optional.empty());
  }

  /**
   * The curve of an EC key: the NIST curve of that size ({@code secp256r1}, {@code secp384r1},
   * {@code secp521r1}), which is what an EC key of {@link #keyBits()} bits means here; empty for
   * other keys and other sizes.
   */
  public Optional<NamedGroup> curve() {
    if (keyType != KeyType.EC) return Optional.empty();
    return switch (keyBits) {
      case 256 -> Optional.of(NamedGroup.secp256r1);
      case 384 -> Optional.of(NamedGroup.secp384r1);
      case 521 -> Optional.of(NamedGroup.secp521r1);
      default -> Optional.empty();
    };
  }

  /** This certificate with a wildcard name. */
  public CertificateSpec asWildcard() {
    return new CertificateSpec(keyType, keyBits, signatureHash, true, issuer);
  }

  /**
   * The certificate assumed where a source names only the key type: RSA 2048-bit or ECDSA P-256
   * signed with SHA-256, DSA 2048-bit signed with SHA-256, Ed25519 or Ed448; no issuer.
   *
   * @throws IllegalArgumentException for a key type a certificate here cannot have (GOST, ML-DSA, RSASSA-PSS)
   */
  public static CertificateSpec typical(KeyType keyType) {
    return switch (Preconditions.checkNotNull(keyType, "keyType")) {
      case RSA -> RSA_2048_SHA256;
      case EC -> ECDSA_P256_SHA256;
      case DSA -> new CertificateSpec(KeyType.DSA, 2048, HashAlgorithm.SHA256, false);
      case ED25519 -> new CertificateSpec(KeyType.ED25519, 255, HashAlgorithm.INTRINSIC, false);
      case ED448 -> new CertificateSpec(KeyType.ED448, 456, HashAlgorithm.INTRINSIC, false);
      default -> throw new IllegalArgumentException("no typical certificate for a " + keyType
          + " key; expected RSA, EC, DSA, ED25519 or ED448");
    };
  }

  /** This certificate as issued by {@code issuer}. */
  public CertificateSpec withIssuer(CertificateIssuer issuer) {
    return new CertificateSpec(keyType, keyBits, signatureHash, wildcard,
        Optional.of(Preconditions.checkNotNull(issuer, "issuer")));
  }

  /** This certificate signed with {@code hash}, its key, name and issuer kept. */
  public CertificateSpec withSignatureHash(HashAlgorithm hash) {
    return new CertificateSpec(keyType, keyBits, Preconditions.checkNotNull(hash, "hash"), wildcard, issuer);
  }

  /**
   * Parses the short form {@code type:bits:hash[:wildcard][@issuer]}, e.g. {@code rsa:2048:sha256},
   * {@code ecdsa:256:sha256}, {@code ecdsa:p256:sha256} or
   * {@code rsa:2048:sha256@CN=Contoso Issuing CA,DC=contoso,DC=com}: the issuer is everything after
   * the first {@code @} (see {@link CertificateIssuer}).
   *
   * @throws IllegalArgumentException naming the part that is wrong and what is allowed
   */
  public static CertificateSpec parse(String text) {
    int at = text.indexOf('@');
    Optional<CertificateIssuer> issuer = Optional.empty();
    if (at >= 0) {
      try {
        issuer = Optional.of(new CertificateIssuer(text.substring(at + 1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("certificate '" + text + "': " + e.getMessage(), e);
      }
    }
    String spec = at >= 0 ? text.substring(0, at) : text;
    String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":");
    if (parts.length != 3 && !(parts.length == 4 && parts[3].equals("wildcard"))) {
      throw new IllegalArgumentException("certificate '" + text + "' must be type:bits:hash[:wildcard][@issuer], e.g. rsa:2048:sha256");
    }
    KeyType type = switch (parts[0]) {
      case "rsa" -> KeyType.RSA;
      case "ec", "ecdsa" -> KeyType.EC;
      case "dsa" -> KeyType.DSA;
      case "ed25519" -> KeyType.ED25519;
      case "ed448" -> KeyType.ED448;
      default -> throw new IllegalArgumentException("certificate '" + text + "': unknown key type '" + parts[0]
          + "'; expected rsa, ecdsa, dsa, ed25519 or ed448");
    };
    // "p256" and "p-256" name the curve by its bits; a prefix test, not a regex: the catalog parses
    // hundreds of these at load, and String.replaceFirst compiles its pattern on every call.
    String bits = parts[1].startsWith("p-") ? parts[1].substring(2)
        : parts[1].startsWith("p") ? parts[1].substring(1) : parts[1];
    int keyBits;
    try {
      keyBits = Integer.parseInt(bits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("certificate '" + text + "': key size '" + parts[1]
          + "' is not a number of bits (e.g. 2048, or p256 for ECDSA)");
    }
    HashAlgorithm hash = switch (parts[2].replace("-", "")) {
      case "md5" -> HashAlgorithm.MD5;
      case "sha1" -> HashAlgorithm.SHA1;
      case "sha224" -> HashAlgorithm.SHA224;
      case "sha256" -> HashAlgorithm.SHA256;
      case "sha384" -> HashAlgorithm.SHA384;
      case "sha512" -> HashAlgorithm.SHA512;
      case "intrinsic" -> HashAlgorithm.INTRINSIC;
      default -> throw new IllegalArgumentException("certificate '" + text + "': unknown signature hash '"
          + parts[2] + "'; expected md5, sha1, sha224, sha256, sha384, sha512 or intrinsic (EdDSA)");
    };
    return new CertificateSpec(type, keyBits, hash, parts.length == 4, issuer);
  }

  /**
   * The short form {@link #parse} reads, e.g. {@code rsa:2048:sha256} or
   * {@code rsa:2048:sha256@CN=Contoso Issuing CA}.
   */
  @Override public String toString() {
    String type = keyType == KeyType.EC ? "ecdsa" : keyType.name().toLowerCase(Locale.ROOT);
    return type + ":" + keyBits + ":" + signatureHash.name().toLowerCase(Locale.ROOT) + (wildcard ? ":wildcard" : "")
        + issuer.map(i -> "@" + i).orElse("");
  }
}
