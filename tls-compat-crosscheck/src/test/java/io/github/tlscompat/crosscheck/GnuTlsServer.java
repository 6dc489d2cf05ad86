package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gnutls-serv} configured from a policy through a GnuTLS priority string, and what that
 * binary makes of the policy.
 *
 * <p>A priority string cannot name suites: it enables key exchanges, ciphers and MACs, and the
 * suites are every registered combination of them, ordered key exchange first, then cipher, then
 * MAC. So the string is derived from the policy's suites (each split into GnuTLS's own tokens,
 * read from {@code gnutls-cli --list}), and the suites the server really enables, in the order it
 * really prefers them, are asked of the same library with {@code gnutls-cli --priority ... --list};
 * that list is the policy the model is given.
 */
final class GnuTlsServer {
  static final String PACKAGE = "gnutls-bin";
  private static final Pattern SUITE_LINE = Pattern.compile("^(TLS_\\S+)\\s+0x([0-9a-fA-F]{2}), 0x([0-9a-fA-F]{2})\\s+\\S+$");

  private final Path serv;
  private final Path cli;
  private final String version;
  private final Catalogue library;

  GnuTlsServer() {
    this.serv = Binaries.require("gnutls-serv", PACKAGE);
    this.cli = Binaries.require("gnutls-cli", PACKAGE);
    this.version = Binaries.run(List.of(serv.toString(), "--version"), Map.of()).stdout().lines().findFirst()
        .orElse("gnutls-serv").strip();
    this.library = Catalogue.read(Binaries.run(List.of(cli.toString(), "--list"), Map.of()).stdout());
  }

  /** E.g. {@code gnutls-serv 3.7.9}. */
  String kind() {
    return version;
  }

  /** What {@code gnutls-cli --list} says the library has: suites by name, and the tokens of each kind. */
  private record Catalogue(Map<String, CipherSuite> suites, Map<CipherSuite, String> names, List<String> protocols,
      List<String> ciphers, List<String> macs, List<String> keyExchanges, List<String> groups) {

    static Catalogue read(String listing) {
      Map<String, CipherSuite> suites = new HashMap<>();
      Map<CipherSuite, String> names = new HashMap<>();
      for (String line : listing.split("\n")) {
        Matcher m = SUITE_LINE.matcher(line.strip());
        if (!m.matches()) continue;
        int code = Integer.parseInt(m.group(2) + m.group(3), 16);
        CipherSuite.fromCode(code).ifPresent(s -> {
          suites.put(m.group(1), s);
          names.putIfAbsent(s, m.group(1));
        });
      }
      return new Catalogue(suites, names, tokens(listing, "Protocols"), tokens(listing, "Ciphers"),
          tokens(listing, "MACs"), tokens(listing, "Key exchange algorithms"), tokens(listing, "Groups"));
    }

    private static List<String> tokens(String listing, String heading) {
      for (String line : listing.split("\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(heading.toLowerCase(Locale.ROOT) + ":")) {
          String rest = line.substring(line.indexOf(':') + 1).strip();
          if (rest.equals("none")) return List.of();
          return Arrays.stream(rest.split(",\\s*")).map(String::strip).toList();
        }
      }
      return List.of();
    }

    /** The key exchange, cipher and MAC tokens that enable {@code suite}, or empty if the library lacks it. */
    Optional<String[]> tokensOf(CipherSuite suite) {
      String name = names.get(suite);
      if (name == null) return Optional.empty();
      String rest = name.substring("TLS_".length());
      String kx = null;
      for (String k : longestFirst(keyExchanges)) {
        String spelled = k.replace('-', '_') + "_";
        if (rest.startsWith(spelled)) {
          kx = k;
          rest = rest.substring(spelled.length());
          break;
        }
      }
      String cipher = null;
      for (String c : longestFirst(ciphers)) {
        // GnuTLS names the cipher 3DES-CBC but the suites ..._3DES_EDE_CBC_...; an AEAD suite may
        // end with its cipher (TLS_ECDHE_RSA_CHACHA20_POLY1305)
        String spelled = c.equals("3DES-CBC") ? "3DES_EDE_CBC" : c.replace('-', '_');
        if (rest.equals(spelled) || rest.startsWith(spelled + "_")) {
          cipher = c;
          rest = rest.substring(Math.min(rest.length(), spelled.length() + 1));
          break;
        }
      }
      if (cipher == null) return Optional.empty();
      String mac = cipher.matches(".*(GCM|CCM|POLY1305).*") ? "AEAD" : rest;
      if (!macs.contains(mac)) return Optional.empty();
      return Optional.of(new String[] {kx, cipher, mac});
    }

    private static List<String> longestFirst(List<String> tokens) {
      return tokens.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
  }

  /** GnuTLS's name of a version in priority strings, e.g. {@code VERS-TLS1.0}. */
  static String versionToken(ProtocolVersion v) {
    return switch (v) {
      case SSL_2_0 -> "VERS-SSL2.0";
      case SSL_3_0 -> "VERS-SSL3.0";
      case TLS_1_0 -> "VERS-TLS1.0";
      case TLS_1_1 -> "VERS-TLS1.1";
      case TLS_1_2 -> "VERS-TLS1.2";
      case TLS_1_3 -> "VERS-TLS1.3";
    };
  }

  /** The priority string for a policy, with what it could not say added to {@code changes}. */
  String priority(ServerPolicy policy, List<String> changes) {
    Set<String> versions = new LinkedHashSet<>();
    for (ProtocolVersion v : policy.versions()) {
      String token = versionToken(v);
      if (library.protocols().contains(token)) versions.add(token);
      else changes.add(version + " has no " + v.displayName() + " (" + token + " not in gnutls-cli --list)");
    }
    Set<String> kx = new LinkedHashSet<>();
    Set<String> ciphers = new LinkedHashSet<>();
    Set<String> macs = new LinkedHashSet<>();
    List<CipherSuite> lacking = new ArrayList<>();
    for (CipherSuite s : policy.cipherSuites()) {
      Optional<String[]> t = library.tokensOf(s);
      if (t.isEmpty()) {
        lacking.add(s);
        continue;
      }
      if (t.get()[0] != null) kx.add(t.get()[0]);
      ciphers.add(t.get()[1]);
      macs.add(t.get()[2]);
    }
    if (!lacking.isEmpty()) changes.add(version + " lacks " + lacking + " (not in gnutls-cli --list)");
    List<String> groups = new ArrayList<>();
    for (NamedGroup g : policy.effectiveGroups()) {
      String token = "GROUP-" + g.name().toUpperCase(Locale.ROOT);
      if (library.groups().contains(token)) groups.add(token);
      else changes.add(version + " has no group " + g);
    }
    List<String> words = new ArrayList<>(List.of("NONE"));
    for (List<String> tokens : List.of(List.copyOf(versions), List.copyOf(kx), List.copyOf(ciphers), List.copyOf(macs),
        List.of("SIGN-ALL"), groups, List.of("COMP-NULL"))) {
      for (String t : tokens) words.add("+" + t);
    }
    if (policy.serverPreference()) words.add("%SERVER_PRECEDENCE");
    return String.join(":", words);
  }

  /**
   * The policy as this binary implements it: the suites {@code gnutls-cli --priority P --list}
   * lists, in its order (which includes every combination of the tokens, not only the policy's
   * suites); the versions and groups the library has; no SNI requirement.
   */
  Implemented implement(ServerPolicy grid) {
    List<String> changes = new ArrayList<>();
    String priority = priority(grid, changes);
    Binaries.Output out = Binaries.run(List.of(cli.toString(), "--priority", priority, "--list"), Map.of());
    if (out.exitCode() != 0) {
      throw new IllegalStateException("gnutls-cli rejects the priority string " + priority + ": " + out.stdout()
          + out.stderr());
    }
    List<CipherSuite> enabled = new ArrayList<>();
    for (String line : out.stdout().split("\n")) {
      Matcher m = SUITE_LINE.matcher(line.strip());
      if (m.matches()) CipherSuite.fromCode(Integer.parseInt(m.group(2) + m.group(3), 16)).ifPresent(enabled::add);
    }
    List<CipherSuite> extra = enabled.stream().filter(s -> !grid.cipherSuites().contains(s)).toList();
    if (!extra.isEmpty()) {
      changes.add("the priority string also enables " + extra + " (it enables products of key exchanges, ciphers"
          + " and MACs, not single suites)");
    }
    changes.add("suites in GnuTLS's order for the priority string " + priority);
    List<String> protocols = Catalogue.tokens(out.stdout(), "Protocols");
    var versions = grid.versions().filter(v -> protocols.contains(versionToken(v)));
    List<NamedGroup> groups = grid.effectiveGroups().stream()
        .filter(g -> library.groups().contains("GROUP-" + g.name().toUpperCase(Locale.ROOT))).toList();
    ServerPolicy.Builder b = grid.toBuilder().versions(versions).cipherSuites(enabled).groups(groups)
        .habit(ServerHabit.RETRIES_FOR_PREFERRED_GROUP, true).habit(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT, true);
    changes.add("habits: in TLS 1.3 GnuTLS asks for the share of the group it prefers (key_share_recv_params);"
        + " in TLS 1.2 it signs in the client's signature_algorithms order (_gnutls_session_get_sign_algo)");
    if (versions.contains(ProtocolVersion.TLS_1_3) && !versions.contains(ProtocolVersion.TLS_1_2)) {
      // _gnutls_negotiate_version: "TLS 1.2 is handled separately because it is always advertized
      // under TLS 1.3 or later": a hello whose legacy_version is TLS 1.2 gets TLS 1.2, and then
      // fails for want of a suite (handshake_failure), not for its version.
      b.habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true);
      changes.add("habit: with TLS 1.3 on, GnuTLS takes a TLS 1.2 hello without supported_versions as TLS 1.2"
          + " even with TLS 1.2 off, and refuses it for want of a suite");
    }
    if (!versions.contains(ProtocolVersion.TLS_1_3)) {
      // ext/supported_versions.c: "do not parse this extension when we do not support TLS1.3".
      b.habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true);
      changes.add("habit: without TLS 1.3, GnuTLS ignores supported_versions and answers from legacy_version");
    }
    if (grid.requiresSni()) {
      b.requiresSni(false);
      changes.add("gnutls-serv has no setting that refuses a hello without server_name");
    }
    return new Implemented(grid, b.build(), changes);
  }

  /** Starts gnutls-serv for the implemented policy with a key and certificate of its type in {@code dir}. */
  ServerProcess start(Implemented implemented, Path dir) {
    ServerPolicy policy = implemented.policy();
    Path[] pem = ServerCredentials.of(policy.certificates().get(0)).writePem(dir, "server");
    String priority = priority(implemented.grid(), new ArrayList<>());
    return ServerProcess.start(port -> List.of(serv.toString(), "--port", String.valueOf(port),
        "--x509certfile", pem[1].toString(), "--x509keyfile", pem[0].toString(), "--priority", priority,
        "--disable-client-cert", "--noticket"), Map.of(), dir.resolve("gnutls-serv.log"));
  }
}
