package io.github.tlscompat.core.cipherstring;

import io.github.tlscompat.core.cipherstring.GnuTlsKeywords.Level;
import io.github.tlscompat.core.cipherstring.GnuTlsKeywords.Sign;
import io.github.tlscompat.core.cipherstring.GnuTlsKeywords.Version;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A GnuTLS priority string, such as {@code NORMAL:-VERS-TLS1.0:-VERS-TLS1.1:%SERVER_PRECEDENCE},
 * expanded the way GnuTLS 3.7 and 3.8 expand it ({@code gnutls_priority_init} and
 * {@code set_ciphersuite_list} in {@code lib/priority.c}; the GnuTLS manual, "Priority strings").
 *
 * <p><b>Reading.</b> The string is split at {@code :}. Unless the first word is {@code NONE}, the
 * versions, signature algorithms and groups start as GnuTLS's defaults (ciphers, MACs and key
 * exchanges start empty). A level keyword ({@code NORMAL}, {@code PFS}, {@code PERFORMANCE},
 * {@code SECURE128} or {@code SECURE}, {@code SECURE192} or {@code SECURE256}, {@code SUITEB128},
 * {@code SUITEB192}, {@code LEGACY}) sets the cipher, MAC, key exchange, signature and group lists
 * when it is the first keyword, and appends to them later ({@code SECURE256:+SECURE128}). A word
 * {@code +X} appends and {@code -X} or {@code !X} removes one algorithm, tried as a MAC
 * ({@code SHA1}, {@code AEAD}), a cipher ({@code AES-128-GCM}), a key exchange ({@code ECDHE-RSA}),
 * then by prefix: {@code VERS-} (and {@code VERS-ALL}, {@code VERS-TLS-ALL},
 * {@code VERS-DTLS-ALL}), {@code GROUP-} and {@code CURVE-} (and {@code GROUP-ALL},
 * {@code GROUP-EC-ALL}, {@code GROUP-DH-ALL}), {@code SIGN-} (and {@code SIGN-ALL}), {@code CIPHER-ALL},
 * {@code MAC-ALL}, {@code KX-ALL}, {@code COMP-} (compression is gone: ignored), {@code CTYPE-}
 * (certificate types: accepted, not modelled). GnuTLS ignores any other {@code CIPHER-},
 * {@code MAC-} and {@code KX-} word, and so does this class. A {@code %} word is an option of
 * {@code priority_options.gperf}: {@code %SERVER_PRECEDENCE} makes the server's order win and
 * {@code %NO_EXTENSIONS} turns TLS 1.3 off; every other ({@code %COMPAT}, {@code %NO_ETM},
 * {@code %FORCE_ETM}, {@code %NO_TICKETS}, the renegotiation and {@code %PROFILE_...} and
 * {@code %VERIFY_...} options) changes record framing, tickets, renegotiation or certificate
 * verification, not which version, suite or group a ClientHello gets, and is accepted and listed in
 * {@link Expansion#unmodelled()}. A string that starts with {@code @} names entries of the system
 * priority file ({@code @KEYWORD1,KEYWORD2:rest}: the first keyword the file defines, then the
 * rest appended); without such an entry it is an error, as it is for GnuTLS.
 *
 * <p><b>Expanding.</b> The suites are every entry of GnuTLS's suite table that is a product of
 * the lists, in their order: first the TLS 1.3 suites, cipher by cipher and MAC by MAC, then key
 * exchange by key exchange, cipher by cipher, MAC by MAC. Then: NULL ciphers, SRP, RSA-PSK and
 * {@code %NO_EXTENSIONS} turn TLS 1.3 off; a TLS 1.3-only string drops the key exchanges; the
 * groups in use are the EC groups once an ECDHE suite is in and the FFDHE groups once a DHE suite
 * is (both with TLS 1.3), in the list's order; without a signature algorithm TLS 1.2 and later go;
 * TLS 1.3 goes without groups, or with TLS 1.0 or 1.1 but not 1.2. What is listed is what
 * {@code gnutls-cli --priority STRING --list} prints, in its order (verified against the binary).
 *
 * @since 0.1.0
 */
public final class GnuTlsPriorityString {
  private GnuTlsPriorityString() {}

  /**
   * A priority string as GnuTLS expands it: what {@code gnutls-cli --priority P --list} prints,
   * and what a server negotiates with.
   *
   * @param priority the string as given
   * @param resolved the string after {@code @KEYWORD} resolution (the same when it has none)
   * @param protocols the versions, GnuTLS names without {@code VERS-} ({@code TLS1.3},
   *     {@code DTLS1.2}), in order
   * @param cipherSuites the suites, in GnuTLS's order, those of versions it has enabled
   * @param ciphers the cipher list, e.g. {@code AES-256-GCM}
   * @param macs the MAC list, e.g. {@code SHA1}, {@code AEAD}
   * @param keyExchanges the key exchange list, e.g. {@code ECDHE-RSA}
   * @param groupNames the group list as configured, without {@code GROUP-}
   * @param signatureNames the signature algorithm list as configured, without {@code SIGN-}
   * @param groups the groups a handshake can use, in order: EC groups only with an ECDHE suite or
   *     TLS 1.3, FFDHE groups only with a DHE suite or TLS 1.3
   * @param signatureSchemes the signature schemes a handshake can use, in order
   * @param serverPrecedence whether {@code %SERVER_PRECEDENCE} makes the server's order win
   * @param unmodelled the words accepted that do not change what a handshake negotiates
   * @since 0.1.0
   */
  public record Expansion(String priority, String resolved, List<String> protocols, List<CipherSuite> cipherSuites,
      List<String> ciphers, List<String> macs, List<String> keyExchanges, List<String> groupNames,
      List<String> signatureNames, PreferenceList<NamedGroup> groups,
      PreferenceList<SignatureScheme> signatureSchemes, boolean serverPrecedence, List<String> unmodelled) {

    /** Validates the components and copies the lists. */
    public Expansion {
      Preconditions.checkNotNull(priority, "priority");
      Preconditions.checkNotNull(resolved, "resolved");
      protocols = List.copyOf(protocols);
      cipherSuites = List.copyOf(cipherSuites);
      ciphers = List.copyOf(ciphers);
      macs = List.copyOf(macs);
      keyExchanges = List.copyOf(keyExchanges);
      groupNames = List.copyOf(groupNames);
      signatureNames = List.copyOf(signatureNames);
      Preconditions.checkNotNull(groups, "groups");
      Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
      unmodelled = List.copyOf(unmodelled);
    }

    /** The TLS versions of {@link #protocols()} (DTLS left out). */
    public ParameterSet<ProtocolVersion> versions() {
      List<ProtocolVersion> out = new ArrayList<>();
      for (String p : protocols) {
        switch (p) {
          case "TLS1.0" -> out.add(ProtocolVersion.TLS_1_0);
          case "TLS1.1" -> out.add(ProtocolVersion.TLS_1_1);
          case "TLS1.2" -> out.add(ProtocolVersion.TLS_1_2);
          case "TLS1.3" -> out.add(ProtocolVersion.TLS_1_3);
          default -> { }
        }
      }
      return ParameterSet.copyOf(ProtocolVersion.class, out);
    }

    /**
     * The DH prime a server with {@code gnutls_certificate_set_known_dh_params} at a security
     * parameter of {@code minBits} uses for a client that names no FFDHE group: the first FFDHE
     * group of {@link #groups()} at least that large ({@code _gnutls_figure_dh_params},
     * {@code lib/dh.c}); empty when there is none, and then DHE has no parameters.
     */
    public OptionalInt knownDhPrimeBits(int minBits) {
      for (NamedGroup g : groups) {
        if (g.name().startsWith("ffdhe") && g.bits() >= minBits) return OptionalInt.of(g.bits());
      }
      return OptionalInt.empty();
    }
  }

  /**
   * {@code priority} expanded without a system priority file: a string starting with {@code @}
   * is then an error.
   *
   * @throws IllegalArgumentException for a syntax error (naming the word, its position and what
   *     was expected, and what {@code gnutls-cli} says) or a string that leaves no version or no
   *     suite (GnuTLS's "No or insufficient priorities were set")
   */
  public static Expansion expand(String priority) {
    return expand(priority, Map.of());
  }

  /**
   * {@code priority} expanded with the entries {@code systemPriorities} of a system priority
   * file ({@code [priorities]} section: {@code SYSTEM=NORMAL:-VERS-TLS1.0}), keyed by keyword.
   *
   * @throws IllegalArgumentException as {@link #expand(String)}; an {@code @} keyword the file
   *     does not define is a syntax error there
   */
  public static Expansion expand(String priority, Map<String, String> systemPriorities) {
    Preconditions.checkNotNull(priority, "priority");
    Preconditions.checkNotNull(systemPriorities, "systemPriorities");
    String resolved = resolve(priority, systemPriorities);
    return new Reader(priority, resolved).read();
  }

  /** {@code _gnutls_resolve_priorities}: leading space dropped, an {@code @} list looked up. */
  private static String resolve(String priority, Map<String, String> system) {
    String p = priority.stripLeading();
    if (!p.startsWith("@")) return p;
    int colon = p.indexOf(':');
    String keywords = colon < 0 ? p.substring(1) : p.substring(1, colon);
    for (String k : keywords.split(",", -1)) {
      String value = system.get(k);
      if (value != null) return colon < 0 ? value : value + ":" + p.substring(colon + 1);
    }
    String defined = system.isEmpty() ? "it defines no keyword" : "it defines " + String.join(", ", system.keySet());
    throw syntax(priority, 0, p.substring(0, colon < 0 ? p.length() : colon),
        "no entry " + String.join(" or ", keywords.split(",", -1)) + " in the system priority file ("
            + defined + ")");
  }

  private static IllegalArgumentException syntax(String priority, int at, String word, String why) {
    return new IllegalArgumentException("syntax error at character " + (at + 1) + " of '" + priority + "', '"
        + word + "': " + why + " (gnutls-cli: " + ("Syntax error at: " + priority.substring(at)).strip() + ")");
  }

  /** One word of the string and where it starts. */
  private record Word(String text, int at) {}

  private static final class Reader {
    private final String priority;
    private final String resolved;
    private List<String> protocols = new ArrayList<>();
    private List<String> ciphers = new ArrayList<>();
    private List<String> macs = new ArrayList<>();
    private List<String> kx = new ArrayList<>();
    private List<String> signs = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private final List<String> unmodelled = new ArrayList<>();
    private boolean serverPrecedence;
    private boolean noExtensions;

    Reader(String priority, String resolved) {
      this.priority = priority;
      this.resolved = resolved;
    }

    Expansion read() {
      List<Word> words = words();
      int i = 0;
      boolean keywordSet = false;
      if (!words.get(0).text().equalsIgnoreCase("NONE")) {
        protocols = new ArrayList<>(GnuTlsKeywords.PROTOCOLS);
        signs = new ArrayList<>(GnuTlsKeywords.SIGN_DEFAULT);
        groups = new ArrayList<>(GnuTlsKeywords.GROUPS_NORMAL);
      } else {
        keywordSet = true;
        i = 1;
      }
      for (; i < words.size(); i++) {
        Word w = words.get(i);
        Optional<Level> level = GnuTlsKeywords.level(w.text());
        if (level.isPresent()) {
          apply(level.get(), keywordSet);
          keywordSet = true;
        } else if (!w.text().isEmpty() && "+-!".indexOf(w.text().charAt(0)) >= 0) {
          algorithm(w);
        } else if (w.text().startsWith("%")) {
          option(w);
        } else {
          throw error(w, w.text().isEmpty() ? "an empty word" : "not a level keyword (" + levelNames()
              + "), a +, - or ! algorithm or a % option");
        }
      }
      return expand();
    }

    private List<Word> words() {
      // break_list: split at ':', skipping spaces after each ':'
      List<Word> words = new ArrayList<>();
      int start = 0;
      while (true) {
        int colon = resolved.indexOf(':', start);
        String text = colon < 0 ? resolved.substring(start) : resolved.substring(start, colon);
        words.add(new Word(text, start));
        if (colon < 0) break;
        start = colon + 1;
        while (start < resolved.length() && resolved.charAt(start) == ' ') start++;
      }
      return words;
    }

    private void apply(Level l, boolean add) {
      l.protocols().ifPresent(p -> protocols = merge(protocols, p, add));
      ciphers = merge(ciphers, l.ciphers(), add);
      kx = merge(kx, l.keyExchanges(), add);
      macs = merge(macs, l.macs(), add);
      signs = merge(signs, l.signatures(), add);
      groups = merge(groups, l.groups(), add);
    }

    /** {@code _set_priority} (replace) or {@code _add_priority} (append what is missing). */
    private static List<String> merge(List<String> to, List<String> list, boolean add) {
      List<String> out = add ? new ArrayList<>(to) : new ArrayList<>();
      for (String s : list) {
        if (!out.contains(s)) out.add(s);
      }
      return out;
    }

    private void algorithm(Word w) {
      boolean add = w.text().charAt(0) == '+';
      String name = w.text().substring(1);
      String upper = GnuTlsKeywords.upper(name);
      if (add && GnuTlsKeywords.level(name).isPresent()) {
        apply(GnuTlsKeywords.level(name).get(), true);
        return;
      }
      Optional<String> found = GnuTlsKeywords.find(GnuTlsKeywords.MACS, name);
      if (found.isPresent()) {
        one(macs, found.get(), add);
        return;
      }
      found = GnuTlsKeywords.find(GnuTlsKeywords.CIPHERS, name);
      if (found.isPresent()) {
        one(ciphers, found.get(), add);
        return;
      }
      found = GnuTlsKeywords.find(GnuTlsKeywords.KEY_EXCHANGES, name);
      if (found.isPresent()) {
        one(kx, found.get(), add);
        return;
      }
      if (upper.equals(GnuTlsKeywords.INVALID_KEY_EXCHANGE)) {
        unmodelled.add(w.text());
        return;
      }
      if (upper.startsWith("VERS-")) {
        versions(w, name.substring(5), add);
      } else if (upper.startsWith("COMP-")) {
        unmodelled.add(w.text());
      } else if (upper.startsWith("CURVE-") || upper.startsWith("GROUP-")) {
        groups(w, upper.startsWith("CURVE-"), name.substring(upper.indexOf('-') + 1), add);
      } else if (upper.startsWith("CTYPE-")) {
        certificateTypes(w, upper.substring(6));
      } else if (upper.startsWith("SIGN-")) {
        signs(w, name.substring(5), add);
      } else if (upper.startsWith("MAC-")) {
        bulk(w, "MAC", macs, GnuTlsKeywords.MAC_NORMAL, List.of("GOST28147-TC26Z-IMIT"), add, l -> macs = l);
      } else if (upper.startsWith("CIPHER-")) {
        bulk(w, "CIPHER", ciphers, GnuTlsKeywords.CIPHER_NORMAL, List.of("GOST28147-TC26Z-CNT"), add,
            l -> ciphers = l);
      } else if (upper.startsWith("KX-")) {
        bulk(w, "KX", kx, GnuTlsKeywords.KX_SECURE, List.of("VKO-GOST-12"), add, l -> kx = l);
      } else if (upper.startsWith("GOST")) {
        given(groups, GnuTlsKeywords.GROUPS_GOST, add);
        signs = add ? merge(signs, GnuTlsKeywords.SIGN_GOST, true) : new ArrayList<>();
        macs = add ? merge(macs, List.of("GOST28147-TC26Z-IMIT"), true) : new ArrayList<>();
        ciphers = add ? merge(ciphers, List.of("GOST28147-TC26Z-CNT"), true) : new ArrayList<>();
        kx = add ? merge(kx, List.of("VKO-GOST-12"), true) : new ArrayList<>();
      } else {
        throw error(w, "'" + name + "' is no MAC, cipher, key exchange, level or VERS-, GROUP-, CURVE-, SIGN-,"
            + " CIPHER-, MAC-, KX-, COMP- or CTYPE- name GnuTLS knows"
            + ClosestNames.didYouMean(name, allNames()));
      }
    }

    private void versions(Word w, String name, boolean add) {
      switch (GnuTlsKeywords.upper(name)) {
        case "TLS-ALL" -> given(protocols, GnuTlsKeywords.STREAM_PROTOCOLS, add);
        case "DTLS-ALL" -> given(protocols, add ? GnuTlsKeywords.DTLS_PROTOCOLS : GnuTlsKeywords.DGRAM_PROTOCOLS, add);
        case "ALL" -> protocols = add ? merge(protocols, GnuTlsKeywords.PROTOCOLS, true) : new ArrayList<>();
        default -> {
          Version v = GnuTlsKeywords.version(name).orElseThrow(() -> error(w, "unknown protocol version '" + name
              + "'; expected " + String.join(", ", GnuTlsKeywords.VERSIONS.stream().map(Version::name).toList())
              + ", ALL, TLS-ALL or DTLS-ALL"));
          one(protocols, v.name(), add);
        }
      }
    }

    private void groups(Word w, boolean curve, String name, boolean add) {
      String upper = GnuTlsKeywords.upper(name);
      if (upper.equals("ALL")) {
        groups = add ? merge(groups, GnuTlsKeywords.GROUPS_NORMAL, true) : new ArrayList<>();
      } else if (!curve && upper.equals("DH-ALL")) {
        given(groups, GnuTlsKeywords.GROUPS_DH, add);
      } else if (!curve && upper.equals("EC-ALL")) {
        given(groups, GnuTlsKeywords.GROUPS_EC, add);
      } else if (!curve && upper.equals("GOST-ALL")) {
        given(groups, GnuTlsKeywords.GROUPS_GOST, add);
      } else {
        Optional<String> g = curve ? GnuTlsKeywords.find(GnuTlsKeywords.CURVES, name) : GnuTlsKeywords.group(name);
        List<String> known = curve ? GnuTlsKeywords.CURVES : List.copyOf(GnuTlsKeywords.GROUPS.keySet());
        one(groups, g.orElseThrow(() -> error(w, "unknown " + (curve ? "curve" : "group") + " '" + name
            + "'; expected ALL or one of " + String.join(", ", known) + ClosestNames.didYouMean(name, known))), add);
      }
    }

    private void signs(Word w, String name, boolean add) {
      String upper = GnuTlsKeywords.upper(name);
      if (upper.equals("ALL")) {
        signs = add ? merge(signs, GnuTlsKeywords.SIGN_DEFAULT, true) : new ArrayList<>();
      } else if (upper.equals("GOST-ALL")) {
        signs = add ? merge(signs, GnuTlsKeywords.SIGN_GOST, true) : new ArrayList<>();
      } else {
        List<String> known = GnuTlsKeywords.SIGNS.stream().map(Sign::name).distinct().toList();
        Sign s = GnuTlsKeywords.sign(name).orElseThrow(() -> error(w, "unknown signature algorithm '" + name
            + "'; expected ALL or one of " + String.join(", ", known) + ClosestNames.didYouMean(name, known)));
        one(signs, s.name(), add);
      }
    }

    private void certificateTypes(Word w, String rest) {
      String type = rest.replaceFirst("^(CLI|SRV)-", "");
      if (!List.of("ALL", "X509", "X.509", "RAWPK", "OPENPGP").contains(type)) {
        throw error(w, "unknown certificate type '" + type + "'; expected ALL, X509 or RAWPK");
      }
      unmodelled.add(w.text());
    }

    /** {@code X-ALL} and {@code X-GOST-ALL}; GnuTLS ignores any other {@code X-} word. */
    private void bulk(Word w, String prefix, List<String> list, List<String> all, List<String> gost,
        boolean add, Consumer<List<String>> set) {
      String upper = GnuTlsKeywords.upper(w.text().substring(1));
      if (upper.equals(prefix + "-ALL")) {
        set.accept(add ? merge(list, all, true) : new ArrayList<>());
      } else if (upper.equals(prefix + "-GOST-ALL")) {
        set.accept(add ? merge(list, gost, true) : new ArrayList<>());
      } else {
        unmodelled.add(w.text() + " (ignored by GnuTLS)");
      }
    }

    private void option(Word w) {
      String name = w.text().substring(1);
      // gperf's in_word_set compares exactly: the options are upper case
      if (!GnuTlsKeywords.OPTIONS.contains(name)) {
        throw error(w, "unknown option '" + w.text() + "'; expected one of %"
            + String.join(", %", GnuTlsKeywords.OPTIONS) + ClosestNames.didYouMean(name, GnuTlsKeywords.OPTIONS));
      }
      switch (name) {
        case "SERVER_PRECEDENCE" -> serverPrecedence = true;
        case "NO_EXTENSIONS" -> noExtensions = true;
        default -> unmodelled.add(w.text());
      }
    }

    private static void one(List<String> list, String name, boolean add) {
      if (add) {
        if (!list.contains(name)) list.add(name);
      } else {
        list.remove(name);
      }
    }

    private static void given(List<String> list, List<String> names, boolean add) {
      for (String n : names) one(list, n, add);
    }

    private IllegalArgumentException error(Word w, String why) {
      if (!resolved.equals(priority.stripLeading())) {
        return syntax(priority, 0, priority, "in its expansion '" + resolved + "', '" + w.text() + "': " + why);
      }
      int offset = priority.length() - priority.stripLeading().length();
      return syntax(priority, offset + w.at(), w.text(), why);
    }

    private IllegalArgumentException noPriorities(String why) {
      return new IllegalArgumentException("'" + priority + "' " + why
          + " (gnutls-cli: Error in priorities: No or insufficient priorities were set.)");
    }

    /** {@code set_ciphersuite_list}. */
    private Expansion expand() {
      boolean haveNull = ciphers.contains("NULL");
      boolean haveSrp = kx.stream().anyMatch(k -> k.startsWith("SRP"));
      boolean haveRsaPsk = kx.contains("RSA-PSK");
      boolean havePsk = kx.contains("PSK") || kx.contains("DHE-PSK") || kx.contains("ECDHE-PSK");
      protocols.removeIf(p -> !GnuTlsKeywords.version(p).orElseThrow().supported());
      if (haveNull || haveSrp || haveRsaPsk || noExtensions) protocols.remove("TLS1.3");
      boolean haveTls13 = protocols.contains("TLS1.3");
      boolean haveTls12 = protocols.contains("TLS1.2");
      boolean havePreTls12 = protocols.stream().anyMatch(p -> p.equals("TLS1.0") || p.equals("TLS1.1"));
      boolean sigPre13 = protocols.stream().anyMatch(p -> !p.equals("TLS1.3"));
      List<Version> tls = versions(true);
      List<Version> dtls = versions(false);
      if (tls.isEmpty() && dtls.isEmpty()) throw noPriorities("enables no protocol version");
      if (!tls.isEmpty() && tls.stream().allMatch(Version::isTls13) && !havePsk && dtls.isEmpty()) kx.clear();

      List<GnuTlsSuites.Entry> entries = new ArrayList<>();
      for (String c : ciphers) {
        for (String m : macs) GnuTlsSuites.find("", c, m).ifPresent(entries::add);
      }
      List<String> effectiveGroups = new ArrayList<>();
      boolean haveEc = false;
      boolean haveDh = false;
      for (String k : kx) {
        for (String c : ciphers) {
          for (String m : macs) {
            Optional<GnuTlsSuites.Entry> e = GnuTlsSuites.find(k, c, m);
            if (e.isEmpty()) continue;
            entries.add(e.get());
            if (!haveEc && (k.startsWith("ECDHE") || k.equals("ANON-ECDH") || k.equals("VKO-GOST-12"))) {
              haveEc = true;
              addGroups(effectiveGroups, false);
            }
            if (!haveDh && (k.startsWith("DHE") || k.equals("ANON-DH"))) {
              haveDh = true;
              addGroups(effectiveGroups, true);
            }
          }
        }
      }
      if (haveTls13 && (!haveEc || !haveDh)) {
        for (String g : groups) {
          if (isCurve(g) && !haveEc) {
            addGroups(effectiveGroups, false);
            haveEc = true;
          } else if (isFfdhe(g) && !haveDh) {
            addGroups(effectiveGroups, true);
            haveDh = true;
          }
          if (haveEc && haveDh) break;
        }
      }
      boolean sig13 = haveTls13;
      List<SignatureScheme> schemes = new ArrayList<>();
      int usableSigns = 0;
      for (String s : signs) {
        Sign sign = GnuTlsKeywords.sign(s).orElseThrow();
        if (!((sign.pre13() && sigPre13) || (sign.tls13() && sig13)) || !sign.secure()) continue;
        usableSigns++;
        GnuTlsKeywords.scheme(s).filter(x -> !schemes.contains(x)).ifPresent(schemes::add);
      }
      if (usableSigns == 0) {
        protocols.removeIf(p -> p.equals("TLS1.2") || p.equals("TLS1.3") || p.equals("DTLS1.2"));
      }
      if (protocols.isEmpty()) throw noPriorities("leaves no protocol version (none without a signature algorithm)");
      if (entries.isEmpty()) throw noPriorities("enables no cipher suite");
      boolean tls13Max = versions(true).stream().anyMatch(Version::isTls13);
      if ((!havePsk && tls13Max && effectiveGroups.isEmpty()) || (!haveTls12 && havePreTls12 && haveTls13)) {
        protocols.remove("TLS1.3");
      }
      return new Expansion(priority, resolved, protocols, listed(entries), ciphers, macs, kx, groups, signs,
          PreferenceList.distinctOf(NamedGroup.class, effectiveGroups.stream()
              .flatMap(g -> GnuTlsKeywords.namedGroup(g).stream()).toList()),
          PreferenceList.distinctOf(SignatureScheme.class, schemes), serverPrecedence, unmodelled);
    }

    /** What {@code gnutls_priority_get_cipher_suite_index} lists: suites of an enabled TLS or DTLS version. */
    private List<CipherSuite> listed(List<GnuTlsSuites.Entry> entries) {
      int maxTls = versions(true).stream().mapToInt(Version::age).max().orElse(0);
      int maxDtls = versions(false).stream().mapToInt(Version::age).max().orElse(0);
      List<CipherSuite> out = new ArrayList<>();
      for (GnuTlsSuites.Entry e : entries) {
        if (maxTls >= e.minTls() || maxDtls >= e.minDtls()) e.suite().ifPresent(out::add);
      }
      return out;
    }

    private List<Version> versions(boolean tls) {
      return protocols.stream().map(p -> GnuTlsKeywords.version(p).orElseThrow()).filter(v -> v.isTls() == tls)
          .toList();
    }

    private void addGroups(List<String> to, boolean ffdhe) {
      for (String g : groups) {
        if ((ffdhe ? isFfdhe(g) : isCurve(g)) && GnuTlsKeywords.GROUPS.containsKey(g)) to.add(g);
      }
    }

    private static boolean isFfdhe(String g) {
      return g.startsWith("FFDHE");
    }

    // Ed25519 and Ed448 are curves GnuTLS accepts after CURVE-, but no group.
    private static boolean isCurve(String g) {
      return !isFfdhe(g) && GnuTlsKeywords.GROUPS.containsKey(g);
    }

    private static String levelNames() {
      List<String> names = new ArrayList<>(List.of("NONE"));
      for (Level l : GnuTlsKeywords.LEVELS) {
        names.add(l.name());
        l.alias().ifPresent(names::add);
      }
      return String.join(", ", names);
    }

    private static List<String> allNames() {
      List<String> names = new ArrayList<>(GnuTlsKeywords.MACS);
      names.addAll(GnuTlsKeywords.CIPHERS);
      names.addAll(GnuTlsKeywords.KEY_EXCHANGES);
      return names;
    }
  }
}
