package io.github.tlscompat.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of server configuration file that {@link ConfigFile} reads into a server policy, each with
 * core's reader for it ({@code io.github.tlscompat.core.config}), named as {@code tls-compat import
 * --type} names it; and how a file's kind is told from its name and content.
 *
 * <p>Three kinds describe a change to a policy rather than a whole one, and are read against a
 * base server policy from the catalog: a {@code .reg} export and {@code Get-TlsCipherSuite} output
 * change the Windows defaults, {@code jdk.tls.disabledAlgorithms} takes away from a JDK's.
 *
 * @since 0.1.0
 */
public enum ConfigType {
  /** A whole {@code nginx.conf}, or a file it includes (core's {@code NginxConfig}). */
  NGINX("nginx", "nginx configuration", null, true,
      "(?m)^\\s*(ssl_(protocols|ciphers|prefer_server_ciphers|certificate|conf_command|ecdh_curve)\\b"
          + "|(http|server)\\s*\\{)"),
  /** mod_ssl directives of Apache httpd, global or in {@code <VirtualHost>} sections ({@code ApacheConfig}). */
  APACHE("apache", "Apache httpd configuration", null, true,
      "(?mi)^\\s*(<VirtualHost\\b|SSL(Engine|Protocol|CipherSuite|HonorCipherOrder|OpenSSLConfCmd"
          + "|CertificateFile)\\b)"),
  /** {@code openssl s_server} arguments, optionally after {@code openssl s_server} ({@code OpenSslConfig}). */
  OPENSSL("openssl", "openssl s_server arguments", null, false,
      "\\A\\s*(openssl\\s+s_server\\b|s_server\\b|-[A-Za-z])"),
  /**
   * A GnuTLS priority string: {@code gnutls-serv} arguments, Apache httpd's mod_gnutls
   * {@code GnuTLSPriorities}, or the string alone ({@code GnuTlsConfig}).
   */
  GNUTLS("gnutls", "GnuTLS priority string", null, false,
      "(?mi)^\\s*(GnuTLSPriorities\\s|(\\S*/)?gnutls-serv\\b|--priority\\b)|\\A\\s*(NONE|NORMAL|PFS|PERFORMANCE"
          + "|SECURE(128|192|256)?|SUITEB(128|192)|LEGACY|@[A-Za-z][\\w,]*)(:\\S*)?\\s*\\z"),
  /** A registry export, as IIS Crypto or regedit write it ({@code SchannelConfig.readReg}). */
  REG("reg", "SChannel registry export", "windows-server-2022-schannel-default", false,
      "\\A[\\s\\uFEFF]*(Windows Registry Editor Version 5\\.00|REGEDIT4)\\b"),
  /** PowerShell's {@code Get-TlsCipherSuite} output in list format ({@code SchannelConfig}). */
  GET_TLSCIPHERSUITE("get-tlsciphersuite", "Get-TlsCipherSuite output", "windows-server-2022-schannel-default",
      false, "(?m)^\\s*Name\\s*:\\s*TLS_"),
  /** The properties {@code JsseConfig.write} produces, or written by hand in that form. */
  JSSE("jsse", "JSSE server properties", null, false,
      "(?m)^\\s*jdk\\.tls\\.server\\.(protocols|cipherSuites)\\s*[=:]"),
  /**
   * A {@code jdk.tls.disabledAlgorithms} value: a {@code java.security} file, a properties line,
   * or the bare value ({@code JdkDisabledAlgorithms}).
   */
  JDK_DISABLED("jdk-disabled", "jdk.tls.disabledAlgorithms", "jdk-17-default", false,
      "(?m)^\\s*jdk\\.tls\\.disabledAlgorithms\\s*[=:]");

  private final String cliName;
  private final String description;
  private final String defaultBase;
  private final boolean readsServerNames;
  private final Pattern content;

  ConfigType(String cliName, String description, String defaultBase, boolean readsServerNames, String content) {
    this.cliName = cliName;
    this.description = description;
    this.defaultBase = defaultBase;
    this.readsServerNames = readsServerNames;
    this.content = Pattern.compile(content);
  }

  /** What the file holds, in words, e.g. "nginx configuration". */
  public String description() {
    return description;
  }

  /** The catalog id of the policy this kind changes, or empty when the file describes a whole server. */
  public Optional<String> defaultBase() {
    return Optional.ofNullable(defaultBase);
  }

  /** Whether the reader picks one server of several by name ({@code --server-name}). */
  public boolean readsServerNames() {
    return readsServerNames;
  }

  /**
   * Whether the server the file configures runs on OpenSSL, so that its import is narrowed by an
   * OpenSSL build ({@link ConfigFile.Request#library()}): nginx, apache and openssl.
   */
  public boolean isOpenSslBased() {
    return this == NGINX || this == APACHE || this == OPENSSL;
  }

  /**
   * Whether the file configures Windows Schannel, so that {@code --library} names a Windows release
   * ({@link io.github.tlscompat.core.library.SchannelBuild}): reg and get-tlsciphersuite.
   *
   * @since 0.1.0
   */
  public boolean isSchannelBased() {
    return this == REG || this == GET_TLSCIPHERSUITE;
  }

  /** The type's name, as {@code tls-compat import --type} takes it, e.g. {@code get-tlsciphersuite}. */
  @Override
  public String toString() {
    return cliName;
  }

  /** Every kind's {@code --type} name, in declaration order: "nginx, apache, ... or jdk-disabled". */
  public static String names() {
    List<String> names = Arrays.stream(values()).map(ConfigType::toString).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /**
   * The kinds a file may be. The name decides where it is unambiguous ({@code *.reg},
   * {@code java.security}); otherwise every kind whose telltale lines the content has: the
   * {@code .reg} header, a {@code Name : TLS_...} line, a {@code jdk.tls.server.protocols} or
   * {@code jdk.tls.server.cipherSuites} key, a {@code jdk.tls.disabledAlgorithms} key, nginx's
   * {@code ssl_...} directives or {@code server {...}}, mod_ssl's {@code SSL...} directives or
   * {@code <VirtualHost>}, a first word that is an option ({@code -cipher ...}), mod_gnutls's
   * {@code GnuTLSPriorities}, {@code gnutls-serv}, {@code --priority}, or a file that is one GnuTLS
   * priority string starting with a level keyword ({@code NORMAL:-VERS-TLS1.0}). Lines starting
   * with {@code #} are left out first.
   *
   * @param fileName the file's name, without folders
   * @param text the file's content
   * @return empty when nothing fits, several when the content is ambiguous
   */
  public static List<ConfigType> detect(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".reg")) return List.of(REG);
    if (name.endsWith(".security")) return List.of(JDK_DISABLED);
    String uncommented = text.replaceAll("(?m)^\\s*#.*$", "");
    List<ConfigType> found = new ArrayList<>();
    for (ConfigType type : values()) {
      if (type.content.matcher(uncommented).find()) found.add(type);
    }
    return found;
  }

  /**
   * The type with this name ({@link #toString()}), case ignored.
   *
   * @throws IllegalArgumentException naming every type when {@code name} is none of them
   */
  public static ConfigType fromName(String name) {
    for (ConfigType type : values()) {
      if (type.cliName.equalsIgnoreCase(name)) return type;
    }
    throw new IllegalArgumentException("unknown type '" + name + "'; expected " + names());
  }
}
