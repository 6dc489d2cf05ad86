package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.internal.Split;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The JDK security property {@code jdk.tls.disabledAlgorithms}, applied to a JSSE server policy:
 * what the JDK refuses to negotiate "even if they are enabled explicitly in an application"
 * (JDK 17 {@code conf/security/java.security}).
 *
 * <p><b>Syntax</b>, from the comments of JDK 17's {@code java.security} (section
 * "jdk.certpath.disabledAlgorithms", which the TLS property refers to):
 * {@code DisabledAlgorithm { , DisabledAlgorithm }}, where a DisabledAlgorithm is
 * {@code AlgorithmName [Constraint] { '&' Constraint }} or {@code include <security property>}; a
 * Constraint is {@code keySize Operator KeyLength} (operators {@code <= < == != >= >}),
 * {@code jdkCA}, {@code denyAfter YYYY-MM-DD} or {@code usage ...}; "Matching is performed using a
 * case-insensitive sub-element matching rule". The only includable property is
 * {@code jdk.disabled.namedCurves} ("There is one defined security property"), which JDK 17 leaves
 * commented out. JDK 24 and later add cipher-suite patterns with {@code *} ("TLS_RSA_*" disables
 * all cipher suites that start with "TLS_RSA_"; only names starting with {@code TLS_} may have
 * wildcards) and the TLS usages {@code usage HandshakeSignature} and {@code CertificateSignature}.
 *
 * <p><b>What an entry disables</b> in the policy:
 * <ul>
 *   <li>a protocol name ({@code SSLv3}, {@code TLSv1}, {@code TLSv1.1}): that version;
 *       {@code SSLv2Hello}: SSL 2.0-framed hellos; DTLS names: nothing;</li>
 *   <li>a cipher suite name or pattern: those suites (JSSE and IANA names both match);</li>
 *   <li>an algorithm name: every suite with it as a sub-element, decomposed as SunJSSE's
 *       {@code SSLAlgorithmDecomposer} does: key exchange ({@code RSA}, {@code DHE},
 *       {@code ECDH}, {@code ECDHE}, {@code DH}, {@code DiffieHellman}, {@code anon},
 *       {@code DH_RSA}, ...), cipher ({@code RC4}, {@code DES}, {@code DESede},
 *       {@code 3DES_EDE_CBC}, {@code AES}, {@code AES_128_GCM}, {@code NULL}, ...), MAC
 *       ({@code MD5}, {@code SHA1}, {@code HmacSHA256}, ...) and, for AEAD suites, the PRF hash;
 *       also groups and signature schemes of that name, and certificates whose key type or
 *       signature hash it names ({@code RSA}, {@code MD5}, {@code MD5withRSA});</li>
 *   <li>{@code DH keySize < n}: DHE suites if the policy's {@link ServerPolicy#dhBits()} matches,
 *       and FFDHE groups that match; {@code EC keySize < n}: EC groups and EC certificates that
 *       match; {@code RSA}/{@code DSA keySize ...}: certificates that match;</li>
 *   <li>{@code usage HandshakeSignature}: that signature scheme; {@code usage CertificateSignature},
 *       {@code TLSServer}, {@code TLSClient}, {@code SignedJAR}, {@code jdkCA} and
 *       {@code denyAfter}: certificate-chain checks this model does not make; nothing.</li>
 * </ul>
 * Groups and schemes are removed from the policy's lists; where a list is empty (the default), it
 * is first spelled out ({@link ServerPolicy#DEFAULT_GROUPS}, every TLS signature scheme).
 *
 * @since 0.1.0
 */
public final class JdkDisabledAlgorithms {
  private JdkDisabledAlgorithms() {}

  /** The security property this class reads. */
  public static final String PROPERTY = "jdk.tls.disabledAlgorithms";
  /** The one property {@code include} may name. */
  public static final String NAMED_CURVES_PROPERTY = "jdk.disabled.namedCurves";

  private static final Pattern KEY_SIZE = Pattern.compile("(?i)keySize\\s*(<=|<|==|!=|>=|>)\\s*(\\d+)");
  private static final Pattern DENY_AFTER = Pattern.compile("(?i)denyAfter\\s+\\d{4}-\\d{2}-\\d{2}");
  private static final Map<CipherSuite, Set<String>> COMPONENTS = allComponents();
  // Every suite under its JSSE and IANA names, case folded (foldCase): an entry is looked up once,
  // where comparing it with each suite's two names cost a thousand string comparisons per entry.
  private static final Map<String, Set<CipherSuite>> SUITES_BY_FOLDED_NAME = suitesByFoldedName();
  // The same for groups and signature schemes under their IANA names, and the hashes and key types
  // an "<digest>with<key>" entry can name, upper case as signatureMatches compares them.
  private static final Map<String, Set<NamedGroup>> GROUPS_BY_FOLDED_NAME =
      byFoldedName(NamedGroup.class, NamedGroup::ianaName);
  private static final Map<String, Set<SignatureScheme>> SCHEMES_BY_FOLDED_NAME =
      byFoldedName(SignatureScheme.class, SignatureScheme::ianaName);
  private static final Map<String, Set<HashAlgorithm>> HASHES_BY_UPPER_NAME =
      byUpperName(HashAlgorithm.class, JdkDisabledAlgorithms::hashName);
  private static final Map<String, Set<KeyType>> KEY_TYPES_BY_UPPER_NAME =
      byUpperName(KeyType.class, JdkDisabledAlgorithms::keyTypeName);
  private static final List<String> CONSTRAINTS = List.of("keySize", "jdkCA", "denyAfter", "usage");
  private static final List<String> USAGES = List.of("TLSServer", "TLSClient", "SignedJAR",
      "HandshakeSignature", "CertificateSignature");

  /**
   * {@code base} less what {@code disabledAlgorithms} disables; {@code include} entries name no
   * property here (JDK 17's {@code jdk.disabled.namedCurves} is empty).
   *
   * @throws IllegalArgumentException as {@link #apply(ServerPolicy, String, Map)}
   */
  public static ServerPolicy apply(ServerPolicy base, String disabledAlgorithms) {
    return apply(base, disabledAlgorithms, Map.of());
  }

  /**
   * {@code base} less what {@code disabledAlgorithms} disables, with {@code include} entries
   * resolved from {@code securityProperties} (a missing property includes nothing).
   *
   * @throws IllegalArgumentException for a malformed entry (naming it, its position from 1 and what
   *     was expected), an include of another property, or if nothing usable is left
   */
  public static ServerPolicy apply(ServerPolicy base, String disabledAlgorithms, Map<String, String> securityProperties) {
    Preconditions.checkNotNull(base, "base");
    Preconditions.checkNotNull(securityProperties, "securityProperties");
    List<Entry> entries = new ArrayList<>();
    parse(disabledAlgorithms, securityProperties, entries, PROPERTY);
    ParameterSet<ProtocolVersion> versions = base.versions();
    boolean ssl2Hello = base.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO);
    List<CipherSuite> suites = new ArrayList<>(base.cipherSuites());
    List<NamedGroup> groups = new ArrayList<>(base.effectiveGroups());
    List<SignatureScheme> schemes = new ArrayList<>(base.signatureSchemes());
    if (schemes.isEmpty()) {
      for (SignatureScheme s : SignatureScheme.values()) {
        if (s.usableInTls12() || s.usableInTls13Handshake()) schemes.add(s);
      }
    }
    List<CertificateSpec> certificates = new ArrayList<>(base.certificates());
    boolean groupsTouched = false;
    boolean schemesTouched = false;
    for (Entry e : entries) {
      String n = e.name;
      Set<SignatureScheme> schemesNamed = SCHEMES_BY_FOLDED_NAME.getOrDefault(foldCase(n), Set.of());
      if (e.usage.contains("HandshakeSignature")) {
        schemesTouched |= schemes.removeIf(schemesNamed::contains);
        continue;
      }
      if (e.certificateOnly) continue;
      if (e.keySize != null) {
        String op = e.keySize[0];
        int bits = Integer.parseInt(e.keySize[1]);
        switch (n.toUpperCase(Locale.ROOT)) {
          case "DH", "DIFFIEHELLMAN" -> {
            if (matches(base.dhBits(), op, bits)) suites.removeIf(s -> s.keyExchange().agreement() == KeyExchange.Agreement.DHE);
            groupsTouched |= groups.removeIf(g -> g.isFfdhe() && matches(g.bits(), op, bits));
          }
          case "EC", "ECDH", "ECDHE", "ECDSA" -> {
            groupsTouched |= groups.removeIf(g -> g.kind() == NamedGroup.Kind.ELLIPTIC_CURVE && matches(g.bits(), op, bits));
            certificates.removeIf(c -> c.keyType() == KeyType.EC && matches(c.keyBits(), op, bits));
          }
          case "RSA" -> certificates.removeIf(c -> c.keyType() == KeyType.RSA && matches(c.keyBits(), op, bits));
          case "DSA" -> certificates.removeIf(c -> c.keyType() == KeyType.DSA && matches(c.keyBits(), op, bits));
          default -> { }
        }
        continue;
      }
      for (ProtocolVersion v : ProtocolVersion.values()) {
        if (v.jsseName().equalsIgnoreCase(n)) versions = versions.without(v);
      }
      if (n.equalsIgnoreCase("SSLv2Hello")) ssl2Hello = false;
      if (n.contains("*")) {
        suites.removeIf(s -> globMatches(n, s.jsseName()) || globMatches(n, s.ianaName()));
        continue;
      }
      String upper = n.toUpperCase(Locale.ROOT);
      Set<CipherSuite> named = SUITES_BY_FOLDED_NAME.getOrDefault(foldCase(n), Set.of());
      suites.removeIf(s -> named.contains(s) || components(s).contains(upper));
      Set<NamedGroup> groupsNamed = GROUPS_BY_FOLDED_NAME.getOrDefault(foldCase(n), Set.of());
      groupsTouched |= groups.removeIf(groupsNamed::contains);
      Set<HashAlgorithm> hashes = signatureHashes(n);
      Set<KeyType> keyTypes = signatureKeyTypes(n);
      schemesTouched |= schemes.removeIf(s -> schemesNamed.contains(s) || hashes.contains(s.hash())
          && keyTypes.contains(s.keyType()));
      certificates.removeIf(c -> signatureMatches(n, c.signatureHash(), c.keyType())
          || n.equalsIgnoreCase(hashName(c.signatureHash())) || keyTypeName(c.keyType()).equalsIgnoreCase(n));
    }
    String what = "after " + PROPERTY + "=" + disabledAlgorithms.strip() + ", server policy '" + base.id() + "'";
    Preconditions.checkArgument(!versions.isEmpty(), () -> what + " has no protocol version left");
    Preconditions.checkArgument(!suites.isEmpty(), () -> what + " has no cipher suite left");
    Preconditions.checkArgument(!certificates.isEmpty(), () -> what + " has no usable certificate left of "
        + base.certificates());
    ServerPolicy.Builder b = base.toBuilder().versions(versions).cipherSuites(suites)
        .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, ssl2Hello);
    if (groupsTouched) b.groups(groups);
    if (schemesTouched) b.signatureSchemes(schemes);
    b.certificates(certificates.get(0), certificates.subList(1, certificates.size()).toArray(CertificateSpec[]::new));
    return b.build();
  }

  /** One parsed entry. */
  private static final class Entry {
    String name;
    String[] keySize;
    boolean certificateOnly;
    List<String> usage = new ArrayList<>();
  }

  private static void parse(String value, Map<String, String> properties, List<Entry> out, String from) {
    String[] parts = value.split(",");
    for (int i = 0; i < parts.length; i++) {
      String raw = parts[i].strip();
      if (raw.isEmpty()) continue;
      String at = "entry " + (i + 1) + " '" + raw + "' of " + from;
      if (raw.regionMatches(true, 0, "include ", 0, 8)) {
        String property = raw.substring(8).strip();
        if (!property.equals(NAMED_CURVES_PROPERTY)) {
          throw new IllegalArgumentException(at + ": include names '" + property + "'; expected "
              + NAMED_CURVES_PROPERTY + ", the one includable property"
              + ClosestNames.didYouMean(property, List.of(NAMED_CURVES_PROPERTY)));
        }
        String included = properties.get(property);
        if (included != null) parse(included, Map.of(), out, property);
        continue;
      }
      // -1 keeps the empty parts, so a '&' with nothing on one side is an error, not a missing element.
      String[] constraints = raw.split("&", -1);
      if (constraints[0].isBlank()) {
        throw new IllegalArgumentException(at + ": expected an algorithm name before '&'");
      }
      String[] head = Split.words(constraints[0].strip(), 2);
      Entry e = new Entry();
      e.name = head[0];
      if (e.name.contains("*") && !e.name.regionMatches(true, 0, "TLS_", 0, 4)) {
        throw new IllegalArgumentException(at + ": only cipher suite names starting with TLS_ may have"
            + " wildcards (JDK 24+ syntax, e.g. TLS_RSA_*)");
      }
      List<String> cs = new ArrayList<>();
      if (head.length > 1) cs.add(head[1].strip());
      for (int j = 1; j < constraints.length; j++) {
        if (constraints[j].isBlank()) throw new IllegalArgumentException(at + ": expected a constraint after '&'");
        cs.add(constraints[j].strip());
      }
      for (String c : cs) constraint(e, c, at);
      out.add(e);
    }
  }

  private static void constraint(Entry e, String c, String at) {
    var keySize = KEY_SIZE.matcher(c);
    if (keySize.matches()) {
      String digits = keySize.group(2);
      if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(at + ": key size " + digits + " is out of range; expected at most "
            + Integer.MAX_VALUE + " bits");
      }
      e.keySize = new String[] {keySize.group(1), digits};
    } else if (c.equalsIgnoreCase("jdkCA") || DENY_AFTER.matcher(c).matches()) {
      e.certificateOnly = true;
    } else if (c.regionMatches(true, 0, "usage", 0, 5)) {
      String[] words = Split.words(c.substring(5).strip(), 0);
      for (String w : words) {
        String known = USAGES.stream().filter(u -> u.equalsIgnoreCase(w)).findFirst().orElseThrow(() ->
            new IllegalArgumentException(at + ": unknown usage '" + w + "'; expected " + ConfigErrors.list(USAGES)
                + ClosestNames.didYouMean(w, USAGES)));
        e.usage.add(known);
      }
      if (!e.usage.contains("HandshakeSignature")) e.certificateOnly = true;
    } else {
      String word = Split.words(c, 0)[0];
      throw new IllegalArgumentException(at + ": unknown constraint '" + c + "'; expected keySize <op> <bits>,"
          + " jdkCA, denyAfter YYYY-MM-DD or usage ..." + ClosestNames.didYouMean(word, CONSTRAINTS));
    }
  }

  private static boolean matches(int value, String op, int bits) {
    return switch (op) {
      case "<" -> value < bits;
      case "<=" -> value <= bits;
      case ">" -> value > bits;
      case ">=" -> value >= bits;
      case "==" -> value == bits;
      default -> value != bits;
    };
  }

  /**
   * Whether {@code name} matches {@code pattern}, where {@code *} stands for any run of characters,
   * case ignored. Walked in one pass that backs up only to the last star: a regular expression
   * with a {@code .*} per star backtracked exponentially on an entry such as
   * {@code TLS_R*******SA**} (found by fuzzing), which hung the import.
   */
  static boolean globMatches(String pattern, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = n;
      } else if (p < pattern.length() && sameIgnoringCase(pattern.charAt(p), name.charAt(n))) {
        p++;
        n++;
      } else if (star >= 0) {
        p = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') p++;
    return p == pattern.length();
  }

  private static boolean sameIgnoringCase(char a, char b) {
    return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  private static boolean signatureMatches(String name, HashAlgorithm hash, KeyType key) {
    String n = name.toUpperCase(Locale.ROOT);
    int with = n.indexOf("WITH");
    if (with < 0) return false;
    String h = n.substring(0, with);
    String k = n.substring(with + 4);
    return h.equals(hashName(hash).toUpperCase(Locale.ROOT)) && k.equals(keyTypeName(key).toUpperCase(Locale.ROOT));
  }

  /**
   * The hashes {@code name} names as {@code <digest>with<key>}, as {@link #signatureMatches} reads it
   * (empty without a {@code WITH}): looked up once per entry, not compared with every scheme's.
   */
  private static Set<HashAlgorithm> signatureHashes(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    int with = n.indexOf("WITH");
    return with < 0 ? Set.of() : HASHES_BY_UPPER_NAME.getOrDefault(n.substring(0, with), Set.of());
  }

  /** The key types {@code name} names as {@code <digest>with<key>}, as {@link #signatureMatches} reads it. */
  private static Set<KeyType> signatureKeyTypes(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    int with = n.indexOf("WITH");
    return with < 0 ? Set.of() : KEY_TYPES_BY_UPPER_NAME.getOrDefault(n.substring(with + 4), Set.of());
  }

  private static <E extends Enum<E>> Map<String, Set<E>> byFoldedName(Class<E> type, Function<E, String> name) {
    Map<String, Set<E>> byName = new HashMap<>();
    for (E e : type.getEnumConstants()) byName.computeIfAbsent(foldCase(name.apply(e)), k -> EnumSet.noneOf(type)).add(e);
    return byName;
  }

  private static <E extends Enum<E>> Map<String, Set<E>> byUpperName(Class<E> type, Function<E, String> name) {
    Map<String, Set<E>> byName = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      byName.computeIfAbsent(name.apply(e).toUpperCase(Locale.ROOT), k -> EnumSet.noneOf(type)).add(e);
    }
    return byName;
  }

  private static String hashName(HashAlgorithm hash) {
    return hash.name();
  }

  private static String keyTypeName(KeyType key) {
    return switch (key) {
      case EC -> "ECDSA";
      case RSASSA_PSS -> "RSASSA-PSS";
      default -> key.name();
    };
  }

  /**
   * The sub-elements SunJSSE's SSLAlgorithmDecomposer gives a suite, upper case; the same set
   * every time, computed once per suite (each entry of the property asks for every suite's).
   */
  static Set<String> components(CipherSuite s) {
    return COMPONENTS.get(s);
  }

  /**
   * {@code name} with each char mapped as {@link String#equalsIgnoreCase} compares it (upper case,
   * then lower case of that): two strings are equal ignoring case exactly when their foldings are
   * equal.
   */
  static String foldCase(String name) {
    char[] folded = new char[name.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Character.toLowerCase(Character.toUpperCase(name.charAt(i)));
    }
    return new String(folded);
  }

  private static Map<String, Set<CipherSuite>> suitesByFoldedName() {
    Map<String, Set<CipherSuite>> byName = new HashMap<>();
    for (CipherSuite s : CipherSuite.values()) {
      for (String name : List.of(s.jsseName(), s.ianaName())) {
        byName.computeIfAbsent(foldCase(name), k -> EnumSet.noneOf(CipherSuite.class)).add(s);
      }
    }
    return byName;
  }

  private static Map<CipherSuite, Set<String>> allComponents() {
    Map<CipherSuite, Set<String>> all = new EnumMap<>(CipherSuite.class);
    for (CipherSuite s : CipherSuite.values()) all.put(s, Set.copyOf(decompose(s)));
    return all;
  }

  private static Set<String> decompose(CipherSuite s) {
    Set<String> c = new HashSet<>();
    switch (s.keyExchange()) {
      case NULL -> c.add("K_NULL");
      case RSA -> c.add("RSA");
      case DH_RSA -> c.addAll(List.of("RSA", "DH", "DIFFIEHELLMAN", "DH_RSA"));
      case DH_DSS -> c.addAll(List.of("DSA", "DSS", "DH", "DIFFIEHELLMAN", "DH_DSS"));
      case DHE_DSS -> c.addAll(List.of("DSA", "DSS", "DH", "DHE", "DIFFIEHELLMAN", "DHE_DSS"));
      case DHE_RSA -> c.addAll(List.of("RSA", "DH", "DHE", "DIFFIEHELLMAN", "DHE_RSA"));
      case DH_anon -> c.addAll(List.of("ANON", "DH", "DIFFIEHELLMAN", "DH_ANON"));
      case ECDH_ECDSA -> c.addAll(List.of("ECDH", "ECDSA", "ECDH_ECDSA"));
      case ECDH_RSA -> c.addAll(List.of("ECDH", "RSA", "ECDH_RSA"));
      case ECDHE_ECDSA -> c.addAll(List.of("ECDHE", "ECDSA", "ECDHE_ECDSA"));
      case ECDHE_RSA -> c.addAll(List.of("ECDHE", "RSA", "ECDHE_RSA"));
      case ECDH_anon -> c.addAll(List.of("ECDH", "ANON", "ECDH_ANON"));
      case ANY -> { }
      default -> c.add(s.keyExchange().name().toUpperCase(Locale.ROOT));
    }
    if (s.isExport() && s.keyExchange() == KeyExchange.RSA) c.add("RSA_EXPORT");
    BulkCipher cipher = s.cipher();
    c.add(cipher.ianaName().toUpperCase(Locale.ROOT));
    switch (cipher) {
      case NULL -> c.addAll(List.of("NULL", "C_NULL"));
      case RC4_40, RC4_56, RC4_64, RC4_128 -> c.add("RC4");
      case RC2_CBC_40, RC2_CBC_56, RC2_CBC_128 -> c.addAll(List.of("RC2", "CBC"));
      case DES40_CBC -> c.addAll(List.of("DES", "CBC", "DES_CBC_40"));
      case DES_CBC -> c.addAll(List.of("DES", "CBC"));
      case TDES_EDE_CBC -> c.addAll(List.of("DESEDE", "CBC"));
      case AES_128_CBC, AES_256_CBC -> c.addAll(List.of("AES", "CBC"));
      case AES_128_GCM, AES_256_GCM -> c.addAll(List.of("AES", "GCM"));
      case AES_128_CCM, AES_256_CCM, AES_128_CCM_8, AES_256_CCM_8 -> c.addAll(List.of("AES", "CCM"));
      case CHACHA20_POLY1305 -> c.add("CHACHA20-POLY1305");
      default -> { }
    }
    Mac mac = s.mac();
    switch (mac) {
      case NULL -> c.add("M_NULL");
      case MD5 -> c.addAll(List.of("MD5", "HMACMD5"));
      case SHA1 -> c.addAll(List.of("SHA1", "SHA-1", "HMACSHA1"));
      case SHA256 -> c.addAll(List.of("SHA256", "SHA-256", "HMACSHA256"));
      case SHA384 -> c.addAll(List.of("SHA384", "SHA-384", "HMACSHA384"));
      case AEAD -> {
        HashAlgorithm prf = s.prfHash();
        if (prf == HashAlgorithm.SHA256) c.addAll(List.of("SHA256", "SHA-256", "HMACSHA256"));
        if (prf == HashAlgorithm.SHA384) c.addAll(List.of("SHA384", "SHA-384", "HMACSHA384"));
      }
      default -> { }
    }
    return c;
  }
}
