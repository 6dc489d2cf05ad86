package io.github.tlscompat.core.cipherstring;

import io.github.tlscompat.core.cipherstring.CipherOrder.Rule;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An OpenSSL cipher string, such as {@code HIGH:!aNULL:!MD5}, and the ordered list of cipher
 * suites it selects, computed as OpenSSL 3.0 computes it ({@code openssl ciphers},
 * {@code SSL_CTX_set_cipher_list}, nginx's {@code ssl_ciphers}, Apache's {@code SSLCipherSuite}).
 *
 * <p><b>Format.</b> Words are separated by {@code :}, {@code ,}, {@code ;} or spaces. A word is a
 * cipher name in OpenSSL's spelling ({@code ECDHE-RSA-AES128-GCM-SHA256}) or an alias
 * ({@code kRSA}, {@code aECDSA}, {@code AESGCM}, {@code SHA256}, {@code HIGH}, {@code TLSv1.2},
 * ...); aliases joined with {@code +} select the suites all of them match ({@code ECDHE+AESGCM}).
 * A word without prefix appends the suites it selects that are not yet selected; {@code !} removes
 * them for good, {@code -} removes them so that a later word may add them back (where {@code -}
 * left them, ahead of suites never removed), and {@code +} moves selected ones to the end.
 * {@code @STRENGTH} stable-sorts the selection by cipher strength, strongest first, and
 * {@code @SECLEVEL=n} sets the security level, see {@link #securityLevel()}. A string that starts
 * with {@code DEFAULT} first applies OpenSSL 3.0's default, {@code ALL:!COMPLEMENTOFDEFAULT:!eNULL};
 * one that starts with {@code SUITEB128}, {@code SUITEB128ONLY}, {@code SUITEB128C2} or
 * {@code SUITEB192} is replaced by the RFC 6460 suites.
 *
 * <p><b>Order.</b> Suites are added in OpenSSL's default preference order, not in the order of
 * the registry: ECDHE before the rest, AES-GCM before ChaCha20 before other AES before the rest,
 * MD5, anonymous, RSA key transport, plain PSK and RC4 last, then by strength, and finally
 * (EC)DHE with AEAD, (EC)DHE, other AEAD and the rest, TLS 1.2 suites first within each; ties
 * keep descending code point order. That is why {@code ALL} or {@code HIGH} alone give the lists
 * {@code openssl ciphers -V} prints.
 *
 * <p><b>Universe.</b> A cipher string selects among the suites the OpenSSL build has. By default
 * that is {@link #defaultUniverse()}, every suite OpenSSL ever named, so that old configurations
 * mean what they meant on the builds they were written for; a modern build has far fewer (Debian's
 * OpenSSL 3.0 has no 3DES, RC4, DES, IDEA, SEED or export suites). Callers that model one build
 * pass its suites, for instance those {@code openssl ciphers -V 'ALL:COMPLEMENTOFALL'} lists.
 * Aliases and names keep OpenSSL 3.0's meaning; OpenSSL 1.0.2's aliases for suites 3.0 dropped
 * ({@code EXPORT}, {@code EXP}, {@code EXPORT40}, {@code EXPORT56}, {@code DES}, {@code SSLv2},
 * {@code kDH}, {@code kDHr}, {@code kDHd}, {@code aDH}, {@code kECDH}, {@code kECDHr},
 * {@code kECDHe}, {@code aECDH}, {@code KRB5}, {@code kKRB5}, {@code aKRB5}, {@code aGOST94})
 * are understood too, and select those suites when the universe has them. Such suites are graded
 * as 3.0 grades their cipher (3DES, RC4, IDEA and SEED are {@code MEDIUM}, single DES {@code LOW})
 * and kept out of {@code DEFAULT}.
 *
 * <p><b>TLS 1.3.</b> Since OpenSSL 1.1.1, cipher strings do not select TLS 1.3 suites: those come
 * from a separate list ({@code -ciphersuites}, {@code SSL_CTX_set_ciphersuites}, nginx's
 * {@code ssl_conf_command Ciphersuites}), which {@link #parseTls13(String)} reads, and OpenSSL
 * offers them ahead of the ones selected here.
 *
 * <p><b>Differences from OpenSSL.</b> OpenSSL silently ignores a word it does not know, and fails
 * only when nothing at all is selected; this class throws {@link IllegalArgumentException} naming
 * the word, its position (0-based) and the closest known names. It also throws where OpenSSL
 * would silently ignore what was written: {@code DEFAULT} or a Suite B keyword anywhere but at the
 * start, anything between {@code @STRENGTH} or {@code @SECLEVEL=n} and the next separator, and
 * anything after a Suite B keyword. IANA names ({@code TLS_RSA_WITH_AES_128_CBC_SHA}) are an error
 * in both, OpenSSL's "invalid command"; here the message names the OpenSSL name to use instead.
 * {@code @SECLEVEL} is only recorded: {@code openssl ciphers} without {@code -s} does not filter by
 * it either, while a handshake would refuse suites below the level.
 *
 * <p>Instances are immutable values.
 *
 * @since 0.1.0
 */
public final class OpenSslCipherString {
  private static final String DEFAULT = "DEFAULT";
  // OpenSSL tests these prefixes in this order, so SUITEB128ONLY is not read as SUITEB128.
  private static final String[][] SUITE_B = {
      {"SUITEB128ONLY", "ECDHE-ECDSA-AES128-GCM-SHA256"},
      {"SUITEB128C2", "ECDHE-ECDSA-AES256-GCM-SHA384"},
      {"SUITEB128", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384"},
      {"SUITEB192", "ECDHE-ECDSA-AES256-GCM-SHA384"},
  };

  private static final ParameterSet<CipherSuite> DEFAULT_UNIVERSE =
      ParameterSet.matching(CipherSuite.class, CipherMasks::isSelectable);

  /**
   * The suites by OpenSSL name, read by a parse: in a class of their own, as are the words "did you
   * mean" chooses from, so that an OpenSSL build, which needs only {@link #defaultUniverse()}, loads
   * neither (they cost a cold {@code matrix} milliseconds).
   */
  private static final class Names {
    static final Map<String, CipherSuite> BY_OPENSSL_NAME = new HashMap<>();
    static final Map<String, CipherSuite> TLS13_BY_NAME = new HashMap<>();

    static {
      for (CipherSuite s : CipherSuite.values()) {
        if (s.openSslName().isEmpty()) continue;
        String name = s.openSslName().get();
        if (s.isTls13()) {
          TLS13_BY_NAME.put(name, s);
        } else if (CipherMasks.alias(name) == null) {
          // An SSL 2.0 kind shares some names with TLS suites (RC4-MD5): the TLS suite wins.
          BY_OPENSSL_NAME.merge(name, s, (first, second) -> first.isSsl2() ? second : first);
        }
      }
      // Spellings of OpenSSL 1.1.0 and later where the registry keeps the older one.
      BY_OPENSSL_NAME.put("DHE-DSS-DES-CBC3-SHA", CipherSuite.TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA);
      BY_OPENSSL_NAME.put("DHE-RSA-DES-CBC3-SHA", CipherSuite.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA);
      BY_OPENSSL_NAME.put("GOST2012-GOST8912-GOST8912", CipherSuite.TLS_GOSTR341112_256_WITH_28147_CNT_IMIT_OLD);
    }
  }

  /** The words "did you mean" chooses from, in this order: built once, on the first rejected word. */
  private static final class Suggestions {
    static final ClosestNames.Index KNOWN_WORDS = ClosestNames.index(knownWords());
  }

  private final String text;
  private final PreferenceList<CipherSuite> suites;
  private final OptionalInt securityLevel;

  private OpenSslCipherString(String text, PreferenceList<CipherSuite> suites, OptionalInt securityLevel) {
    this.text = text;
    this.suites = suites;
    this.securityLevel = securityLevel;
  }

  /**
   * The cipher string {@code cipherString} over {@link #defaultUniverse()}.
   *
   * @throws IllegalArgumentException if the string has a word OpenSSL does not know, a syntax
   *     error, or selects no suite ("no cipher match"); see the class description
   */
  public static OpenSslCipherString of(String cipherString) {
    return of(cipherString, DEFAULT_UNIVERSE);
  }

  /**
   * The cipher string {@code cipherString} over the suites of one OpenSSL build, {@code universe};
   * suites outside {@link #defaultUniverse()} (TLS 1.3, SSL 2.0, unnamed ones) are ignored.
   *
   * @throws IllegalArgumentException as {@link #of(String)}
   */
  public static OpenSslCipherString of(String cipherString, ParameterSet<CipherSuite> universe) {
    return of(cipherString, universe, CipherStringDialect.OPENSSL);
  }

  /**
   * The cipher string {@code cipherString} over {@code universe}, ordered, graded and with
   * {@code DEFAULT} as {@code dialect}'s library has them ({@link CipherStringDialect}); the
   * syntax, the aliases and the errors are OpenSSL's, except for
   * {@link CipherStringDialect#BORINGSSL}, which reads the string as {@link BoringSslCipherString}
   * does and keeps its equal-preference groups in the order the string lists them.
   *
   * @throws IllegalArgumentException as {@link #of(String)}
   * @since 0.1.0
   */
  public static OpenSslCipherString of(String cipherString, ParameterSet<CipherSuite> universe,
      CipherStringDialect dialect) {
    Preconditions.checkNotNull(cipherString, "cipherString");
    Preconditions.checkNotNull(universe, "universe");
    Preconditions.checkNotNull(dialect, "dialect");
    if (dialect == CipherStringDialect.BORINGSSL) {
      // Equal-preference groups flatten to their order in the string.
      BoringSslCipherString b = BoringSslCipherString.of(cipherString, universe);
      return new OpenSslCipherString(cipherString, b.suites(), OptionalInt.empty());
    }
    return new Parser(cipherString, universe.intersect(DEFAULT_UNIVERSE), dialect).run();
  }

  /**
   * The suites {@code cipherString} selects over {@link #defaultUniverse()}, most preferred first:
   * {@code of(cipherString).suites()}.
   *
   * @throws IllegalArgumentException as {@link #of(String)}
   */
  public static PreferenceList<CipherSuite> parse(String cipherString) {
    return of(cipherString).suites();
  }

  /**
   * The suites {@code cipherString} selects over {@code universe}, most preferred first:
   * {@code of(cipherString, universe).suites()}.
   *
   * @throws IllegalArgumentException as {@link #of(String)}
   */
  public static PreferenceList<CipherSuite> parse(String cipherString, ParameterSet<CipherSuite> universe) {
    return of(cipherString, universe).suites();
  }

  /**
   * The TLS 1.3 suites of an OpenSSL ciphersuites list ({@code -ciphersuites},
   * {@code SSL_CTX_set_ciphersuites}), in its order: IANA names, exactly as written, separated by
   * {@code :}, e.g. {@code TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256}. Spaces around
   * names and empty elements are skipped, and an empty list is valid: it turns TLS 1.3 off.
   *
   * <p>OpenSSL 3.0 skips unknown names unless none is known, keeps a repeated name twice, and
   * accepts TLS 1.2 IANA names here too, offering them first. This method throws instead for
   * unknown and TLS 1.2 names, and keeps only the first of repeats.
   *
   * @throws IllegalArgumentException naming an unknown name or a name of a TLS 1.2-or-earlier
   *     suite, with its position (0-based)
   */
  public static PreferenceList<CipherSuite> parseTls13(String ciphersuites) {
    Preconditions.checkNotNull(ciphersuites, "ciphersuites");
    List<CipherSuite> result = new ArrayList<>();
    int start = 0;
    while (start <= ciphersuites.length()) {
      int end = ciphersuites.indexOf(':', start);
      if (end < 0) end = ciphersuites.length();
      String element = ciphersuites.substring(start, end);
      String name = element.strip();
      if (!name.isEmpty()) {
        int position = start + element.indexOf(name);
        CipherSuite s = Names.TLS13_BY_NAME.get(name);
        if (s == null) throw unknownTls13(name, position);
        result.add(s);
      }
      start = end + 1;
    }
    return PreferenceList.distinctOf(CipherSuite.class, result);
  }

  private static IllegalArgumentException unknownTls13(String name, int position) {
    // Names are case-sensitive here, as in OpenSSL: a TLS 1.3 name in the wrong case is a typo.
    CipherSuite other = CipherSuite.findByIanaName(name).filter(s -> !s.isTls13()).orElse(Names.BY_OPENSSL_NAME.get(name));
    if (other != null) {
      return new IllegalArgumentException("'" + name + "' at position " + position
          + " is not a TLS 1.3 suite; TLS 1.2 and earlier suites belong in the cipher string");
    }
    String hint = name.contains(",") || name.contains(" ")
        ? "; separate TLS 1.3 suites with ':'"
        : ClosestNames.didYouMean(name, Names.TLS13_BY_NAME.keySet());
    return new IllegalArgumentException("unknown TLS 1.3 cipher suite '" + name + "' at position "
        + position + hint);
  }

  /**
   * Every suite a cipher string can select: those of the registry that OpenSSL has a name for,
   * except TLS 1.3 suites (see the class description) and SSL 2.0 kinds. This is more than any
   * modern OpenSSL build has; pass the build's own suites to {@link #of(String, ParameterSet)}
   * when that matters.
   */
  public static ParameterSet<CipherSuite> defaultUniverse() {
    return DEFAULT_UNIVERSE;
  }

  /** The cipher string as written. */
  public String text() {
    return text;
  }

  /** The suites the string selects, most preferred first; never empty. */
  public PreferenceList<CipherSuite> suites() {
    return suites;
  }

  /**
   * The security level the last {@code @SECLEVEL=n} set, or empty if the string sets none and the
   * build's default applies (1 in upstream OpenSSL 3.0, 2 in Debian's build).
   *
   * <p>The level does not change {@link #suites()}, just as {@code openssl ciphers} without
   * {@code -s} lists suites regardless of it: it restricts what a handshake accepts (keys,
   * groups, signatures and, at 1 and above, suites under 80 bits), which is the negotiation's
   * business.
   */
  public OptionalInt securityLevel() {
    return securityLevel;
  }

  @Override public boolean equals(Object o) {
    return o instanceof OpenSslCipherString other && text.equals(other.text)
        && suites.equals(other.suites) && securityLevel.equals(other.securityLevel);
  }

  @Override public int hashCode() {
    return Objects.hash(text, suites, securityLevel);
  }

  /** The cipher string as written. */
  @Override public String toString() {
    return text;
  }

  /** One run of OpenSSL's {@code ssl_cipher_process_rulestr} over a string, with positions for errors. */
  private static final class Parser {
    private final String text;
    private final ParameterSet<CipherSuite> universe;
    private final CipherStringDialect dialect;
    private final CipherOrder order;
    private OptionalInt securityLevel = OptionalInt.empty();

    Parser(String text, ParameterSet<CipherSuite> universe, CipherStringDialect dialect) {
      this.text = text;
      this.universe = universe;
      this.dialect = dialect;
      this.order = CipherOrder.of(universe, dialect);
    }

    OpenSslCipherString run() {
      String rules = text;
      for (String[] suiteB : SUITE_B) {
        if (text.startsWith(suiteB[0])) {
          rejectTrailing(suiteB[0].length(), suiteB[0]);
          rules = suiteB[1];
          break;
        }
      }
      int from = 0;
      if (rules.startsWith(DEFAULT)) {
        process(dialect.defaultRules(), 0);
        from = DEFAULT.length();
        if (from < rules.length() && rules.charAt(from) == ':') from++;
      }
      process(rules, from);
      PreferenceList<CipherSuite> selected = order.active();
      if (selected.isEmpty()) {
        throw new IllegalArgumentException("no cipher match: '" + text + "' selects no suite");
      }
      return new OpenSslCipherString(text, selected, securityLevel);
    }

    private void process(String s, int from) {
      int i = from;
      while (i < s.length()) {
        char ch = s.charAt(i);
        if (isSeparator(ch)) {
          i++;
          continue;
        }
        if (ch == '@') {
          i = command(s, i + 1);
          continue;
        }
        Rule rule = switch (ch) {
          case '-' -> Rule.DEL;
          case '+' -> Rule.ORD;
          case '!' -> Rule.KILL;
          default -> Rule.ADD;
        };
        if (rule != Rule.ADD) i++;
        CipherMasks pattern = CipherMasks.EVERYTHING;
        while (true) {
          int start = i;
          i = wordEnd(s, start);
          String word = s.substring(start, i);
          if (word.isEmpty()) throw expectedWord(s, start);
          if (i < s.length() && s.charAt(i) == '_') throw ianaName(s, start);
          pattern = pattern.and(lookup(word, start));
          if (i == s.length() || s.charAt(i) != '+') break;
          i++;
        }
        order.apply(rule, pattern);
      }
    }

    // Reads the word after '@' and returns where the next rule starts.
    private int command(String s, int from) {
      int end = wordEnd(s, from);
      String word = s.substring(from, end);
      if (word.isEmpty()) throw expectedWord(s, from);
      if (word.equals("STRENGTH")) {
        order.sortByStrength();
      } else if (word.length() == 10 && word.startsWith("SECLEVEL=")
          && word.charAt(9) >= '0' && word.charAt(9) <= '5') {
        securityLevel = OptionalInt.of(word.charAt(9) - '0');
      } else {
        throw new IllegalArgumentException("unknown command '@" + word + "' at position "
            + (from - 1) + "; OpenSSL knows @STRENGTH and @SECLEVEL=0 to @SECLEVEL=5");
      }
      int next = end;
      while (next < s.length() && !isSeparator(s.charAt(next))) next++;
      if (next > end) {
        throw new IllegalArgumentException("OpenSSL ignores '" + s.substring(end, next)
            + "' after '@" + word + "' at position " + end + "; separate it with ':'");
      }
      return next;
    }

    private CipherMasks lookup(String word, int position) {
      CipherSuite suite = Names.BY_OPENSSL_NAME.get(word);
      if (suite != null) {
        // OpenSSL does not know names its build lacks, and ignores the word.
        return universe.contains(suite) ? CipherMasks.of(suite, dialect) : CipherMasks.NOTHING;
      }
      CipherMasks alias = CipherMasks.alias(word);
      if (alias != null) return alias;
      if (word.equals(DEFAULT)) {
        throw new IllegalArgumentException("'DEFAULT' at position " + position
            + " would be ignored: OpenSSL expands DEFAULT only at the start of a cipher string");
      }
      for (String[] suiteB : SUITE_B) {
        if (word.equals(suiteB[0])) {
          throw new IllegalArgumentException("'" + word + "' at position " + position
              + " would be ignored: OpenSSL reads Suite B keywords only at the start of a cipher string");
        }
      }
      throw new IllegalArgumentException("unknown cipher alias or name '" + word + "' at position "
          + position + Suggestions.KNOWN_WORDS.didYouMean(word));
    }

    private IllegalArgumentException ianaName(String s, int start) {
      int end = start;
      while (end < s.length() && (isWordChar(s.charAt(end)) || s.charAt(end) == '_')) end++;
      String name = s.substring(start, end);
      CipherSuite suite = CipherSuite.findByIanaName(name).orElse(null);
      String at = "'" + name + "' at position " + start;
      if (suite == null) {
        return new IllegalArgumentException("invalid character '_' at position " + s.indexOf('_', start));
      } else if (suite.isTls13()) {
        return new IllegalArgumentException(at + " is a TLS 1.3 suite, which OpenSSL takes from a"
            + " separate list (-ciphersuites), not from the cipher string; see parseTls13");
      } else if (suite.openSslName().isPresent()) {
        return new IllegalArgumentException(at + " is an IANA name; OpenSSL cipher strings take"
            + " OpenSSL names: " + suite.openSslName().get());
      }
      return new IllegalArgumentException(at + " is an IANA name of a suite OpenSSL has no name for");
    }

    private IllegalArgumentException expectedWord(String s, int position) {
      if (position == s.length()) {
        return new IllegalArgumentException("expected an alias or cipher name at the end of '" + s + "'");
      }
      char c = s.charAt(position);
      if (isSeparator(c) || c == '+' || c == '!' || c == '@') {
        return new IllegalArgumentException("expected an alias or cipher name at position " + position
            + ", found '" + c + "'");
      }
      return new IllegalArgumentException("invalid character '" + c + "' at position " + position);
    }

    // Anything but separators after a Suite B keyword is dropped by OpenSSL.
    private void rejectTrailing(int from, String keyword) {
      for (int i = from; i < text.length(); i++) {
        if (!isSeparator(text.charAt(i))) {
          throw new IllegalArgumentException("OpenSSL ignores '" + text.substring(i) + "' after '"
              + keyword + "' at position " + i + "; Suite B keywords stand alone");
        }
      }
    }

    private static int wordEnd(String s, int from) {
      int i = from;
      while (i < s.length() && isWordChar(s.charAt(i))) i++;
      return i;
    }

    private static boolean isWordChar(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '=';
    }

    private static boolean isSeparator(char c) {
      return c == ':' || c == ',' || c == ';' || c == ' ';
    }
  }

  private static List<String> knownWords() {
    List<String> known = new ArrayList<>(CipherMasks.aliasNames());
    known.add(DEFAULT);
    for (CipherSuite s : DEFAULT_UNIVERSE) known.add(s.openSslName().orElseThrow());
    return List.copyOf(known);
  }
}
