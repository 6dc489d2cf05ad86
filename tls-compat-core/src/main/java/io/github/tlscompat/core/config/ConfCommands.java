package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OpenSSL's {@code SSL_CONF_cmd} commands as nginx's {@code ssl_conf_command} and Apache's
 * {@code SSLOpenSSLConfCmd} pass them (with {@code SSL_CONF_FLAG_FILE}, so names ignore case; see
 * the SSL_CONF_cmd(3) manual page of OpenSSL 3.0). The commands that shape a policy change the
 * settings; the others (certificates, CA files, padding, tickets, ...) are accepted and change
 * nothing; an unknown one fails with the closest names.
 */
final class ConfCommands {
  private ConfCommands() {}

  /** Commands SSL_CONF_cmd(3) documents for files that do not change what a policy models. */
  private static final List<String> NO_EFFECT = List.of("ClientSignatureAlgorithms", "ECDHParameters",
      "DHParameters", "Certificate", "PrivateKey", "ServerInfoFile", "ChainCAPath", "ChainCAFile",
      "VerifyCAPath", "VerifyCAFile", "RequestCAFile", "RecordPadding", "NumTickets", "ClientCAFile",
      "ClientCAPath", "SignatureAlgorithms.client");
  private static final List<String> EFFECT = List.of("CipherString", "Ciphersuites", "Protocol",
      "MinProtocol", "MaxProtocol", "Options", "Groups", "Curves", "SignatureAlgorithms", "VerifyMode");
  /** The {@code Options} SSL_CONF_cmd(3) lists for OpenSSL 3.0; only ServerPreference matters here. */
  private static final List<String> OPTIONS = List.of("SessionTicket", "Compression", "EmptyFragments",
      "Bugs", "DHSingle", "ECDHSingle", "ServerPreference", "NoResumptionOnRenegotiation", "NoRenegotiation",
      "AllowNoDHEKEX", "PrioritizeChaCha", "MiddleboxCompat", "AntiReplay", "ExtendedMasterSecret",
      "CANames", "KTLS", "ClientRenegotiation", "LegacyServerConnect", "UnsafeLegacyRenegotiation",
      "UnsafeLegacyServerConnect", "EncryptThenMac", "IgnoreUnexpectedEOF", "TxCertificateCompression",
      "RxCertificateCompression");
  private static final List<String> PROTOCOLS = List.of("ALL", "SSLv2", "SSLv3", "TLSv1", "TLSv1.1",
      "TLSv1.2", "TLSv1.3", "DTLSv1", "DTLSv1.2");

  /**
   * Applies one command to the settings.
   *
   * @throws IllegalArgumentException naming an unknown command, option or protocol (with the
   *     closest names) or a value the parsers reject
   */
  static OpenSslConfig apply(OpenSslConfig c, String command, String value) {
    String name = canonical(command);
    return switch (name) {
      case "CipherString" -> c.withCipherString(value);
      case "Ciphersuites" -> c.withCiphersuites(value);
      case "MinProtocol" -> c.withBound(true, value.strip());
      case "MaxProtocol" -> c.withBound(false, value.strip());
      case "Protocol" -> protocol(c, value);
      case "Options" -> options(c, value);
      case "Groups", "Curves" -> c.withGroups(value);
      case "SignatureAlgorithms" -> c.withSignatureSchemes(value);
      case "VerifyMode" -> c.withRequiresClientCertificate(
          value.toLowerCase(Locale.ROOT).contains("require"));
      default -> c;
    };
  }

  private static String canonical(String command) {
    for (String known : EFFECT) {
      if (known.equalsIgnoreCase(command)) return known;
    }
    for (String known : NO_EFFECT) {
      if (known.equalsIgnoreCase(command)) return known;
    }
    List<String> all = new ArrayList<>(EFFECT);
    all.addAll(NO_EFFECT);
    throw new IllegalArgumentException("unknown OpenSSL configuration command '" + command + "'"
        + ClosestNames.didYouMean(command, all));
  }

  // "ServerPreference,-SessionTicket": a '-' clears the option.
  private static OpenSslConfig options(OpenSslConfig c, String value) {
    OpenSslConfig result = c;
    for (String raw : value.split(",")) {
      String option = raw.strip();
      if (option.isEmpty()) continue;
      boolean clear = option.startsWith("-");
      String bare = clear ? option.substring(1) : option;
      String known = OPTIONS.stream().filter(o -> o.equalsIgnoreCase(bare)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown option '" + bare + "'"
              + ClosestNames.didYouMean(bare, OPTIONS)));
      if (known.equals("ServerPreference")) result = result.withServerPreference(!clear);
    }
    return result;
  }

  // "ALL,-SSLv3,-TLSv1": each word enables, or with '-' disables, a version.
  private static OpenSslConfig protocol(OpenSslConfig c, String value) {
    var versions = c.versions();
    for (String raw : value.split(",")) {
      String word = raw.strip();
      if (word.isEmpty()) continue;
      boolean disable = word.startsWith("-");
      String bare = disable || word.startsWith("+") ? word.substring(1) : word;
      String known = PROTOCOLS.stream().filter(p -> p.equalsIgnoreCase(bare)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown protocol '" + bare + "'; expected "
              + ConfigErrors.list(PROTOCOLS) + ClosestNames.didYouMean(bare, PROTOCOLS)));
      if (known.startsWith("DTLS")) continue;
      var affected = known.equals("ALL")
          ? OpenSslConfig.range(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_3)
          : io.github.tlscompat.core.registry.ParameterSet.of(ProtocolVersion.fromName(known));
      versions = disable ? versions.minus(affected) : versions.union(affected);
    }
    return c.withVersions(versions);
  }
}
