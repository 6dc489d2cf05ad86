package io.github.tlscompat.cli;

import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
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
          + " Apache SSLCipherSuite).")
  String ciphers;

  @Option(names = "--tls13-ciphersuites", paramLabel = "STRING",
      description = "Its TLS 1.3 suites, ':'-separated IANA names (default: OpenSSL's, "
          + DEFAULT_TLS13_CIPHERSUITES + "); '' turns TLS 1.3 off.")
  String tls13Ciphersuites;

  @Option(names = "--protocols", paramLabel = "LIST",
      description = "The versions it enables, e.g. TLSv1.2,TLSv1.3 (nginx ssl_protocols).")
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
   * The server policy the options describe.
   *
   * @throws ParameterException naming the option and the parser's message for a bad value, or a
   *     missing {@code --openssl-ciphers} or {@code --protocols}
   */
  ServerPolicy policy() {
    if (ciphers == null) throw missing("--openssl-ciphers", "the server's cipher string, e.g. 'HIGH:!aNULL'");
    if (protocols == null) throw missing("--protocols", "the versions the server enables, e.g. TLSv1.2,TLSv1.3");
    List<ProtocolVersion> versions = new ArrayList<>();
    for (String name : split(protocols)) {
      try {
        versions.add(ProtocolVersion.fromName(name));
      } catch (IllegalArgumentException e) {
        throw invalid("--protocols", e.getMessage());
      }
    }
    if (versions.isEmpty()) throw invalid("--protocols", "no version given");
    List<CipherSuite> suites = new ArrayList<>();
    if (versions.contains(ProtocolVersion.TLS_1_3)) {
      try {
        // OpenSSL offers the TLS 1.3 suites ahead of those of the cipher string.
        suites.addAll(OpenSslCipherString.parseTls13(
            tls13Ciphersuites == null ? DEFAULT_TLS13_CIPHERSUITES : tls13Ciphersuites));
      } catch (IllegalArgumentException e) {
        throw invalid("--tls13-ciphersuites", e.getMessage());
      }
      // Without TLS 1.3 suites OpenSSL does not negotiate TLS 1.3 at all.
      if (suites.isEmpty()) versions.remove(ProtocolVersion.TLS_1_3);
    }
    try {
      suites.addAll(OpenSslCipherString.parse(ciphers));
    } catch (IllegalArgumentException e) {
      throw invalid("--openssl-ciphers", e.getMessage());
    }
    List<NamedGroup> groups = new ArrayList<>();
    if (curves != null) {
      for (String name : split(curves)) {
        try {
          groups.add(NamedGroup.fromName(name));
        } catch (IllegalArgumentException e) {
          throw invalid("--curves", e.getMessage());
        }
      }
    }
    List<CertificateSpec> certs = certificates.isEmpty() ? List.of(CertificateSpec.RSA_2048_SHA256) : certificates;
    ServerPolicy.Builder b = ServerPolicy.builder(SERVER_ID, "server with --openssl-ciphers '" + ciphers
            + "' --protocols " + protocols)
        .versions(ParameterSet.copyOf(ProtocolVersion.class, versions))
        .cipherSuites(PreferenceList.distinctOf(CipherSuite.class, suites))
        .serverPreference(serverPreference)
        .groups(PreferenceList.distinctOf(NamedGroup.class, groups))
        .certificates(certs.get(0), certs.subList(1, certs.size()).toArray(CertificateSpec[]::new))
        .requiresSni(requireSni);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static List<String> split(String list) {
    return List.of(list.trim().split("\\s*[,:\\s]\\s*")).stream().filter(s -> !s.isEmpty()).toList();
  }

  private ParameterException invalid(String option, String message) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '" + option + "': " + message);
  }

  private ParameterException missing(String option, String what) {
    return new ParameterException(spec.commandLine(),
        "Missing required option: '" + option + "', " + what);
  }
}
