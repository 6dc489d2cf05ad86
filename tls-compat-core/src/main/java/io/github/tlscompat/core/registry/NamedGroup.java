package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.NamedGroup.Kind.ELLIPTIC_CURVE;
import static io.github.tlscompat.core.registry.NamedGroup.Kind.EXPLICIT;
import static io.github.tlscompat.core.registry.NamedGroup.Kind.FFDHE;
import static io.github.tlscompat.core.registry.NamedGroup.Kind.HYBRID;
import static io.github.tlscompat.core.registry.NamedGroup.Kind.ML_KEM;
import static io.github.tlscompat.core.registry.NamedGroup.Kind.MONTGOMERY;
import static io.github.tlscompat.core.registry.NamedGroup.Registration.OBSOLETE;
import static io.github.tlscompat.core.registry.NamedGroup.Versions.ANY;
import static io.github.tlscompat.core.registry.NamedGroup.Versions.BEFORE_TLS13;
import static io.github.tlscompat.core.registry.NamedGroup.Versions.TLS13_ONLY;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key-exchange groups of the {@code supported_groups} extension (called
 * {@code elliptic_curves} before RFC 7919): every value of the IANA "TLS Supported Groups"
 * registry (tls-parameters-8), plus the two pre-standard Kyber hybrids that browsers shipped.
 *
 * <p>Constants are named exactly as IANA names them, so {@code toString()} is the IANA name even
 * where that breaks Java casing ({@code secp256r1}, {@code x25519}, {@code X25519MLKEM768}). The
 * groups come from RFC 8422 5.1.1 (elliptic curves), RFC 7919 (finite-field groups), RFC 8446
 * 4.2.7 (the TLS 1.3 list) and the RFCs and drafts cited at each group of constants; the code
 * points are checked by tests against Bouncy Castle's {@code org.bouncycastle.tls.NamedGroup}.
 *
 * <p>The attributes follow these rules:
 * <ul>
 *   <li><b>Kind</b> ({@link #kind()}): see {@link Kind}.</li>
 *   <li><b>Bits</b> ({@link #bits()}): the size of the group in its own terms. For a curve, the
 *       bit length of its field (256 for {@code secp256r1}, 255 for {@code x25519}, 448 for
 *       {@code x448}, as the JDK reports XDH key sizes); for FFDHE, the modulus length (2048 for
 *       {@code ffdhe2048}); for ML-KEM and the hybrids, the number of the ML-KEM (or Kyber)
 *       parameter set, which is what the group's name says (768 for {@code X25519MLKEM768}; the
 *       ECDH half of a hybrid is named by its first token); 0 for the explicit-curve values,
 *       whose curve travels in the handshake.</li>
 *   <li><b>TLS 1.3</b> ({@link #usableInTls13()}). RFC 8446 4.2.7 defines {@code secp256r1},
 *       {@code secp384r1}, {@code secp521r1}, {@code x25519}, {@code x448} and the five FFDHE
 *       groups; every other RFC 4492 curve and both explicit-curve values are
 *       {@code obsolete_RESERVED} and "MUST NOT be offered or negotiated by TLS 1.3
 *       implementations" (RFC 8446 4.2.7). Later documents add TLS 1.3 groups: the
 *       {@code brainpool*tls13} curves (RFC 8734), the GOST curves (RFC 9367), {@code curveSM2}
 *       (RFC 8998), and ML-KEM and the hybrids (drafts cited below).</li>
 *   <li><b>Before TLS 1.3</b> ({@link #usableBeforeTls13()}): the group is defined for the
 *       {@code elliptic_curves}/{@code supported_groups} extension of TLS 1.0 to 1.2. True for the
 *       RFC 4492/8422 curves (most deprecated by RFC 8422, but still negotiable), the RFC 7027
 *       brainpool curves, {@code x25519} and {@code x448} (RFC 8422), FFDHE (RFC 7919), the GOST
 *       curves (RFC 9189) and the explicit-curve values. False for groups defined only for TLS 1.3:
 *       {@code brainpool*tls13} (RFC 8734), {@code curveSM2} (RFC 8998), and ML-KEM and the
 *       hybrids, which are key encapsulations that need TLS 1.3's {@code key_share}.</li>
 *   <li><b>Registered</b> ({@link #isRegistered()}): IANA lists the code point as a current
 *       assignment, including early allocations for drafts. False only for
 *       {@code X25519Kyber768Draft00} and {@code SecP256r1Kyber768Draft00}, which IANA keeps
 *       only as "OBSOLETE" (Recommended: D) pre-standard code points.</li>
 *   <li><b>OpenSSL name</b> ({@link #openSslName()}): the name {@code openssl s_server -groups}
 *       and {@code SSL_CTX_set1_groups_list} accept, in the form OpenSSL documents: the NIST name
 *       for the NIST prime curves ({@code P-256}), {@code X25519} and {@code X448}, otherwise the
 *       IANA name. Empty where OpenSSL 3.x's built-in providers have no such group (the GOST
 *       curves, the Kyber drafts and the explicit curves).</li>
 * </ul>
 *
 * @see <a href="https://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml#tls-parameters-8">IANA
 *     TLS Supported Groups registry</a>
 * @since 0.1.0
 */
public enum NamedGroup {

  // RFC 8422 5.1.1 (from RFC 4492): binary curves, deprecated by RFC 8422, reserved in TLS 1.3
  /** sect163k1, the binary curve NIST calls K-163. */
  sect163k1(0x0001, ELLIPTIC_CURVE, 163, BEFORE_TLS13, "sect163k1", "K-163"),
  /** sect163r1, a SECG binary curve. */
  sect163r1(0x0002, ELLIPTIC_CURVE, 163, BEFORE_TLS13, "sect163r1"),
  /** sect163r2, the binary curve NIST calls B-163. */
  sect163r2(0x0003, ELLIPTIC_CURVE, 163, BEFORE_TLS13, "sect163r2", "B-163"),
  /** sect193r1, a SECG binary curve. */
  sect193r1(0x0004, ELLIPTIC_CURVE, 193, BEFORE_TLS13, "sect193r1"),
  /** sect193r2, a SECG binary curve. */
  sect193r2(0x0005, ELLIPTIC_CURVE, 193, BEFORE_TLS13, "sect193r2"),
  /** sect233k1, the binary curve NIST calls K-233. */
  sect233k1(0x0006, ELLIPTIC_CURVE, 233, BEFORE_TLS13, "sect233k1", "K-233"),
  /** sect233r1, the binary curve NIST calls B-233. */
  sect233r1(0x0007, ELLIPTIC_CURVE, 233, BEFORE_TLS13, "sect233r1", "B-233"),
  /** sect239k1, a SECG binary curve. */
  sect239k1(0x0008, ELLIPTIC_CURVE, 239, BEFORE_TLS13, "sect239k1"),
  /** sect283k1, the binary curve NIST calls K-283. */
  sect283k1(0x0009, ELLIPTIC_CURVE, 283, BEFORE_TLS13, "sect283k1", "K-283"),
  /** sect283r1, the binary curve NIST calls B-283. */
  sect283r1(0x000A, ELLIPTIC_CURVE, 283, BEFORE_TLS13, "sect283r1", "B-283"),
  /** sect409k1, the binary curve NIST calls K-409. */
  sect409k1(0x000B, ELLIPTIC_CURVE, 409, BEFORE_TLS13, "sect409k1", "K-409"),
  /** sect409r1, the binary curve NIST calls B-409. */
  sect409r1(0x000C, ELLIPTIC_CURVE, 409, BEFORE_TLS13, "sect409r1", "B-409"),
  /** sect571k1, the binary curve NIST calls K-571. */
  sect571k1(0x000D, ELLIPTIC_CURVE, 571, BEFORE_TLS13, "sect571k1", "K-571"),
  /** sect571r1, the binary curve NIST calls B-571. */
  sect571r1(0x000E, ELLIPTIC_CURVE, 571, BEFORE_TLS13, "sect571r1", "B-571"),

  // RFC 8422 5.1.1 (from RFC 4492): prime curves; all but secp256r1/384r1/521r1 deprecated and reserved in TLS 1.3
  /** secp160k1, a SECG Koblitz prime curve. */
  secp160k1(0x000F, ELLIPTIC_CURVE, 160, BEFORE_TLS13, "secp160k1"),
  /** secp160r1, a SECG prime curve. */
  secp160r1(0x0010, ELLIPTIC_CURVE, 160, BEFORE_TLS13, "secp160r1"),
  /** secp160r2, a SECG prime curve. */
  secp160r2(0x0011, ELLIPTIC_CURVE, 160, BEFORE_TLS13, "secp160r2"),
  /** secp192k1, a SECG Koblitz prime curve. */
  secp192k1(0x0012, ELLIPTIC_CURVE, 192, BEFORE_TLS13, "secp192k1"),
  /** secp192r1, NIST P-192 (OpenSSL's prime192v1). */
  secp192r1(0x0013, ELLIPTIC_CURVE, 192, BEFORE_TLS13, "P-192", "prime192v1"),
  /** secp224k1, a SECG Koblitz prime curve. */
  secp224k1(0x0014, ELLIPTIC_CURVE, 224, BEFORE_TLS13, "secp224k1"),
  /** secp224r1, NIST P-224. */
  secp224r1(0x0015, ELLIPTIC_CURVE, 224, BEFORE_TLS13, "P-224"),
  /** secp256k1, the SECG Koblitz curve Bitcoin uses. */
  secp256k1(0x0016, ELLIPTIC_CURVE, 256, BEFORE_TLS13, "secp256k1"),
  /** secp256r1, NIST P-256 (OpenSSL's prime256v1). */
  secp256r1(0x0017, ELLIPTIC_CURVE, 256, ANY, "P-256", "prime256v1"),
  /** secp384r1, NIST P-384. */
  secp384r1(0x0018, ELLIPTIC_CURVE, 384, ANY, "P-384"),
  /** secp521r1, NIST P-521. */
  secp521r1(0x0019, ELLIPTIC_CURVE, 521, ANY, "P-521"),

  // RFC 7027: reserved in TLS 1.3, where RFC 8734 gives them new code points
  /** brainpoolP256r1 for TLS 1.2 and earlier. */
  brainpoolP256r1(0x001A, ELLIPTIC_CURVE, 256, BEFORE_TLS13, "brainpoolP256r1"),
  /** brainpoolP384r1 for TLS 1.2 and earlier. */
  brainpoolP384r1(0x001B, ELLIPTIC_CURVE, 384, BEFORE_TLS13, "brainpoolP384r1"),
  /** brainpoolP512r1 for TLS 1.2 and earlier. */
  brainpoolP512r1(0x001C, ELLIPTIC_CURVE, 512, BEFORE_TLS13, "brainpoolP512r1"),

  // RFC 8422 5.1.1 and RFC 8446 4.2.7 (curves from RFC 7748)
  /** x25519, ECDH over Curve25519 (RFC 7748). */
  x25519(0x001D, MONTGOMERY, 255, ANY, "X25519"),
  /** x448, ECDH over Curve448 (RFC 7748). */
  x448(0x001E, MONTGOMERY, 448, ANY, "X448"),

  // RFC 8734: the brainpool curves again, for TLS 1.3 only
  /** brainpoolP256r1 for TLS 1.3. */
  brainpoolP256r1tls13(0x001F, ELLIPTIC_CURVE, 256, TLS13_ONLY, "brainpoolP256r1tls13"),
  /** brainpoolP384r1 for TLS 1.3. */
  brainpoolP384r1tls13(0x0020, ELLIPTIC_CURVE, 384, TLS13_ONLY, "brainpoolP384r1tls13"),
  /** brainpoolP512r1 for TLS 1.3. */
  brainpoolP512r1tls13(0x0021, ELLIPTIC_CURVE, 512, TLS13_ONLY, "brainpoolP512r1tls13"),

  // RFC 9189 (TLS 1.2) and RFC 9367 (TLS 1.3): GOST R 34.10-2012 curves (RFC 7836)
  /** GC256A, the 256-bit GOST R 34.10-2012 curve of parameter set A (RFC 9189). */
  GC256A(0x0022, ELLIPTIC_CURVE, 256, ANY, null),
  /** GC256B, the 256-bit GOST R 34.10-2012 curve of parameter set B (RFC 9189). */
  GC256B(0x0023, ELLIPTIC_CURVE, 256, ANY, null),
  /** GC256C, the 256-bit GOST R 34.10-2012 curve of parameter set C (RFC 9189). */
  GC256C(0x0024, ELLIPTIC_CURVE, 256, ANY, null),
  /** GC256D, the 256-bit GOST R 34.10-2012 curve of parameter set D (RFC 9189). */
  GC256D(0x0025, ELLIPTIC_CURVE, 256, ANY, null),
  /** GC512A, the 512-bit GOST R 34.10-2012 curve of parameter set A (RFC 9189). */
  GC512A(0x0026, ELLIPTIC_CURVE, 512, ANY, null),
  /** GC512B, the 512-bit GOST R 34.10-2012 curve of parameter set B (RFC 9189). */
  GC512B(0x0027, ELLIPTIC_CURVE, 512, ANY, null),
  /** GC512C, the 512-bit GOST R 34.10-2012 curve of parameter set C (RFC 9189). */
  GC512C(0x0028, ELLIPTIC_CURVE, 512, ANY, null),

  // RFC 8998
  /** curveSM2, the Chinese SM2 curve (GB/T 32918.5), for TLS 1.3. */
  curveSM2(0x0029, ELLIPTIC_CURVE, 256, TLS13_ONLY, "curveSM2"),

  // RFC 7919
  /** ffdhe2048, the 2048-bit finite-field Diffie-Hellman group. */
  ffdhe2048(0x0100, FFDHE, 2048, ANY, "ffdhe2048"),
  /** ffdhe3072, the 3072-bit finite-field Diffie-Hellman group. */
  ffdhe3072(0x0101, FFDHE, 3072, ANY, "ffdhe3072"),
  /** ffdhe4096, the 4096-bit finite-field Diffie-Hellman group. */
  ffdhe4096(0x0102, FFDHE, 4096, ANY, "ffdhe4096"),
  /** ffdhe6144, the 6144-bit finite-field Diffie-Hellman group. */
  ffdhe6144(0x0103, FFDHE, 6144, ANY, "ffdhe6144"),
  /** ffdhe8192, the 8192-bit finite-field Diffie-Hellman group. */
  ffdhe8192(0x0104, FFDHE, 8192, ANY, "ffdhe8192"),

  // draft-ietf-tls-mlkem (IANA early allocation): pure ML-KEM (FIPS 203)
  /** MLKEM512, ML-KEM-512 alone; experimental (draft-ietf-tls-mlkem). */
  MLKEM512(0x0200, ML_KEM, 512, TLS13_ONLY, "MLKEM512"),
  /** MLKEM768, ML-KEM-768 alone; experimental (draft-ietf-tls-mlkem). */
  MLKEM768(0x0201, ML_KEM, 768, TLS13_ONLY, "MLKEM768"),
  /** MLKEM1024, ML-KEM-1024 alone; experimental (draft-ietf-tls-mlkem). */
  MLKEM1024(0x0202, ML_KEM, 1024, TLS13_ONLY, "MLKEM1024"),

  // draft-ietf-tls-ecdhe-mlkem: ECDHE + ML-KEM hybrids
  /** SecP256r1MLKEM768, secp256r1 ECDH combined with ML-KEM-768. */
  SecP256r1MLKEM768(0x11EB, HYBRID, 768, TLS13_ONLY, "SecP256r1MLKEM768"),
  /** X25519MLKEM768, X25519 combined with ML-KEM-768: the post-quantum group browsers send. */
  X25519MLKEM768(0x11EC, HYBRID, 768, TLS13_ONLY, "X25519MLKEM768"),
  /** SecP384r1MLKEM1024, secp384r1 ECDH combined with ML-KEM-1024. */
  SecP384r1MLKEM1024(0x11ED, HYBRID, 1024, TLS13_ONLY, "SecP384r1MLKEM1024"),

  // draft-yang-tls-hybrid-sm2-mlkem (IANA early allocation)
  /** curveSM2MLKEM768, curveSM2 ECDH combined with ML-KEM-768; experimental (a draft). */
  curveSM2MLKEM768(0x11EE, HYBRID, 768, TLS13_ONLY, "curveSM2MLKEM768"),

  // draft-tls-westerbaan-xyber768d00 and draft-kwiatkowski-tls-ecdhe-kyber: pre-standard Kyber, IANA marks them OBSOLETE
  /**
   * X25519Kyber768Draft00, X25519 combined with round-3 Kyber-768, which browsers sent before
   * X25519MLKEM768; experimental and obsolete, not {@link #isRegistered()}.
   */
  X25519Kyber768Draft00(0x6399, HYBRID, 768, TLS13_ONLY, null, OBSOLETE),
  /**
   * SecP256r1Kyber768Draft00, secp256r1 ECDH combined with round-3 Kyber-768; experimental and
   * obsolete, not {@link #isRegistered()}.
   */
  SecP256r1Kyber768Draft00(0x639A, HYBRID, 768, TLS13_ONLY, null, OBSOLETE),

  // RFC 8422 5.1.1 (from RFC 4492): deprecated, reserved in TLS 1.3
  /** arbitrary_explicit_prime_curves: any prime curve, its parameters sent in the handshake. */
  arbitrary_explicit_prime_curves(0xFF01, EXPLICIT, 0, BEFORE_TLS13, null),
  /** arbitrary_explicit_char2_curves: any binary curve, its parameters sent in the handshake. */
  arbitrary_explicit_char2_curves(0xFF02, EXPLICIT, 0, BEFORE_TLS13, null);

  /**
   * What kind of key exchange a group runs.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /**
     * ECDH over a named Weierstrass or twisted Edwards curve: the SECG, NIST, brainpool, GOST and
     * SM2 curves.
     */
    ELLIPTIC_CURVE,
    /** ECDH over a Montgomery curve, with RFC 7748's encoding: {@code x25519}, {@code x448}. */
    MONTGOMERY,
    /** Finite-field Diffie-Hellman over an RFC 7919 group. */
    FFDHE,
    /** ML-KEM (FIPS 203) alone, a post-quantum key encapsulation. */
    ML_KEM,
    /** An ECDH group and ML-KEM (or its Kyber predecessor) combined, the shares concatenated. */
    HYBRID,
    /** ECDH over a curve whose parameters are sent in the handshake (deprecated by RFC 8422). */
    EXPLICIT
  }

  /** Which protocol versions define the group; see the class rules. */
  enum Versions { BEFORE_TLS13, TLS13_ONLY, ANY }

  /** How IANA lists the code point. */
  enum Registration { CURRENT, OBSOLETE }

  private static final NamedGroup[] VALUES = values();

  /**
   * The lookup tables by code and name, built on the first lookup: built profiles, a negotiation and
   * a matrix never look one up, and normalising every spelling cost a cold command time it did not need.
   */
  private static final class Lookup {
    static final Map<Integer, NamedGroup> BY_CODE = new HashMap<>();
    static final Map<String, NamedGroup> BY_NAME = new HashMap<>();
    /** Every accepted spelling once (case ignored), for "did you mean" suggestions. */
    static final List<String> KNOWN_NAMES = new ArrayList<>();

    static {
      for (NamedGroup g : VALUES) {
        BY_CODE.put(g.code, g);
        addName(g.name(), g);
        if (g.openSslName != null) addName(g.openSslName, g);
        for (String alias : g.aliases) addName(alias, g);
      }
    }

    private static void addName(String name, NamedGroup g) {
      NamedGroup previous = BY_NAME.put(normalize(name), g);
      // A typo in the table must fail loudly, not make one group shadow another.
      if (previous != null && previous != g) {
        throw new IllegalStateException(name + " names both " + previous + " and " + g);
      }
      if (previous == null) KNOWN_NAMES.add(name);
    }

    private Lookup() {}
  }

  private final int code;
  private final Kind kind;
  private final int bits;
  private final Versions versions;
  private final String openSslName;
  private final String[] aliases;
  private final boolean registered;

  NamedGroup(int code, Kind kind, int bits, Versions versions, String openSslName, String... aliases) {
    this(code, kind, bits, versions, openSslName, Registration.CURRENT, aliases);
  }

  NamedGroup(int code, Kind kind, int bits, Versions versions, String openSslName,
      Registration registration, String... aliases) {
    this.code = code;
    this.kind = kind;
    this.bits = bits;
    this.versions = versions;
    this.openSslName = openSslName;
    this.registered = registration == Registration.CURRENT;
    this.aliases = aliases;
  }

  /** The two-byte code point, e.g. {@code 0x0017} for {@code secp256r1}. */
  public int code() {
    return code;
  }

  /** The code point as people write it, e.g. {@code 0x0017}. */
  public String codeString() {
    return String.format("0x%04X", code);
  }

  /** The IANA name, e.g. {@code secp256r1}; the same as {@code name()}. */
  public String ianaName() {
    return name();
  }

  /** What kind of key exchange this group runs. */
  public Kind kind() {
    return kind;
  }

  /** The size of the group (field, modulus or ML-KEM parameter set); see the class rules. */
  public int bits() {
    return bits;
  }

  /** Whether TLS 1.3 may offer and negotiate this group (RFC 8446 4.2.7; see the class rules). */
  public boolean usableInTls13() {
    return versions != BEFORE_TLS13;
  }

  /** Whether TLS 1.2 and earlier define this group (see the class rules). */
  public boolean usableBeforeTls13() {
    return versions != TLS13_ONLY;
  }

  /** Whether this group can be negotiated in {@code version}; never before TLS 1.0, which has no groups. */
  public boolean isValidIn(ProtocolVersion version) {
    if (version == ProtocolVersion.TLS_1_3) return usableInTls13();
    return version.isAtLeast(ProtocolVersion.TLS_1_0) && usableBeforeTls13();
  }

  /** Whether IANA lists this code point as a current assignment (see the class rules). */
  public boolean isRegistered() {
    return registered;
  }

  /**
   * Whether this is a classical elliptic-curve group: {@link Kind#ELLIPTIC_CURVE},
   * {@link Kind#MONTGOMERY} or {@link Kind#EXPLICIT} (a hybrid is not).
   */
  public boolean isEcdhe() {
    return kind == ELLIPTIC_CURVE || kind == MONTGOMERY || kind == EXPLICIT;
  }

  /** Whether this is a finite-field Diffie-Hellman group (RFC 7919). */
  public boolean isFfdhe() {
    return kind == FFDHE;
  }

  /** Whether the key exchange resists a quantum computer: pure ML-KEM or a hybrid. */
  public boolean isPostQuantum() {
    return kind == ML_KEM || kind == HYBRID;
  }

  /** The name OpenSSL's {@code -groups} option documents, e.g. {@code P-256}, or empty; see the class rules. */
  public Optional<String> openSslName() {
    return Optional.ofNullable(openSslName);
  }

  /** The group with this code point, or empty (never throws: codes come from the wire). */
  public static Optional<NamedGroup> fromCode(int code) {
    return Optional.ofNullable(Lookup.BY_CODE.get(code));
  }

  /**
   * The group with this name in any of the forms {@link #fromName} takes, or empty: for callers
   * that explain a miss themselves, without paying for the closest names.
   */
  public static Optional<NamedGroup> find(String name) {
    return Optional.ofNullable(Lookup.BY_NAME.get(normalize(name)));
  }

  /**
   * The group with this name: the IANA name, the OpenSSL name or an OpenSSL alias
   * ({@code prime256v1}, {@code K-163}), or the JDK standard name (which is the IANA name). Case,
   * hyphens, underscores and spaces are ignored, so {@code P-256}, {@code p256} and
   * {@code SECP256R1} all name {@link #secp256r1}.
   *
   * @throws IllegalArgumentException if no group has that name, with the closest names
   */
  public static NamedGroup fromName(String name) {
    NamedGroup g = find(name).orElse(null);
    if (g == null) {
      throw new IllegalArgumentException("unknown named group '" + name + "'"
          + ClosestNames.didYouMean(name, Lookup.KNOWN_NAMES));
    }
    return g;
  }

  private static String normalize(String name) {
    return name.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }
}
