package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.internal.Split;
import io.github.tlscompat.core.library.Dropped.Kind;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The TLS settings of one Apache httpd (mod_ssl, 2.4) virtual host, read from a whole
 * configuration ({@code httpd.conf}, {@code ssl.conf}, a site file), and a policy written as
 * mod_ssl directives.
 *
 * <p><b>Reading.</b> Lines as httpd reads them: a trailing backslash continues a line, a line whose
 * first non-blank is {@code #} is a comment, directive names ignore case, arguments are separated
 * by blanks and may be quoted. {@code <VirtualHost>} sections hold a virtual host; {@code <IfModule>},
 * {@code <IfDefine>}, {@code <IfVersion>} and {@code <IfFile>} are read as if their condition held;
 * {@code <Directory>}, {@code <Location>}, {@code <Files>} and their {@code Match} forms are skipped
 * (their {@code SSLCipherSuite} forces a renegotiation, not the handshake). The virtual host is the
 * first whose {@code ServerName} or {@code ServerAlias} is the given name, or without a name the first
 * with {@code SSLEngine on}; with no such section the global scope is read. A directive in the
 * virtual host overrides the global one; {@code SSLOpenSSLConfCmd} lines add up, global first, and
 * are applied after the other directives, as mod_ssl does. {@code Include} is not followed.
 *
 * <p>Read: {@code SSLProtocol} ({@code all -SSLv3 +TLSv1.2} syntax: {@code +} adds, {@code -}
 * removes, a bare word replaces; {@code all} is SSL 3.0 to TLS 1.3; {@code -SSLv2} is skipped, as
 * mod_ssl 2.4 does), {@code SSLCipherSuite} (one
 * argument, or {@code SSL} / {@code TLSv1.3} and the list for that protocol), {@code SSLHonorCipherOrder},
 * {@code SSLOpenSSLConfCmd} (see {@link OpenSslConfig}) and {@code SSLVerifyClient require}. Defaults
 * where a directive is absent are mod_ssl's documented ones
 * ({@code https://httpd.apache.org/docs/2.4/mod/mod_ssl.html}): {@code SSLProtocol all -SSLv3}
 * (since 2.4.x), {@code SSLCipherSuite DEFAULT} (the OpenSSL default cipher string), OpenSSL's
 * default TLS 1.3 suites, {@code SSLHonorCipherOrder off}.
 *
 * <p><b>Certificates.</b> {@code SSLCertificateFile} names a file; the policy gets the
 * {@link CertificateSpec} the caller passes ({@link CertificateSpec#RSA_2048_SHA256} by default).
 *
 * @since 0.1.0
 */
public final class ApacheConfig {
  private ApacheConfig() {}


  /** The virtual host a read is about, within its configuration, and its settings over the global ones. */
  private record Selected(Scope global, Scope host, OpenSslConfig config, String id) {
    static Selected of(String config, Optional<String> serverName) {
      Scope global = new Scope(1);
      List<Scope> hosts = new ArrayList<>();
      parse(config, global, hosts);
      // Apache refuses to start on a bad directive in any virtual host, so all are checked.
      for (Scope other : hosts) apply(OpenSslConfig.DEFAULTS, global, other);
      Scope host = select(hosts, serverName);
      return new Selected(global, host, apply(OpenSslConfig.DEFAULTS, global, host), serverName.orElse("apache"));
    }
  }
  private static final List<String> PROTOCOLS = List.of("all", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");
  private static final List<String> SKIPPED = List.of("directory", "directorymatch", "location",
      "locationmatch", "files", "filesmatch", "proxy", "proxymatch");

  /**
   * The policy of the first {@code <VirtualHost>} with {@code SSLEngine on} (or of the global
   * scope), with an {@link CertificateSpec#RSA_2048_SHA256} certificate.
   *
   * @throws IllegalArgumentException for a bad directive value or an unbalanced section, naming the
   *     line, the directive and what was expected (with the closest names for a misspelled value)
   */
  public static ServerPolicy read(String config) {
    return read(config, Optional.empty(), CertificateSpec.RSA_2048_SHA256);
  }

  /**
   * The policy of the virtual host whose {@code ServerName} or {@code ServerAlias} is
   * {@code serverName} (case ignored, port ignored), or without a name as {@link #read(String)},
   * holding {@code certificate}, as written: no library's rules, and no DH parameters file is
   * read. The policy's id is the server name, or {@code apache}.
   *
   * @throws IllegalArgumentException as {@link #read(String)}, or if no virtual host has that name
   */
  public static ServerPolicy read(String config, Optional<String> serverName, CertificateSpec certificate) {
    return read(config, serverName, certificate, Optional.empty(), path -> Optional.empty()).policy();
  }

  /**
   * The policy of a virtual host, chosen as {@link #read(String, Optional, CertificateSpec)} does,
   * as it runs on {@code library}: the configured versions, suites, groups and schemes narrowed by
   * {@link io.github.tlscompat.core.library.OpenSslBuild#narrow}, with a warning for each name the
   * library drops, prefixed by its directive ({@code SSLProtocol}, {@code SSLCipherSuite},
   * {@code SSLCipherSuite TLSv1.3}, {@code SSLOpenSSLConfCmd Curves},
   * {@code SSLOpenSSLConfCmd SignatureAlgorithms}, {@code SSLCertificateFile},
   * {@code SSLOpenSSLConfCmd DHParameters}; "(default)" after it when the directive is absent and
   * mod_ssl's default was narrowed). A {@code SSLOpenSSLConfCmd DHParameters} file is read through
   * {@code files} (a path as written to its text, empty when it cannot be read) for its prime size;
   * one that cannot be read is assumed 2048 bits, with a warning. Without it mod_ssl uses DH
   * parameters as strong as the certificate's key: 2048 bits for RSA 2048.
   *
   * @throws IllegalArgumentException as {@link #read(String)}; or, naming the library and the
   *     directive, if httpd would not start on it or no version or suite is left
   */
  public static ImportedPolicy read(String config, Optional<String> serverName, CertificateSpec certificate,
      ServerLibrary library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(library, "library");
    return read(config, serverName, certificate, Optional.of(library), files);
  }

  /**
   * The policy of a virtual host, chosen as {@link #read(String, Optional, CertificateSpec)} does:
   * on {@code library} as {@link #read(String, Optional, CertificateSpec, ServerLibrary, Function)}
   * reads it, or with no library as written, without warnings, as
   * {@link #read(String, Optional, CertificateSpec)} reads it. This is the one reading of an Apache
   * httpd configuration; the others are this one.
   *
   * @throws IllegalArgumentException as the reading it stands for
   */
  public static ImportedPolicy read(String config, Optional<String> serverName, CertificateSpec certificate,
      Optional<ServerLibrary> library, Function<String, Optional<String>> files) {
    Preconditions.checkNotNull(config, "config");
    Preconditions.checkNotNull(serverName, "serverName");
    Preconditions.checkNotNull(certificate, "certificate");
    Preconditions.checkNotNull(library, "library");
    Preconditions.checkNotNull(files, "files");
    Selected selected = Selected.of(config, serverName);
    Scope global = selected.global();
    Scope host = selected.host();
    String id = selected.id();
    boolean tls13Set = false;
    boolean cipherSet = false;
    for (Directive d : scoped(global, host, "SSLCipherSuite")) {
      if (d.args().size() == 2 && d.args().get(0).equalsIgnoreCase("TLSv1.3")) tls13Set = true;
      else cipherSet = true;
    }
    LibraryImport li = new LibraryImport("Apache httpd", library)
        .directive(Kind.PROTOCOL_VERSION, effective(global, host, "SSLProtocol").isPresent()
            ? "SSLProtocol" : "SSLProtocol (default)")
        .directive(Kind.CIPHER_SUITE, cipherSet ? "SSLCipherSuite" : "SSLCipherSuite (default)")
        .directive(Kind.CIPHER_STRING, cipherSet ? "SSLCipherSuite" : "SSLCipherSuite (default)")
        .cipherStringSet(cipherSet)
        .tls13Directive(tls13Set ? "SSLCipherSuite TLSv1.3" : "SSLCipherSuite TLSv1.3 (default)")
        .directive(Kind.NAMED_GROUP, "SSLOpenSSLConfCmd Curves")
        .directive(Kind.SIGNATURE_SCHEME, "SSLOpenSSLConfCmd SignatureAlgorithms")
        .directive(Kind.CERTIFICATE, "SSLCertificateFile")
        .directive(Kind.DH_PARAMETERS, "SSLOpenSSLConfCmd DHParameters");
    for (Directive d : scoped(global, host, "SSLOpenSSLConfCmd")) {
      if (d.args().size() == 2 && d.args().get(0).equalsIgnoreCase("DHParameters")) {
        try {
          li.dhParameters("SSLOpenSSLConfCmd DHParameters", d.args().get(1), files);
        } catch (IllegalArgumentException e) {
          throw ConfigErrors.at(d.line(), d.name(), e);
        }
      }
    }
    try {
      return li.policy(selected.config(), id, "Apache httpd virtual host " + id, certificate);
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(host != null ? host.line : 1, host != null ? "<VirtualHost>" : "SSLCipherSuite", e);
    }
  }

  private static List<Directive> scoped(Scope global, Scope host, String name) {
    List<Directive> all = new ArrayList<>(global.all(name));
    if (host != null) all.addAll(host.all(name));
    return all;
  }

  /**
   * {@code policy} as mod_ssl directives for a {@code <VirtualHost>} or the global scope:
   * {@code SSLProtocol -all +...}, {@code SSLCipherSuite}, {@code SSLCipherSuite TLSv1.3 ...},
   * {@code SSLHonorCipherOrder}, and where the policy needs them
   * {@code SSLOpenSSLConfCmd Curves}, {@code SSLOpenSSLConfCmd SignatureAlgorithms} and
   * {@code SSLVerifyClient require}.
   */
  public static Exported write(ServerPolicy policy) {
    List<String> warnings = new ArrayList<>();
    OpenSslConfig c = OpenSslConfig.fromPolicy(policy, "Apache httpd", warnings);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(policy.id()).append(" (").append(policy.name()).append("), written by tls-compat\n");
    b.append("SSLProtocol -all");
    for (ProtocolVersion v : c.versions()) b.append(" +").append(v.jsseName());
    b.append('\n');
    if (!c.cipherString().isEmpty()) b.append("SSLCipherSuite ").append(c.cipherString()).append('\n');
    if (c.versions().contains(ProtocolVersion.TLS_1_3)) {
      b.append("SSLCipherSuite TLSv1.3 ").append(c.ciphersuites().isEmpty() ? "\"\"" : c.ciphersuites()).append('\n');
    }
    b.append("SSLHonorCipherOrder ").append(c.serverPreference() ? "on" : "off").append('\n');
    if (!c.groups().isEmpty()) b.append("SSLOpenSSLConfCmd Curves ").append(c.groupsText()).append('\n');
    if (!c.signatureSchemes().isEmpty()) {
      b.append("SSLOpenSSLConfCmd SignatureAlgorithms ").append(c.signatureSchemesText()).append('\n');
    }
    if (c.requiresClientCertificate()) b.append("SSLVerifyClient require\n");
    return new Exported(b.toString(), warnings);
  }

  /** One directive: its name as written, arguments, 1-based line. */
  private record Directive(String name, List<String> args, int line) {
    boolean is(String n) {
      return name.equalsIgnoreCase(n);
    }
  }

  /** The directives of the global scope or one virtual host. */
  private static final class Scope {
    final int line;
    final List<Directive> directives = new ArrayList<>();

    Scope(int line) {
      this.line = line;
    }

    Optional<Directive> last(String name) {
      Directive found = null;
      for (Directive d : directives) {
        if (d.is(name)) found = d;
      }
      return Optional.ofNullable(found);
    }

    List<Directive> all(String name) {
      return directives.stream().filter(d -> d.is(name)).toList();
    }
  }

  private static void parse(String config, Scope global, List<Scope> hosts) {
    String[] lines = Split.lines(config, true);
    Scope current = global;
    List<String> open = new ArrayList<>();
    List<Integer> openLines = new ArrayList<>();
    int skipDepth = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      StringBuilder text = new StringBuilder(lines[i]);
      while (text.length() > 0 && text.charAt(text.length() - 1) == '\\' && i + 1 < lines.length) {
        text.setLength(text.length() - 1);
        text.append(' ').append(lines[++i].strip());
      }
      String line = text.toString().strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("</")) {
        String name = line.substring(2).replace(">", "").strip().toLowerCase(Locale.ROOT);
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
          throw ConfigErrors.at(lineNo, "</" + name + ">", open.isEmpty() ? "no section is open"
              : "expected </" + open.get(open.size() - 1) + "> to close the section at line "
                  + openLines.get(openLines.size() - 1));
        }
        open.remove(open.size() - 1);
        openLines.remove(openLines.size() - 1);
        if (SKIPPED.contains(name)) skipDepth--;
        if (name.equals("virtualhost")) current = global;
        continue;
      }
      if (line.startsWith("<")) {
        if (!line.endsWith(">")) throw ConfigErrors.at(lineNo, line, "section is not closed; expected '>'");
        String inner = line.substring(1, line.length() - 1).strip();
        String name = Split.words(inner, 2)[0].toLowerCase(Locale.ROOT);
        open.add(name);
        openLines.add(lineNo);
        if (SKIPPED.contains(name)) skipDepth++;
        if (name.equals("virtualhost") && skipDepth == 0) {
          if (current != global) throw ConfigErrors.at(lineNo, "<VirtualHost>", "virtual hosts do not nest");
          current = new Scope(lineNo);
          hosts.add(current);
        }
        continue;
      }
      if (skipDepth > 0) continue;
      List<String> words;
      try {
        words = OpenSslArguments.words(line);
      } catch (IllegalArgumentException e) {
        throw ConfigErrors.at(lineNo, line.split("\\s+")[0], e);
      }
      current.directives.add(new Directive(words.get(0), words.subList(1, words.size()), lineNo));
    }
    if (!open.isEmpty()) {
      throw ConfigErrors.at(openLines.get(open.size() - 1), "<" + open.get(open.size() - 1) + ">",
          "section is not closed; expected </" + open.get(open.size() - 1) + ">");
    }
  }

  private static Scope select(List<Scope> hosts, Optional<String> serverName) {
    if (serverName.isPresent()) {
      String wanted = serverName.get().toLowerCase(Locale.ROOT);
      List<String> known = new ArrayList<>();
      for (Scope host : hosts) {
        for (Directive d : host.directives) {
          if (!d.is("ServerName") && !d.is("ServerAlias")) continue;
          for (String name : d.args()) {
            String n = name.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst(":\\d+$", "");
            known.add(n);
            if (n.equals(wanted) || n.startsWith("*.") && wanted.endsWith(n.substring(1))) return host;
          }
        }
      }
      throw new IllegalArgumentException("no <VirtualHost> has ServerName or ServerAlias '" + serverName.get()
          + "'" + (known.isEmpty() ? "; the configuration names no virtual host"
              : "; expected one of " + ConfigErrors.list(known) + ClosestNames.didYouMean(serverName.get(), known)));
    }
    for (Scope host : hosts) {
      Optional<Directive> engine = host.last("SSLEngine");
      if (engine.isPresent() && engine.get().args().size() == 1 && engine.get().args().get(0).equalsIgnoreCase("on")) {
        return host;
      }
    }
    return null;
  }

  private static OpenSslConfig apply(OpenSslConfig start, Scope global, Scope host) {
    OpenSslConfig c = start;
    Optional<Directive> protocol = effective(global, host, "SSLProtocol");
    if (protocol.isPresent()) {
      c = c.withVersions(protocols(protocol.get()));
    } else {
      c = c.withVersions(OpenSslConfig.range(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_3));
    }
    List<Directive> cipherSuites = new ArrayList<>(global.all("SSLCipherSuite"));
    if (host != null) cipherSuites.addAll(host.all("SSLCipherSuite"));
    for (Directive d : cipherSuites) {
      OpenSslConfig before = c;
      if (d.args().size() == 1) {
        c = guarded(d, () -> before.withCipherString(d.args().get(0)));
      } else if (d.args().size() == 2) {
        String protocolName = d.args().get(0);
        String value = d.args().get(1);
        if (protocolName.equalsIgnoreCase("TLSv1.3")) {
          c = guarded(d, () -> before.withCiphersuites(value));
        } else if (protocolName.equalsIgnoreCase("SSL")) {
          c = guarded(d, () -> before.withCipherString(value));
        } else {
          throw ConfigErrors.unknown(d.line(), d.name(), "protocol", protocolName, List.of("SSL", "TLSv1.3"));
        }
      } else {
        throw ConfigErrors.at(d.line(), d.name(), "expected a cipher string, or SSL or TLSv1.3 and a list;"
            + " found " + d.args().size() + " arguments");
      }
    }
    Optional<Directive> honor = effective(global, host, "SSLHonorCipherOrder");
    if (honor.isPresent()) c = c.withServerPreference(flag(honor.get()));
    Optional<Directive> verify = effective(global, host, "SSLVerifyClient");
    if (verify.isPresent()) {
      Directive d = verify.get();
      List<String> allowed = List.of("none", "optional", "require", "optional_no_ca");
      String value = d.args().size() == 1 ? d.args().get(0).toLowerCase(Locale.ROOT) : "";
      if (!allowed.contains(value)) throw ConfigErrors.unknown(d.line(), d.name(), "level", value, allowed);
      c = c.withRequiresClientCertificate(value.equals("require"));
    }
    List<Directive> commands = new ArrayList<>(global.all("SSLOpenSSLConfCmd"));
    if (host != null) commands.addAll(host.all("SSLOpenSSLConfCmd"));
    for (Directive d : commands) {
      if (d.args().size() != 2) {
        throw ConfigErrors.at(d.line(), d.name(), "expected a command and a value, e.g."
            + " 'SSLOpenSSLConfCmd Curves X25519:P-256'; found " + d.args().size() + " arguments");
      }
      OpenSslConfig before = c;
      c = guarded(d, () -> ConfCommands.apply(before, d.args().get(0), d.args().get(1)));
    }
    return c;
  }

  private static Optional<Directive> effective(Scope global, Scope host, String name) {
    Optional<Directive> inHost = host == null ? Optional.empty() : host.last(name);
    return inHost.isPresent() ? inHost : global.last(name);
  }

  private static OpenSslConfig guarded(Directive d, Supplier<OpenSslConfig> f) {
    try {
      return f.get();
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(d.line(), d.name(), e);
    }
  }

  // mod_ssl's ssl_cmd_protocol_parse: starting from nothing, '+' adds, '-' removes, a bare word sets.
  private static ParameterSet<ProtocolVersion> protocols(Directive d) {
    if (d.args().isEmpty()) {
      throw ConfigErrors.at(d.line(), d.name(), "expected protocols such as 'all -SSLv3', from "
          + ConfigErrors.list(PROTOCOLS));
    }
    ParameterSet<ProtocolVersion> versions = ParameterSet.noneOf(ProtocolVersion.class);
    for (String word : d.args()) {
      // A quoted empty word ("") reaches here too; mod_ssl calls it an illegal protocol.
      char action = word.startsWith("+") || word.startsWith("-") ? word.charAt(0) : 0;
      String bare = action == 0 ? word : word.substring(1);
      // mod_ssl 2.4 (ssl_engine_config.c) skips "-SSLv2", which old configurations keep, and
      // refuses SSLv2 only where it would enable it.
      if (action == '-' && bare.equalsIgnoreCase("SSLv2")) continue;
      String known = PROTOCOLS.stream().filter(p -> p.equalsIgnoreCase(bare)).findFirst().orElse(null);
      if (known == null) {
        String hint = bare.equalsIgnoreCase("SSLv2") ? "; SSLv2 is no longer supported by mod_ssl 2.4" : "";
        throw new IllegalArgumentException(ConfigErrors.unknown(d.line(), d.name(), "protocol", bare, PROTOCOLS)
            .getMessage() + hint);
      }
      ParameterSet<ProtocolVersion> these = known.equals("all")
          ? OpenSslConfig.range(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_3)
          : ParameterSet.of(ProtocolVersion.fromName(known));
      versions = action == '+' ? versions.union(these) : action == '-' ? versions.minus(these) : these;
    }
    if (versions.isEmpty()) {
      throw ConfigErrors.at(d.line(), d.name(), "no protocol is left enabled; expected e.g. '-all +TLSv1.2 +TLSv1.3'");
    }
    return versions;
  }

  private static boolean flag(Directive d) {
    String value = d.args().size() == 1 ? d.args().get(0) : "";
    if (value.equalsIgnoreCase("on")) return true;
    if (value.equalsIgnoreCase("off")) return false;
    throw ConfigErrors.unknown(d.line(), d.name(), "value", value, List.of("on", "off"));
  }
}
