package io.github.tlscompat.cli;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.profiles.ConfigFile;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A server described the way OpenSSL, nginx and Apache are configured, as a picocli mixin: a cipher
 * string, TLS 1.3 ciphersuites, the enabled protocols, curves and certificates.
 */
final class OpenSslServerOptions {

  /** OpenSSL 3.0's default {@code -ciphersuites}, used when TLS 1.3 is enabled and none are given. */
  static final String DEFAULT_TLS13_CIPHERSUITES =
      "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

  /** The id of the server these options describe, as it appears in the output. */
  static final String SERVER_ID = "openssl-flags";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--openssl-ciphers", paramLabel = "STRING",
      description = "The server's OpenSSL cipher string, e.g. 'HIGH:!aNULL' (nginx ssl_ciphers,"
          + " Apache SSLCipherSuite; default: the library's DEFAULT).")
  String ciphers;

  @Option(names = "--tls13-ciphersuites", paramLabel = "STRING",
      description = "Its TLS 1.3 suites, ':'-separated IANA names (default: the library's, "
          + DEFAULT_TLS13_CIPHERSUITES + "); '' turns TLS 1.3 off.")
  String tls13Ciphersuites;

  @Option(names = "--protocols", paramLabel = "LIST",
      description = "The versions it enables, e.g. TLSv1.2,TLSv1.3 (nginx ssl_protocols; default:"
          + " every version the library enables).")
  String protocols;

  @Option(names = "--server-preference",
      description = "Its own suite order wins (nginx ssl_prefer_server_ciphers on).")
  boolean serverPreference;

  @Option(names = "--curves", paramLabel = "LIST",
      description = "The groups it accepts, in its order, e.g. X25519:P-256 (OpenSSL -curves).")
  String curves;

  @Option(names = "--cert", paramLabel = "SPEC", converter = CertificateConverter.class,
      description = "A certificate it holds, type:bits:hash, e.g. rsa:2048:sha256 or"
          + " ecdsa:p256:sha256 (repeatable; default: rsa:2048:sha256).")
  List<CertificateSpec> certificates = new ArrayList<>();

  @Option(names = "--require-sni",
      description = "It refuses clients that send no server_name.")
  boolean requireSni;

  /** Whether any of these options is given. */
  boolean isSet() {
    return ciphers != null || tls13Ciphersuites != null || protocols != null || serverPreference
        || curves != null || !certificates.isEmpty() || requireSni;
  }

  /**
   * The server policy the options describe, as {@code openssl s_server} with the same settings
   * serves it on the library of {@code library} ({@link OpenSslConfig#readArguments(String, String,
   * CertificateSpec, java.util.Optional, java.util.function.Function)}; {@code --library none}: as
   * written): what is not given is the
   * library's default ({@code DEFAULT}, its TLS 1.3 suites, every version it enables). What the
   * library drops, and the library assumed when {@code --library} is not given, are warnings on
   * stderr.
   *
   * @throws ParameterException naming the option and the parser's message for a bad value, or the
   *     library's reason when no version or suite is left or the server would not start
   */
  ServerPolicy policy(CatalogOptions catalog) {
    List<String> args = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (protocols != null) {
      List<ProtocolVersion> versions = new ArrayList<>();
      for (String name : split(protocols)) {
        try {
          versions.add(ProtocolVersion.fromName(name));
        } catch (IllegalArgumentException e) {
          throw invalid("--protocols", e.getMessage());
        }
      }
      if (versions.isEmpty()) throw invalid("--protocols", "no version given");
      if (versions.remove(ProtocolVersion.SSL_2_0)) {
        warnings.add("--protocols: SSLv2 is dropped: no OpenSSL since 1.1.0 has it");
        if (versions.isEmpty()) throw invalid("--protocols", "no version left but SSLv2, which OpenSSL lacks");
      }
      for (ProtocolVersion v : ProtocolVersion.values()) {
        if (v != ProtocolVersion.SSL_2_0 && !versions.contains(v)) args.add(NO_FLAGS.get(v));
      }
    }
    if (ciphers != null) {
      try {
        OpenSslCipherString.of(ciphers);
      } catch (IllegalArgumentException e) {
        throw invalid("--openssl-ciphers", e.getMessage());
      }
      args.add("-cipher");
      args.add(quoted(ciphers));
    }
    if (tls13Ciphersuites != null) {
      try {
        OpenSslCipherString.parseTls13(tls13Ciphersuites);
      } catch (IllegalArgumentException e) {
        throw invalid("--tls13-ciphersuites", e.getMessage());
      }
      args.add("-ciphersuites");
      args.add(quoted(tls13Ciphersuites));
    }
    if (serverPreference) args.add("-serverpref");
    if (curves != null) {
      List<String> names = new ArrayList<>();
      for (String name : split(curves)) {
        try {
          names.add(NamedGroup.fromName(name).openSslName().orElse(name));
        } catch (IllegalArgumentException e) {
          throw invalid("--curves", e.getMessage());
        }
      }
      args.add("-groups");
      args.add(String.join(":", names));
    }
    List<CertificateSpec> certs = certificates.isEmpty() ? List.of(CertificateSpec.RSA_2048_SHA256) : certificates;
    java.util.Optional<String> given = catalog.library();
    String arguments = String.join(" ", args);
    boolean asWritten = given.isPresent() && given.get().equals(ConfigFile.AS_WRITTEN);
    java.util.Optional<ServerLibrary> library;
    ServerPolicy policy;
    try {
      library = asWritten ? java.util.Optional.empty()
          : java.util.Optional.of(given.map(ServerLibrary::fromId).orElse(ConfigFile.ASSUMED_LIBRARY));
      ImportedPolicy imported = OpenSslConfig.readArguments(SERVER_ID, arguments, certs.get(0), library,
          path -> java.util.Optional.empty());
      warnings.addAll(imported.warnings());
      policy = imported.policy();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    String on = library.map(l -> "on " + l).orElse("as written");
    if (given.isEmpty()) Console.error(spec, "warning: " + CatalogOptions.libraryAssumption());
    warnings.forEach(w -> Console.error(spec, "warning: " + w));
    List<String> named = new ArrayList<>();
    if (ciphers != null) named.add("--openssl-ciphers '" + ciphers + "'");
    if (protocols != null) named.add("--protocols " + protocols);
    if (tls13Ciphersuites != null) named.add("--tls13-ciphersuites '" + tls13Ciphersuites + "'");
    try {
      return policy.toBuilder()
          .name("server with " + (named.isEmpty() ? "OpenSSL's defaults" : String.join(" ", named)) + " " + on)
          .certificates(certs.get(0), certs.subList(1, certs.size()).toArray(CertificateSpec[]::new))
          .requiresSni(requireSni).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static final java.util.Map<ProtocolVersion, String> NO_FLAGS = java.util.Map.of(
      ProtocolVersion.SSL_3_0, "-no_ssl3", ProtocolVersion.TLS_1_0, "-no_tls1", ProtocolVersion.TLS_1_1, "-no_tls1_1",
      ProtocolVersion.TLS_1_2, "-no_tls1_2", ProtocolVersion.TLS_1_3, "-no_tls1_3");

  /** {@code value} in single quotes, as s_server's POSIX-shell word splitting reads it back. */
  private static String quoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  private static List<String> split(String list) {
    return List.of(list.trim().split("\\s*[,:\\s]\\s*")).stream().filter(s -> !s.isEmpty()).toList();
  }

  private ParameterException invalid(String option, String message) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '" + option + "': " + message);
  }
}
