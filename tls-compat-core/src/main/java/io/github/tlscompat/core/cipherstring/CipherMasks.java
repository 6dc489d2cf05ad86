package io.github.tlscompat.core.cipherstring;

import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A suite or an alias as OpenSSL's {@code ssl_ciph.c} sees it: one bit mask each for key exchange,
 * authentication, cipher and MAC, plus the minimum version and the strength flags; and the rule
 * pattern that combining aliases with {@code +} builds from them.
 *
 * <p>OpenSSL matches, combines and orders by these masks, quirks included (a pattern's strength
 * class replaces an earlier {@code COMPLEMENTOFDEFAULT} instead of narrowing it; only the last
 * part's explicit cipher counts), so modelling the masks rather than predicates is what makes
 * results equal {@code openssl ciphers} in order. A suite's masks are derived from its registry
 * columns by the rules of OpenSSL 3.0's cipher table ({@code ssl/s3_lib.c}); suites 3.0 dropped
 * (export, single DES, static DH and ECDH, Kerberos, GOST R 34.11-94) get the bits OpenSSL 1.0.2
 * had for them, classified as 3.0 classifies their cipher, and are left out of DEFAULT.
 *
 * <p>A pattern with every field 0 matches every suite, like OpenSSL's rule with no algorithms.
 */
record CipherMasks(int mkey, int auth, int enc, int mac, int minTls, int strength, CipherSuite suite) {
  // Key exchange (SSL_k*); kDHr to kKRB5 are OpenSSL 1.0.2 bits for suites 3.0 dropped; no
  // suite of the registry has an OpenSSL name and kGOST18 (RFC 9189's, 0xC100 and 0xC101).
  static final int K_RSA = 1, K_DHE = 1 << 1, K_ECDHE = 1 << 2, K_PSK = 1 << 3, K_RSAPSK = 1 << 4,
      K_ECDHEPSK = 1 << 5, K_DHEPSK = 1 << 6, K_SRP = 1 << 7, K_GOST = 1 << 8, K_DHR = 1 << 9,
      K_DHD = 1 << 10, K_ECDHR = 1 << 11, K_ECDHE_STATIC = 1 << 12, K_KRB5 = 1 << 13,
      K_GOST18 = 1 << 14;
  static final int K_ANY_PSK = K_PSK | K_RSAPSK | K_ECDHEPSK | K_DHEPSK;

  // Authentication (SSL_a*); aDH, aECDH, aKRB5 and aGOST94 are 1.0.2 bits.
  static final int A_RSA = 1, A_DSS = 1 << 1, A_NULL = 1 << 2, A_ECDSA = 1 << 3, A_PSK = 1 << 4,
      A_GOST01 = 1 << 5, A_GOST12 = 1 << 6, A_SRP = 1 << 7, A_DH = 1 << 8, A_ECDH = 1 << 9,
      A_KRB5 = 1 << 10, A_GOST94 = 1 << 11;

  // Record cipher (SSL_DES ...); the ARIA CBC bits are ours: OpenSSL never built those suites.
  static final int E_DES = 1, E_3DES = 1 << 1, E_RC4 = 1 << 2, E_RC2 = 1 << 3, E_IDEA = 1 << 4,
      E_NULL = 1 << 5, E_AES128 = 1 << 6, E_AES256 = 1 << 7, E_CAMELLIA128 = 1 << 8,
      E_CAMELLIA256 = 1 << 9, E_GOST89 = 1 << 10, E_SEED = 1 << 11, E_AES128GCM = 1 << 12,
      E_AES256GCM = 1 << 13, E_AES128CCM = 1 << 14, E_AES256CCM = 1 << 15, E_AES128CCM8 = 1 << 16,
      E_AES256CCM8 = 1 << 17, E_GOST8912 = 1 << 18, E_CHACHA20 = 1 << 19, E_ARIA128GCM = 1 << 20,
      E_ARIA256GCM = 1 << 21, E_ARIA128CBC = 1 << 22, E_ARIA256CBC = 1 << 23;
  static final int E_AESGCM = E_AES128GCM | E_AES256GCM;
  static final int E_AESCCM8 = E_AES128CCM8 | E_AES256CCM8;
  static final int E_AESCCM = E_AES128CCM | E_AES256CCM | E_AESCCM8;
  static final int E_AES = E_AES128 | E_AES256 | E_AESGCM | E_AESCCM;
  static final int E_CAMELLIA = E_CAMELLIA128 | E_CAMELLIA256;
  static final int E_ARIAGCM = E_ARIA128GCM | E_ARIA256GCM;

  // MAC (SSL_MD5 ...).
  static final int M_MD5 = 1, M_SHA1 = 1 << 1, M_GOST94 = 1 << 2, M_GOST89MAC = 1 << 3,
      M_SHA256 = 1 << 4, M_SHA384 = 1 << 5, M_AEAD = 1 << 6, M_GOST12 = 1 << 7,
      M_GOST89MAC12 = 1 << 8;

  // Minimum version, as OpenSSL writes version numbers; SSL 2.0 only for the legacy alias.
  static final int SSL2 = 0x0002, SSL3 = 0x0300, TLS1 = 0x0301, TLS1_2 = 0x0303;

  // Strength (SSL_STRONG_NONE ... SSL_FIPS, then SSL_NOT_DEFAULT); the export bits are 1.0.2's,
  // kept in the strength group so that EXPORT+LOW selects nothing, as it did there.
  static final int S_NONE = 1, S_LOW = 1 << 1, S_MEDIUM = 1 << 2, S_HIGH = 1 << 3,
      S_FIPS = 1 << 4, S_EXP40 = 1 << 5, S_EXP56 = 1 << 6;
  static final int STRONG_MASK = S_NONE | S_LOW | S_MEDIUM | S_HIGH | S_FIPS | S_EXP40 | S_EXP56;
  static final int NOT_DEFAULT = 1 << 7;

  /**
   * The pattern that matches nothing, what an empty intersection of {@code +} parts leaves: no
   * suite has version -1, and narrowing keeps it.
   */
  static final CipherMasks NOTHING = new CipherMasks(0, 0, 0, 0, -1, 0, null);

  /** The pattern that matches every suite. */
  static final CipherMasks EVERYTHING = new CipherMasks(0, 0, 0, 0, 0, 0, null);

  private static final Map<String, CipherMasks> ALIASES = aliases();

  /** A pattern over the given masks, without strength flags. */
  static CipherMasks pattern(int mkey, int auth, int enc, int mac, int minTls) {
    return new CipherMasks(mkey, auth, enc, mac, minTls, 0, null);
  }

  /** The alias named exactly {@code name} (OpenSSL's aliases are case-sensitive), or null. */
  static CipherMasks alias(String name) {
    return ALIASES.get(name);
  }

  /** Every alias name, in OpenSSL's table order. */
  static Set<String> aliasNames() {
    return Collections.unmodifiableSet(ALIASES.keySet());
  }

  /** Whether a suite can be selected by a cipher string: see {@link OpenSslCipherString#defaultUniverse()}. */
  static boolean isSelectable(CipherSuite s) {
    return s.openSslName().isPresent() && !s.isSsl2() && !s.isTls13() && !s.isSignaling()
        && s.keyExchange() != KeyExchange.NULL;
  }

  /**
   * The masks {@code dialect}'s library keeps for {@code s}: OpenSSL's, except that LibreSSL grades
   * RC4 {@code LOW} and leaves only the anonymous suites out of its default
   * ({@code COMPLEMENTOFDEFAULT}).
   */
  static CipherMasks of(CipherSuite s, CipherStringDialect dialect) {
    CipherMasks m = of(s);
    if (dialect == CipherStringDialect.OPENSSL) return m;
    int klass = (m.enc & E_RC4) != 0 && (m.strength & (S_MEDIUM | S_HIGH)) != 0 ? S_LOW : m.strength & STRONG_MASK;
    int notDefault = (m.auth & A_NULL) != 0 && m.enc != E_NULL ? NOT_DEFAULT : 0;
    return new CipherMasks(m.mkey, m.auth, m.enc, m.mac, m.minTls, (klass & ~S_FIPS) | (m.strength & S_FIPS)
        | notDefault, s);
  }

  /** The masks OpenSSL keeps for {@code s}; {@code s} must be {@linkplain #isSelectable selectable}. */
  static CipherMasks of(CipherSuite s) {
    KeyExchange kx = s.keyExchange();
    BulkCipher c = s.cipher();
    boolean gost12 = kx == KeyExchange.GOSTR341112_256;
    int mkey = switch (kx) {
      case RSA -> K_RSA;
      case DH_DSS -> K_DHD;
      case DH_RSA -> K_DHR;
      case DHE_DSS, DHE_RSA, DH_anon -> K_DHE;
      case ECDH_ECDSA -> K_ECDHE_STATIC;
      case ECDH_RSA -> K_ECDHR;
      case ECDHE_ECDSA, ECDHE_RSA, ECDH_anon -> K_ECDHE;
      case PSK -> K_PSK;
      case DHE_PSK -> K_DHEPSK;
      case RSA_PSK -> K_RSAPSK;
      case ECDHE_PSK -> K_ECDHEPSK;
      case SRP_SHA, SRP_SHA_RSA, SRP_SHA_DSS -> K_SRP;
      case KRB5 -> K_KRB5;
      case GOSTR341094, GOSTR341001, GOSTR341112_256 -> K_GOST;
      default -> throw new IllegalArgumentException(s + " has no OpenSSL key exchange");
    };
    int auth = switch (kx) {
      case DH_DSS, DH_RSA -> A_DH;
      case ECDH_ECDSA, ECDH_RSA -> A_ECDH;
      case GOSTR341094 -> A_GOST94;
      case GOSTR341001 -> A_GOST01;
      // OpenSSL gives its GOST 2012 suites both bits.
      case GOSTR341112_256 -> A_GOST12 | A_GOST01;
      default -> switch (s.authentication()) {
        case RSA -> A_RSA;
        case DSS -> A_DSS;
        case ECDSA -> A_ECDSA;
        case anon -> A_NULL;
        case PSK -> A_PSK;
        case SRP -> A_SRP;
        case KRB5 -> A_KRB5;
        default -> throw new IllegalArgumentException(s + " has no OpenSSL authentication");
      };
    };
    int enc = switch (c) {
      case NULL -> E_NULL;
      case RC4_40, RC4_56, RC4_128 -> E_RC4;
      case RC2_CBC_40, RC2_CBC_56 -> E_RC2;
      case IDEA_CBC -> E_IDEA;
      case DES40_CBC, DES_CBC -> E_DES;
      case TDES_EDE_CBC -> E_3DES;
      case AES_128_CBC -> E_AES128;
      case AES_256_CBC -> E_AES256;
      case AES_128_GCM -> E_AES128GCM;
      case AES_256_GCM -> E_AES256GCM;
      case AES_128_CCM -> E_AES128CCM;
      case AES_256_CCM -> E_AES256CCM;
      case AES_128_CCM_8 -> E_AES128CCM8;
      case AES_256_CCM_8 -> E_AES256CCM8;
      case CAMELLIA_128_CBC -> E_CAMELLIA128;
      case CAMELLIA_256_CBC -> E_CAMELLIA256;
      case ARIA_128_CBC -> E_ARIA128CBC;
      case ARIA_256_CBC -> E_ARIA256CBC;
      case ARIA_128_GCM -> E_ARIA128GCM;
      case ARIA_256_GCM -> E_ARIA256GCM;
      case SEED_CBC -> E_SEED;
      case CHACHA20_POLY1305 -> E_CHACHA20;
      case GOST28147_CNT -> gost12 ? E_GOST8912 : E_GOST89;
      default -> throw new IllegalArgumentException(s + " has no OpenSSL cipher");
    };
    int mac = switch (s.mac()) {
      case MD5 -> M_MD5;
      case SHA1 -> M_SHA1;
      case SHA256 -> M_SHA256;
      case SHA384 -> M_SHA384;
      case AEAD -> M_AEAD;
      case GOSTR3411_94 -> M_GOST94;
      case GOST28147_IMIT -> gost12 ? M_GOST89MAC12 : M_GOST89MAC;
      default -> throw new IllegalArgumentException(s + " has no OpenSSL MAC");
    };
    return new CipherMasks(mkey, auth, enc, mac, minTls(mkey, mac), strength(s, mkey, auth, enc, mac), s);
  }

  // OpenSSL's own minimum versions, which differ from CipherSuite.minVersion(): it offers PSK and
  // SRP suites from SSL 3.0 on, and the PSK suites with a SHA-256/384 HMAC from TLS 1.0 (RFC 5487).
  private static int minTls(int mkey, int mac) {
    if (mac == M_AEAD) return TLS1_2;
    if (mac == M_SHA256 || mac == M_SHA384) return (mkey & K_ANY_PSK) != 0 ? TLS1 : TLS1_2;
    if ((mkey & (K_ECDHE | K_ECDHEPSK | K_ECDHR | K_ECDHE_STATIC | K_GOST)) != 0) return TLS1;
    return SSL3;
  }

  private static int strength(CipherSuite s, int mkey, int auth, int enc, int mac) {
    int bits = s.cipher().effectiveBits();
    int klass;
    if (s.isExport()) {
      klass = bits > 40 ? S_EXP56 : S_EXP40;
    } else if (enc == E_NULL) {
      klass = S_NONE;
    } else if (enc == E_DES) {
      klass = S_LOW;
    } else if ((enc & (E_3DES | E_RC4 | E_IDEA | E_SEED | E_RC2)) != 0) {
      klass = S_MEDIUM;
    } else {
      klass = S_HIGH;
    }
    boolean fips = (enc & (E_AES128 | E_AES256 | E_AESGCM | E_3DES | E_NULL)) != 0
        && mac != M_MD5 && mkey != K_SRP;
    // OpenSSL 3.0 leaves out of DEFAULT what it keeps only for compatibility; a suite 3.0 no
    // longer builds stays out too, so DEFAULT means what a fully enabled 3.0 build picks.
    boolean notDefault = enc != E_NULL && ((auth & (A_NULL | A_DSS)) != 0
        || (enc & (E_AESCCM | E_ARIAGCM | E_ARIA128CBC | E_ARIA256CBC | E_CAMELLIA)) != 0
        || klass != S_HIGH || isLegacy(s, mkey));
    return klass | (fips ? S_FIPS : 0) | (notDefault ? NOT_DEFAULT : 0);
  }

  // Suites OpenSSL 3.0's table no longer has, beyond the export and single-DES ones that the
  // strength class already keeps out of DEFAULT.
  private static boolean isLegacy(CipherSuite s, int mkey) {
    return (mkey & (K_DHR | K_DHD | K_ECDHR | K_ECDHE_STATIC | K_KRB5)) != 0
        || s.keyExchange() == KeyExchange.GOSTR341094
        || s.cipher() == BulkCipher.CHACHA20_POLY1305 && s.name().endsWith("_OLD")
        || s == CipherSuite.TLS_DHE_DSS_WITH_RC4_128_SHA;
  }

  /** The strength in bits that {@code @STRENGTH} sorts by (OpenSSL's {@code strength_bits}). */
  int strengthBits() {
    return suite.cipher().effectiveBits();
  }

  /** Whether this pattern selects {@code cipher} (OpenSSL's {@code ssl_cipher_apply_rule} test). */
  boolean matches(CipherMasks cipher) {
    if (suite != null && suite != cipher.suite) return false;
    if (mkey != 0 && (mkey & cipher.mkey) == 0) return false;
    if (auth != 0 && (auth & cipher.auth) == 0) return false;
    if (enc != 0 && (enc & cipher.enc) == 0) return false;
    if (mac != 0 && (mac & cipher.mac) == 0) return false;
    if (minTls != 0 && minTls != cipher.minTls) return false;
    if ((strength & STRONG_MASK) != 0 && (strength & STRONG_MASK & cipher.strength) == 0) return false;
    return (strength & NOT_DEFAULT) == 0 || (cipher.strength & NOT_DEFAULT) != 0;
  }

  /**
   * This pattern narrowed by one more {@code +} part, or {@link #NOTHING} when a mask empties
   * (OpenSSL's {@code ssl_cipher_process_rulestr}, which then ignores the whole word).
   *
   * @param part an alias, or a suite's own masks for an explicit cipher name
   */
  CipherMasks and(CipherMasks part) {
    if (equals(NOTHING)) return NOTHING;
    if (disjoint(mkey, part.mkey) || disjoint(auth, part.auth) || disjoint(enc, part.enc)
        || disjoint(mac, part.mac)) {
      return NOTHING;
    }
    int s = strength;
    int strong = part.strength & STRONG_MASK;
    if (strong != 0) {
      if ((s & STRONG_MASK) != 0) {
        s &= strong | ~STRONG_MASK;
        if ((s & STRONG_MASK) == 0) return NOTHING;
      } else {
        // Assignment, not union, as in OpenSSL: this drops an earlier COMPLEMENTOFDEFAULT.
        s = strong;
      }
    }
    s |= part.strength & NOT_DEFAULT;
    int version = minTls;
    // An explicit cipher's version is not part of the pattern; an alias's is.
    if (part.suite == null && part.minTls != 0) {
      if (version != 0 && version != part.minTls) return NOTHING;
      version = part.minTls;
    }
    // OpenSSL resets the cipher id for every part, so only the last part's explicit cipher counts.
    return new CipherMasks(narrow(mkey, part.mkey), narrow(auth, part.auth), narrow(enc, part.enc),
        narrow(mac, part.mac), version, s, part.suite);
  }

  private static boolean disjoint(int current, int more) {
    return current != 0 && more != 0 && (current & more) == 0;
  }

  private static int narrow(int current, int more) {
    return more == 0 ? current : current == 0 ? more : current & more;
  }

  private static Map<String, CipherMasks> aliases() {
    Map<String, CipherMasks> m = new LinkedHashMap<>();
    // OpenSSL 3.0's cipher_aliases table, in its order.
    alias(m, "ALL", 0, 0, ~E_NULL, 0, 0, 0);
    alias(m, "COMPLEMENTOFALL", 0, 0, E_NULL, 0, 0, 0);
    alias(m, "COMPLEMENTOFDEFAULT", 0, 0, 0, 0, 0, NOT_DEFAULT);
    alias(m, "kRSA", K_RSA, 0, 0, 0, 0, 0);
    alias(m, "kEDH", K_DHE, 0, 0, 0, 0, 0);
    alias(m, "kDHE", K_DHE, 0, 0, 0, 0, 0);
    alias(m, "DH", K_DHE, 0, 0, 0, 0, 0);
    alias(m, "kEECDH", K_ECDHE, 0, 0, 0, 0, 0);
    alias(m, "kECDHE", K_ECDHE, 0, 0, 0, 0, 0);
    alias(m, "ECDH", K_ECDHE, 0, 0, 0, 0, 0);
    alias(m, "kPSK", K_PSK, 0, 0, 0, 0, 0);
    alias(m, "kRSAPSK", K_RSAPSK, 0, 0, 0, 0, 0);
    alias(m, "kECDHEPSK", K_ECDHEPSK, 0, 0, 0, 0, 0);
    alias(m, "kDHEPSK", K_DHEPSK, 0, 0, 0, 0, 0);
    alias(m, "kSRP", K_SRP, 0, 0, 0, 0, 0);
    alias(m, "kGOST", K_GOST, 0, 0, 0, 0, 0);
    alias(m, "kGOST18", K_GOST18, 0, 0, 0, 0, 0);
    alias(m, "aRSA", 0, A_RSA, 0, 0, 0, 0);
    alias(m, "aDSS", 0, A_DSS, 0, 0, 0, 0);
    alias(m, "DSS", 0, A_DSS, 0, 0, 0, 0);
    alias(m, "aNULL", 0, A_NULL, 0, 0, 0, 0);
    alias(m, "aECDSA", 0, A_ECDSA, 0, 0, 0, 0);
    alias(m, "ECDSA", 0, A_ECDSA, 0, 0, 0, 0);
    alias(m, "aPSK", 0, A_PSK, 0, 0, 0, 0);
    alias(m, "aGOST01", 0, A_GOST01, 0, 0, 0, 0);
    alias(m, "aGOST12", 0, A_GOST12, 0, 0, 0, 0);
    alias(m, "aGOST", 0, A_GOST01 | A_GOST12 | A_GOST94, 0, 0, 0, 0);
    alias(m, "aSRP", 0, A_SRP, 0, 0, 0, 0);
    alias(m, "EDH", K_DHE, ~A_NULL, 0, 0, 0, 0);
    alias(m, "DHE", K_DHE, ~A_NULL, 0, 0, 0, 0);
    alias(m, "EECDH", K_ECDHE, ~A_NULL, 0, 0, 0, 0);
    alias(m, "ECDHE", K_ECDHE, ~A_NULL, 0, 0, 0, 0);
    alias(m, "NULL", 0, 0, E_NULL, 0, 0, 0);
    alias(m, "RSA", K_RSA, A_RSA, 0, 0, 0, 0);
    alias(m, "ADH", K_DHE, A_NULL, 0, 0, 0, 0);
    alias(m, "AECDH", K_ECDHE, A_NULL, 0, 0, 0, 0);
    alias(m, "PSK", K_ANY_PSK, 0, 0, 0, 0, 0);
    alias(m, "SRP", K_SRP, 0, 0, 0, 0, 0);
    alias(m, "3DES", 0, 0, E_3DES, 0, 0, 0);
    alias(m, "RC4", 0, 0, E_RC4, 0, 0, 0);
    alias(m, "RC2", 0, 0, E_RC2, 0, 0, 0);
    alias(m, "IDEA", 0, 0, E_IDEA, 0, 0, 0);
    alias(m, "SEED", 0, 0, E_SEED, 0, 0, 0);
    alias(m, "eNULL", 0, 0, E_NULL, 0, 0, 0);
    alias(m, "GOST", 0, 0, E_GOST89 | E_GOST8912, 0, 0, 0);
    alias(m, "AES128", 0, 0, E_AES128 | E_AES128GCM | E_AES128CCM | E_AES128CCM8, 0, 0, 0);
    alias(m, "AES256", 0, 0, E_AES256 | E_AES256GCM | E_AES256CCM | E_AES256CCM8, 0, 0, 0);
    alias(m, "AES", 0, 0, E_AES, 0, 0, 0);
    alias(m, "AESGCM", 0, 0, E_AESGCM, 0, 0, 0);
    alias(m, "AESCCM", 0, 0, E_AESCCM, 0, 0, 0);
    alias(m, "AESCCM8", 0, 0, E_AESCCM8, 0, 0, 0);
    alias(m, "CAMELLIA128", 0, 0, E_CAMELLIA128, 0, 0, 0);
    alias(m, "CAMELLIA256", 0, 0, E_CAMELLIA256, 0, 0, 0);
    alias(m, "CAMELLIA", 0, 0, E_CAMELLIA, 0, 0, 0);
    alias(m, "CHACHA20", 0, 0, E_CHACHA20, 0, 0, 0);
    // OpenSSL's ARIA aliases cover GCM only, the only ARIA suites it builds; ours add the CBC ones.
    alias(m, "ARIA", 0, 0, E_ARIAGCM | E_ARIA128CBC | E_ARIA256CBC, 0, 0, 0);
    alias(m, "ARIAGCM", 0, 0, E_ARIAGCM, 0, 0, 0);
    alias(m, "ARIA128", 0, 0, E_ARIA128GCM | E_ARIA128CBC, 0, 0, 0);
    alias(m, "ARIA256", 0, 0, E_ARIA256GCM | E_ARIA256CBC, 0, 0, 0);
    alias(m, "CBC", 0, 0, E_DES | E_3DES | E_RC2 | E_IDEA | E_AES128 | E_AES256 | E_CAMELLIA
        | E_SEED | E_ARIA128CBC | E_ARIA256CBC, 0, 0, 0);
    alias(m, "MD5", 0, 0, 0, M_MD5, 0, 0);
    alias(m, "SHA1", 0, 0, 0, M_SHA1, 0, 0);
    alias(m, "SHA", 0, 0, 0, M_SHA1, 0, 0);
    alias(m, "GOST94", 0, 0, 0, M_GOST94, 0, 0);
    alias(m, "GOST89MAC", 0, 0, 0, M_GOST89MAC | M_GOST89MAC12, 0, 0);
    alias(m, "SHA256", 0, 0, 0, M_SHA256, 0, 0);
    alias(m, "SHA384", 0, 0, 0, M_SHA384, 0, 0);
    alias(m, "GOST12", 0, 0, 0, M_GOST12, 0, 0);
    alias(m, "SSLv3", 0, 0, 0, 0, SSL3, 0);
    alias(m, "TLSv1", 0, 0, 0, 0, TLS1, 0);
    alias(m, "TLSv1.0", 0, 0, 0, 0, TLS1, 0);
    alias(m, "TLSv1.2", 0, 0, 0, 0, TLS1_2, 0);
    alias(m, "LOW", 0, 0, 0, 0, 0, S_LOW);
    alias(m, "MEDIUM", 0, 0, 0, 0, 0, S_MEDIUM);
    alias(m, "HIGH", 0, 0, 0, 0, 0, S_HIGH);
    alias(m, "FIPS", 0, 0, ~E_NULL, 0, 0, S_FIPS);
    // OpenSSL 1.0.2 aliases that 3.0 dropped with their suites; kept so that configurations
    // written for 1.0.2 (ALL:!EXPORT:!LOW:!SSLv2) still parse and mean what they meant.
    alias(m, "kDHr", K_DHR, 0, 0, 0, 0, 0);
    alias(m, "kDHd", K_DHD, 0, 0, 0, 0, 0);
    alias(m, "kDH", K_DHR | K_DHD, 0, 0, 0, 0, 0);
    alias(m, "aDH", 0, A_DH, 0, 0, 0, 0);
    alias(m, "kECDHr", K_ECDHR, 0, 0, 0, 0, 0);
    alias(m, "kECDHe", K_ECDHE_STATIC, 0, 0, 0, 0, 0);
    alias(m, "kECDH", K_ECDHR | K_ECDHE_STATIC, 0, 0, 0, 0, 0);
    alias(m, "aECDH", 0, A_ECDH, 0, 0, 0, 0);
    alias(m, "kKRB5", K_KRB5, 0, 0, 0, 0, 0);
    alias(m, "aKRB5", 0, A_KRB5, 0, 0, 0, 0);
    alias(m, "KRB5", K_KRB5, A_KRB5, 0, 0, 0, 0);
    alias(m, "aGOST94", 0, A_GOST94, 0, 0, 0, 0);
    alias(m, "DES", 0, 0, E_DES, 0, 0, 0);
    alias(m, "EXP", 0, 0, 0, 0, 0, S_EXP40 | S_EXP56);
    alias(m, "EXPORT", 0, 0, 0, 0, 0, S_EXP40 | S_EXP56);
    alias(m, "EXPORT40", 0, 0, 0, 0, 0, S_EXP40);
    alias(m, "EXPORT56", 0, 0, 0, 0, 0, S_EXP56);
    alias(m, "SSLv2", 0, 0, 0, 0, SSL2, 0);
    return m;
  }

  private static void alias(Map<String, CipherMasks> m, String name, int mkey, int auth, int enc,
      int mac, int minTls, int strength) {
    m.put(name, new CipherMasks(mkey, auth, enc, mac, minTls, strength, null));
  }
}
