package io.github.tlscompat.core.config;

import io.github.tlscompat.core.cipherstring.GnuTlsPriorityString;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.GnuTlsBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The TLS settings of a server built on GnuTLS, read into the policy one GnuTLS build makes of
 * them. Three forms are read:
 * <ul>
 *   <li>{@code gnutls-serv} arguments, optionally after {@code gnutls-serv}:
 *       {@code --priority NORMAL:%SERVER_PRECEDENCE --dhparams dh.pem --x509certfile ...}
 *       ({@code --priority=P} too); {@code --require-client-cert} / {@code -r} requires a client
 *       certificate, {@code --pskpasswd} and {@code --srppasswd} give the PSK and SRP credentials;
 *       other options are skipped with their values;</li>
 *   <li>Apache httpd's mod_gnutls directives: {@code GnuTLSPriorities}, {@code GnuTLSDHFile},
 *       {@code GnuTLSClientVerify require} (the first of each; other lines are skipped);</li>
 *   <li>otherwise, the priority string itself: the file's first line that is not blank or a
 *       {@code #} comment.</li>
 * </ul>
 *
 * <p><b>From priority string to policy.</b> The string is expanded by the build
 * ({@link GnuTlsBuild#expand}): versions, suites in GnuTLS's order, the groups and signature
 * schemes in use, and {@code %SERVER_PRECEDENCE}. Without one, the server uses the build's
 * {@link GnuTlsBuild#defaultPriority()} ({@code gnutls_set_default_priority}). Of the suites, those
 * no enabled TLS version can run are left out, and so are PSK and SRP suites without their
 * password files, and anonymous ones for mod_gnutls (gnutls-serv always has anonymous DH
 * credentials: {@code src/serv.c}).
 *
 * <p><b>DH.</b> A client that names an FFDHE group gets one of the string's (RFC 7919; the model
 * does this from the groups). For the others, with {@code --dhparams} / {@code GnuTLSDHFile} the
 * file's prime is used (its size is read through {@code files}; one that cannot be read is
 * assumed {@value #ASSUMED_DH_BITS} bits, with a warning); without it gnutls-serv calls
 * {@code gnutls_certificate_set_known_dh_params(GNUTLS_SEC_PARAM_MEDIUM)} and GnuTLS takes the
 * first FFDHE group of the priority string of at least {@value #KNOWN_DH_PARAMS_BITS} bits
 * ({@code _gnutls_figure_dh_params}, {@code lib/dh.c}): 2048 for {@code NORMAL}, 8192 for
 * {@code SECURE256}, whose only FFDHE group is ffdhe8192. mod_gnutls asks for "the DH parameters
 * included with GnuTLS corresponding to the security level of the configured private keys" (its
 * manual, {@code GnuTLSDHFile}): the same rule at the key's level ({@link #keyDhBits}), 2048 bits
 * for RSA 2048, 3072 for RSA 4096 and EC P-256.
 * When there is no such group, DHE has no parameters and its suites are left out, with a warning.
 *
 * <p><b>Habits of GnuTLS 3.7 and 3.8.</b> In TLS 1.3 it asks for the key share of the group it
 * prefers rather than take another the client sent ({@link ServerHabit#RETRIES_FOR_PREFERRED_GROUP});
 * in TLS 1.2 it signs in the client's order ({@link ServerHabit#ORDERS_SIGNATURE_SCHEMES_BY_CLIENT}).
 * Without TLS 1.3 it ignores supported_versions
 * ({@link ServerHabit#IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13}); with TLS 1.3 but not TLS 1.2 it
 * takes a TLS 1.2 hello without supported_versions as TLS 1.2 and refuses it for want of a suite
 * ({@link ServerHabit#NEGOTIATES_TLS12_FOR_LEGACY_HELLOS}).
 *
 * @since 0.1.0
 */
public final class GnuTlsConfig {
  private GnuTlsConfig() {}

  /** The DH prime size taken when a configured parameters file cannot be read. */
  public static final int ASSUMED_DH_BITS = DhParameters.ASSUMED_BITS;

  /** {@code GNUTLS_SEC_PARAM_MEDIUM} in bits: the DH size gnutls-serv asks for without {@code --dhparams}. */
  public static final int KNOWN_DH_PARAMS_BITS = 2048;

  // gnutls-serv options that take a value (gnutls-serv --help, GnuTLS 3.7.9)
  private static final List<String> WITH_VALUE = List.of("-d", "--debug", "--sni-hostname", "--alpn",
      "--maxearlydata", "--mtu", "--srtp-profiles", "--compress-cert", "--x509cafile", "--x509crlfile",
      "--x509keyfile", "--x509certfile", "--rawpkkeyfile", "--rawpkfile", "--srppasswdconf", "--pskhint",
      "--ocsp-response", "-p", "--port", "--provider", "--keymatexport", "--keymatexportsize", "--recordsize",
      "--httpdata", "--x509dsakeyfile", "--x509dsacertfile", "--x509ecckeyfile", "--x509ecccertfile");

  private static final Pattern MOD_GNUTLS =
      Pattern.compile("(?mi)^\\s*GnuTLS(Priorities|DHFile|ClientVerify|Enable|CertificateFile)\\b");

  /** What the file says, before the library expands it. */
  private record Settings(String product, Optional<String> priority, String priorityDirective,
      Optional<String> dhFile, String dhDirective, boolean requiresClientCertificate, boolean psk, boolean srp,
      boolean anon, List<String> warnings) {}

  /**
   * The policy the GnuTLS configuration {@code text} gives on {@code library}, holding
   * {@code certificate}; see the class description. Warnings say what the build assumed (its
   * default priority string), which words of the string change nothing the model predicts, and
   * which suites the server cannot use.
   *
   * @param id the policy's id
   * @param text the file: gnutls-serv arguments, mod_gnutls directives, or a priority string
   * @param files a file the configuration names (DH parameters), as written, to its text; empty
   *     when it cannot be read
   * @throws IllegalArgumentException if {@code library} is not a GnuTLS build; naming the option
   *     or directive, if the priority string is invalid or leaves no TLS version or usable suite, or
   *     the DH file holds no DH parameters
   */
  public static ImportedPolicy read(String id, String text, CertificateSpec certificate, ServerLibrary library,
      Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(id, "id");
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(library, "library");
    Preconditions.checkNotNull(files, "files");
    GnuTlsBuild build = library.gnuTls().orElseThrow(() -> new IllegalArgumentException("GnuTLS configurations"
        + " are read for a GnuTLS build; " + library.build().name() + " is " + library.build().family()));
    Settings s = settings(text);
    List<String> warnings = new ArrayList<>(s.warnings());
    String priority = s.priority().orElse(build.defaultPriority());
    if (s.priority().isEmpty()) {
      warnings.add(s.priorityDirective() + ": not given; " + s.product() + " uses " + build.name()
          + "'s default priority string " + build.defaultPriority());
    }
    GnuTlsPriorityString.Expansion x;
    try {
      x = build.expand(priority);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.priorityDirective() + ": " + e.getMessage(), e);
    }
    if (!x.unmodelled().isEmpty()) {
      warnings.add(s.priorityDirective() + ": " + String.join(", ", x.unmodelled()) + (x.unmodelled().size() == 1
          ? " changes" : " change") + " nothing a ClientHello gets (version, suite, group); not modelled");
    }
    ParameterSet<ProtocolVersion> versions = x.versions();
    String on = s.product() + " on " + build.name();
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(s.priorityDirective() + ": " + on + " has no TLS version left from "
          + priority + " (only DTLS: " + String.join(", ", x.protocols()) + ")");
    }
    OptionalInt dhBits = OptionalInt.empty();
    if (s.dhFile().isPresent()) {
      dhBits = OptionalInt.of(DhParameters.fileBits(s.dhDirective(), s.dhFile().get(), files, warnings,
          "PKCS #3 DH parameters (certtool --generate-dh-params, openssl dhparam)"));
    }
    List<CipherSuite> suites = new ArrayList<>();
    List<String> withoutCredentials = new ArrayList<>();
    List<String> withoutDh = new ArrayList<>();
    OptionalInt known = x.knownDhPrimeBits(s.product().equals("mod_gnutls") ? keyDhBits(certificate)
        : KNOWN_DH_PARAMS_BITS);
    for (CipherSuite suite : x.cipherSuites()) {
      if (versions.stream().noneMatch(suite::isValidIn)) continue;
      boolean credentials = switch (suite.keyExchange().agreement()) {
        case PSK -> s.psk();
        case SRP -> s.srp();
        default -> suite.isAnonymous() ? s.anon()
            : suite.keyExchange() == KeyExchange.DHE_PSK || suite.keyExchange() == KeyExchange.ECDHE_PSK
                || suite.keyExchange() == KeyExchange.RSA_PSK ? s.psk() : true;
      };
      if (!credentials) {
        withoutCredentials.add(suite.ianaName());
      } else if (LibraryImport.isDhe(suite) && dhBits.isEmpty() && known.isEmpty()) {
        withoutDh.add(suite.ianaName());
      } else {
        suites.add(suite);
      }
    }
    if (!withoutCredentials.isEmpty()) {
      warnings.add(s.priorityDirective() + ": " + count(withoutCredentials) + " dropped, the server is given no"
          + " PSK, SRP or anonymous credentials for them: " + String.join(", ", withoutCredentials));
    }
    if (!withoutDh.isEmpty()) {
      warnings.add(s.priorityDirective() + ": " + count(withoutDh) + " dropped: no " + s.dhDirective() + " and no"
          + " FFDHE group of " + KNOWN_DH_PARAMS_BITS + " bits or more, so DHE has no parameters: "
          + String.join(", ", withoutDh));
    }
    if (suites.isEmpty()) {
      throw new IllegalArgumentException(s.priorityDirective() + ": " + on + " has no cipher suite that "
          + versions.stream().map(ProtocolVersion::displayName).toList() + " can negotiate from " + priority);
    }
    ServerPolicy.Builder b = ServerPolicy.builder(id, "GnuTLS settings").versions(versions).cipherSuites(suites)
        .serverPreference(x.serverPrecedence()).groups(x.groups()).signatureSchemes(x.signatureSchemes())
        .certificates(certificate).dhBits(dhBits.orElse(known.orElse(ASSUMED_DH_BITS)))
        .requiresClientCertificate(s.requiresClientCertificate()).library(library)
        .habit(ServerHabit.RETRIES_FOR_PREFERRED_GROUP, true)
        .habit(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT, true);
    if (!versions.contains(ProtocolVersion.TLS_1_3)) {
      // ext/supported_versions.c: "do not parse this extension when we do not support TLS1.3"
      b.habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true);
    } else if (!versions.contains(ProtocolVersion.TLS_1_2)) {
      // _gnutls_negotiate_version: TLS 1.2 "is always advertized under TLS 1.3 or later"
      b.habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true);
    }
    return new ImportedPolicy(b.build(), warnings);
  }

  /**
   * The DH size of the security parameter GnuTLS gives {@code certificate}'s key
   * ({@code gnutls_pk_bits_to_sec_param}, {@code lib/algorithms/secparams.c}: the strongest level
   * whose RSA size, or EC size for EC keys, the key reaches), as mod_gnutls asks for it: RSA 2048
   * is MEDIUM, 2048 bits; RSA 3072 and 4096 and EC P-256 are HIGH, 3072; EC P-384 is ULTRA, 8192.
   */
  static int keyDhBits(CertificateSpec certificate) {
    int[][] levels = certificate.keyType() == KeyType.EC
        // {ecc_bits, pk_bits} of LOW, LEGACY, MEDIUM, HIGH, ULTRA, FUTURE
        ? new int[][] {{160, 1024}, {192, 1776}, {256, 2048}, {256, 3072}, {384, 8192}, {512, 15360}}
        : new int[][] {{1024, 1024}, {1776, 1776}, {2048, 2048}, {3072, 3072}, {8192, 8192}, {15360, 15360}};
    int bits = 1008;
    for (int[] level : levels) {
      if (level[0] > certificate.keyBits()) break;
      bits = level[1];
    }
    return bits;
  }

  private static String count(List<String> suites) {
    return suites.size() + (suites.size() == 1 ? " suite is" : " suites are");
  }

  private static Settings settings(String text) {
    String uncommented = text.replaceAll("(?m)^\\s*#.*$", "");
    if (MOD_GNUTLS.matcher(uncommented).find()) {
      return modGnutls(uncommented);
    }
    String joined = uncommented.replaceAll("\\\\\\R", " ").strip();
    if (joined.matches("(?s)(\\S*/)?gnutls-serv\\b.*") || joined.startsWith("-")) {
      return gnutlsServ(joined.replaceFirst("^(\\S*/)?gnutls-serv\\b", "").strip());
    }
    List<String> lines = uncommented.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no priority string; expected one such as NORMAL:%SERVER_PRECEDENCE,"
          + " gnutls-serv arguments or GnuTLSPriorities");
    }
    List<String> warnings = new ArrayList<>();
    if (lines.size() > 1) {
      warnings.add("priority string: the first line is read; " + (lines.size() - 1) + " more "
          + (lines.size() == 2 ? "line is" : "lines are") + " left out");
    }
    return new Settings("gnutls-serv", Optional.of(lines.get(0)), "priority string", Optional.empty(),
        "--dhparams", false, false, false, true, warnings);
  }

  private static Settings gnutlsServ(String arguments) {
    List<String> words = OpenSslArguments.words(arguments);
    Optional<String> priority = Optional.empty();
    Optional<String> dh = Optional.empty();
    boolean require = false;
    boolean psk = false;
    boolean srp = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
      Optional<String> inline = w.contains("=") ? Optional.of(w.substring(w.indexOf('=') + 1)) : Optional.empty();
      switch (name) {
        case "--priority", "--dhparams", "--pskpasswd", "--srppasswd" -> {
          String value;
          if (inline.isPresent()) {
            value = inline.get();
          } else if (i + 1 < words.size()) {
            value = words.get(++i);
          } else {
            throw new IllegalArgumentException(name + ": no value; expected "
                + (name.equals("--priority") ? "a priority string" : "a file"));
          }
          switch (name) {
            case "--priority" -> priority = Optional.of(value);
            case "--dhparams" -> dh = Optional.of(value);
            case "--pskpasswd" -> psk = true;
            default -> srp = true;
          }
        }
        case "-r", "--require-client-cert" -> require = true;
        default -> {
          if (WITH_VALUE.contains(name) && inline.isEmpty()) i++;
        }
      }
    }
    return new Settings("gnutls-serv", priority, "--priority", dh, "--dhparams", require, psk, srp, true, List.of());
  }

  private static Settings modGnutls(String text) {
    Optional<String> priority = Optional.empty();
    Optional<String> dh = Optional.empty();
    boolean require = false;
    List<String> warnings = new ArrayList<>();
    int line = 0;
    for (String l : text.split("\n", -1)) {
      line++;
      String[] w = l.strip().split("\\s+", 2);
      if (w.length < 2) continue;
      String value = w[1].strip().replaceAll("^\"(.*)\"$", "$1");
      switch (w[0].toLowerCase(java.util.Locale.ROOT)) {
        case "gnutlspriorities" -> {
          if (priority.isPresent()) {
            warnings.add("line " + line + ": GnuTLSPriorities: another one; the first is read");
          } else {
            priority = Optional.of(value);
          }
        }
        case "gnutlsdhfile" -> dh = dh.or(() -> Optional.of(value));
        case "gnutlsclientverify" -> require |= value.equalsIgnoreCase("require");
        default -> { }
      }
    }
    return new Settings("mod_gnutls", priority, "GnuTLSPriorities", dh, "GnuTLSDHFile", require, false, false, false,
        warnings);
  }
}
