package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code openssl s_server} arguments for {@link OpenSslConfig}. */
final class OpenSslArguments {
  private OpenSslArguments() {}

  /** Options whose only-version flag selects exactly one version. */
  private static final Map<String, ProtocolVersion> ONLY = new LinkedHashMap<>();
  private static final Map<String, ProtocolVersion> NO = new LinkedHashMap<>();

  static {
    ONLY.put("-ssl3", ProtocolVersion.SSL_3_0);
    ONLY.put("-tls1", ProtocolVersion.TLS_1_0);
    ONLY.put("-tls1_1", ProtocolVersion.TLS_1_1);
    ONLY.put("-tls1_2", ProtocolVersion.TLS_1_2);
    ONLY.put("-tls1_3", ProtocolVersion.TLS_1_3);
    NO.put("-no_ssl3", ProtocolVersion.SSL_3_0);
    NO.put("-no_tls1", ProtocolVersion.TLS_1_0);
    NO.put("-no_tls1_1", ProtocolVersion.TLS_1_1);
    NO.put("-no_tls1_2", ProtocolVersion.TLS_1_2);
    NO.put("-no_tls1_3", ProtocolVersion.TLS_1_3);
  }

  /** s_server options that take a value and do not shape the policy. */
  private static final List<String> SKIPPED_WITH_VALUE = List.of("-accept", "-port", "-cert", "-key",
      "-certform", "-keyform", "-pass", "-dcert", "-dkey", "-cert_chain", "-chainCAfile", "-CAfile",
      "-CApath", "-dhparam", "-servername", "-cert2", "-key2", "-alpn", "-nextprotoneg", "-keylogfile",
      "-psk", "-psk_identity", "-psk_hint", "-sess_file", "-num_tickets", "-naccept", "-verify_return_error");
  private static final List<String> SKIPPED_FLAGS = List.of("-www", "-WWW", "-HTTP", "-quiet", "-msg",
      "-state", "-debug", "-brief", "-rev", "-ign_eof", "-no_ign_eof", "-nocert", "-4", "-6", "-no_ticket",
      "-no_dhe", "-legacy_renegotiation", "-prioritize_chacha", "-allow_no_dhe_kex", "-status", "-trace");
  private static final List<String> WITH_VALUE = List.of("-cipher", "-ciphersuites", "-min_protocol",
      "-max_protocol", "-groups", "-curves", "-named_curve", "-sigalgs", "-Verify", "-verify");
  // Every option, for "did you mean": prepared once, as fuzzed or mistyped arguments are mostly rejected.
  private static final ClosestNames.Index KNOWN_OPTIONS = ClosestNames.index(knownOptions());

  private static List<String> knownOptions() {
    List<String> known = new ArrayList<>(WITH_VALUE);
    known.add("-serverpref");
    known.addAll(ONLY.keySet());
    known.addAll(NO.keySet());
    known.addAll(SKIPPED_WITH_VALUE);
    known.addAll(SKIPPED_FLAGS);
    return known;
  }

  static OpenSslConfig read(String arguments) {
    List<String> words = words(arguments);
    OpenSslConfig c = OpenSslConfig.DEFAULTS;
    ParameterSet<ProtocolVersion> only = ParameterSet.noneOf(ProtocolVersion.class);
    ParameterSet<ProtocolVersion> no = ParameterSet.noneOf(ProtocolVersion.class);
    String min = null;
    String max = null;
    for (int i = 0; i < words.size(); i++) {
      String option = words.get(i);
      if (ONLY.containsKey(option)) {
        only = only.with(ONLY.get(option));
      } else if (NO.containsKey(option)) {
        no = no.with(NO.get(option));
      } else if (option.equals("-serverpref")) {
        c = c.withServerPreference(true);
      } else if (SKIPPED_FLAGS.contains(option)) {
        continue;
      } else if (WITH_VALUE.contains(option) || SKIPPED_WITH_VALUE.contains(option)) {
        if (i + 1 == words.size()) {
          throw new IllegalArgumentException("option " + option + " at word " + (i + 1) + " needs a value");
        }
        String value = words.get(++i);
        try {
          switch (option) {
            case "-cipher" -> c = c.withCipherString(value);
            case "-ciphersuites" -> c = c.withCiphersuites(value);
            case "-min_protocol" -> min = value;
            case "-max_protocol" -> max = value;
            case "-groups", "-curves", "-named_curve" -> c = c.withGroups(value);
            case "-sigalgs" -> c = c.withSignatureSchemes(value);
            case "-Verify" -> c = c.withRequiresClientCertificate(true);
            default -> { }
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("option " + option + ": " + e.getMessage(), e);
        }
      } else {
        throw new IllegalArgumentException("unknown s_server option '" + option + "' at word " + (i + 1)
            + KNOWN_OPTIONS.didYouMean(option));
      }
    }
    if (!only.isEmpty()) {
      // s_server accepts one of -ssl3 ... -tls1_3; we accept several and enable those.
      c = c.withVersions(only);
    }
    if (min != null || max != null) {
      ParameterSet<ProtocolVersion> all = OpenSslConfig.range(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_3);
      // An explicit lower bound below TLS 1.0 enables SSL 3.0 where the build has it.
      c = c.withVersions(min != null && !OpenSslConfig.boundVersion(min).isEmpty() ? all : c.versions());
      try {
        if (min != null) c = c.withBound(true, min);
        if (max != null) c = c.withBound(false, max);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("option " + (min != null ? "-min_protocol" : "-max_protocol")
            + ": " + e.getMessage(), e);
      }
    }
    return c.withVersions(c.versions().minus(no));
  }

  static String write(OpenSslConfig c) {
    List<String> words = new ArrayList<>();
    if (!c.cipherString().isEmpty()) {
      words.add("-cipher");
      words.add(quote(c.cipherString()));
    }
    if (c.versions().contains(ProtocolVersion.TLS_1_3)) {
      words.add("-ciphersuites");
      words.add(quote(c.ciphersuites()));
    }
    List<ProtocolVersion> versions = new ArrayList<>(c.versions());
    if (!versions.isEmpty()) {
      ProtocolVersion min = versions.get(0);
      ProtocolVersion max = versions.get(versions.size() - 1);
      words.add("-min_protocol");
      words.add(min.jsseName());
      words.add("-max_protocol");
      words.add(max.jsseName());
      for (Map.Entry<String, ProtocolVersion> e : NO.entrySet()) {
        ProtocolVersion v = e.getValue();
        if (v.compareTo(min) > 0 && v.compareTo(max) < 0 && !c.versions().contains(v)) words.add(e.getKey());
      }
    }
    if (c.serverPreference()) words.add("-serverpref");
    if (!c.groups().isEmpty()) {
      words.add("-groups");
      words.add(c.groupsText());
    }
    if (!c.signatureSchemes().isEmpty()) {
      words.add("-sigalgs");
      words.add(c.signatureSchemesText());
    }
    if (c.requiresClientCertificate()) {
      words.add("-Verify");
      words.add("1");
    }
    return String.join(" ", words);
  }

  private static String quote(String word) {
    return word.isEmpty() || word.matches(".*[^A-Za-z0-9_:.+=@-].*") || word.contains("!")
        ? "'" + word.replace("'", "'\\''") + "'"
        : word;
  }

  /** Splits like a POSIX shell: whitespace separates, '...' and "..." quote, backslash escapes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else if (ch == '\\' && quote == '"' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(ch);
        }
      } else if (Character.isWhitespace(ch)) {
        if (word != null) words.add(word.toString());
        word = null;
      } else {
        if (word == null) word = new StringBuilder();
        if (ch == '\'' || ch == '"') {
          quote = ch;
        } else if (ch == '\\' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(ch);
        }
      }
    }
    if (quote != 0) throw new IllegalArgumentException("unclosed " + quote + " quote in '" + text + "'");
    if (word != null) words.add(word.toString());
    return words;
  }
}
