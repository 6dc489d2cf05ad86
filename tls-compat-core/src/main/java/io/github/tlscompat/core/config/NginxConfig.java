package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The TLS settings of one nginx {@code server}, read from a whole {@code nginx.conf} (or a file it
 * includes), and a policy written as nginx directives.
 *
 * <p><b>Reading.</b> The text is parsed as nginx does: words separated by blanks, {@code ;} ending
 * a directive, {@code {...}} blocks, {@code #} comments to the end of the line, {@code "..."} and
 * {@code '...'} quoting with backslash escapes. Directives are looked for in the {@code http} block
 * (or at the top level, for a file included inside {@code http}), then in one {@code server} block:
 * the first whose {@code server_name} lists the given name, or without a name the first with a
 * {@code listen ... ssl} (or the legacy {@code ssl on}). A directive in the server overrides the
 * same directive at http level, wherever in the block either stands, as nginx merges them; the
 * {@code ssl_conf_command} list is taken whole from the server if it has any, else from http.
 * {@code include} is not followed (core reads no files): pass the included text instead.
 *
 * <p>Read: {@code ssl_protocols}, {@code ssl_ciphers}, {@code ssl_prefer_server_ciphers},
 * {@code ssl_ecdh_curve}, {@code ssl_conf_command} (see {@link OpenSslConfig} for the commands:
 * {@code Ciphersuites}, {@code CipherString}, {@code Options ServerPreference} or
 * {@code -ServerPreference}, {@code Groups}/{@code Curves}, {@code MinProtocol}/{@code MaxProtocol},
 * {@code Protocol}, {@code SignatureAlgorithms}; applied after the other directives, in order),
 * {@code ssl_verify_client} and {@code ssl_dhparam}. Where a directive is absent, nginx's documented
 * default applies ({@code https://nginx.org/en/docs/http/ngx_http_ssl_module.html}):
 * {@code ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3} (since 1.23.4; nginx 1.27.3 and later default
 * to {@code TLSv1.2 TLSv1.3}, so write the directive to model those), {@code ssl_ciphers
 * HIGH:!aNULL:!MD5}, {@code ssl_prefer_server_ciphers off}, {@code ssl_ecdh_curve auto} (OpenSSL's
 * default groups) and OpenSSL's default TLS 1.3 suites. Without {@code ssl_dhparam}, "DHE ciphers
 * will not be used" (the same page, since 1.11.0): DHE suites are left out of the policy.
 *
 * <p><b>Certificates.</b> {@code ssl_certificate} names a file; the policy gets the
 * {@link CertificateSpec} the caller passes ({@link CertificateSpec#RSA_2048_SHA256} by default).
 *
 * <p><b>Writing.</b> {@link #write} gives the directives for a {@code server} (or {@code http})
 * block; what nginx cannot express is listed in {@link Exported#warnings()}, see
 * {@link OpenSslConfig}.
 *
 * @since 0.1.0
 */
public final class NginxConfig {
  private NginxConfig() {}

  /** nginx's defaults where a directive is absent; see the class description. */
  static final OpenSslConfig DEFAULTS = OpenSslConfig.DEFAULTS.withCipherString("HIGH:!aNULL:!MD5")
      .withVersions(OpenSslConfig.range(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_3));

  private static final List<String> PROTOCOLS = List.of("SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  /**
   * The policy of the first {@code server} block that listens with {@code ssl}, with an
   * {@link CertificateSpec#RSA_2048_SHA256} certificate.
   *
   * @throws IllegalArgumentException for a syntax error or a bad directive value, naming the line,
   *     the directive and what was expected (with the closest names for a misspelled value), or if
   *     no server block listens with ssl
   */
  public static ServerPolicy read(String nginxConf) {
    return read(nginxConf, Optional.empty(), CertificateSpec.RSA_2048_SHA256);
  }

  /**
   * The policy of the server block named {@code serverName} in its {@code server_name} (exactly, or
   * by a {@code *.example.com} wildcard), or without a name the first that listens with
   * {@code ssl}, holding {@code certificate}, as written: no library's rules, and the
   * {@code ssl_dhparam} file is not read. The policy's id is the server name, or {@code nginx}.
   *
   * @throws IllegalArgumentException as {@link #read(String)}, or if no server block has that name
   */
  public static ServerPolicy read(String nginxConf, Optional<String> serverName, CertificateSpec certificate) {
    return read(nginxConf, serverName, certificate, Optional.empty(), path -> Optional.empty()).policy();
  }

  /**
   * The policy of a server block, chosen as {@link #read(String, Optional, CertificateSpec)} does,
   * as it runs on {@code library}: the configured versions, suites, groups and schemes narrowed by
   * {@link io.github.tlscompat.core.library.OpenSslBuild#narrow}, with a warning for each name the
   * library drops, prefixed by its directive ({@code ssl_protocols}, {@code ssl_ciphers},
   * {@code ssl_conf_command Ciphersuites}, {@code ssl_ecdh_curve},
   * {@code ssl_conf_command SignatureAlgorithms}, {@code ssl_certificate}, {@code ssl_dhparam};
   * "(default)" after it when the directive is absent and nginx's default was narrowed). The
   * {@code ssl_dhparam} file is read through {@code files} (a path as written to its text, empty
   * when it cannot be read) for its prime size; one that cannot be read is assumed 2048 bits, with a
   * warning. Without {@code ssl_dhparam} DHE suites are left out, as {@link #read(String)} does.
   *
   * @throws IllegalArgumentException as {@link #read(String)}; or, naming the library and the
   *     directive, if nginx would not start on it (a certificate, DH parameters or a whole cipher
   *     string it refuses) or no version or suite is left
   */
  public static ImportedPolicy read(String nginxConf, Optional<String> serverName, CertificateSpec certificate,
      ServerLibrary library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(library, "library");
    return read(nginxConf, serverName, certificate, Optional.of(library), files);
  }

  /**
   * The policy of a server block, chosen as {@link #read(String, Optional, CertificateSpec)} does:
   * on {@code library} as {@link #read(String, Optional, CertificateSpec, ServerLibrary, Function)}
   * reads it, or with no library as written, without warnings, as
   * {@link #read(String, Optional, CertificateSpec)} reads it. This is the one reading of an
   * nginx configuration; the others are this one.
   *
   * @throws IllegalArgumentException as the reading it stands for
   */
  public static ImportedPolicy read(String nginxConf, Optional<String> serverName, CertificateSpec certificate,
      Optional<ServerLibrary> library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(nginxConf, "nginxConf");
    Preconditions.checkNotNull(serverName, "serverName");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(library, "library");
    Preconditions.checkNotNull(files, "files");
    Selected selected = Selected.of(nginxConf, serverName);
    Settings s = selected.settings();
    LibraryImport li = new LibraryImport("nginx", library)
        .directive(Kind.PROTOCOL_VERSION, named("ssl_protocols", s.protocols))
        .directive(Kind.CIPHER_SUITE, named("ssl_ciphers", s.ciphers))
        .directive(Kind.CIPHER_STRING, named("ssl_ciphers", s.ciphers))
        .cipherStringSet(s.ciphers != null || s.confCommands.stream()
            .anyMatch(d -> !d.args().isEmpty() && d.args().get(0).equalsIgnoreCase("CipherString")))
        .tls13Directive("ssl_conf_command Ciphersuites")
        .directive(Kind.NAMED_GROUP, named("ssl_ecdh_curve", s.curve))
        .directive(Kind.SIGNATURE_SCHEME, "ssl_conf_command SignatureAlgorithms")
        .directive(Kind.CERTIFICATE, "ssl_certificate")
        .directive(Kind.DH_PARAMETERS, "ssl_dhparam");
    if (s.dhparam != null) {
      String path = Settings.single(s.dhparam, "the path of a DH parameters file");
      try {
        li.dhParameters("ssl_dhparam", path, files);
      } catch (IllegalArgumentException e) {
        throw ConfigErrors.at(s.dhparam.line(), s.dhparam.name(), e);
      }
    } else {
      li.leavesOut(NginxConfig::isDhe, "every enabled suite is DHE, which nginx uses only with ssl_dhparam;"
          + " expected an ssl_dhparam directive");
    }
    String id = selected.id();
    try {
      return li.policy(selected.config(), id, "nginx server " + id, certificate);
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(selected.line(), "server", e);
    }
  }

  /** The server block a read is about, within its configuration, and its settings over the http ones. */
  private record Selected(Settings settings, OpenSslConfig config, String id, int line) {
    static Selected of(String nginxConf, Optional<String> serverName) {
      NginxParser.Block root = NginxParser.parse(nginxConf);
      NginxParser.Block http = root.blocks("http").stream().findFirst().orElse(root);
      NginxParser.Block server = selectServer(http, serverName);
      Settings s = new Settings();
      s.read(http);
      Settings inServer = new Settings();
      if (server != null) inServer.read(server);
      s.override(inServer);
      return new Selected(s, s.toConfig(), serverName.orElse("nginx"), server != null ? server.line() : 1);
    }
  }

  private static String named(String directive, NginxParser.Directive set) {
    return set != null ? directive : directive + " (default)";
  }

  /**
   * {@code policy} as nginx directives for a {@code server} or {@code http} block, one per line:
   * {@code ssl_protocols}, {@code ssl_ciphers}, {@code ssl_prefer_server_ciphers},
   * {@code ssl_ecdh_curve}, {@code ssl_conf_command Ciphersuites}, and where the policy needs them
   * {@code ssl_conf_command SignatureAlgorithms}, {@code ssl_verify_client on} and
   * {@code ssl_dhparam} (a placeholder path, with a warning, when the policy has DHE suites).
   */
  public static Exported write(ServerPolicy policy) {
    List<String> warnings = new ArrayList<>();
    OpenSslConfig c = OpenSslConfig.fromPolicy(policy, "nginx", warnings);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(policy.id()).append(" (").append(policy.name()).append("), written by tls-compat\n");
    List<String> protocols = c.versions().stream().map(ProtocolVersion::jsseName).toList();
    b.append("ssl_protocols ").append(String.join(" ", protocols)).append(";\n");
    if (!c.cipherString().isEmpty()) b.append("ssl_ciphers ").append(c.cipherString()).append(";\n");
    b.append("ssl_prefer_server_ciphers ").append(c.serverPreference() ? "on" : "off").append(";\n");
    if (!c.groups().isEmpty()) b.append("ssl_ecdh_curve ").append(c.groupsText()).append(";\n");
    if (c.versions().contains(ProtocolVersion.TLS_1_3)) {
      b.append("ssl_conf_command Ciphersuites ")
          .append(c.ciphersuites().isEmpty() ? "\"\"" : c.ciphersuites()).append(";\n");
    }
    if (!c.signatureSchemes().isEmpty()) {
      b.append("ssl_conf_command SignatureAlgorithms ").append(c.signatureSchemesText()).append(";\n");
    }
    if (c.requiresClientCertificate()) b.append("ssl_verify_client on;\n");
    if (policy.cipherSuites().stream().anyMatch(NginxConfig::isDhe)) {
      b.append("ssl_dhparam /etc/nginx/dhparam-").append(policy.dhBits()).append(".pem;\n");
      warnings.add("nginx uses DHE suites only with ssl_dhparam: put " + policy.dhBits()
          + "-bit DH parameters (e.g. RFC 7919 ffdhe" + policy.dhBits() + ") at the placeholder path");
    }
    return new Exported(b.toString(), warnings);
  }

  private static boolean isDhe(CipherSuite s) {
    return LibraryImport.isDhe(s);
  }

  private static NginxParser.Block selectServer(NginxParser.Block http, Optional<String> serverName) {
    List<NginxParser.Block> servers = http.blocks("server");
    if (serverName.isPresent()) {
      String wanted = serverName.get().toLowerCase(Locale.ROOT);
      List<String> known = new ArrayList<>();
      for (NginxParser.Block server : servers) {
        for (NginxParser.Directive d : server.directives("server_name")) {
          for (String name : d.args()) {
            String n = name.toLowerCase(Locale.ROOT);
            known.add(name);
            if (n.equals(wanted) || n.startsWith("*.") && wanted.endsWith(n.substring(1))
                || n.startsWith(".") && (wanted.endsWith(n) || wanted.equals(n.substring(1)))) {
              return server;
            }
          }
        }
      }
      throw new IllegalArgumentException("no server block has server_name '" + serverName.get() + "'"
          + (known.isEmpty() ? "; the configuration names no server" : "; expected one of "
              + ConfigErrors.list(known) + ClosestNames.didYouMean(serverName.get(), known)));
    }
    for (NginxParser.Block server : servers) {
      boolean ssl = server.directives("listen").stream().anyMatch(d -> d.args().contains("ssl"))
          || server.directives("ssl").stream().anyMatch(d -> d.args().equals(List.of("on")));
      if (ssl) return server;
    }
    if (servers.isEmpty()) return null;
    throw new IllegalArgumentException("line " + servers.get(0).line() + ": server: no server block"
        + " listens with ssl; expected 'listen 443 ssl;' in one, or pass a server_name");
  }

  /** The directives of one level, each as last written (nginx rejects duplicates; so do we). */
  private static final class Settings {
    NginxParser.Directive protocols;
    NginxParser.Directive ciphers;
    NginxParser.Directive prefer;
    NginxParser.Directive curve;
    NginxParser.Directive verifyClient;
    NginxParser.Directive dhparam;
    List<NginxParser.Directive> confCommands = new ArrayList<>();

    void read(NginxParser.Block block) {
      for (NginxParser.Directive d : block.directives()) {
        switch (d.name()) {
          case "ssl_protocols" -> protocols = once(protocols, d);
          case "ssl_ciphers" -> ciphers = once(ciphers, d);
          case "ssl_prefer_server_ciphers" -> prefer = once(prefer, d);
          case "ssl_ecdh_curve" -> curve = once(curve, d);
          case "ssl_verify_client" -> verifyClient = once(verifyClient, d);
          case "ssl_dhparam" -> dhparam = once(dhparam, d);
          case "ssl_conf_command" -> confCommands.add(d);
          default -> { }
        }
      }
    }

    private static NginxParser.Directive once(NginxParser.Directive previous, NginxParser.Directive d) {
      if (previous != null) {
        throw ConfigErrors.at(d.line(), d.name(), "directive is duplicate (first at line " + previous.line()
            + "); expected it once per block");
      }
      return d;
    }

    void override(Settings inner) {
      if (inner.protocols != null) protocols = inner.protocols;
      if (inner.ciphers != null) ciphers = inner.ciphers;
      if (inner.prefer != null) prefer = inner.prefer;
      if (inner.curve != null) curve = inner.curve;
      if (inner.verifyClient != null) verifyClient = inner.verifyClient;
      if (inner.dhparam != null) dhparam = inner.dhparam;
      if (!inner.confCommands.isEmpty()) confCommands = inner.confCommands;
    }

    OpenSslConfig toConfig() {
      OpenSslConfig c = DEFAULTS;
      if (protocols != null) c = c.withVersions(versions(protocols));
      if (ciphers != null) {
        String value = single(ciphers, "a cipher string such as HIGH:!aNULL:!MD5");
        OpenSslConfig before = c;
        c = guarded(ciphers, () -> before.withCipherString(value));
      }
      if (prefer != null) c = c.withServerPreference(flag(prefer));
      if (curve != null) {
        String value = single(curve, "a list of curves such as X25519:prime256v1, or auto");
        OpenSslConfig before = c;
        c = guarded(curve, () -> before.withGroups(value));
      }
      if (verifyClient != null) {
        String value = single(verifyClient, "on, off, optional or optional_no_ca");
        List<String> allowed = List.of("on", "off", "optional", "optional_no_ca");
        if (!allowed.contains(value)) {
          throw ConfigErrors.unknown(verifyClient.line(), verifyClient.name(), "value", value, allowed);
        }
        c = c.withRequiresClientCertificate(value.equals("on"));
      }
      for (NginxParser.Directive d : confCommands) {
        if (d.args().size() != 2) {
          throw ConfigErrors.at(d.line(), d.name(), "expected a command and a value, e.g."
              + " 'ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;', found " + d.args().size() + " arguments");
        }
        OpenSslConfig before = c;
        c = guarded(d, () -> ConfCommands.apply(before, d.args().get(0), d.args().get(1)));
      }
      return c;
    }

    private static OpenSslConfig guarded(NginxParser.Directive d, java.util.function.Supplier<OpenSslConfig> f) {
      try {
        return f.get();
      } catch (IllegalArgumentException e) {
        throw ConfigErrors.at(d.line(), d.name(), e);
      }
    }

    private static ParameterSet<ProtocolVersion> versions(NginxParser.Directive d) {
      if (d.args().isEmpty()) {
        throw ConfigErrors.at(d.line(), d.name(), "expected one or more of " + ConfigErrors.list(PROTOCOLS));
      }
      ParameterSet<ProtocolVersion> versions = ParameterSet.noneOf(ProtocolVersion.class);
      for (String arg : d.args()) {
        String known = PROTOCOLS.stream().filter(p -> p.equalsIgnoreCase(arg)).findFirst()
            .orElseThrow(() -> ConfigErrors.unknown(d.line(), d.name(), "protocol", arg, PROTOCOLS));
        versions = versions.with(ProtocolVersion.fromName(known));
      }
      return versions;
    }

    private static boolean flag(NginxParser.Directive d) {
      String value = single(d, "on or off");
      if (value.equalsIgnoreCase("on")) return true;
      if (value.equalsIgnoreCase("off")) return false;
      throw ConfigErrors.unknown(d.line(), d.name(), "value", value, List.of("on", "off"));
    }

    private static String single(NginxParser.Directive d, String expected) {
      if (d.args().size() != 1) {
        throw ConfigErrors.at(d.line(), d.name(), "expected one argument, " + expected + "; found "
            + d.args().size());
      }
      return d.args().get(0);
    }
  }
}
