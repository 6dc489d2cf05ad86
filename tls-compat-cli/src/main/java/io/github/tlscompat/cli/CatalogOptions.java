package io.github.tlscompat.cli;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.CatalogProblem;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.LibraryBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.profiles.ConfigFile;
import io.github.tlscompat.profiles.ConfigType;
import io.github.tlscompat.profiles.NoSuchProfileException;
import io.github.tlscompat.profiles.ProfileInfo;
import io.github.tlscompat.evidence.scan.ScanResult;
import io.github.tlscompat.evidence.scan.ServerScan;
import java.io.IOException;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The catalog a command works on, shared as a picocli mixin: the built-in profiles plus those given
 * with {@code --profiles}, plus any profile file named where an id is expected.
 *
 * <p>Where a profile file is accepted, so is a server's configuration file: what
 * {@code tls-compat import} reads, with its defaults ({@link ConfigFile}).
 *
 * <p>Every look-up that fails is bad input: a {@link ParameterException} whose message names the
 * option, what was given, and the catalog's "did you mean", so that the command exits with
 * {@link ExitCodes#USAGE} and one line. A profile file with problems is bad input too, one line per
 * problem, each naming the file and the JSON pointer.
 */
final class CatalogOptions {

  /** {@code HOST:PORT} or {@code [IPv6]:PORT}: a live server where a server goes. */
  private static final Pattern LIVE_SERVER = Pattern.compile("(?:\\[([^]]+)]|([^:\\[\\]/\\\\]+)):(\\d{1,5})");

  /** The families whose builds {@code --library} names, in the order the error message lists them. */
  static final List<LibraryFamily> LIBRARY_FAMILIES = List.of(LibraryFamily.OPENSSL, LibraryFamily.LIBRESSL,
      LibraryFamily.BORINGSSL, LibraryFamily.GNUTLS, LibraryFamily.SCHANNEL, LibraryFamily.SUNJSSE,
      LibraryFamily.BCJSSE);

  /** "OpenSSL, LibreSSL, BoringSSL, GnuTLS, Schannel, SunJSSE or BCJSSE". */
  static final String LIBRARY_FAMILY_NAMES = familyNames();

  private static String familyNames() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < LIBRARY_FAMILIES.size(); i++) {
      if (i > 0) names.append(i == LIBRARY_FAMILIES.size() - 1 ? " or " : ", ");
      names.append(LIBRARY_FAMILIES.get(i).displayName());
    }
    return names.toString();
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The live servers scanned so far, by {@code HOST:PORT} as given: each is scanned once per command. */
  private final Map<String, ProfileInfo> scanned = new HashMap<>();
  private final Map<String, ServerPolicy> scannedPolicies = new HashMap<>();

  @Option(names = "--profiles", paramLabel = "PATH", arity = "1..*",
      description = "Your own profile files, or directories of them, added to the built-in catalog"
          + " (format: docs/profile-format.md).")
  List<Path> profiles = new ArrayList<>();

  @Option(names = "--library", paramLabel = "BUILD",
      description = "The TLS library under a server given as an nginx, Apache httpd or openssl"
          + " s_server configuration, or as OpenSSL-style flags: debian-12 (OpenSSL 3.0 at Debian's"
          + " security level 2), openssl-3.0 (upstream, level 1), openssl-1.1.1, openssl-1.0.2 (no"
          + " security levels), openssl-3.5, debian-10 and debian-11 (1.1.1 under Debian's openssl.cnf),"
          + " rhel-8-<policy> and rhel-9-<policy> (under RHEL's crypto policy default, legacy, future or"
          + " fips), libressl-3.3 (as macOS ships it, no security levels), libressl-4.2 (TLS 1.2 and 1.3 only),"
          + " boringssl-2026-08 (no DHE, no security levels, [A|B] cipher groups),"
          + " or none (the configuration as written, no library's rules); under a GnuTLS priority string:"
          + " gnutls-debian-12 (GnuTLS 3.7.9 as Debian 12 ships it), gnutls-3.7, gnutls-3.8; under a .reg export"
          + " or Get-TlsCipherSuite output, the Windows release: schannel-2003 ... schannel-2025, and"
          + " schannel-<release>-fips with the \"Use FIPS compliant algorithms\" policy on (the base is then that"
          + " release's defaults); under JSSE properties or a jdk.tls.disabledAlgorithms file, the JDK whose"
          + " defaults stand under it: sunjsse-8, sunjsse-11, sunjsse-17, sunjsse-21, sunjsse-25, bcjsse-1.83, bcjsse-1.84."
          + " Default: openssl-3.0, gnutls-3.8 for GnuTLS, the base's for Schannel, JSSE properties as written and"
          + " jdk-17-default under jdk.tls.disabledAlgorithms, said on"
          + " stderr and in the profile's notes.")
  String library;

  private Catalog catalog;

  /** The {@code --base} of the command, if it has one and it is given ({@link BaseOptions}). */
  private Optional<String> base = Optional.empty();

  /**
   * Sets the policy a partial configuration (a {@code .reg} export, {@code Get-TlsCipherSuite}
   * output, {@code jdk.tls.disabledAlgorithms}) named where a server is expected is applied to;
   * without it each such file says on stderr which base it assumed.
   */
  void base(Optional<String> base) {
    this.base = base;
  }

  /**
   * {@code --library} as given, checked: empty when not given (the library is then assumed, and
   * said); {@code none} or a build id.
   *
   * @throws ParameterException naming the known values for any other value
   */
  Optional<String> library() {
    if (library == null) return Optional.empty();
    if (!library.equals(ConfigFile.AS_WRITTEN)) {
      // The configuration files that take a library run on one of these; which one fits which file
      // is ConfigFile's to say.
      List<String> ids = new ArrayList<>();
      LIBRARY_FAMILIES.forEach(f -> ids.addAll(ServerLibrary.knownIds(f)));
      if (!ids.contains(library.strip().toLowerCase(Locale.ROOT))) {
        throw invalid("--library", "unknown " + LIBRARY_FAMILY_NAMES + " build '" + library + "'; expected one of "
            + String.join(", ", ids) + ClosestNames.didYouMean(library, ids) + ", or " + ConfigFile.AS_WRITTEN);
      }
    }
    return Optional.of(library);
  }

  /** The sentence saying what is assumed without {@code --library}. */
  static String libraryAssumption() {
    return "library: assumed " + ConfigFile.ASSUMED_LIBRARY + " (--library "
        + String.join(", ", ServerLibrary.knownIds(LibraryFamily.OPENSSL)) + ", "
        + String.join(", ", ServerLibrary.knownIds(LibraryFamily.LIBRESSL)) + ", "
        + String.join(", ", ServerLibrary.knownIds(LibraryFamily.BORINGSSL)) + " or "
        + ConfigFile.AS_WRITTEN + " says which)";
  }

  /**
   * Loads the catalog once: the built-in profiles, {@code --profiles}, and each of {@code refs}
   * that is an existing file: a profile file as it is, a server configuration (nginx, Apache,
   * OpenSSL arguments, a {@code .reg} export, ...) imported as {@code tls-compat import} would with
   * its defaults, its warnings on stderr.
   *
   * @throws ParameterException listing every problem, one per line, if any file could not be read
   */
  Catalog load(String... refs) {
    if (catalog != null) return catalog;
    List<Path> files = new ArrayList<>();
    Map<Path, Path> configs = new LinkedHashMap<>();
    for (String ref : refs) {
      Optional<Path> file = ref == null ? Optional.empty() : file(ref);
      if (file.isEmpty()) continue;
      if (profile(file.get())) {
        files.add(file.get());
      } else {
        configs.putIfAbsent(file.get().toAbsolutePath().normalize(), file.get());
      }
    }
    // Tests, not a chain of optionals and lambdas: this runs in every command, where each lambda's
    // call site would be linked through method handles before anything is compiled.
    Optional<Path> baseFile = base.isPresent() ? file(base.get()) : Optional.empty();
    if (baseFile.isPresent() && profile(baseFile.get())) files.add(baseFile.get());
    // The built-in catalog alone is built once per class loader, maybe already by the warm-up.
    Catalog loaded = files.isEmpty() && profiles.isEmpty() ? Catalog.builtIn() : checked(builder(files));
    boolean baseUsed = false;
    if (!configs.isEmpty()) {
      // An import needs the catalog: for its base policy, and for ids no profile has yet.
      Catalog withoutConfigs = loaded;
      Set<String> imported = new HashSet<>();
      Catalog.Builder builder = builder(files);
      for (Path config : configs.values()) {
        Optional<String> assumed = defaultBase(config);
        baseUsed |= assumed.isPresent();
        if (assumed.isPresent() && base.isEmpty()) {
          Console.error(spec, "warning: " + config + ": base: assumed " + assumed.get() + " ("
              + withoutConfigs.server(assumed.get()).name() + "), the server whose settings the file changes;"
              + " --base ID|FILE says which");
        }
        ConfigFile.Imported result = importConfig(config, withoutConfigs,
            id -> has(withoutConfigs, id) || imported.contains(id.toLowerCase(Locale.ROOT)));
        imported.add(result.policy().id().toLowerCase(Locale.ROOT));
        result.warnings().forEach(w -> Console.error(spec, "warning: " + config + ": " + w));
        builder.addJson(config.toString(), result.json());
      }
      loaded = checked(builder);
    }
    if (base.isPresent() && !baseUsed) {
      throw invalid("--base", base.get() + "; --base is the server a partial configuration (.reg export,"
          + " Get-TlsCipherSuite output, jdk.tls.disabledAlgorithms) changes, and none is given");
    }
    catalog = loaded;
    return catalog;
  }

  /** The base policy the configuration's type applies to by default, if the type has one. */
  private Optional<String> defaultBase(Path config) {
    try {
      return ConfigFile.defaultBase(ConfigFile.of(config).type(Optional.empty()), library());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Catalog.Builder builder(List<Path> files) {
    Catalog.Builder builder = Catalog.builder().addBuiltIn();
    profiles.forEach(builder::addPath);
    files.forEach(builder::addPath);
    return builder;
  }

  private Catalog checked(Catalog.Builder builder) {
    Catalog loaded = builder.build();
    if (!loaded.problems().isEmpty()) {
      throw new ParameterException(spec.commandLine(), loaded.problems().stream()
          .map(CatalogProblem::toString).collect(Collectors.joining("\n")));
    }
    return loaded;
  }

  private ConfigFile.Imported importConfig(Path config, Catalog catalog, Predicate<String> idTaken) {
    try {
      ConfigFile file = ConfigFile.of(config);
      return file.read(file.type(Optional.empty()), new ConfigFile.Request(base.map(ref -> idIn(catalog, ref)),
              Optional.empty(), List.of(), Optional.empty(), Optional.empty(), library()),
          ref -> baseIn(catalog, config, ref), idTaken);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The id of the profile {@code ref} names in {@code catalog}: itself, or the id in the profile file it names. */
  private static String idIn(Catalog catalog, String ref) {
    Optional<Path> file = file(ref);
    if (file.isEmpty()) return ref;
    Path wanted = file.get().toAbsolutePath().normalize();
    return catalog.infos().stream()
        .filter(info -> file(info.location()).map(p -> p.toAbsolutePath().normalize().equals(wanted)).orElse(false))
        .map(ProfileInfo::id).findFirst().orElse(ref);
  }

  /** The base policy of an import, from the catalog without the imports. */
  private static ServerPolicy baseIn(Catalog catalog, Path config, String id) {
    try {
      return catalog.server(id);
    } catch (NoSuchProfileException e) {
      throw new IllegalArgumentException(config + ": base policy: " + e.getMessage(), e);
    }
  }

  /** Whether {@code idOrAlias} names a profile of the loaded catalog, client or server, case ignored. */
  boolean has(String idOrAlias) {
    return has(load(), idOrAlias);
  }

  private static boolean has(Catalog catalog, String idOrAlias) {
    return catalog.findClient(idOrAlias).isPresent() || catalog.findServer(idOrAlias).isPresent();
  }

  /** Whether a file named where a profile is expected is a profile file, not a configuration. */
  private boolean profile(Path file) {
    try {
      return ConfigFile.isProfile(file);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The client {@code ref} names: an id or alias, or a profile file; {@code option} names the source. */
  ClientProfile client(String option, String ref) {
    String id = idOf(ref);
    try {
      return load().client(id);
    } catch (NoSuchProfileException e) {
      throw notFound(option, ref, e);
    }
  }

  /** The server {@code ref} names: an id or alias, or a profile file. */
  ServerPolicy server(String option, String ref) {
    Optional<ServerPolicy> live = live(option, ref);
    if (live.isPresent()) return live.get();
    String id = idOf(ref);
    try {
      return load().server(id);
    } catch (NoSuchProfileException e) {
      throw notFound(option, ref, e);
    }
  }

  /** The info of the profile {@code ref} names, client or server: an id or alias, or a profile file. */
  ProfileInfo info(String option, String ref) {
    String id = idOf(ref);
    try {
      return load().info(id);
    } catch (NoSuchProfileException e) {
      throw notFound(option, ref, e);
    }
  }

  /**
   * A reference that finds nothing: {@code no such file: PATH} when it reads as a path (a folder
   * separator, or the extension of a profile or configuration file, which no id of the catalog
   * has), else the catalog's message with its "did you mean".
   */
  private ParameterException notFound(String option, String ref, NoSuchProfileException e) {
    boolean path = ref.contains("/") || ref.contains("\\")
        || ref.toLowerCase(Locale.ROOT).matches(".*\\.(json|reg|conf|cnf|cfg|txt|properties|security|args)");
    return invalid(option, path ? "no such file: " + ref : e.getMessage());
  }

  /** What is known about a loaded profile: from the catalog, or from the scan of a live server. */
  Optional<ProfileInfo> infoOf(String id) {
    for (ProfileInfo info : scanned.values()) {
      if (info.id().equals(id)) return Optional.of(info);
    }
    try {
      return Optional.of(load().info(id));
    } catch (NoSuchProfileException e) {
      return Optional.empty();
    }
  }

  /** The clients a selector of ids, aliases and tags names ({@link Catalog#selectClients}). */
  List<ClientProfile> clients(String option, String selector) {
    try {
      return load().selectClients(selector);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /**
   * The servers a selector of ids, aliases and tags names ({@link Catalog#selectServers}), where a
   * part may also be a live server's {@code HOST:PORT}, scanned as {@link #server} scans it; the
   * result keeps the order of the parts and has no repeats.
   */
  List<ServerPolicy> servers(String option, String selector) {
    try {
      List<String> parts = List.of(selector.split(","));
      boolean anyLive = false;
      for (String part : parts) anyLive |= LIVE_SERVER.matcher(part.strip()).matches();
      if (!anyLive) {
        return load().selectServers(selector);
      }
      Set<ServerPolicy> out = new LinkedHashSet<>();
      for (String raw : parts) {
        String part = raw.strip();
        if (part.isEmpty()) continue;
        Optional<ServerPolicy> live = live(option, part);
        if (live.isPresent()) {
          out.add(live.get());
        } else {
          out.addAll(load().selectServers(part));
        }
      }
      return List.copyOf(out);
    } catch (NoSuchProfileException e) {
      throw invalid(option, e.getMessage());
    }
  }

  /** Bad input for {@code option}, worded like picocli's own conversion errors. */
  ParameterException invalid(String option, String message) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '" + option + "': " + message);
  }

  /**
   * A live server named as {@code HOST:PORT} ({@code [IPv6]:PORT}) where a server goes: scanned on
   * the fly ({@link ServerScan}, its defaults: the host in server_name, 5 s per probe, 16 at a time)
   * and its measured policy used, with one line on stderr saying so. Unambiguous: an id never holds
   * a colon, and an existing file of that name is read as a file. Each server is scanned once per
   * command.
   */
  private Optional<ServerPolicy> live(String option, String ref) {
    if (ref == null || file(ref).isPresent()) return Optional.empty();
    Matcher m = LIVE_SERVER.matcher(ref);
    if (!m.matches()) return Optional.empty();
    ServerPolicy known = scannedPolicies.get(ref);
    if (known != null) return Optional.of(known);
    int port = Integer.parseInt(m.group(3));
    if (port < 1 || port > 65535) throw invalid(option, "port " + port + " of " + ref + " is not 1 to 65535");
    ServerScan scan = ServerScan.builder(m.group(1) != null ? m.group(1) : m.group(2), port).build();
    ScanResult result;
    try {
      result = scan.run();
    } catch (IOException e) {
      throw invalid(option, "cannot scan " + ref + ": " + e.getMessage());
    }
    Console.error(spec, "scanned " + ScanCommand.headline(result) + " (" + result.probes() + " probes)");
    scanned.put(ref, ScanCommand.info(result, scan));
    scannedPolicies.put(ref, result.policy());
    return Optional.of(result.policy());
  }

  /** The id of the profile in file {@code ref}, or {@code ref} itself when it is not a file. */
  private String idOf(String ref) {
    Objects.requireNonNull(ref, "ref");
    Optional<Path> file = file(ref);
    if (file.isEmpty()) return ref;
    Path wanted = file.get().toAbsolutePath().normalize();
    for (ProfileInfo info : load(ref).infos()) {
      if (file(info.location()).map(p -> p.toAbsolutePath().normalize().equals(wanted)).orElse(false)) {
        return info.id();
      }
    }
    return ref; // not reached: a file that loads without problems is in the catalog
  }

  /** {@code ref} as a path, if it names an existing regular file. */
  private static Optional<Path> file(String ref) {
    try {
      Path path = Path.of(ref);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
