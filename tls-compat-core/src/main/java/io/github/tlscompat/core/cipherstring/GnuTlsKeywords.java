package io.github.tlscompat.core.cipherstring;

import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of GnuTLS priority strings and the lists behind its level keywords, as GnuTLS 3.7.9
 * defines them in {@code lib/priority.c} ({@code pgroups}, {@code kx_priority_secure},
 * {@code _cipher_priority_normal_default}, ...), {@code lib/algorithms/protocols.c},
 * {@code lib/algorithms/sign.c} and {@code lib/algorithms/groups.c}; 3.8.9 has the same tables
 * (compared). The algorithm names are those {@code gnutls-cli --list} prints on Debian 12.
 */
final class GnuTlsKeywords {
  private GnuTlsKeywords() {}

  /** A level keyword: the lists it sets (first keyword) or appends (later ones). */
  record Level(String name, Optional<String> alias, Optional<List<String>> protocols, List<String> ciphers,
      List<String> macs, List<String> keyExchanges, List<String> signatures, List<String> groups) {}

  /** A protocol version: its name after {@code VERS-}, its age and signature semantics. */
  record Version(String name, int age, boolean supported) {
    boolean isTls() {
      return age < GnuTlsSuites.DTLS0_9;
    }

    boolean isTls13() {
      return age == GnuTlsSuites.TLS1_3;
    }
  }

  /** A signature algorithm: its TLS code point (or -1) and the TLS versions it is for. */
  record Sign(String name, int code, boolean pre13, boolean tls13, boolean secure) {}

  // lib/algorithms/protocols.c; SSL 3.0 is known but unsupported (no --enable-ssl3-support).
  static final List<Version> VERSIONS = List.of(new Version("SSL3.0", GnuTlsSuites.SSL3, false),
      new Version("TLS1.0", GnuTlsSuites.TLS1_0, true), new Version("TLS1.1", GnuTlsSuites.TLS1_1, true),
      new Version("TLS1.2", GnuTlsSuites.TLS1_2, true), new Version("TLS1.3", GnuTlsSuites.TLS1_3, true),
      new Version("DTLS0.9", GnuTlsSuites.DTLS0_9, true), new Version("DTLS1.0", GnuTlsSuites.DTLS1_0, true),
      new Version("DTLS1.2", GnuTlsSuites.DTLS1_2, true));

  /** {@code protocol_priority}: the default versions. */
  static final List<String> PROTOCOLS = List.of("TLS1.3", "TLS1.2", "TLS1.1", "TLS1.0", "DTLS1.2", "DTLS1.0");
  /** {@code stream_protocol_priority}: what {@code VERS-TLS-ALL} adds or removes. */
  static final List<String> STREAM_PROTOCOLS = List.of("TLS1.3", "TLS1.2", "TLS1.1", "TLS1.0");
  /** {@code dtls_protocol_priority}, what {@code +VERS-DTLS-ALL} adds. */
  static final List<String> DTLS_PROTOCOLS = List.of("DTLS1.2", "DTLS1.0");
  /** {@code dgram_protocol_priority}, what {@code -VERS-DTLS-ALL} removes. */
  static final List<String> DGRAM_PROTOCOLS = List.of("DTLS1.2", "DTLS1.0", "DTLS0.9");

  static final List<String> CIPHERS = List.of("AES-256-CBC", "AES-192-CBC", "AES-128-CBC", "AES-128-GCM",
      "AES-192-GCM", "AES-256-GCM", "AES-128-CCM", "AES-256-CCM", "AES-128-CCM-8", "AES-256-CCM-8", "ARCFOUR-128",
      "ESTREAM-SALSA20-256", "SALSA20-256", "CHACHA20-32", "CHACHA20-64", "CAMELLIA-256-CBC", "CAMELLIA-192-CBC",
      "CAMELLIA-128-CBC", "CHACHA20-POLY1305", "CAMELLIA-128-GCM", "CAMELLIA-256-GCM", "GOST28147-TC26Z-CFB",
      "GOST28147-CPA-CFB", "GOST28147-CPB-CFB", "GOST28147-CPC-CFB", "GOST28147-CPD-CFB", "AES-128-CFB8",
      "AES-192-CFB8", "AES-256-CFB8", "AES-128-XTS", "AES-256-XTS", "AES-128-SIV", "AES-256-SIV",
      "GOST28147-TC26Z-CNT", "MAGMA-CTR-ACPKM", "KUZNYECHIK-CTR-ACPKM", "3DES-CBC", "DES-CBC", "RC2-40", "NULL");

  static final List<String> MACS = List.of("SHA1", "SHA256", "SHA384", "SHA512", "SHA224", "UMAC-96", "UMAC-128",
      "AEAD", "MD5", "GOSTR341194", "STREEBOG-256", "STREEBOG-512", "AES-CMAC-128", "AES-CMAC-256", "AES-GMAC-128",
      "AES-GMAC-192", "AES-GMAC-256", "GOST28147-TC26Z-IMIT", "OMAC-MAGMA", "OMAC-KUZNYECHIK");

  /** Key exchanges; {@code RSA-EXPORT} is known but {@code GNUTLS_KX_INVALID}, accepted and ignored. */
  static final List<String> KEY_EXCHANGES = List.of("ECDHE-RSA", "ECDHE-ECDSA", "RSA", "DHE-RSA", "DHE-DSS", "PSK",
      "RSA-PSK", "DHE-PSK", "ECDHE-PSK", "SRP-DSS", "SRP-RSA", "SRP", "ANON-DH", "ANON-ECDH", "VKO-GOST-12");
  static final String INVALID_KEY_EXCHANGE = "RSA-EXPORT";

  /** Groups by name, with their IANA code point (lib/algorithms/groups.c). */
  static final Map<String, Integer> GROUPS = groups();

  /** The curves {@code CURVE-} names: the EC groups, and the EdDSA curves GnuTLS also accepts there. */
  static final List<String> CURVES = List.of("SECP192R1", "SECP224R1", "SECP256R1", "SECP384R1", "SECP521R1",
      "X25519", "X448", "GC256B", "GC512A", "Ed25519", "Ed448");

  static final List<Sign> SIGNS = List.of(sign("RSA-SHA256", 0x0401, true, true), sign("RSA-SHA384", 0x0501, true, true),
      sign("RSA-SHA512", 0x0601, true, true), sign("RSA-PSS-SHA256", 0x0809, true, true),
      sign("RSA-PSS-RSAE-SHA256", 0x0804, true, true), sign("RSA-PSS-SHA384", 0x080A, true, true),
      sign("RSA-PSS-RSAE-SHA384", 0x0805, true, true), sign("RSA-PSS-SHA512", 0x080B, true, true),
      sign("RSA-PSS-RSAE-SHA512", 0x0806, true, true), sign("EdDSA-Ed25519", 0x0807, true, true),
      sign("EdDSA-Ed448", 0x0808, true, true), sign("ECDSA-SHA256", 0x0403, true, false),
      sign("ECDSA-SHA384", 0x0503, true, false), sign("ECDSA-SHA512", 0x0603, true, false),
      sign("ECDSA-SECP256R1-SHA256", 0x0403, false, true), sign("ECDSA-SECP384R1-SHA384", 0x0503, false, true),
      sign("ECDSA-SECP521R1-SHA512", 0x0603, false, true), sign("ECDSA-SHA3-224", -1, true, true),
      sign("ECDSA-SHA3-256", -1, true, true), sign("ECDSA-SHA3-384", -1, true, true),
      sign("ECDSA-SHA3-512", -1, true, true), sign("RSA-SHA3-224", -1, true, true),
      sign("RSA-SHA3-256", -1, true, true), sign("RSA-SHA3-384", -1, true, true), sign("RSA-SHA3-512", -1, true, true),
      sign("DSA-SHA3-224", -1, true, true), sign("DSA-SHA3-256", -1, true, true), sign("DSA-SHA3-384", -1, true, true),
      sign("DSA-SHA3-512", -1, true, true), sign("RSA-RAW", -1, true, true), sign("RSA-SHA1", 0x0201, true, true),
      sign("RSA-SHA224", -1, true, true), sign("RSA-RMD160", -1, true, true), sign("DSA-SHA1", 0x0202, true, false),
      sign("DSA-SHA224", -1, true, true), sign("DSA-SHA256", -1, true, true),
      new Sign("RSA-MD5", -1, true, true, false), new Sign("RSA-MD2", -1, true, true, false),
      sign("ECDSA-SHA1", 0x0203, true, true), sign("ECDSA-SHA224", -1, true, true),
      sign("GOSTR341012-512", 0x0841, true, false), sign("GOSTR341012-256", 0x0840, true, false),
      sign("GOSTR341001", -1, true, true), sign("GOSTR341094", -1, true, true), sign("DSA-SHA384", -1, true, true),
      sign("DSA-SHA512", -1, true, true));

  // _sign_priority_default, also SIGN-ALL
  static final List<String> SIGN_DEFAULT = List.of("RSA-SHA256", "RSA-PSS-SHA256", "RSA-PSS-RSAE-SHA256",
      "ECDSA-SHA256", "ECDSA-SECP256R1-SHA256", "EdDSA-Ed25519", "RSA-SHA384", "RSA-PSS-SHA384",
      "RSA-PSS-RSAE-SHA384", "ECDSA-SHA384", "ECDSA-SECP384R1-SHA384", "EdDSA-Ed448", "RSA-SHA512",
      "RSA-PSS-SHA512", "RSA-PSS-RSAE-SHA512", "ECDSA-SHA512", "ECDSA-SECP521R1-SHA512", "RSA-SHA1", "ECDSA-SHA1");
  static final List<String> SIGN_SECURE128 = SIGN_DEFAULT.subList(0, SIGN_DEFAULT.size() - 2);
  static final List<String> SIGN_SECURE192 = List.of("RSA-SHA384", "RSA-PSS-SHA384", "RSA-PSS-RSAE-SHA384",
      "ECDSA-SHA384", "ECDSA-SECP384R1-SHA384", "EdDSA-Ed448", "RSA-SHA512", "RSA-PSS-SHA512", "RSA-PSS-RSAE-SHA512",
      "ECDSA-SHA512", "ECDSA-SECP521R1-SHA512");
  static final List<String> SIGN_SUITEB128 = List.of("ECDSA-SHA256", "ECDSA-SECP256R1-SHA256", "ECDSA-SHA384",
      "ECDSA-SECP384R1-SHA384");
  static final List<String> SIGN_SUITEB192 = List.of("ECDSA-SHA384", "ECDSA-SECP384R1-SHA384");
  static final List<String> SIGN_GOST = List.of("GOSTR341012-256", "GOSTR341012-512");

  static final List<String> GROUPS_DH = List.of("FFDHE2048", "FFDHE3072", "FFDHE4096", "FFDHE6144", "FFDHE8192");
  static final List<String> GROUPS_EC = List.of("SECP256R1", "SECP384R1", "SECP521R1", "X25519", "X448");
  static final List<String> GROUPS_GOST = List.of("GC256A", "GC256B", "GC256C", "GC256D", "GC512A", "GC512B",
      "GC512C");
  /** {@code _supported_groups_normal}, also {@code GROUP-ALL} and {@code CURVE-ALL}. */
  static final List<String> GROUPS_NORMAL = List.of("SECP256R1", "SECP384R1", "SECP521R1", "X25519", "X448",
      "FFDHE2048", "FFDHE3072", "FFDHE4096", "FFDHE6144", "FFDHE8192");

  // kx_priority_secure: "KX-RSA is now ahead of DHE-RSA ... due to the compatibility issues"
  static final List<String> KX_SECURE = List.of("ECDHE-ECDSA", "ECDHE-RSA", "RSA", "DHE-RSA");
  static final List<String> KX_PFS = List.of("ECDHE-ECDSA", "ECDHE-RSA", "DHE-RSA");
  static final List<String> KX_PERFORMANCE = List.of("RSA", "ECDHE-ECDSA", "ECDHE-RSA", "DHE-RSA");

  /** {@code _cipher_priority_normal_default}, also {@code CIPHER-ALL}. */
  static final List<String> CIPHER_NORMAL = List.of("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CCM",
      "AES-256-CBC", "AES-128-GCM", "AES-128-CCM", "AES-128-CBC");
  // _cipher_priority_performance_default: this on CPUs with AES instructions; without them
  // (_gnutls_priority_update_non_aesni) CHACHA20-POLY1305 comes first.
  static final List<String> CIPHER_PERFORMANCE = List.of("AES-128-GCM", "AES-256-GCM", "CHACHA20-POLY1305",
      "AES-128-CCM", "AES-256-CCM", "AES-128-CBC", "AES-256-CBC");
  static final List<String> CIPHER_SECURE128 = List.of("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CBC",
      "AES-256-CCM", "AES-128-GCM", "AES-128-CBC", "AES-128-CCM");
  static final List<String> CIPHER_SECURE192 = List.of("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CBC",
      "AES-256-CCM");

  /** {@code mac_priority_normal_default}, also {@code MAC-ALL}. */
  static final List<String> MAC_NORMAL = List.of("SHA1", "AEAD");
  static final List<String> MAC_AEAD = List.of("AEAD");

  static final List<Level> LEVELS = List.of(
      level("NORMAL", null, null, CIPHER_NORMAL, MAC_NORMAL, KX_SECURE, SIGN_DEFAULT, GROUPS_NORMAL),
      level("PFS", null, null, CIPHER_NORMAL, MAC_NORMAL, KX_PFS, SIGN_DEFAULT, GROUPS_NORMAL),
      level("SECURE128", "SECURE", null, CIPHER_SECURE128, MAC_NORMAL, KX_SECURE, SIGN_SECURE128, GROUPS_NORMAL),
      level("SECURE192", "SECURE256", null, CIPHER_SECURE192, MAC_AEAD, KX_SECURE, SIGN_SECURE192,
          List.of("SECP384R1", "SECP521R1", "FFDHE8192")),
      level("SUITEB128", null, List.of("TLS1.2"), List.of("AES-256-GCM", "AES-128-GCM"), MAC_AEAD,
          List.of("ECDHE-ECDSA"), SIGN_SUITEB128, List.of("SECP256R1", "SECP384R1")),
      level("SUITEB192", null, List.of("TLS1.2"), List.of("AES-256-GCM"), MAC_AEAD, List.of("ECDHE-ECDSA"),
          SIGN_SUITEB192, List.of("SECP384R1")),
      level("LEGACY", null, null, CIPHER_NORMAL, MAC_NORMAL, KX_SECURE, SIGN_DEFAULT, GROUPS_NORMAL),
      level("PERFORMANCE", null, null, CIPHER_PERFORMANCE, MAC_NORMAL, KX_PERFORMANCE, SIGN_DEFAULT, GROUPS_NORMAL));

  /**
   * The {@code %} options of {@code lib/priority_options.gperf}. Only {@code SERVER_PRECEDENCE}
   * and {@code NO_EXTENSIONS} change what a handshake negotiates; the others are about record
   * framing, tickets, renegotiation, certificate verification or extensions a client cannot see
   * in the ServerHello's choice.
   */
  static final List<String> OPTIONS = List.of("COMPAT", "DUMBFW", "NO_EXTENSIONS", "NO_TICKETS", "NO_TICKETS_TLS12",
      "NO_ETM", "FORCE_ETM", "NO_SESSION_HASH", "STATELESS_COMPRESSION", "VERIFY_ALLOW_BROKEN",
      "VERIFY_ALLOW_SIGN_RSA_MD5", "VERIFY_ALLOW_SIGN_WITH_SHA1", "VERIFY_DISABLE_CRL_CHECKS", "SSL3_RECORD_VERSION",
      "LATEST_RECORD_VERSION", "VERIFY_ALLOW_X509_V1_CA_CRT", "UNSAFE_RENEGOTIATION", "SAFE_RENEGOTIATION",
      "PARTIAL_RENEGOTIATION", "DISABLE_SAFE_RENEGOTIATION", "FALLBACK_SCSV", "DISABLE_WILDCARDS",
      "SERVER_PRECEDENCE", "PROFILE_VERY_WEAK", "PROFILE_LOW", "PROFILE_LEGACY", "PROFILE_MEDIUM", "PROFILE_HIGH",
      "PROFILE_ULTRA", "PROFILE_FUTURE", "PROFILE_SUITEB128", "PROFILE_SUITEB192", "NEW_PADDING",
      "DEBUG_ALLOW_KEY_USAGE_VIOLATIONS", "ALLOW_SMALL_RECORDS", "DISABLE_TLS13_COMPAT_MODE");

  /** The canonical spelling of {@code name} in {@code names}, case ignored, or empty. */
  static Optional<String> find(List<String> names, String name) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) return Optional.of(n);
    }
    return Optional.empty();
  }

  static Optional<Level> level(String word) {
    for (Level l : LEVELS) {
      if (l.name.equalsIgnoreCase(word) || l.alias.filter(word::equalsIgnoreCase).isPresent()) return Optional.of(l);
    }
    return Optional.empty();
  }

  static Optional<Version> version(String name) {
    return VERSIONS.stream().filter(v -> v.name.equalsIgnoreCase(name)).findFirst();
  }

  static Optional<Sign> sign(String name) {
    return SIGNS.stream().filter(s -> s.name.equalsIgnoreCase(name)).findFirst();
  }

  static Optional<String> group(String name) {
    return GROUPS.keySet().stream().filter(name::equalsIgnoreCase).findFirst();
  }

  /** The registry's group of a GnuTLS group name, if the registry has its code point. */
  static Optional<NamedGroup> namedGroup(String name) {
    Integer code = GROUPS.get(name);
    return code == null ? Optional.empty() : NamedGroup.fromCode(code);
  }

  /** The registry's scheme of a GnuTLS signature name; empty for those without a TLS code point. */
  static Optional<SignatureScheme> scheme(String name) {
    return sign(name).filter(s -> s.code >= 0).flatMap(s -> SignatureScheme.fromCode(s.code));
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static Sign sign(String name, int code, boolean pre13, boolean tls13) {
    return new Sign(name, code, pre13, tls13, true);
  }

  private static Level level(String name, String alias, List<String> protocols, List<String> ciphers,
      List<String> macs, List<String> kx, List<String> signs, List<String> groups) {
    return new Level(name, Optional.ofNullable(alias), Optional.ofNullable(protocols), ciphers, macs, kx, signs,
        groups);
  }

  private static Map<String, Integer> groups() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("SECP192R1", 0x0013);
    m.put("SECP224R1", 0x0015);
    m.put("SECP256R1", 0x0017);
    m.put("SECP384R1", 0x0018);
    m.put("SECP521R1", 0x0019);
    m.put("X25519", 0x001D);
    m.put("GC256B", 0x0023);
    m.put("GC512A", 0x0026);
    m.put("X448", 0x001E);
    m.put("GC256A", 0x0022);
    m.put("GC256C", 0x0024);
    m.put("GC256D", 0x0025);
    m.put("GC512B", 0x0027);
    m.put("GC512C", 0x0028);
    m.put("FFDHE2048", 0x0100);
    m.put("FFDHE3072", 0x0101);
    m.put("FFDHE4096", 0x0102);
    m.put("FFDHE6144", 0x0103);
    m.put("FFDHE8192", 0x0104);
    return Collections.unmodifiableMap(m);
  }
}
