package io.github.tlscompat.core.config;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The TLS settings of a server built on OpenSSL, as {@code openssl s_server}, nginx and Apache
 * httpd hand them to the library: a cipher string for TLS 1.2 and earlier, a separate TLS 1.3
 * ciphersuites list, the enabled versions, whether the server's order wins, groups, signature
 * schemes and whether a client certificate is required.
 *
 * <p>{@link NginxConfig} and {@link ApacheConfig} read their directives into this; here it is read
 * from and written to {@code openssl s_server} arguments ({@link #readArguments},
 * {@link #writeArguments}) and turned into a policy with {@link #toPolicy}.
 *
 * <p><b>From settings to policy.</b> The suites are the TLS 1.3 list followed by what the cipher
 * string selects ({@link OpenSslCipherString}, over its default universe: every suite OpenSSL ever
 * named), the order OpenSSL offers them in. Suites that no enabled version can negotiate are left
 * out, since no handshake could pick them. Certificates are not part of these settings: the
 * caller passes one. The DH prime size stays the policy default, 2048 bits.
 *
 * <p><b>What OpenSSL cannot express.</b> SSL 2.0 (gone since OpenSSL 1.1.0), suites OpenSSL never
 * had a name for, TLS 1.3 suites ordered after TLS 1.2 ones (OpenSSL always offers TLS 1.3 suites
 * first), groups without an OpenSSL name, a required server_name, and refusing SSL 2.0-framed
 * ClientHellos; writers report each in {@link Exported#warnings()}.
 *
 * @param cipherString the cipher string for TLS 1.2 and earlier, e.g. {@code HIGH:!aNULL:!MD5}
 * @param ciphersuites the TLS 1.3 list, IANA names separated by {@code :}; empty turns TLS 1.3 off
 * @param versions the enabled versions (may be empty: then no handshake succeeds, and
 *     {@link #toPolicy} refuses)
 * @param serverPreference whether the server's order wins ({@code SSL_OP_CIPHER_SERVER_PREFERENCE})
 * @param groups the groups, in order; empty for OpenSSL's default list
 * @param signatureSchemes the signature schemes, in order; empty for OpenSSL's default
 * @param requiresClientCertificate whether a client certificate is required
 * @since 0.1.0
 */
public record OpenSslConfig(String cipherString, String ciphersuites, ParameterSet<ProtocolVersion> versions,
    boolean serverPreference, PreferenceList<NamedGroup> groups, PreferenceList<SignatureScheme> signatureSchemes,
    boolean requiresClientCertificate) {

  /** OpenSSL 3.0's TLS 1.3 list when none is configured ({@code TLS_DEFAULT_CIPHERSUITES} in ssl.h). */
  public static final String DEFAULT_CIPHERSUITES =
      "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

  /**
   * What {@code openssl s_server} uses when told nothing: cipher string {@code DEFAULT}, the
   * default TLS 1.3 list, TLS 1.0 to 1.3 (OpenSSL 3.0 builds have no SSL 3.0), the client's order,
   * default groups and schemes, no client certificate.
   */
  public static final OpenSslConfig DEFAULTS = new OpenSslConfig("DEFAULT", DEFAULT_CIPHERSUITES,
      range(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_3), false, PreferenceList.empty(NamedGroup.class),
      PreferenceList.empty(SignatureScheme.class), false);

  /** Validates the components. */
  public OpenSslConfig {
    Preconditions.checkNotNull(cipherString, "cipherString");
    Preconditions.checkNotNull(ciphersuites, "ciphersuites");
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(groups, "groups");
    Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
  }

  /**
   * Reads {@code openssl s_server} arguments, e.g.
   * {@code -cipher 'ECDHE+AESGCM' -ciphersuites TLS_AES_128_GCM_SHA256 -no_tls1 -serverpref}.
   * Understood: {@code -cipher}, {@code -ciphersuites}, {@code -serverpref}, {@code -no_ssl3},
   * {@code -no_tls1}, {@code -no_tls1_1}, {@code -no_tls1_2}, {@code -no_tls1_3}, {@code -ssl3},
   * {@code -tls1} ... {@code -tls1_3} (that version only), {@code -min_protocol},
   * {@code -max_protocol}, {@code -groups}, {@code -curves}, {@code -named_curve}, {@code -sigalgs},
   * {@code -Verify} (require a client certificate) and {@code -verify} (request one); options
   * about certificates, keys, ports and output are skipped with their values. Words may be quoted
   * as in a POSIX shell. Everything not given keeps {@link #DEFAULTS}.
   *
   * @throws IllegalArgumentException naming an unknown option (with the closest ones), a missing
   *     value, or a value the cipher-string, group or version parsers reject
   */
  public static OpenSslConfig readArguments(String arguments) {
    return OpenSslArguments.read(arguments);
  }

  /**
   * The policy {@code openssl s_server} with these arguments ({@link #readArguments(String)})
   * serves on {@code library}, holding {@code certificate}: the configured versions, suites, groups
   * and schemes narrowed by {@link io.github.tlscompat.core.library.OpenSslBuild#narrow}, with a
   * warning for each name the library drops, prefixed by its option ({@code versions},
   * {@code -cipher}, {@code -ciphersuites}, {@code -groups}, {@code -sigalgs}, {@code -cert},
   * {@code -dhparam}; "(default)" after it when s_server's default was narrowed). The
   * {@code -dhparam} file is read through {@code files} (a path as written to its text, empty when
   * it cannot be read) for its prime size; one that cannot be read is assumed 2048 bits, with a
   * warning. Without it s_server uses DH parameters as strong as its certificate's key
   * ({@code SSL_CTX_set_dh_auto}): 2048 bits for RSA 2048. {@code -no_dhe} leaves DHE suites out.
   *
   * @throws IllegalArgumentException as {@link #readArguments(String)}; or, naming the library and
   *     the option, if s_server would not start on it or no version or suite is left
   */
  public static ImportedPolicy readArguments(String id, String arguments, CertificateSpec certificate,
      ServerLibrary library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(library, "library");
    return readArguments(id, arguments, certificate, Optional.of(library), files);
  }

  /**
   * The policy {@code openssl s_server} with these arguments serves: on {@code library} as
   * {@link #readArguments(String, String, CertificateSpec, ServerLibrary, Function)} reads it, or
   * with no library as written ({@link #readArguments(String)} then {@link #toPolicy}, less DHE
   * suites under {@code -no_dhe}), without warnings. This is the one reading of s_server arguments
   * into a policy; the others are this one.
   *
   * @throws IllegalArgumentException as the reading it stands for
   */
  public static ImportedPolicy readArguments(String id, String arguments, CertificateSpec certificate,
      Optional<ServerLibrary> library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(id, "id");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(library, "library");
    Preconditions.checkNotNull(files, "files");
    OpenSslConfig c = OpenSslArguments.read(arguments);
    List<String> words = OpenSslArguments.words(arguments);
    boolean versionsSet = words.stream().anyMatch(w -> w.matches("-(no_)?(ssl3|tls1(_[123])?)|-(min|max)_protocol"));
    LibraryImport li = new LibraryImport("openssl s_server", library)
        .directive(Kind.PROTOCOL_VERSION, versionsSet ? "versions" : "versions (default)")
        .directive(Kind.CIPHER_SUITE, words.contains("-cipher") ? "-cipher" : "-cipher (default)")
        .directive(Kind.CIPHER_STRING, words.contains("-cipher") ? "-cipher" : "-cipher (default)")
        .cipherStringSet(words.contains("-cipher"))
        .leftToTheSystem(!versionsSet, !words.contains("-cipher"), !words.contains("-ciphersuites"))
        .tls13Directive(words.contains("-ciphersuites") ? "-ciphersuites" : "-ciphersuites (default)")
        .directive(Kind.NAMED_GROUP, "-groups")
        .directive(Kind.SIGNATURE_SCHEME, "-sigalgs")
        .directive(Kind.CERTIFICATE, "-cert")
        .directive(Kind.DH_PARAMETERS, "-dhparam");
    int dh = words.indexOf("-dhparam");
    if (dh >= 0 && dh + 1 < words.size()) li.dhParameters("-dhparam", words.get(dh + 1), files);
    if (words.contains("-no_dhe")) {
      li.leavesOut(LibraryImport::isDhe, "-no_dhe: every enabled suite is DHE, which -no_dhe turns off");
    }
    return li.policy(c, id, "OpenSSL settings", certificate);
  }

  /**
   * Writes {@code policy} as {@code openssl s_server} arguments that {@link #readArguments} reads
   * back to the same versions, suites and preference: {@code -cipher}, {@code -ciphersuites},
   * {@code -min_protocol}/{@code -max_protocol} (plus {@code -no_...} for a gap), {@code -serverpref},
   * {@code -groups}, {@code -sigalgs} and {@code -Verify 1}, as one line.
   */
  public static Exported writeArguments(ServerPolicy policy) {
    List<String> warnings = new ArrayList<>();
    OpenSslConfig c = fromPolicy(policy, "OpenSSL", warnings);
    return new Exported(OpenSslArguments.write(c) + "\n", warnings);
  }

  /**
   * The policy these settings give, with one certificate; see the class description.
   *
   * @throws IllegalArgumentException if the cipher string or TLS 1.3 list is invalid, or no
   *     version or no usable suite is enabled
   */
  public ServerPolicy toPolicy(String id, CertificateSpec certificate) {
    return toPolicy(id, "OpenSSL settings", certificate);
  }

  ServerPolicy toPolicy(String id, String name, CertificateSpec certificate) {
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkArgument(!versions.isEmpty(), () -> "the settings enable no protocol version");
    List<CipherSuite> suites = new ArrayList<>(OpenSslCipherString.parseTls13(ciphersuites));
    suites.addAll(OpenSslCipherString.parse(cipherString));
    suites.removeIf(s -> versions.stream().noneMatch(s::isValidIn));
    Preconditions.checkArgument(!suites.isEmpty(), () -> "the settings enable no cipher suite that "
        + versions.stream().map(ProtocolVersion::displayName).toList() + " can negotiate");
    return ServerPolicy.builder(id, name).versions(versions).cipherSuites(suites)
        .serverPreference(serverPreference).groups(groups).signatureSchemes(signatureSchemes)
        .certificates(certificate).requiresClientCertificate(requiresClientCertificate).build();
  }

  /**
   * The settings that express {@code policy} in OpenSSL's terms, adding to {@code warnings} what
   * they cannot express; {@code product} names the format in those sentences.
   */
  static OpenSslConfig fromPolicy(ServerPolicy policy, String product, List<String> warnings) {
    List<String> tls13 = new ArrayList<>();
    List<String> older = new ArrayList<>();
    boolean tls13AfterOlder = false;
    for (CipherSuite s : policy.cipherSuites()) {
      if (s.openSslName().isEmpty()) {
        warnings.add(product + " cannot name " + s + ": OpenSSL has no such suite; it is left out");
      } else if (s.isTls13()) {
        tls13.add(s.openSslName().get());
        tls13AfterOlder |= !older.isEmpty();
      } else {
        older.add(s.openSslName().get());
      }
    }
    if (tls13AfterOlder) {
      warnings.add(product + " offers TLS 1.3 suites ahead of all others; the policy's order between"
          + " TLS 1.3 and earlier suites is not kept (it never matters in a handshake)");
    }
    if (policy.versions().contains(ProtocolVersion.SSL_2_0)) {
      warnings.add("SSL 2.0 is enabled in the policy, but no OpenSSL since 1.1.0 has it");
    }
    boolean olderVersions = policy.versions().stream().anyMatch(v -> v.isOlderThan(ProtocolVersion.TLS_1_3));
    if (older.isEmpty() && olderVersions) {
      warnings.add("the policy enables TLS 1.2 or earlier but no suite for them; " + product
          + " cannot express an empty cipher list, so its default cipher string applies");
    }
    List<NamedGroup> groups = new ArrayList<>();
    for (NamedGroup g : policy.groups()) {
      if (g.openSslName().isPresent()) {
        groups.add(g);
      } else {
        warnings.add(product + " cannot name the group " + g + ": OpenSSL has no such group; it is left out");
      }
    }
    if (policy.requiresSni()) {
      warnings.add(product + " has no setting that refuses clients without server_name; not expressed");
    }
    if (!policy.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) {
      warnings.add("OpenSSL always reads SSL 2.0-framed ClientHellos; the policy's refusal is not expressed");
    }
    if (!policy.certificates().equals(List.of(CertificateSpec.RSA_2048_SHA256))) {
      warnings.add("certificates (" + policy.certificates() + ") are files, not settings: pass them"
          + " to the reader again");
    }
    if (!older.isEmpty() && policy.versions().stream().anyMatch(
        v -> v != ProtocolVersion.SSL_2_0 && v.isOlderThan(ProtocolVersion.TLS_1_2))) {
      // OpenSSL 3 speaks SSL 3.0, TLS 1.0 and 1.1 only at security level 0: at 1 and above their
      // MD5+SHA-1 handshake signatures are refused and every such handshake ends in internal_error
      // (measured against s_server 3.0 by the cross-check suite).
      older.add("@SECLEVEL=0");
      warnings.add(product + " (OpenSSL 3) speaks TLS 1.1 and older only at security level 0, so"
          + " @SECLEVEL=0 ends the cipher string; it also lets SHA-1 signatures and RSA keys under"
          + " 2048 bits through");
    }
    if (policy.cipherSuites().stream().anyMatch(s -> s.cipher() == BulkCipher.TDES_EDE_CBC)) {
      warnings.add(product + " needs an OpenSSL build that still has 3DES for the 3DES suites (Debian's"
          + " OpenSSL 3 has none: `openssl ciphers -v DES-CBC3-SHA` tells)");
    }
    return new OpenSslConfig(older.isEmpty() ? "" : String.join(":", older), String.join(":", tls13),
        policy.versions().without(ProtocolVersion.SSL_2_0), policy.serverPreference(),
        PreferenceList.copyOf(NamedGroup.class, groups), policy.signatureSchemes(),
        policy.requiresClientCertificate());
  }

  /** The groups as OpenSSL writes them, e.g. {@code X25519:P-256}; empty for the default. */
  String groupsText() {
    return String.join(":", groups.stream().map(g -> g.openSslName().orElseThrow()).toList());
  }

  /**
   * The signature schemes separated by {@code :} as OpenSSL 1.1.1+ accepts them: the IANA name
   * where OpenSSL's table names the scheme, else OpenSSL's {@code SIG+HASH} form (OpenSSL 3.0
   * names no DSA scheme and neither {@code ecdsa_sha1} nor {@code ecdsa_sha224}, and
   * {@code -sigalgs ecdsa_sha1} makes s_server fail to start).
   */
  String signatureSchemesText() {
    return String.join(":", signatureSchemes.stream().map(OpenSslConfig::openSslSigalg).toList());
  }

  private static String openSslSigalg(SignatureScheme s) {
    return switch (s) {
      case ecdsa_sha1, ecdsa_sha224 -> "ECDSA+" + s.hash().name();
      case dsa_sha1, dsa_sha224, dsa_sha256, dsa_sha384, dsa_sha512 -> "DSA+" + s.hash().name();
      case rsa_sha224 -> "rsa_pkcs1_sha224";
      default -> s.ianaName();
    };
  }

  OpenSslConfig withCipherString(String value) {
    OpenSslCipherString.of(value); // fail here, where the caller knows the line
    return new OpenSslConfig(value, ciphersuites, versions, serverPreference, groups, signatureSchemes,
        requiresClientCertificate);
  }

  OpenSslConfig withCiphersuites(String value) {
    OpenSslCipherString.parseTls13(value);
    return new OpenSslConfig(cipherString, value, versions, serverPreference, groups, signatureSchemes,
        requiresClientCertificate);
  }

  OpenSslConfig withVersions(ParameterSet<ProtocolVersion> value) {
    return new OpenSslConfig(cipherString, ciphersuites, value, serverPreference, groups, signatureSchemes,
        requiresClientCertificate);
  }

  OpenSslConfig withServerPreference(boolean value) {
    return new OpenSslConfig(cipherString, ciphersuites, versions, value, groups, signatureSchemes,
        requiresClientCertificate);
  }

  /** Groups from an OpenSSL list ({@code X25519:P-256}, {@code prime256v1}); {@code auto} means the default. */
  OpenSslConfig withGroups(String value) {
    List<NamedGroup> list = new ArrayList<>();
    if (!value.strip().equalsIgnoreCase("auto")) {
      for (String name : value.split("[:,]")) {
        if (!name.isBlank()) list.add(NamedGroup.fromName(name.strip()));
      }
    }
    return new OpenSslConfig(cipherString, ciphersuites, versions, serverPreference,
        PreferenceList.distinctOf(NamedGroup.class, list), signatureSchemes, requiresClientCertificate);
  }

  /** Signature schemes from an OpenSSL list: IANA names or {@code SIG+HASH} pairs, separated by {@code :}. */
  OpenSslConfig withSignatureSchemes(String value) {
    List<SignatureScheme> list = new ArrayList<>();
    for (String name : value.split(":")) {
      if (!name.isBlank()) list.add(SignatureScheme.fromName(name.strip()));
    }
    return new OpenSslConfig(cipherString, ciphersuites, versions, serverPreference, groups,
        PreferenceList.distinctOf(SignatureScheme.class, list), requiresClientCertificate);
  }

  OpenSslConfig withRequiresClientCertificate(boolean value) {
    return new OpenSslConfig(cipherString, ciphersuites, versions, serverPreference, groups, signatureSchemes,
        value);
  }

  /** The versions from {@code min} to {@code max}, both included. */
  static ParameterSet<ProtocolVersion> range(ProtocolVersion min, ProtocolVersion max) {
    return ParameterSet.matching(ProtocolVersion.class, v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0);
  }

  /**
   * A version as OpenSSL's {@code MinProtocol}/{@code MaxProtocol} and {@code -min_protocol} name
   * it ({@code SSLv3}, {@code TLSv1} ... {@code TLSv1.3}), or empty for {@code None} (no bound).
   */
  static Optional<ProtocolVersion> boundVersion(String name) {
    if (name.equalsIgnoreCase("None")) return Optional.empty();
    for (ProtocolVersion v : ProtocolVersion.values()) {
      if (v != ProtocolVersion.SSL_2_0 && v.jsseName().equals(name)) return Optional.of(v);
    }
    throw new IllegalArgumentException("unknown protocol '" + name + "'; expected None, SSLv3, TLSv1,"
        + " TLSv1.1, TLSv1.2 or TLSv1.3"
        + ClosestNames.didYouMean(name,
            List.of("None", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")));
  }

  /** Applies a MinProtocol or MaxProtocol bound to the versions. */
  OpenSslConfig withBound(boolean min, String name) {
    Optional<ProtocolVersion> bound = boundVersion(name);
    if (bound.isEmpty()) return this;
    ProtocolVersion b = bound.get();
    return withVersions(versions.filter(v -> min ? v.compareTo(b) >= 0 : v.compareTo(b) <= 0));
  }

  @Override public String toString() {
    return "OpenSslConfig[cipherString=" + cipherString + ", ciphersuites=" + ciphersuites + ", versions="
        + versions.stream().map(ProtocolVersion::displayName).toList() + ", serverPreference=" + serverPreference
        + ", groups=" + groups + ", signatureSchemes=" + signatureSchemes + ", requiresClientCertificate="
        + requiresClientCertificate + "]";
  }
}
