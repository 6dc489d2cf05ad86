package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.HashAlgorithm.GOSTR3411_2012_256;
import static io.github.tlscompat.core.registry.HashAlgorithm.GOSTR3411_2012_512;
import static io.github.tlscompat.core.registry.HashAlgorithm.GOSTR3411_94;
import static io.github.tlscompat.core.registry.HashAlgorithm.INTRINSIC;
import static io.github.tlscompat.core.registry.HashAlgorithm.MD5;
import static io.github.tlscompat.core.registry.HashAlgorithm.SHA1;
import static io.github.tlscompat.core.registry.HashAlgorithm.SHA224;
import static io.github.tlscompat.core.registry.HashAlgorithm.SHA256;
import static io.github.tlscompat.core.registry.HashAlgorithm.SHA384;
import static io.github.tlscompat.core.registry.HashAlgorithm.SHA512;
import static io.github.tlscompat.core.registry.HashAlgorithm.SM3;
import static io.github.tlscompat.core.registry.SignatureScheme.Registration.PRIVATE_USE;
import static io.github.tlscompat.core.registry.SignatureScheme.Use.ANY;
import static io.github.tlscompat.core.registry.SignatureScheme.Use.TLS12;
import static io.github.tlscompat.core.registry.SignatureScheme.Use.TLS12_TLS13_CERTS;
import static io.github.tlscompat.core.registry.SignatureScheme.Use.TLS13;
import static io.github.tlscompat.core.registry.SignatureScheme.Use.TLS13_CERTIFICATE_VERIFY;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the {@code signature_algorithms} and {@code signature_algorithms_cert} extensions:
 * every named value of the IANA "TLS SignatureScheme" registry (RFC 8446 4.2.3) that clients send,
 * the TLS 1.2 {@code HashAlgorithm} x {@code SignatureAlgorithm} pairs of RFC 5246 7.4.1.4.1 that
 * the registry reserves without naming, and the private-use GOST pairs of OpenSSL's GOST builds.
 *
 * <p>Constants are named exactly as IANA names them ({@code rsa_pss_rsae_sha256},
 * {@code ecdsa_secp256r1_sha256}), so {@code toString()} is the IANA name. The unnamed TLS 1.2 pairs
 * are named as the JDK names them ({@code dsa_sha256}, {@code rsa_sha224}), the private GOST pairs
 * as OpenSSL's {@code TLSEXT_SIGALG_} constants do. A two-byte value is the TLS 1.2 pair
 * {@code (hash << 8) | signature}: {@code 0x0401} is SHA-256 with RSA. The table is checked by tests
 * against Bouncy Castle's {@code org.bouncycastle.tls.SignatureScheme}.
 *
 * <p>Not included: {@code eccsi_sha256}, {@code iso_ibs1}, {@code iso_ibs2} and
 * {@code iso_chinese_ibs} ({@code 0x0704} to {@code 0x0707}), identity-based schemes for raw public
 * keys that no captured client sends.
 *
 * <p>The attributes follow these rules:
 * <ul>
 *   <li><b>Hash</b> ({@link #hash()}): the digest the signature is computed over;
 *       {@link HashAlgorithm#INTRINSIC} where the algorithm hashes internally (EdDSA, ML-DSA). For
 *       the RFC 9189 GOST pairs, whose hash byte on the wire says "Intrinsic", the Streebog digest
 *       the signature algorithm implies.</li>
 *   <li><b>TLS 1.2</b> ({@link #usableInTls12()}): TLS 1.2 defines the value in
 *       {@code signature_algorithms}. True for every RFC 5246 pair (MD5 and SHA-1 included, though
 *       RFC 9155 deprecates them), the {@code ecdsa_secp*} values (which in TLS 1.2 mean ECDSA with
 *       that hash on any curve), RSASSA-PSS (RFC 8446 4.2.3 makes TLS 1.2 implementations accept
 *       it), EdDSA (RFC 8422), the RFC 9189 GOST pairs and the private GOST pairs. False for the
 *       schemes defined only for TLS 1.3: brainpool (RFC 8734), SM2 (RFC 8998), the GOST schemes of
 *       RFC 9367, ML-DSA and the {@code _legacy} PKCS#1 schemes.</li>
 *   <li><b>TLS 1.3 handshake</b> ({@link #usableInTls13Handshake()}): TLS 1.3 may sign a
 *       CertificateVerify with it (RFC 8446 4.2.3, 4.4.3). Not RSASSA-PKCS1-v1_5 (only for
 *       certificates), not SHA-1 (the "legacy algorithms", only for certificates), and never MD5,
 *       SHA-224 or DSA: "They MUST NOT be offered or negotiated by any implementation" (RFC 8446
 *       4.2.3, which so also forbids them in TLS 1.2 to a stack that implements TLS 1.3). The
 *       {@code _legacy} PKCS#1 schemes exist only for a client's CertificateVerify.</li>
 *   <li><b>TLS 1.3 certificates</b> ({@link #usableInTls13Certificates()}): TLS 1.3 may offer it
 *       in {@code signature_algorithms_cert}, or in {@code signature_algorithms} for certificate
 *       signatures (RFC 8446 4.2.3): every handshake scheme but the {@code _legacy} ones, plus
 *       {@code rsa_pkcs1_*}, {@code rsa_pkcs1_sha1} and {@code ecdsa_sha1}.</li>
 *   <li><b>Registered</b> ({@link #isRegistered()}): IANA assigns the value, by name in the
 *       SignatureScheme registry (early allocations for drafts included) or as a pair of values
 *       from the TLS 1.2 HashAlgorithm and SignatureAlgorithm registries. False for the OpenSSL
 *       GOST pairs, built from the private-use values 237 to 239 (RFC 5246 12).</li>
 * </ul>
 *
 * @see <a href="https://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml#tls-signaturescheme">IANA
 *     TLS SignatureScheme registry</a>
 * @since 0.1.0
 */
public enum SignatureScheme {

  // RFC 8446 4.2.3: RSASSA-PKCS1-v1_5, only for certificates in TLS 1.3
  /** rsa_pkcs1_sha256, RSASSA-PKCS1-v1_5 with SHA-256. */
  rsa_pkcs1_sha256(0x0401, Signature.RSA_PKCS1, SHA256, KeyType.RSA, TLS12_TLS13_CERTS),
  /** rsa_pkcs1_sha384, RSASSA-PKCS1-v1_5 with SHA-384. */
  rsa_pkcs1_sha384(0x0501, Signature.RSA_PKCS1, SHA384, KeyType.RSA, TLS12_TLS13_CERTS),
  /** rsa_pkcs1_sha512, RSASSA-PKCS1-v1_5 with SHA-512. */
  rsa_pkcs1_sha512(0x0601, Signature.RSA_PKCS1, SHA512, KeyType.RSA, TLS12_TLS13_CERTS),

  // RFC 8446 4.2.3: ECDSA; TLS 1.3 binds the curve, TLS 1.2 does not
  /** ecdsa_secp256r1_sha256, ECDSA on P-256 with SHA-256 (in TLS 1.2: any curve). */
  ecdsa_secp256r1_sha256(0x0403, Signature.ECDSA, SHA256, KeyType.EC, ANY, NamedGroup.secp256r1),
  /** ecdsa_secp384r1_sha384, ECDSA on P-384 with SHA-384 (in TLS 1.2: any curve). */
  ecdsa_secp384r1_sha384(0x0503, Signature.ECDSA, SHA384, KeyType.EC, ANY, NamedGroup.secp384r1),
  /** ecdsa_secp521r1_sha512, ECDSA on P-521 with SHA-512 (in TLS 1.2: any curve). */
  ecdsa_secp521r1_sha512(0x0603, Signature.ECDSA, SHA512, KeyType.EC, ANY, NamedGroup.secp521r1),

  // RFC 8446 4.2.3: RSASSA-PSS with an rsaEncryption key
  /** rsa_pss_rsae_sha256, RSASSA-PSS with SHA-256 and an ordinary RSA key. */
  rsa_pss_rsae_sha256(0x0804, Signature.RSA_PSS_RSAE, SHA256, KeyType.RSA, ANY),
  /** rsa_pss_rsae_sha384, RSASSA-PSS with SHA-384 and an ordinary RSA key. */
  rsa_pss_rsae_sha384(0x0805, Signature.RSA_PSS_RSAE, SHA384, KeyType.RSA, ANY),
  /** rsa_pss_rsae_sha512, RSASSA-PSS with SHA-512 and an ordinary RSA key. */
  rsa_pss_rsae_sha512(0x0806, Signature.RSA_PSS_RSAE, SHA512, KeyType.RSA, ANY),

  // RFC 8446 4.2.3 and RFC 8422: EdDSA
  /** ed25519, PureEdDSA over edwards25519 (RFC 8032). */
  ed25519(0x0807, Signature.ED25519, INTRINSIC, KeyType.ED25519, ANY),
  /** ed448, PureEdDSA over edwards448 (RFC 8032). */
  ed448(0x0808, Signature.ED448, INTRINSIC, KeyType.ED448, ANY),

  // RFC 8446 4.2.3: RSASSA-PSS with an id-RSASSA-PSS key
  /** rsa_pss_pss_sha256, RSASSA-PSS with SHA-256 and an RSASSA-PSS key. */
  rsa_pss_pss_sha256(0x0809, Signature.RSA_PSS_PSS, SHA256, KeyType.RSASSA_PSS, ANY),
  /** rsa_pss_pss_sha384, RSASSA-PSS with SHA-384 and an RSASSA-PSS key. */
  rsa_pss_pss_sha384(0x080A, Signature.RSA_PSS_PSS, SHA384, KeyType.RSASSA_PSS, ANY),
  /** rsa_pss_pss_sha512, RSASSA-PSS with SHA-512 and an RSASSA-PSS key. */
  rsa_pss_pss_sha512(0x080B, Signature.RSA_PSS_PSS, SHA512, KeyType.RSASSA_PSS, ANY),

  // RFC 8446 4.2.3 "legacy algorithms" (deprecated by RFC 9155): only for certificates in TLS 1.3
  /** rsa_pkcs1_sha1, RSASSA-PKCS1-v1_5 with SHA-1. */
  rsa_pkcs1_sha1(0x0201, Signature.RSA_PKCS1, SHA1, KeyType.RSA, TLS12_TLS13_CERTS),
  /** ecdsa_sha1, ECDSA with SHA-1. */
  ecdsa_sha1(0x0203, Signature.ECDSA, SHA1, KeyType.EC, TLS12_TLS13_CERTS),

  // RFC 5246 7.4.1.4.1 pairs the SignatureScheme registry reserves without naming (obsolete_RESERVED in TLS 1.3)
  /** rsa_md5, RSASSA-PKCS1-v1_5 with MD5 (TLS 1.2 pair {md5, rsa}). */
  rsa_md5(0x0101, Signature.RSA_PKCS1, MD5, KeyType.RSA, TLS12),
  /** dsa_md5, DSA with MD5 (TLS 1.2 pair {md5, dsa}). */
  dsa_md5(0x0102, Signature.DSA, MD5, KeyType.DSA, TLS12),
  /** ecdsa_md5, ECDSA with MD5 (TLS 1.2 pair {md5, ecdsa}). */
  ecdsa_md5(0x0103, Signature.ECDSA, MD5, KeyType.EC, TLS12),
  /** dsa_sha1, DSA with SHA-1 (TLS 1.2 pair {sha1, dsa}). */
  dsa_sha1(0x0202, Signature.DSA, SHA1, KeyType.DSA, TLS12),
  /** rsa_sha224, RSASSA-PKCS1-v1_5 with SHA-224 (TLS 1.2 pair {sha224, rsa}). */
  rsa_sha224(0x0301, Signature.RSA_PKCS1, SHA224, KeyType.RSA, TLS12, "rsa_pkcs1_sha224"),
  /** dsa_sha224, DSA with SHA-224 (TLS 1.2 pair {sha224, dsa}). */
  dsa_sha224(0x0302, Signature.DSA, SHA224, KeyType.DSA, TLS12),
  /** ecdsa_sha224, ECDSA with SHA-224 (TLS 1.2 pair {sha224, ecdsa}). */
  ecdsa_sha224(0x0303, Signature.ECDSA, SHA224, KeyType.EC, TLS12),
  /** dsa_sha256, DSA with SHA-256 (TLS 1.2 pair {sha256, dsa}). */
  dsa_sha256(0x0402, Signature.DSA, SHA256, KeyType.DSA, TLS12),
  /** dsa_sha384, DSA with SHA-384 (TLS 1.2 pair {sha384, dsa}). */
  dsa_sha384(0x0502, Signature.DSA, SHA384, KeyType.DSA, TLS12),
  /** dsa_sha512, DSA with SHA-512 (TLS 1.2 pair {sha512, dsa}). */
  dsa_sha512(0x0602, Signature.DSA, SHA512, KeyType.DSA, TLS12),

  // RFC 8734: brainpool curves for TLS 1.3 (TLS 1.2 signs with ecdsa_secp* values on any curve instead)
  /** ecdsa_brainpoolP256r1tls13_sha256, ECDSA on brainpoolP256r1 with SHA-256. */
  ecdsa_brainpoolP256r1tls13_sha256(0x081A, Signature.ECDSA, SHA256, KeyType.EC, TLS13, NamedGroup.brainpoolP256r1tls13, "ecdsa_brainpoolP256r1_sha256"),
  /** ecdsa_brainpoolP384r1tls13_sha384, ECDSA on brainpoolP384r1 with SHA-384. */
  ecdsa_brainpoolP384r1tls13_sha384(0x081B, Signature.ECDSA, SHA384, KeyType.EC, TLS13, NamedGroup.brainpoolP384r1tls13, "ecdsa_brainpoolP384r1_sha384"),
  /** ecdsa_brainpoolP512r1tls13_sha512, ECDSA on brainpoolP512r1 with SHA-512. */
  ecdsa_brainpoolP512r1tls13_sha512(0x081C, Signature.ECDSA, SHA512, KeyType.EC, TLS13, NamedGroup.brainpoolP512r1tls13, "ecdsa_brainpoolP512r1_sha512"),

  // RFC 8998
  /** sm2sig_sm3, SM2 signatures on curveSM2 with SM3. */
  sm2sig_sm3(0x0708, Signature.SM2, SM3, KeyType.EC, TLS13, NamedGroup.curveSM2),

  // RFC 9367: GOST R 34.10-2012 for TLS 1.3, one value per curve
  /** gostr34102012_256a, GOST R 34.10-2012 on curve GC256A with Streebog-256. */
  gostr34102012_256a(0x0709, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS13, NamedGroup.GC256A),
  /** gostr34102012_256b, GOST R 34.10-2012 on curve GC256B with Streebog-256. */
  gostr34102012_256b(0x070A, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS13, NamedGroup.GC256B),
  /** gostr34102012_256c, GOST R 34.10-2012 on curve GC256C with Streebog-256. */
  gostr34102012_256c(0x070B, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS13, NamedGroup.GC256C),
  /** gostr34102012_256d, GOST R 34.10-2012 on curve GC256D with Streebog-256. */
  gostr34102012_256d(0x070C, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS13, NamedGroup.GC256D),
  /** gostr34102012_512a, GOST R 34.10-2012 on curve GC512A with Streebog-512. */
  gostr34102012_512a(0x070D, Signature.GOST, GOSTR3411_2012_512, KeyType.GOSTR3410_2012_512, TLS13, NamedGroup.GC512A),
  /** gostr34102012_512b, GOST R 34.10-2012 on curve GC512B with Streebog-512. */
  gostr34102012_512b(0x070E, Signature.GOST, GOSTR3411_2012_512, KeyType.GOSTR3410_2012_512, TLS13, NamedGroup.GC512B),
  /** gostr34102012_512c, GOST R 34.10-2012 on curve GC512C with Streebog-512. */
  gostr34102012_512c(0x070F, Signature.GOST, GOSTR3411_2012_512, KeyType.GOSTR3410_2012_512, TLS13, NamedGroup.GC512C),

  // RFC 9189: TLS 1.2 pairs {intrinsic(8), gostr34102012_256(64) / gostr34102012_512(65)}; names as OpenSSL and the SignatureAlgorithm registry
  /** gostr34102012_256, GOST R 34.10-2012 with a 256-bit key and Streebog-256, for TLS 1.2. */
  gostr34102012_256(0x0840, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS12),
  /** gostr34102012_512, GOST R 34.10-2012 with a 512-bit key and Streebog-512, for TLS 1.2. */
  gostr34102012_512(0x0841, Signature.GOST, GOSTR3411_2012_512, KeyType.GOSTR3410_2012_512, TLS12),

  // draft-ietf-tls-tls13-pkcs1 (IANA early allocation): PKCS#1 for a client's CertificateVerify, e.g. from smart cards
  /** rsa_pkcs1_sha256_legacy, RSASSA-PKCS1-v1_5 with SHA-256 in a TLS 1.3 client CertificateVerify; experimental. */
  rsa_pkcs1_sha256_legacy(0x0420, Signature.RSA_PKCS1, SHA256, KeyType.RSA, TLS13_CERTIFICATE_VERIFY),
  /** rsa_pkcs1_sha384_legacy, RSASSA-PKCS1-v1_5 with SHA-384 in a TLS 1.3 client CertificateVerify; experimental. */
  rsa_pkcs1_sha384_legacy(0x0520, Signature.RSA_PKCS1, SHA384, KeyType.RSA, TLS13_CERTIFICATE_VERIFY),
  /** rsa_pkcs1_sha512_legacy, RSASSA-PKCS1-v1_5 with SHA-512 in a TLS 1.3 client CertificateVerify; experimental. */
  rsa_pkcs1_sha512_legacy(0x0620, Signature.RSA_PKCS1, SHA512, KeyType.RSA, TLS13_CERTIFICATE_VERIFY),

  // draft-ietf-tls-mldsa (IANA early allocation): ML-DSA (FIPS 204), TLS 1.3 only
  /** mldsa44, ML-DSA-44; experimental (draft-ietf-tls-mldsa). */
  mldsa44(0x0904, Signature.ML_DSA, INTRINSIC, KeyType.ML_DSA_44, TLS13),
  /** mldsa65, ML-DSA-65; experimental (draft-ietf-tls-mldsa). */
  mldsa65(0x0905, Signature.ML_DSA, INTRINSIC, KeyType.ML_DSA_65, TLS13),
  /** mldsa87, ML-DSA-87; experimental (draft-ietf-tls-mldsa). */
  mldsa87(0x0906, Signature.ML_DSA, INTRINSIC, KeyType.ML_DSA_87, TLS13),

  // OpenSSL GOST builds, before RFC 9189: private-use hash and signature values 237-239 (0xED-0xEF), never registered
  /**
   * gostr34102001_gostr3411, GOST R 34.10-2001 with GOST R 34.11-94 (OpenSSL's
   * {@code gost2001_gost94}); unofficial, not {@link #isRegistered()}.
   */
  gostr34102001_gostr3411(0xEDED, Signature.GOST, GOSTR3411_94, KeyType.GOSTR3410_2001, TLS12, PRIVATE_USE, "gost2001_gost94"),
  /**
   * gostr34102012_256_gostr34112012_256, GOST R 34.10-2012 (256-bit key) with Streebog-256;
   * unofficial, not {@link #isRegistered()}.
   */
  gostr34102012_256_gostr34112012_256(0xEEEE, Signature.GOST, GOSTR3411_2012_256, KeyType.GOSTR3410_2012_256, TLS12, PRIVATE_USE),
  /**
   * gostr34102012_512_gostr34112012_512, GOST R 34.10-2012 (512-bit key) with Streebog-512;
   * unofficial, not {@link #isRegistered()}.
   */
  gostr34102012_512_gostr34112012_512(0xEFEF, Signature.GOST, GOSTR3411_2012_512, KeyType.GOSTR3410_2012_512, TLS12, PRIVATE_USE);

  /**
   * The signature algorithm of a scheme, apart from its hash.
   *
   * @since 0.1.0
   */
  public enum Signature {
    /** RSASSA-PKCS1-v1_5 (RFC 8017). */
    RSA_PKCS1,
    /** RSASSA-PSS (RFC 8017) with an ordinary rsaEncryption key. */
    RSA_PSS_RSAE,
    /** RSASSA-PSS (RFC 8017) with an id-RSASSA-PSS key. */
    RSA_PSS_PSS,
    /** DSA (FIPS 186); RFC 5246 calls it DSS. */
    DSA,
    /** ECDSA (FIPS 186). */
    ECDSA,
    /** Ed25519 (RFC 8032). */
    ED25519,
    /** Ed448 (RFC 8032). */
    ED448,
    /** SM2 (GB/T 32918.2). */
    SM2,
    /** GOST R 34.10-2001 or GOST R 34.10-2012. */
    GOST,
    /** ML-DSA (FIPS 204). */
    ML_DSA
  }

  /**
   * The type of public key a certificate must hold to sign with a scheme.
   *
   * @since 0.1.0
   */
  public enum KeyType {
    /** An rsaEncryption key. */
    RSA,
    /** An id-RSASSA-PSS key, usable only for PSS. */
    RSASSA_PSS,
    /** A DSA key. */
    DSA,
    /** An id-ecPublicKey key; TLS 1.3 schemes also fix the curve, TLS 1.2 ones do not. */
    EC,
    /** An Ed25519 key. */
    ED25519,
    /** An Ed448 key. */
    ED448,
    /** A GOST R 34.10-2001 key. */
    GOSTR3410_2001,
    /** A GOST R 34.10-2012 key on a 256-bit curve. */
    GOSTR3410_2012_256,
    /** A GOST R 34.10-2012 key on a 512-bit curve. */
    GOSTR3410_2012_512,
    /** An ML-DSA-44 key. */
    ML_DSA_44,
    /** An ML-DSA-65 key. */
    ML_DSA_65,
    /** An ML-DSA-87 key. */
    ML_DSA_87
  }

  /** Where the protocol defines the value; see the class rules. */
  enum Use {
    /** TLS 1.2 only. */
    TLS12(true, false, false),
    /** TLS 1.2, and TLS 1.3 certificates only. */
    TLS12_TLS13_CERTS(true, false, true),
    /** TLS 1.3 only, handshake and certificates. */
    TLS13(false, true, true),
    /** A TLS 1.3 client's CertificateVerify only. */
    TLS13_CERTIFICATE_VERIFY(false, true, false),
    /** TLS 1.2 and TLS 1.3, handshake and certificates. */
    ANY(true, true, true);

    final boolean tls12;
    final boolean tls13Handshake;
    final boolean tls13Certificates;

    Use(boolean tls12, boolean tls13Handshake, boolean tls13Certificates) {
      this.tls12 = tls12;
      this.tls13Handshake = tls13Handshake;
      this.tls13Certificates = tls13Certificates;
    }
  }

  /** How IANA assigns the value. */
  enum Registration { IANA, PRIVATE_USE }

  private static final SignatureScheme[] VALUES = values();

  /**
   * The lookup tables by code and name, built on the first lookup: built profiles, a negotiation and
   * a matrix never look one up, and normalising every spelling cost a cold command time it did not need.
   */
  private static final class Lookup {
    static final Map<Integer, SignatureScheme> BY_CODE = new HashMap<>();
    static final Map<String, SignatureScheme> BY_NAME = new HashMap<>();
    /** Every accepted spelling once, for "did you mean" suggestions. */
    static final List<String> KNOWN_NAMES = new ArrayList<>();

    static {
      for (SignatureScheme s : VALUES) {
        BY_CODE.put(s.code, s);
        addName(s.name(), s);
        for (String alias : s.aliases) addName(alias, s);
      }
    }

    private static void addName(String name, SignatureScheme s) {
      SignatureScheme previous = BY_NAME.put(name.toUpperCase(Locale.ROOT), s);
      // A typo in the table must fail loudly, not make one scheme shadow another.
      if (previous != null && previous != s) {
        throw new IllegalStateException(name + " names both " + previous + " and " + s);
      }
      if (previous == null) KNOWN_NAMES.add(name);
    }

    private Lookup() {}
  }

  private final int code;
  private final Signature signature;
  private final HashAlgorithm hash;
  private final KeyType keyType;
  private final Use use;
  private final NamedGroup curve;
  private final boolean registered;
  private final String[] aliases;

  SignatureScheme(int code, Signature signature, HashAlgorithm hash, KeyType keyType, Use use, String... aliases) {
    this(code, signature, hash, keyType, use, null, Registration.IANA, aliases);
  }

  SignatureScheme(int code, Signature signature, HashAlgorithm hash, KeyType keyType, Use use, NamedGroup curve,
      String... aliases) {
    this(code, signature, hash, keyType, use, curve, Registration.IANA, aliases);
  }

  SignatureScheme(int code, Signature signature, HashAlgorithm hash, KeyType keyType, Use use,
      Registration registration, String... aliases) {
    this(code, signature, hash, keyType, use, null, registration, aliases);
  }

  SignatureScheme(int code, Signature signature, HashAlgorithm hash, KeyType keyType, Use use, NamedGroup curve,
      Registration registration, String... aliases) {
    this.code = code;
    this.signature = signature;
    this.hash = hash;
    this.keyType = keyType;
    this.use = use;
    this.curve = curve;
    this.registered = registration == Registration.IANA;
    this.aliases = aliases;
  }

  /** The two-byte code point, e.g. {@code 0x0804} for {@code rsa_pss_rsae_sha256}. */
  public int code() {
    return code;
  }

  /** The code point as people write it, e.g. {@code 0x0804}. */
  public String codeString() {
    return String.format("0x%04X", code);
  }

  /** The IANA name (or, for unnamed pairs, the JDK or OpenSSL name); the same as {@code name()}. */
  public String ianaName() {
    return name();
  }

  /**
   * The curve the scheme binds its key to in TLS 1.3, a column of the table: {@code secp256r1}
   * for {@code ecdsa_secp256r1_sha256} (RFC 8446 4.2.3), the brainpool curves for the RFC 8734
   * schemes, {@code curveSM2} for {@code sm2sig_sm3} (RFC 8998) and the GOST curves for the RFC
   * 9367 schemes; empty for a scheme that names no curve. In TLS 1.2 the {@code ecdsa_secp*}
   * values sign on any curve.
   */
  public Optional<NamedGroup> curve() {
    return Optional.ofNullable(curve);
  }

  /** The signature algorithm, apart from the hash. */
  public Signature signatureAlgorithm() {
    return signature;
  }

  /** The digest the signature is computed over; see the class rules. */
  public HashAlgorithm hash() {
    return hash;
  }

  /** The type of public key the signing certificate must hold. */
  public KeyType keyType() {
    return keyType;
  }

  /** Whether TLS 1.2 defines this value in {@code signature_algorithms} (see the class rules). */
  public boolean usableInTls12() {
    return use.tls12;
  }

  /** Whether TLS 1.3 may sign a CertificateVerify with it (RFC 8446 4.2.3; see the class rules). */
  public boolean usableInTls13Handshake() {
    return use.tls13Handshake;
  }

  /** Whether TLS 1.3 may offer it for certificate signatures (RFC 8446 4.2.3; see the class rules). */
  public boolean usableInTls13Certificates() {
    return use.tls13Certificates;
  }

  /** Whether IANA assigns this value (see the class rules). */
  public boolean isRegistered() {
    return registered;
  }

  /** The scheme with this code point, or empty (never throws: codes come from the wire). */
  public static Optional<SignatureScheme> fromCode(int code) {
    return Optional.ofNullable(Lookup.BY_CODE.get(code));
  }

  /**
   * The scheme with this name, case ignored: the IANA name ({@code rsa_pss_rsae_sha256}), the JDK
   * name of a TLS 1.2 pair ({@code dsa_sha256}), an OpenSSL name ({@code rsa_pkcs1_sha224}), or
   * OpenSSL's {@code SIG+HASH} form ({@code RSA+SHA256}, {@code ECDSA+SHA384},
   * {@code RSA-PSS+SHA256}), which names the first TLS 1.2 scheme with that signature algorithm and
   * hash, as OpenSSL resolves it: {@code RSA-PSS} and {@code PSS} mean {@link Signature#RSA_PSS_RSAE}.
   *
   * @throws IllegalArgumentException if no scheme has that name, with the closest names
   */
  public static SignatureScheme fromName(String name) {
    SignatureScheme s = find(name).orElse(null);
    if (s == null) {
      throw new IllegalArgumentException("unknown signature scheme '" + name + "'"
          + ClosestNames.didYouMean(name, Lookup.KNOWN_NAMES));
    }
    return s;
  }

  /**
   * The scheme with this name in any of the forms {@link #fromName} takes, or empty: for callers
   * that explain a miss themselves, without paying for the closest names.
   */
  public static Optional<SignatureScheme> find(String name) {
    String key = name.trim().toUpperCase(Locale.ROOT);
    SignatureScheme s = Lookup.BY_NAME.get(key);
    if (s == null && key.contains("+")) s = fromOpenSslPair(key);
    return Optional.ofNullable(s);
  }

  private static SignatureScheme fromOpenSslPair(String key) {
    String[] parts = key.split("\\+");
    if (parts.length != 2) return null;
    Signature sig = switch (parts[0].trim()) {
      case "RSA" -> Signature.RSA_PKCS1;
      case "RSA-PSS", "PSS" -> Signature.RSA_PSS_RSAE;
      case "DSA" -> Signature.DSA;
      case "ECDSA" -> Signature.ECDSA;
      default -> null;
    };
    String hashName = parts[1].trim().replace("-", "");
    for (SignatureScheme s : VALUES) {
      if (s.signature == sig && s.use.tls12 && s.hash.name().equals(hashName)) return s;
    }
    return null;
  }
}
