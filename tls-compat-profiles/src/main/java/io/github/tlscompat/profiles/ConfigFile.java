package io.github.tlscompat.profiles;

import io.github.tlscompat.core.config.ApacheConfig;
import io.github.tlscompat.core.config.GnuTlsConfig;
import io.github.tlscompat.core.config.JdkDisabledAlgorithms;
import io.github.tlscompat.core.config.JdkServerConfig;
import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.SchannelConfig;
import io.github.tlscompat.core.library.GnuTlsBuild;
import io.github.tlscompat.core.library.LibraryBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.SchannelBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's TLS configuration file (nginx.conf, Apache mod_ssl directives, {@code openssl
 * s_server} arguments, a SChannel {@code .reg} export, {@code Get-TlsCipherSuite} output, JSSE
 * properties, a {@code java.security}) read into a server profile: core's reader for its
 * {@link ConfigType}, then the profile's metadata (id, name, source, notes, assumed) for
 * {@link ProfileJson}. This is what {@code tls-compat import} does, and what the CLI and the JUnit
 * harness do with a configuration file named where a server profile file is accepted.
 *
 * <pre>{@code
 * ConfigFile.Imported nginx = ConfigFile.of(Path.of("nginx.conf")).read(Catalog.builtIn());
 * ServerPolicy policy = nginx.policy();
 * nginx.warnings().forEach(System.err::println);
 * }</pre>
 *
 * <p>Bad input is an {@link IllegalArgumentException} whose message is one line naming the file,
 * then the reader's own words (the line and directive where it knows them, and what was expected).
 * What the reader assumed, or what the file says that the profile cannot hold, becomes a warning:
 * the caller shows it, and the profile keeps it in {@code notes}.
 *
 * @since 0.1.0
 */
public final class ConfigFile {

  /**
   * What an import may be told besides the file; empty means the default.
   *
   * @param base the id or file of the policy a {@code .reg}, {@code Get-TlsCipherSuite} or
   *     {@code jdk.tls.disabledAlgorithms} file changes; empty for {@link ConfigType#defaultBase()}
   * @param serverName the nginx server block or Apache virtual host to read; empty for the first
   *     that listens with ssl
   * @param certificates the certificates the server holds; empty for an assumed RSA 2048-bit one
   *     (or the base policy's)
   * @param id the profile's id; empty for one derived from the file name
   * @param name the profile's name; empty for the type and the file name
   * @param library the TLS library an nginx, Apache httpd or {@code openssl s_server} configuration
   *     runs on, by {@link io.github.tlscompat.core.library.OpenSslBuild#id()} ({@code debian-12},
   *     {@code openssl-3.0}, {@code openssl-1.1.1}), or {@link #AS_WRITTEN} for the configuration
   *     as written, no library's rules; for a GnuTLS priority string, a
   *     {@link io.github.tlscompat.core.library.GnuTlsBuild#id()} ({@code gnutls-debian-12},
   *     {@code gnutls-3.7}, {@code gnutls-3.8}); for a {@code .reg} export or
   *     {@code Get-TlsCipherSuite} output, a {@link SchannelBuild#id()} ({@code schannel-2025},
   *     {@code schannel-2025-fips}): the base is then that Windows release's defaults profile unless
   *     {@code base} names one, and the result is narrowed by the build ({@link SchannelBuild#narrow});
   *     for JSSE properties or a {@code jdk.tls.disabledAlgorithms} file, a {@link JsseBuild#id()}
   *     ({@code sunjsse-17}, {@code sunjsse-25}, ...) whose defaults stand under the file; empty for
   *     {@link #ASSUMED_LIBRARY} or {@link #ASSUMED_GNUTLS_LIBRARY}, said in a warning, for a Schannel
   *     kind the base's library, JSSE properties as written and a {@code jdk.tls.disabledAlgorithms}
   *     file over its base
   * @since 0.1.0
   */
  public record Request(Optional<String> base, Optional<String> serverName, List<CertificateSpec> certificates,
      Optional<String> id, Optional<String> name, Optional<String> library) {

    /** Validates the components and copies the certificates. */
    public Request {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(serverName, "serverName");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(library, "library");
      certificates = List.copyOf(certificates);
    }

    /** A request with the library assumed ({@link #ASSUMED_LIBRARY}). */
    public Request(Optional<String> base, Optional<String> serverName, List<CertificateSpec> certificates,
        Optional<String> id, Optional<String> name) {
      this(base, serverName, certificates, id, name, Optional.empty());
    }

    /** Everything by default: the base of the kind, the first ssl server, an assumed certificate and library. */
    public static Request defaults() {
      return new Request(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * The library an OpenSSL-based configuration is taken to run on when the request names none:
   * upstream OpenSSL 3.0 at its default security level 1, the long-term-support line of current
   * distributions (Debian 12 builds it with level 2: {@code --library debian-12}).
   */
  public static final ServerLibrary ASSUMED_LIBRARY = ServerLibrary.of(OpenSslBuild.OPENSSL_3_0);

  /**
   * The library JSSE server properties are taken to run on: the file names no JDK, so the one that
   * builds this project, SunJSSE of JDK 17.0.15 ({@link JsseBuild#SUNJSSE_17}); said in a warning.
   */
  public static final ServerLibrary ASSUMED_JSSE_LIBRARY = ServerLibrary.of(JsseBuild.SUNJSSE_17);

  /**
   * The library a GnuTLS priority string is taken to run on when the request names none: upstream
   * GnuTLS 3.8, the current line (every modelled GnuTLS build expands priority strings alike).
   */
  public static final ServerLibrary ASSUMED_GNUTLS_LIBRARY = ServerLibrary.of(GnuTlsBuild.GNUTLS_3_8);

  /**
   * The {@link Request#library()} that takes an OpenSSL-based configuration as written: the policy
   * of its directives, with no library's rules (what writing a policy as a configuration and
   * reading it back round-trips).
   */
  public static final String AS_WRITTEN = "none";

  /**
   * The profile an import gives, and its warnings (each also one of the profile's notes).
   *
   * @param policy the server policy the file describes
   * @param info the profile's metadata: id, name, source, notes, what was assumed
   * @param warnings what the reader assumed or could not hold, one sentence each
   * @since 0.1.0
   */
  public record Imported(ServerPolicy policy, ProfileInfo info, List<String> warnings) {

    /** Validates the components and copies the warnings. */
    public Imported {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(info, "info");
      warnings = List.copyOf(warnings);
    }

    /** The profile file, which the catalog reads back to an equal policy. */
    public String json() {
      return ProfileJson.toJson(policy, info);
    }
  }

  private static final Pattern NGINX_INCLUDE = Pattern.compile("(?m)^[ \\t]*include\\s+([^;\\s]+)");
  private static final Pattern APACHE_INCLUDE = Pattern.compile("(?mi)^[ \\t]*Include(?:Optional)?\\s+(\\S+)");
  private static final Pattern NGINX_SSL_SERVER = Pattern.compile("(?m)^[ \\t]*listen\\s[^;#]*\\bssl\\b");
  private static final Pattern APACHE_SSL_SERVER = Pattern.compile("(?mi)^[ \\t]*SSLEngine\\s+on\\b");
  private static final Pattern JDK_DISABLED_KEY =
      Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(JdkDisabledAlgorithms.PROPERTY) + "\\s*[=:]");

  private final Path file;
  private final byte[] bytes;
  private final String text;

  private ConfigFile(Path file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
    this.text = decode(bytes);
  }

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file if it does not exist or cannot be read
   */
  public static ConfigFile of(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return new ConfigFile(file, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read it: " + e);
    }
  }

  /**
   * Whether {@code file} is a profile file rather than a configuration: named {@code *.json}, or
   * JSON inside.
   *
   * @throws IllegalArgumentException naming the file if it does not exist or cannot be read
   */
  public static boolean isProfile(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) return true;
    return of(file).text.strip().startsWith("{");
  }

  /**
   * The kind of configuration: {@code given}, or the one {@link ConfigType#detect} finds.
   *
   * @throws IllegalArgumentException naming the file and every kind when none or several fit
   */
  public ConfigType type(Optional<ConfigType> given) {
    if (given.isPresent()) return given.get();
    if (text.strip().startsWith("{")) {
      throw new IllegalArgumentException(file + ": is a profile file already (JSON); expected a server"
          + " configuration to import");
    }
    List<ConfigType> found = ConfigType.detect(file.getFileName().toString(), text);
    if (found.size() == 1) return found.get(0);
    String what = found.isEmpty() ? "cannot tell the configuration type from the file's name or content"
        : "the content could be " + String.join(" or ", found.stream().map(ConfigType::toString).toList());
    throw new IllegalArgumentException(file + ": " + what + "; expected one of " + ConfigType.names()
        + " (tls-compat import --type TYPE says which)");
  }

  /** The file this was read from. */
  public Path path() {
    return file;
  }

  /**
   * Reads the file as {@code tls-compat import FILE} does with no options: its type told from its
   * name and content, the base policy of that type and an id not yet taken, both from
   * {@code catalog}.
   *
   * @throws IllegalArgumentException one line naming the file, when its type cannot be told, the
   *     reader rejects it, or the base policy is not in {@code catalog}
   */
  public Imported read(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return read(type(Optional.empty()), Request.defaults(), id -> baseIn(catalog, id),
        id -> catalog.findClient(id).isPresent() || catalog.findServer(id).isPresent());
  }

  private ServerPolicy baseIn(Catalog catalog, String id) {
    try {
      return catalog.server(id);
    } catch (NoSuchProfileException e) {
      throw new IllegalArgumentException(file + ": base policy: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the file as {@code type} into a server profile.
   *
   * @param type what the file holds ({@link #type(Optional)})
   * @param request the choices besides the file
   * @param servers looks up a base policy by id or file (and reports a bad one itself)
   * @param idTaken whether an id or alias is already in the catalog; a derived id avoids those
   * @throws IllegalArgumentException one line naming the file, for a file the reader rejects
   */
  public Imported read(ConfigType type, Request request, Function<String, ServerPolicy> servers,
      Predicate<String> idTaken) {
    List<String> warnings = new ArrayList<>();
    String fileName = file.getFileName().toString();
    String id = request.id().orElseGet(() -> freeId(derivedId(fileName, request.serverName()), idTaken, warnings));
    if (request.id().isPresent() && idTaken.test(id)) {
      warnings.add("id '" + id + "' is already in the catalog; the profile will not load next to it"
          + " (tls-compat import --id chooses another)");
    }
    Optional<SchannelBuild> schannel = schannelBuild(type, request);
    Optional<JsseBuild> jdk = jsseBuild(type, request);
    Optional<ServerPolicy> base = defaultBase(type, request.library()).filter(d -> jdk.isEmpty())
        .map(d -> servers.apply(request.base().orElse(d)));
    if (type == ConfigType.JDK_DISABLED && jdk.isPresent()) base = unmeasuredDefaults(jdk.get(), request, servers);
    List<CertificateSpec> certificates = request.certificates();
    if (base.isPresent() && !certificates.isEmpty()) base = base.map(b -> withCertificates(b, certificates));
    List<String> libraryWarnings = new ArrayList<>();
    ServerPolicy policy = policy(type, request, base, jdk, id, libraryWarnings);
    if (schannel.isPresent()) policy = onWindowsRelease(policy, schannel.get());
    if (base.isEmpty() && certificates.size() > 1) policy = withCertificates(policy, certificates);
    String name = request.name().orElse(type.description() + " " + fileName
        + request.serverName().map(n -> " (server " + n + ")").orElse("")
        + base.map(b -> " on " + b.id()).or(() -> jdk.map(b -> " on " + b.id())).orElse(""));
    policy = policy.toBuilder().id(id).name(name).build();

    warnings.addAll(readerWarnings(type, request, base));
    if (type.isOpenSslBased() && request.library().isEmpty()) {
      warnings.add("library: assumed " + ASSUMED_LIBRARY + "; the file does not say which TLS library the server"
          + " runs on (tls-compat import --library " + String.join(", ", openSslApiIds())
          + " or " + AS_WRITTEN + " says)");
    }
    if (type == ConfigType.GNUTLS && request.library().isEmpty()) {
      warnings.add("library: assumed " + ASSUMED_GNUTLS_LIBRARY + "; the file does not say which GnuTLS the server"
          + " runs on (tls-compat import --library " + String.join(", ", ServerLibrary.knownIds(LibraryFamily.GNUTLS))
          + " says)");
    }
    if (type.isOpenSslBased() && request.library().filter(AS_WRITTEN::equals).isPresent()) {
      warnings.add("library: none; the configuration is taken as written, without the rules of the OpenSSL"
          + " under it (security level, what the build has)");
    }
    if (type == ConfigType.JSSE && jdk.isEmpty()) {
      warnings.add("library: assumed " + ASSUMED_JSSE_LIBRARY + "; the file does not say which JDK serves it"
          + " (tls-compat import --library " + String.join(", ", jsseIds()) + " takes the defaults under it from"
          + " that JDK)");
    }
    warnings.addAll(libraryWarnings);
    if (certificates.isEmpty()) {
      warnings.add("certificates: assumed " + policy.certificates().stream().map(Object::toString).toList()
          + (base.isPresent() ? ", the base policy's" : "") + "; the file does not say what certificates the"
          + " server holds (tls-compat import --cert does)");
    }
    List<String> source = new ArrayList<>();
    source.add("imported by tls-compat import from " + fileName + " (" + type.description() + ")");
    base.ifPresent(b -> source.add("base policy: " + b.id() + " (" + b.name() + ")"));
    ProfileInfo info = new ProfileInfo(id, ProfileKind.SERVER, name, List.of(), Set.of("imported", type.toString()),
        source, warnings, List.of(), certificates.isEmpty() ? Set.of("certificates") : Set.of(), false,
        Optional.empty(), Map.of(), file.toString());
    return new Imported(policy, info, warnings);
  }

  /**
   * The catalog id of the base policy a file of {@code type} changes when no base is named: for a
   * Schannel kind with {@code library} naming a Windows release, that release's defaults profile
   * (for a FIPS-policy build, its release's); for a {@code jdk.tls.disabledAlgorithms} file on a
   * JSSE build, none (that JDK's defaults stand under it); else {@link ConfigType#defaultBase()}.
   *
   * @since 0.1.0
   */
  public static Optional<String> defaultBase(ConfigType type, Optional<String> library) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(library, "library");
    if (type == ConfigType.JDK_DISABLED && library.flatMap(ServerLibrary::findBuild)
        .filter(JsseBuild.class::isInstance).isPresent()) {
      // On a JSSE build a jdk.tls.disabledAlgorithms file changes that JDK's defaults, not a catalog policy.
      return Optional.empty();
    }
    if (type.defaultBase().isEmpty() || !type.isSchannelBased()) return type.defaultBase();
    Optional<String> release = library.flatMap(ServerLibrary::findBuild)
        .flatMap(b -> b instanceof SchannelBuild w ? Optional.of(w.release()) : Optional.empty());
    return release.flatMap(r -> SchannelBuild.ALL.stream().filter(b -> b.release().equals(r))
        .flatMap(b -> b.defaultsProfile().stream()).findFirst()).or(type::defaultBase);
  }

  // The builds an OpenSSL-based configuration can run on: OpenSSL's, LibreSSL's and BoringSSL's.
  private static List<String> openSslApiIds() {
    List<String> ids = new ArrayList<>(ServerLibrary.knownIds(LibraryFamily.OPENSSL));
    ids.addAll(ServerLibrary.knownIds(LibraryFamily.LIBRESSL));
    ids.addAll(ServerLibrary.knownIds(LibraryFamily.BORINGSSL));
    return ids;
  }

  /** The Windows release {@code --library} names for a Schannel kind, checked. */
  private Optional<SchannelBuild> schannelBuild(ConfigType type, Request request) {
    if (!type.isSchannelBased() || request.library().isEmpty()) return Optional.empty();
    try {
      return Optional.of((SchannelBuild) ServerLibrary.fromId(request.library().get(), LibraryFamily.SCHANNEL).build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  // What the file gives on that Windows release; a FIPS policy the file itself turns on stays on.
  private ServerPolicy onWindowsRelease(ServerPolicy policy, SchannelBuild build) {
    boolean fipsInFile = policy.library().map(ServerLibrary::build)
        .filter(b -> b instanceof SchannelBuild w && w.fipsPolicy()).isPresent();
    SchannelBuild on = fipsInFile ? build.withFipsPolicy().orElse(build) : build;
    try {
      return on.narrow(policy);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Core's reader for {@code type}, its rejection worded as one line naming the file. */
  private ServerPolicy policy(ConfigType type, Request request, Optional<ServerPolicy> base, Optional<JsseBuild> jdk,
      String id, List<String> warnings) {
    CertificateSpec certificate = request.certificates().isEmpty() ? CertificateSpec.RSA_2048_SHA256
        : request.certificates().get(0);
    boolean asWritten = request.library().filter(AS_WRITTEN::equals).isPresent();
    try {
      if (type == ConfigType.GNUTLS && asWritten) {
        throw new IllegalArgumentException("library " + AS_WRITTEN + ": a GnuTLS priority string means what a GnuTLS"
            + " build expands it to; expected --library " + String.join(", ", ServerLibrary.knownIds(LibraryFamily.GNUTLS)));
      }
      List<LibraryFamily> families = type == ConfigType.GNUTLS ? List.of(LibraryFamily.GNUTLS)
          : List.of(LibraryFamily.OPENSSL, LibraryFamily.LIBRESSL, LibraryFamily.BORINGSSL);
      // A Schannel kind's library is a Windows release, applied by read() after the reader; a JSSE
      // kind's is the JDK under it (jdk).
      Optional<ServerLibrary> library = asWritten || !type.isOpenSslBased() && type != ConfigType.GNUTLS
          ? Optional.empty() : Optional.of(request.library().map(l -> ServerLibrary.fromId(l, families))
          .orElse(type == ConfigType.GNUTLS ? ASSUMED_GNUTLS_LIBRARY : ASSUMED_LIBRARY));
      ImportedPolicy imported = switch (type) {
        case NGINX -> NginxConfig.read(text, request.serverName(), certificate, library, this::readBeside);
        case APACHE -> ApacheConfig.read(text, request.serverName(), certificate, library, this::readBeside);
        case OPENSSL -> OpenSslConfig.readArguments(id, arguments(text), certificate, library, this::readBeside);
        case GNUTLS -> GnuTlsConfig.read(id, text, certificate, library.orElseThrow(), this::readBeside);
        case REG -> unwarned(SchannelConfig.readReg(bytes, base.orElseThrow()));
        case GET_TLSCIPHERSUITE -> unwarned(base.orElseThrow().toBuilder()
            .cipherSuites(SchannelConfig.readGetTlsCipherSuite(text)).build());
        case JSSE -> jdk.isPresent() ? JsseConfig.readProperties(id, text, certificate, jdk)
            : unwarned(JsseConfig.readProperties(id, text, certificate).toBuilder().library(ASSUMED_JSSE_LIBRARY).build());
        case JDK_DISABLED -> base.isPresent() ? unwarned(disabledAlgorithms(base.get()))
            : JdkServerConfig.read(id, securityOverride(), "", certificate, jdk.orElseThrow());
      };
      warnings.addAll(imported.warnings());
      return imported.policy();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " "), e);
    }
  }

  /**
   * The JSSE build {@code --library} names for a JSSE properties or {@code jdk.tls.disabledAlgorithms}
   * file, or empty when there is no library or the file is of another kind.
   *
   * @throws IllegalArgumentException naming the file, the library and the JSSE builds, when the
   *     library is not a JSSE build
   */
  private Optional<JsseBuild> jsseBuild(ConfigType type, Request request) {
    if (type != ConfigType.JSSE && type != ConfigType.JDK_DISABLED || request.library().isEmpty()) {
      return Optional.empty();
    }
    String id = request.library().get();
    return Optional.of(ServerLibrary.findBuild(id).filter(JsseBuild.class::isInstance).map(JsseBuild.class::cast)
        .orElseThrow(() -> new IllegalArgumentException(file + ": --library " + id + " is not a JSSE build; a "
            + type.description() + " file is read for the JDK that serves it: expected --library "
            + String.join(", ", jsseIds()))));
  }

  /** The ids of the JSSE builds, SunJSSE by JDK and then BCJSSE. */
  private static List<String> jsseIds() {
    List<String> ids = new ArrayList<>(ServerLibrary.knownIds(LibraryFamily.SUNJSSE));
    ids.addAll(ServerLibrary.knownIds(LibraryFamily.BCJSSE));
    return ids;
  }

  /**
   * The base a {@code jdk.tls.disabledAlgorithms} file on {@code jdk} changes: none where the build
   * knows its default suites (the file is read over them), else the catalog profile of the build's
   * defaults.
   *
   * @throws IllegalArgumentException naming the file when {@code --base} is given too, or the build
   *     has neither
   */
  private Optional<ServerPolicy> unmeasuredDefaults(JsseBuild jdk, Request request,
      Function<String, ServerPolicy> servers) {
    if (request.base().isPresent()) {
      throw new IllegalArgumentException(file + ": --base " + request.base().get() + " and --library " + jdk.id()
          + " both say what the file changes; give one (--library for that JDK's defaults)");
    }
    if (!jdk.defaultCipherSuites().isEmpty()) return Optional.empty();
    List<String> usable = JsseBuild.ALL.stream().filter(b -> !b.defaultCipherSuites().isEmpty()
        || b.defaultsProfile().isPresent()).map(JsseBuild::id).toList();
    return Optional.of(servers.apply(jdk.defaultsProfile().orElseThrow(() -> new IllegalArgumentException(file
        + ": library " + jdk.id() + ": " + jdk.name() + "'s default cipher suites are not known here; expected"
        + " --library " + String.join(", ", usable) + ", or --base with a policy of its defaults"))));
  }

  /** The file as a {@code java.security} override: itself, or its bare value under the property's key. */
  private String securityOverride() {
    Matcher key = JDK_DISABLED_KEY.matcher(text);
    if (key.find()) {
      Properties properties = new Properties();
      try {
        properties.load(new StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        return text; // JdkServerConfig reads it again and says what is wrong
      }
      // A line the search took for the property, which the JDK reads as part of another, would
      // otherwise leave the JDK's default in place without a word.
      disabledAlgorithms(key, properties);
      return text;
    }
    return JdkDisabledAlgorithms.PROPERTY + "=" + text.replaceAll("(?m)^\\s*#.*$", "").replaceAll("\\\\\\R", " ")
        .replaceAll("\\s+", " ").strip();
  }

  private static ImportedPolicy unwarned(ServerPolicy policy) {
    return new ImportedPolicy(policy, List.of());
  }

  /**
   * The text of a file a configuration names (DH parameters), a relative path taken from the
   * configuration's folder; empty when it is not there or cannot be read.
   */
  private Optional<String> readBeside(String path) {
    try {
      Path p = Path.of(path);
      Path resolved = p.isAbsolute() || file.toAbsolutePath().getParent() == null ? p
          : file.toAbsolutePath().getParent().resolve(p);
      return Files.isReadable(resolved) ? Optional.of(Files.readString(resolved, StandardCharsets.US_ASCII))
          : Optional.empty();
    } catch (IOException | java.nio.file.InvalidPathException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** What the reader took for granted, or left out, that the file shows. */
  private List<String> readerWarnings(ConfigType type, Request request, Optional<ServerPolicy> base) {
    List<String> warnings = new ArrayList<>();
    String baseName = base.map(b -> b.id() + " (" + b.name() + ")").orElse("");
    switch (type) {
      case NGINX, APACHE -> {
        // Core reads no files: an include is a hole in what the profile knows.
        Matcher include = (type == ConfigType.NGINX ? NGINX_INCLUDE : APACHE_INCLUDE).matcher(text);
        while (include.find()) {
          // nginx.conf includes mime.types and fastcgi_params everywhere; they hold no TLS settings.
          if (type == ConfigType.NGINX && include.group(1).matches("(.*/)?(mime\\.types|[^/]*_params)")) continue;
          warnings.add("line " + lineOf(include.start(1)) + ": include " + include.group(1) + " is not followed;"
              + " directives in the included files are not in this profile");
        }
        long servers = (type == ConfigType.NGINX ? NGINX_SSL_SERVER : APACHE_SSL_SERVER).matcher(text).results().count();
        if (request.serverName().isEmpty() && servers > 1) {
          warnings.add(servers + (type == ConfigType.NGINX ? " server blocks listen with ssl" : " virtual hosts have"
              + " SSLEngine on") + "; the first is read (tls-compat import --server-name picks another)");
        }
      }
      case REG -> warnings.add("what the export does not set is as in the base policy " + baseName);
      case GET_TLSCIPHERSUITE -> warnings.add("only the cipher suites and their order come from Get-TlsCipherSuite;"
          + " versions, groups and the rest are as in the base policy " + baseName);
      case JDK_DISABLED -> {
        if (base.isPresent()) {
          warnings.add(JdkDisabledAlgorithms.PROPERTY + " only takes away from the base policy " + baseName
              + "; what the base already lacks stays off");
        }
      }
      default -> { }
    }
    return warnings;
  }

  /**
   * {@code openssl s_server} arguments as a file holds them: {@code #} comment lines left out, lines
   * continued with a backslash joined, and a leading {@code openssl s_server} dropped, so that a
   * command line pasted from a script reads as it ran.
   */
  private static String arguments(String text) {
    return text.replaceAll("(?m)^\\s*#.*$", "").replaceAll("\\\\\\R", " ")
        .replaceFirst("\\A\\s*(openssl\\s+)?s_server(\\s|\\z)", " ");
  }

  /**
   * Applies the file's {@code jdk.tls.disabledAlgorithms} to {@code base}: from a properties line
   * (a whole {@code java.security}, with its {@code jdk.disabled.namedCurves} for {@code include}),
   * else the file is the bare value.
   */
  private ServerPolicy disabledAlgorithms(ServerPolicy base) {
    Matcher key = JDK_DISABLED_KEY.matcher(text);
    if (!key.find()) {
      String value = text.replaceAll("(?m)^\\s*#.*$", "").replaceAll("\\\\\\R", " ").replaceAll("\\s+", " ").strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("no " + JdkDisabledAlgorithms.PROPERTY + " value; expected the property"
            + " line or its value, e.g. SSLv3, TLSv1, RC4, DES, 3DES_EDE_CBC");
      }
      return JdkDisabledAlgorithms.apply(base, value);
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a properties file: " + e.getMessage(), e);
    }
    String value = disabledAlgorithms(key, properties);
    Map<String, String> included = new java.util.HashMap<>();
    String curves = properties.getProperty(JdkDisabledAlgorithms.NAMED_CURVES_PROPERTY);
    if (curves != null) included.put(JdkDisabledAlgorithms.NAMED_CURVES_PROPERTY, curves);
    try {
      return JdkDisabledAlgorithms.apply(base, value, included);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + lineOf(key.start()) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The value of {@code jdk.tls.disabledAlgorithms} in {@code properties}, which {@code key} found on a
   * line of the text.
   *
   * @throws IllegalArgumentException when the line search found the property and Properties, which
   *     reads {@code java.security} as the JDK does, did not
   */
  private String disabledAlgorithms(Matcher key, Properties properties) {
    String value = properties.getProperty(JdkDisabledAlgorithms.PROPERTY);
    if (value != null) return value;
    throw new IllegalArgumentException("line " + lineOf(key.start()) + ": " + JdkDisabledAlgorithms.PROPERTY
        + " is not a property of this file as the JDK reads it (java.util.Properties): the line continues the one"
        + " before it, which ends in a backslash, or follows a line break Properties does not know (U+0085,"
        + " U+2028, U+2029); so the file disables no TLS algorithm; expected the property at the start of a line"
        + " of its own");
  }

  /** The 1-based line of a character index of the text. */
  private int lineOf(int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line;
  }

  private static ServerPolicy withCertificates(ServerPolicy policy, List<CertificateSpec> certificates) {
    return policy.toBuilder().certificates(certificates.get(0),
        certificates.subList(1, certificates.size()).toArray(CertificateSpec[]::new)).build();
  }

  /**
   * The id a file gives when none is asked for: its name without the extension, plus the server
   * name if one is asked for, with every character a profile id cannot have made a {@code -}.
   */
  private static String derivedId(String fileName, Optional<String> serverName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String id = (stem + serverName.map(n -> "-" + n).orElse("")).replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceFirst("^[^A-Za-z0-9]+", "");
    return id.isEmpty() ? "imported" : id;
  }

  /** {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3}, ... the catalog does not have. */
  private static String freeId(String wanted, Predicate<String> idTaken, List<String> warnings) {
    if (!idTaken.test(wanted)) return wanted;
    int n = 2;
    while (idTaken.test(wanted + "-" + n)) n++;
    String id = wanted + "-" + n;
    warnings.add("id '" + wanted + "' is taken; the profile is '" + id + "'"
        + " (tls-compat import --id chooses another)");
    return id;
  }

  /**
   * The text of a configuration file: UTF-16 or UTF-8 by byte-order mark (regedit and Windows
   * PowerShell's {@code >} write UTF-16LE with one), UTF-16LE without a mark when every second
   * byte of the start is zero, else UTF-8.
   */
  private static String decode(byte[] data) {
    if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
      return new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE);
    }
    if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
      return new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE);
    }
    if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
      return new String(data, 3, data.length - 3, StandardCharsets.UTF_8);
    }
    if (data.length >= 4 && data[1] == 0 && data[3] == 0 && data[0] != 0) {
      return new String(data, StandardCharsets.UTF_16LE);
    }
    return new String(data, StandardCharsets.UTF_8);
  }
}
