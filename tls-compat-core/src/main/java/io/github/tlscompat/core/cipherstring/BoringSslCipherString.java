package io.github.tlscompat.core.cipherstring;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A cipher string as BoringSSL reads it ({@code ssl/ssl_cipher.cc} {@code ssl_create_cipher_list}
 * and {@code ssl_cipher_process_rulestr} of google/boringssl), with {@code SSL_CTX_set_cipher_list}'s
 * leniency, which nginx and Apache httpd use: OpenSSL's rules ({@code !}, {@code -}, {@code +},
 * {@code @STRENGTH}, {@code A+B}, a word that is a suite's OpenSSL or IANA name) over BoringSSL's
 * own table, aliases and order, plus equal-preference groups.
 *
 * <p><b>Equal-preference groups.</b> {@code [A|B|C]} adds the suites A, B and C select as one
 * group: the server, preferring its own order, takes whichever of them comes first in the
 * client's list. Once a group has appeared, only plain words may follow (no {@code !}, {@code -},
 * {@code +} or {@code @}); inside a group only words and {@code |}.
 *
 * <p><b>Aliases.</b> Only BoringSSL's: {@code ALL}, {@code kRSA}, {@code kECDHE} ({@code kEECDH},
 * {@code ECDH}), {@code kPSK}, {@code aRSA}, {@code aECDSA} ({@code ECDSA}), {@code aPSK},
 * {@code ECDHE} ({@code EECDH}), {@code RSA}, {@code PSK}, {@code 3DES}, {@code AES128},
 * {@code AES256}, {@code AES}, {@code AESGCM}, {@code CHACHA20}, {@code SHA1} ({@code SHA}),
 * {@code SSLv3} ({@code TLSv1}), {@code TLSv1.2}, and {@code HIGH} and {@code FIPS}, which match
 * every suite. A word it does not know ({@code aNULL}, {@code MD5}, {@code DHE}, {@code RC4}) is
 * skipped, and listed in {@link #skippedWords()}. Adding excludes the deprecated suites (3DES and
 * ECDHE's CBC-SHA256) unless a part of the word is {@code 3DES} or it names the suite; {@code -}
 * and {@code !} reach them always. {@code COMPLEMENTOFDEFAULT} matches nothing.
 *
 * <p><b>Order.</b> Before the string: ECDHE with AES-GCM (ECDSA, RSA; 128 before 256), ECDHE with
 * ChaCha20, then the rest (ECDHE CBC, RSA key transport, PSK, 3DES last), AES before ChaCha20 as
 * on a CPU with AES instructions, which this class assumes. {@code DEFAULT} is {@code ALL}.
 *
 * <p>BoringSSL's TLS 1.3 suites are fixed and not selected by a cipher string.
 *
 * @since 0.1.0
 */
public final class BoringSslCipherString {

  // ssl_create_cipher_list: kAESCiphers, kChaChaCiphers, kLegacyCiphers, with AES hardware.
  private static final List<CipherSuite> BASE_ORDER = List.of(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
      CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
      CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
      CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
      CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, CipherSuite.TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA,
      CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
      CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
      CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_PSK_WITH_AES_128_CBC_SHA,
      CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA, CipherSuite.TLS_PSK_WITH_AES_256_CBC_SHA,
      CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);

  /** BoringSSL's table of TLS 1.2-and-earlier suites ({@code kCiphers}), in its default order. */
  public static final PreferenceList<CipherSuite> SUITES = PreferenceList.copyOf(CipherSuite.class, BASE_ORDER);

  /** An alias: a test on a suite, and whether adding with it reaches the deprecated suites. */
  private record Alias(Predicate<CipherSuite> matches, boolean includesDeprecated) {}

  private static final Map<String, Alias> ALIASES = Map.ofEntries(
      Map.entry("ALL", alias(s -> true)),
      Map.entry("COMPLEMENTOFDEFAULT", alias(s -> false)),
      Map.entry("kRSA", alias(s -> s.keyExchange() == KeyExchange.RSA)),
      Map.entry("kECDHE", alias(BoringSslCipherString::isEcdhe)),
      Map.entry("kEECDH", alias(BoringSslCipherString::isEcdhe)),
      Map.entry("ECDH", alias(BoringSslCipherString::isEcdhe)),
      Map.entry("kPSK", alias(s -> s.keyExchange() == KeyExchange.PSK)),
      Map.entry("aRSA", alias(s -> s.keyExchange() == KeyExchange.RSA || s.keyExchange() == KeyExchange.ECDHE_RSA)),
      Map.entry("aECDSA", alias(s -> s.keyExchange() == KeyExchange.ECDHE_ECDSA)),
      Map.entry("ECDSA", alias(s -> s.keyExchange() == KeyExchange.ECDHE_ECDSA)),
      Map.entry("aPSK", alias(s -> s.keyExchange().isPsk())),
      Map.entry("ECDHE", alias(BoringSslCipherString::isEcdhe)),
      Map.entry("EECDH", alias(BoringSslCipherString::isEcdhe)),
      Map.entry("RSA", alias(s -> s.keyExchange() == KeyExchange.RSA)),
      Map.entry("PSK", alias(s -> s.keyExchange() == KeyExchange.PSK)),
      Map.entry("3DES", new Alias(s -> s.cipher() == BulkCipher.TDES_EDE_CBC, true)),
      Map.entry("AES128", alias(s -> s.cipher() == BulkCipher.AES_128_CBC || s.cipher() == BulkCipher.AES_128_GCM)),
      Map.entry("AES256", alias(s -> s.cipher() == BulkCipher.AES_256_CBC || s.cipher() == BulkCipher.AES_256_GCM)),
      Map.entry("AES", alias(s -> s.cipher().name().startsWith("AES_"))),
      Map.entry("AESGCM", alias(s -> s.cipher() == BulkCipher.AES_128_GCM || s.cipher() == BulkCipher.AES_256_GCM)),
      Map.entry("CHACHA20", alias(s -> s.cipher() == BulkCipher.CHACHA20_POLY1305)),
      Map.entry("SHA1", alias(s -> s.mac() == Mac.SHA1)),
      Map.entry("SHA", alias(s -> s.mac() == Mac.SHA1)),
      Map.entry("SSLv3", alias(s -> !isTls12Only(s))),
      Map.entry("TLSv1", alias(s -> !isTls12Only(s))),
      Map.entry("TLSv1.2", alias(BoringSslCipherString::isTls12Only)),
      Map.entry("HIGH", alias(s -> true)),
      Map.entry("FIPS", alias(s -> true)));

  private final String text;
  private final List<List<CipherSuite>> groups;
  private final List<String> skippedWords;

  private BoringSslCipherString(String text, List<List<CipherSuite>> groups, List<String> skippedWords) {
    this.text = text;
    this.groups = groups;
    this.skippedWords = skippedWords;
  }

  /**
   * The cipher string {@code cipherString} over {@code universe} (BoringSSL's suites in it).
   *
   * @throws IllegalArgumentException for what BoringSSL rejects, naming the position: an operator
   *     in a group or after one, a character that starts no word, {@code @} with anything but
   *     {@code STRENGTH} (BoringSSL has no {@code @SECLEVEL}), an unclosed group, or a string
   *     that selects no suite ("no cipher match")
   */
  public static BoringSslCipherString of(String cipherString, ParameterSet<CipherSuite> universe) {
    Preconditions.checkNotNull(cipherString, "cipherString");
    Preconditions.checkNotNull(universe, "universe");
    return new Parser(cipherString, universe).run();
  }

  /** The cipher string as written. */
  public String text() {
    return text;
  }

  /** The selected suites, most preferred first, each group's in the order the string added them. */
  public PreferenceList<CipherSuite> suites() {
    return PreferenceList.copyOf(CipherSuite.class, groups.stream().flatMap(List::stream).toList());
  }

  /**
   * The selected suites as BoringSSL's server holds them: most preferred group first; a suite
   * outside brackets is a group of one; within a group, the client's order decides.
   */
  public List<List<CipherSuite>> groups() {
    return groups;
  }

  /** The words BoringSSL did not know and skipped, in order ({@code aNULL}, {@code MD5}, ...). */
  public List<String> skippedWords() {
    return skippedWords;
  }

  /** The cipher string as written. */
  @Override public String toString() {
    return text;
  }

  private static Alias alias(Predicate<CipherSuite> matches) {
    return new Alias(matches, false);
  }

  private static boolean isEcdhe(CipherSuite s) {
    return s.keyExchange().agreement() == KeyExchange.Agreement.ECDHE;
  }

  // SSL_CIPHER_get_min_version: suites with their own PRF hash (AEAD, SHA-256, SHA-384) are TLS 1.2's.
  private static boolean isTls12Only(CipherSuite s) {
    return s.mac() != Mac.SHA1;
  }

  // ssl_cipher_is_deprecated.
  private static boolean isDeprecated(CipherSuite s) {
    return s.cipher() == BulkCipher.TDES_EDE_CBC || s == CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256
        || s == CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256;
  }

  private static final class Entry {
    final CipherSuite suite;
    boolean active;
    boolean inGroup;

    Entry(CipherSuite suite) {
      this.suite = suite;
    }
  }

  private enum Rule { ADD, ORD, DEL, KILL }

  private static final class Parser {
    private final String text;
    private List<Entry> order = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    Parser(String text, ParameterSet<CipherSuite> universe) {
      this.text = text;
      for (CipherSuite s : BASE_ORDER) {
        if (universe.contains(s)) order.add(new Entry(s));
      }
    }

    BoringSslCipherString run() {
      String rules = text;
      int from = 0;
      if (rules.startsWith("DEFAULT")) {
        process("ALL", 0);
        from = "DEFAULT".length();
        if (from < rules.length() && rules.charAt(from) == ':') from++;
      }
      process(rules, from);
      List<List<CipherSuite>> groups = new ArrayList<>();
      List<CipherSuite> current = new ArrayList<>();
      for (Entry e : order) {
        if (!e.active) continue;
        current.add(e.suite);
        if (!e.inGroup) {
          groups.add(List.copyOf(current));
          current.clear();
        }
      }
      if (!current.isEmpty()) groups.add(List.copyOf(current));
      if (groups.isEmpty()) throw new IllegalArgumentException("no cipher match: '" + text + "' selects no suite");
      return new BoringSslCipherString(text, List.copyOf(groups), List.copyOf(skipped));
    }

    private void process(String s, int from) {
      boolean inGroup = false;
      boolean hadGroup = false;
      int i = from;
      while (i < s.length()) {
        char ch = s.charAt(i);
        int at = i;
        Rule rule = Rule.ADD;
        boolean special = false;
        if (inGroup) {
          if (ch == ']') {
            if (!order.isEmpty()) lastActive().ifPresent(e -> e.inGroup = false);
            inGroup = false;
            i++;
            continue;
          }
          if (ch == '|') {
            i++;
            continue;
          }
          if (!Character.isLetterOrDigit(ch)) {
            throw new IllegalArgumentException("'" + ch + "' at position " + i
                + " in an equal-preference group; BoringSSL allows only names and '|' there");
          }
        } else if (ch == '-') {
          rule = Rule.DEL;
          i++;
        } else if (ch == '+') {
          rule = Rule.ORD;
          i++;
        } else if (ch == '!') {
          rule = Rule.KILL;
          i++;
        } else if (ch == '@') {
          special = true;
          i++;
        } else if (ch == '[') {
          inGroup = true;
          hadGroup = true;
          i++;
          continue;
        }
        if (hadGroup && (rule != Rule.ADD || special)) {
          throw new IllegalArgumentException("'" + ch + "' at position " + at + " after an equal-preference group;"
              + " BoringSSL allows no -, +, ! or @ once a group is used");
        }
        if (ch == ':' || ch == ' ' || ch == ';' || ch == ',') {
          i++;
          continue;
        }
        int start = i;
        i = wordEnd(s, start);
        if (i == start) {
          throw new IllegalArgumentException("'" + (i < s.length() ? s.charAt(i) : ' ') + "' at position " + i
              + " starts no word (BoringSSL: invalid command)");
        }
        if (special) {
          String word = s.substring(start, i);
          if (!word.equals("STRENGTH")) {
            throw new IllegalArgumentException("unknown command '@" + word + "' at position " + (start - 1)
                + "; BoringSSL knows only @STRENGTH and has no security levels");
          }
          sortByStrength();
          while (i < s.length() && ":,; ".indexOf(s.charAt(i)) < 0) i++;
          continue;
        }
        // A word: one name, or aliases joined with '+', all of which must match.
        List<String> parts = new ArrayList<>();
        parts.add(s.substring(start, i));
        while (i < s.length() && s.charAt(i) == '+') {
          int partStart = ++i;
          i = wordEnd(s, partStart);
          parts.add(s.substring(partStart, i));
        }
        apply(rule, parts, inGroup);
      }
      if (inGroup) throw new IllegalArgumentException("the equal-preference group is not closed with ']'");
    }

    private void apply(Rule rule, List<String> parts, boolean inGroup) {
      Predicate<CipherSuite> test;
      if (parts.size() == 1 && nameOf(parts.get(0)) != null) {
        CipherSuite named = nameOf(parts.get(0));
        test = s -> s == named;
      } else {
        Predicate<CipherSuite> all = s -> true;
        boolean deprecated = rule != Rule.ADD;
        for (String part : parts) {
          Alias alias = ALIASES.get(part);
          if (alias == null) {
            skipped.add(String.join("+", parts));
            return;
          }
          all = all.and(alias.matches());
          deprecated |= alias.includesDeprecated();
        }
        boolean withDeprecated = deprecated;
        Predicate<CipherSuite> matches = all;
        test = s -> matches.test(s) && (withDeprecated || !isDeprecated(s));
      }
      List<Entry> hit = new ArrayList<>();
      List<Entry> rest = new ArrayList<>();
      for (Entry e : order) {
        boolean selected = test.test(e.suite) && switch (rule) {
          case ADD -> !e.active;
          case ORD, DEL -> e.active;
          case KILL -> true;
        };
        (selected ? hit : rest).add(e);
      }
      switch (rule) {
        case ADD -> hit.forEach(e -> {
          e.active = true;
          e.inGroup = inGroup;
        });
        case ORD -> hit.forEach(e -> e.inGroup = false);
        case DEL -> hit.forEach(e -> {
          e.active = false;
          e.inGroup = false;
        });
        case KILL -> { }
      }
      List<Entry> next = new ArrayList<>(order.size());
      switch (rule) {
        case ADD, ORD -> {
          next.addAll(rest);
          next.addAll(hit);
        }
        case DEL -> {
          next.addAll(hit);
          next.addAll(rest);
        }
        case KILL -> next.addAll(rest);
      }
      order = next;
    }

    private java.util.Optional<Entry> lastActive() {
      for (int k = order.size() - 1; k >= 0; k--) {
        if (order.get(k).active) return java.util.Optional.of(order.get(k));
      }
      return java.util.Optional.empty();
    }

    // ssl_cipher_strength_sort: active suites by strength, strongest first, order kept within one.
    private void sortByStrength() {
      List<Entry> active = new ArrayList<>();
      List<Entry> rest = new ArrayList<>();
      for (Entry e : order) (e.active ? active : rest).add(e);
      active.sort(Comparator.comparingInt((Entry e) -> e.suite.cipher().effectiveBits()).reversed());
      active.forEach(e -> e.inGroup = false);
      List<Entry> next = new ArrayList<>(rest);
      next.addAll(active);
      order = next;
    }

    private static CipherSuite nameOf(String word) {
      for (CipherSuite s : BASE_ORDER) {
        if (s.ianaName().equals(word) || s.openSslName().filter(word::equals).isPresent()) return s;
      }
      return null;
    }

    private static int wordEnd(String s, int from) {
      int i = from;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "-._".indexOf(s.charAt(i)) >= 0)) i++;
      return i;
    }
  }
}
