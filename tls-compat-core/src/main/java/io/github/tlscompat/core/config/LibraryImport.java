package io.github.tlscompat.core.config;

import io.github.tlscompat.core.library.ConfiguredTls;
import io.github.tlscompat.core.library.Dropped;
import io.github.tlscompat.core.library.Narrowed;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns {@link OpenSslConfig} settings into the policy one OpenSSL build makes of them
 * ({@link io.github.tlscompat.core.library.OpenSslBuild#narrow}), with a warning per dropped name
 * prefixed by the directive that named it; or, with no library, into the policy of the settings
 * as written. Every OpenSSL-based reader ends here, whichever it is asked for, so that a
 * configuration is read one way.
 */
final class LibraryImport {
  /** The DH prime size taken when a configured parameters file cannot be read. */
  static final int ASSUMED_DH_BITS = DhParameters.ASSUMED_BITS;

  private final String product;
  private final Optional<ServerLibrary> library;
  private final Optional<OpenSslBuild> build;
  private final int level;
  private final Map<Dropped.Kind, String> directives = new EnumMap<>(Dropped.Kind.class);
  private String tls13Directive = "";
  private final List<String> warnings = new ArrayList<>();
  private OptionalInt dhBits = OptionalInt.empty();
  private boolean cipherStringSet = true;
  private boolean systemVersions;
  private boolean systemCipherString;
  private boolean systemTls13;
  private Set<String> namedInCipherString = Set.of();
  private Predicate<CipherSuite> leftOut = suite -> false;
  private String whenNoneLeft = "";

  /**
   * @param product the server in words, e.g. {@code nginx}
   * @param library the library it runs on, or empty for the settings as written (no library's
   *     rules, and no file beside the configuration is read)
   * @throws IllegalArgumentException if {@code library} is not an OpenSSL build
   */
  LibraryImport(String product, Optional<ServerLibrary> library) {
    this.product = product;
    this.library = library;
    this.build = library.map(l -> l.openSsl().orElseThrow(() -> new IllegalArgumentException(product
        + " configurations are read for an OpenSSL build; " + l.build().name() + " is " + l.build().family())));
    // 1.0.2 has no levels: nothing is refused by one, so the number never reaches a warning.
    this.level = library.flatMap(ServerLibrary::effectiveSecurityLevel).map(SecurityLevel::level).orElse(0);
  }

  /** Names the directive that sets names of {@code kind}, as warnings prefix it. */
  LibraryImport directive(Dropped.Kind kind, String directive) {
    directives.put(kind, directive);
    return this;
  }

  /**
   * Says whether the cipher string was written in the configuration; without it the server uses
   * its default, whose expansion is the library's business and not reported.
   */
  LibraryImport cipherStringSet(boolean set) {
    this.cipherStringSet = set;
    return this;
  }

  /**
   * Says which settings the server leaves to the library when the configuration names none:
   * {@code openssl s_server} calls nothing without {@code -tls1_2} and the like, {@code -cipher} or
   * {@code -ciphersuites}, so a distribution's {@code openssl.cnf} ({@code MinProtocol},
   * {@code CipherString}, {@code Ciphersuites}) decides them. Only builds with such a system
   * configuration ({@link OpenSslBuild#minProtocol()}) change anything: upstream defaults are what
   * the reader already filled in.
   */
  LibraryImport leftToTheSystem(boolean versions, boolean cipherString, boolean tls13Suites) {
    this.systemVersions = versions;
    this.systemCipherString = cipherString;
    this.systemTls13 = tls13Suites;
    return this;
  }

  /** Names the directive of the TLS 1.3 suites list. */
  LibraryImport tls13Directive(String directive) {
    this.tls13Directive = directive;
    return this;
  }

  /**
   * Reads the DH parameters file {@code path} that {@code directive} names, through {@code files};
   * one it cannot read is assumed {@link #ASSUMED_DH_BITS} bits, with a warning.
   *
   * @throws IllegalArgumentException if the file is there but holds no DH parameters
   */
  LibraryImport dhParameters(String directive, String path, Function<String, Optional<String>> files) {
    // As written, the policy is the directives' alone: what the file holds is the server's business.
    if (library.isEmpty()) return this;
    dhBits = OptionalInt.of(DhParameters.fileBits(directive, path, files, warnings, "the output of openssl dhparam"));
    return this;
  }

  /**
   * Says which suites the server itself leaves out whatever the cipher string selects (nginx: DHE
   * without {@code ssl_dhparam}; s_server: DHE with {@code -no_dhe}), and the error when that
   * leaves none.
   */
  LibraryImport leavesOut(Predicate<CipherSuite> suites, String whenNoneLeft) {
    this.leftOut = suites;
    this.whenNoneLeft = whenNoneLeft;
    return this;
  }

  /**
   * The policy {@code c} gives on the library, holding {@code certificate}, less the suites the
   * server {@linkplain #leavesOut leaves out}. With no library, the policy of {@code c} as written
   * ({@link OpenSslConfig#toPolicy}), without warnings.
   *
   * @throws IllegalArgumentException if the server would not start, or no version or suite is left
   */
  ImportedPolicy policy(OpenSslConfig c, String id, String name, CertificateSpec certificate) {
    if (build.isEmpty()) {
      ServerPolicy written = c.toPolicy(id, name, certificate);
      return new ImportedPolicy(written.toBuilder().cipherSuites(used(written.cipherSuites())).build(), List.of());
    }
    return narrowed(library.orElseThrow(), build.orElseThrow(), c, id, name, certificate);
  }

  /** {@code suites} less those the server leaves out, none of which may be all. */
  private List<CipherSuite> used(List<CipherSuite> suites) {
    List<CipherSuite> kept = suites.stream().filter(leftOut.negate()).toList();
    if (kept.isEmpty()) throw new IllegalArgumentException(whenNoneLeft);
    return kept;
  }

  private ImportedPolicy narrowed(ServerLibrary library, OpenSslBuild build, OpenSslConfig c, String id, String name,
      CertificateSpec certificate) {
    boolean system = build.minProtocol().isPresent();
    ConfiguredTls.Builder b = ConfiguredTls.builder().groups(c.groups()).signatureSchemes(c.signatureSchemes())
        .certificates(certificate);
    if (!system || !systemVersions) b.versions(c.versions());
    if (!system || !systemCipherString) b.cipherString(c.cipherString());
    // A build without TLS 1.3 (1.0.2) has no list to set: the reader's default means nothing there.
    boolean tls13 = build.versions().contains(ProtocolVersion.TLS_1_3);
    if (tls13 && (!system || !systemTls13)) b.tls13Suites(c.ciphersuites());
    dhBits.ifPresent(b::dhBits);
    library.securityLevel().ifPresent(b::securityLevel);
    Narrowed n = build.narrow(b.build());
    namedInCipherString = new HashSet<>();
    for (String word : c.cipherString().split("[:, ]+")) namedInCipherString.add(word.replaceFirst("^[!+-]", ""));
    List<String> all = new ArrayList<>(warnings);
    all.addAll(dropWarnings(n.dropped()));
    String on = product + " on " + library;
    if (!n.startsUp()) {
      List<String> why = n.dropped().stream().filter(Dropped::stopsServer).map(this::prefixed).toList();
      throw new IllegalArgumentException(on + " would not start: " + String.join("; ", why));
    }
    if (n.versions().isEmpty()) {
      throw new IllegalArgumentException(on + " has no protocol version left: " + String.join("; ", all));
    }
    List<CipherSuite> suites = new ArrayList<>(n.tls13Suites());
    suites.addAll(n.cipherSuites());
    suites.removeIf(s -> n.versions().stream().noneMatch(s::isValidIn));
    if (suites.isEmpty()) {
      throw new IllegalArgumentException(on + " has no cipher suite that "
          + n.versions().stream().map(ProtocolVersion::displayName).toList() + " can negotiate");
    }
    suites = used(suites);
    List<CertificateSpec> certificates = n.certificates().isEmpty() ? List.of(certificate) : n.certificates();
    // The level in effect, a cipher string's @SECLEVEL included: the negotiation applies its signature rules.
    // (1.0.2 has no levels: the library is what it is.)
    ServerLibrary running = library.effectiveSecurityLevel().map(l -> l == n.securityLevel()).orElse(true)
        ? library : new ServerLibrary(build, Optional.of(n.securityLevel()));
    all.addAll(warnings.size(), versionWarnings(running, n, certificates.get(0)));
    all.addAll(schemeWarnings(running, n, c));
    ServerPolicy policy = ServerPolicy.builder(id, name).versions(n.versions()).cipherSuites(suites)
        .serverPreference(c.serverPreference()).groups(n.groups()).signatureSchemes(n.signatureSchemes())
        .certificates(certificates.get(0), certificates.subList(1, certificates.size()).toArray(CertificateSpec[]::new))
        .dhBits(n.dhBits().orElse(ASSUMED_DH_BITS)).requiresClientCertificate(c.requiresClientCertificate())
        .library(running).build();
    return new ImportedPolicy(policy, all);
  }

  /**
   * Each version before TLS 1.2 the policy keeps but the library cannot sign for with
   * {@code certificate}, so that no handshake in it completes.
   */
  private List<String> versionWarnings(ServerLibrary running, Narrowed n, CertificateSpec certificate) {
    List<String> out = new ArrayList<>();
    HashAlgorithm legacy = certificate.keyType() == SignatureScheme.KeyType.RSA ? HashAlgorithm.MD5_SHA1
        : HashAlgorithm.SHA1;
    Optional<String> refusal = running.signatureRefusal(legacy);
    if (refusal.isEmpty()) return out;
    String directive = directives.getOrDefault(Dropped.Kind.PROTOCOL_VERSION, "");
    for (ProtocolVersion v : n.versions()) {
      if (!v.isOlderThan(ProtocolVersion.TLS_1_2)) continue;
      out.add((directive.isEmpty() ? "" : directive + ": ") + v.jsseName() + " completes no handshake: before"
          + " TLS 1.2 the server signs with " + (legacy == HashAlgorithm.MD5_SHA1 ? "MD5+SHA-1" : "SHA-1")
          + " (its key is " + certificate.keyType() + "), and " + refusal.get() + ", so every " + v.rfcName()
          + " handshake fails with internal_error, RSA key exchange included (ssl/t1_lib.c tls1_get_legacy_sigalg)");
    }
    return out;
  }

  /** Each signature scheme the configuration names that the level refuses. */
  private List<String> schemeWarnings(ServerLibrary running, Narrowed n, OpenSslConfig c) {
    List<String> out = new ArrayList<>();
    if (c.signatureSchemes().isEmpty()) return out;
    String directive = directives.getOrDefault(Dropped.Kind.SIGNATURE_SCHEME, "");
    for (SignatureScheme s : n.signatureSchemes()) {
      if (running.permitsSignatureScheme(s)) continue;
      out.add((directive.isEmpty() ? "" : directive + ": ") + s.ianaName() + " is never used: "
          + running.signatureRefusal(s.hash()).orElse(running + " refuses it")
          + " (ssl/t1_lib.c sigalg_security_bits, tls12_sigalg_allowed)");
    }
    return out;
  }

  /**
   * One warning per dropped name, except suites: those named in the configuration are one warning
   * per reason, listing the names; those only an alias selects ({@code HIGH} selects static DH,
   * PSK and GOST suites no web server negotiates) one line of counts, and none at all for the
   * default cipher string.
   */
  private List<String> dropWarnings(List<Dropped> dropped) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> suitesByWhy = new LinkedHashMap<>();
    Map<Dropped.Reason, Integer> byAlias = new EnumMap<>(Dropped.Reason.class);
    for (Dropped d : dropped) {
      if (d.kind() != Dropped.Kind.CIPHER_SUITE) {
        if (!d.stopsServer()) out.add(prefixed(d));
        continue;
      }
      // OpenSSL names TLS 1.3 suites by their IANA names, and no earlier suite that way.
      boolean tls13 = d.name().startsWith("TLS_");
      if (!tls13 && !namedInCipherString.contains(d.name())) {
        byAlias.merge(d.reason(), 1, Integer::sum);
        continue;
      }
      String directive = tls13 && !tls13Directive.isEmpty() ? tls13Directive : directives.getOrDefault(d.kind(), "");
      String why = switch (d.reason()) {
        case NOT_IN_BUILD -> "not in " + build.orElseThrow().name();
        case NEEDS_CREDENTIALS -> "PSK and SRP suites need credentials the server is not given";
        case SECURITY_LEVEL -> "refused at security level " + level;
      };
      suitesByWhy.computeIfAbsent(directive + "\u0000" + why, k -> new ArrayList<>()).add(d.name());
    }
    int aliased = byAlias.values().stream().mapToInt(Integer::intValue).sum();
    if (cipherStringSet && aliased > 0) {
      List<String> counts = new ArrayList<>();
      if (byAlias.containsKey(Dropped.Reason.NOT_IN_BUILD)) {
        counts.add(byAlias.get(Dropped.Reason.NOT_IN_BUILD) + " not in the build");
      }
      if (byAlias.containsKey(Dropped.Reason.NEEDS_CREDENTIALS)) {
        counts.add(byAlias.get(Dropped.Reason.NEEDS_CREDENTIALS) + " PSK or SRP");
      }
      if (byAlias.containsKey(Dropped.Reason.SECURITY_LEVEL)) {
        counts.add(byAlias.get(Dropped.Reason.SECURITY_LEVEL) + " refused at security level "
            + level);
      }
      String directive = directives.getOrDefault(Dropped.Kind.CIPHER_SUITE, "");
      out.add((directive.isEmpty() ? "" : directive + ": ") + "its aliases select " + aliased + " more suites that "
          + build.orElseThrow().name() + " does not negotiate (" + String.join(", ", counts) + ")");
    }
    for (Map.Entry<String, List<String>> e : suitesByWhy.entrySet()) {
      String[] parts = e.getKey().split("\u0000", 2);
      List<String> names = e.getValue();
      out.add((parts[0].isEmpty() ? "" : parts[0] + ": ") + names.size() + (names.size() == 1 ? " suite is" : " suites are")
          + " dropped, " + parts[1] + ": " + String.join(", ", names));
    }
    return out;
  }

  private String prefixed(Dropped d) {
    String directive = directives.getOrDefault(d.kind(), "");
    return (directive.isEmpty() ? "" : directive + ": ") + d;
  }

  /** Whether {@code s} has ephemeral finite-field DH key exchange. */
  static boolean isDhe(CipherSuite s) {
    KeyExchange k = s.keyExchange();
    return k == KeyExchange.DHE_RSA || k == KeyExchange.DHE_DSS || k == KeyExchange.DH_anon
        || k == KeyExchange.DHE_PSK;
  }
}
