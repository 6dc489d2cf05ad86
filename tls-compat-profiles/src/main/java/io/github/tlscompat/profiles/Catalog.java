package io.github.tlscompat.profiles;

import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An immutable, thread-safe set of client profiles and server policies, looked up by id (case
 * ignored), alias, tag or kind.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builtIn();
 * ClientProfile phone = catalog.client("LPE-CE6");
 * ServerPolicy fips = catalog.server("iiscrypto-3.2-fips-140-2-win2012r2");
 * Fleet browsers = catalog.fleet("browser");
 *
 * Catalog mine = Catalog.builder()
 *     .addBuiltIn()
 *     .addPath(Path.of("src/test/resources/tls-profiles"))
 *     .build();
 * mine.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p>Loading never stops at a bad file: each file that cannot be read is left out and reported in
 * {@link #problems()} with its location, the JSON pointer and what was expected, so a mistake in
 * your own profiles never hides the built-in ones. Call {@link #requireNoProblems()} (or
 * {@link Builder#buildStrict()}) where a mistake should fail fast. The file format is described in
 * {@code docs/profile-format.md}; the JSON Schema is at {@link #SCHEMA_RESOURCE}.
 *
 * @since 0.1.0
 */
public final class Catalog {

  /** The classpath resource of the JSON Schema for profile files. */
  public static final String SCHEMA_RESOURCE = "META-INF/tls-compat/schema/profile-v1.schema.json";

  /**
   * The index any jar can ship to contribute profiles: one path per line, relative to the index,
   * {@code #} starting a comment. Read by {@link Builder#addClasspath(ClassLoader)}.
   */
  public static final String CLASSPATH_INDEX = "META-INF/tls-compat/profiles/v1/index";

  /** Where captured ClientHellos are looked up: this folder, then {@code <id>.hex}. */
  public static final String CAPTURES_FOLDER = "META-INF/tls-compat/captures/v1/";

  private static final String BUILT_IN_INDEX = "builtin/index";
  private static final String BUILT_IN_PREFIX = "builtin:";

  /** A profile with its facts. */
  private record Entry(ProfileInfo info, Object profile, Optional<byte[]> clientHello) {}

  private final Map<String, Entry> byId;        // lower-case id -> entry, load order
  private final Map<String, Entry> byName;      // lower-case id or alias -> entry
  private final List<CatalogProblem> problems;
  private final ClassLoader captures;

  private Catalog(Map<String, Entry> byId, Map<String, Entry> byName, List<CatalogProblem> problems,
      ClassLoader captures) {
    this.byId = byId;
    this.byName = byName;
    this.problems = List.copyOf(problems);
    this.captures = captures;
  }

  /**
   * The profiles that ship with tls-compat, loaded once per class loader. Never has problems (the
   * build checks that).
   */
  public static Catalog builtIn() {
    return BuiltIn.CATALOG;
  }

  private static final class BuiltIn {
    static final Catalog CATALOG = new Builder().addBuiltIn().buildStrict();
  }

  /** A builder for a catalog of built-in and your own profiles. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- look-up

  /**
   * The client with this id or alias, case ignored.
   *
   * @throws NoSuchProfileException naming the closest ids when there is no such client (also when
   *     the id is a server's)
   */
  public ClientProfile client(String idOrAlias) {
    return (ClientProfile) require(idOrAlias, ProfileKind.CLIENT).profile();
  }

  /**
   * The server with this id or alias, case ignored.
   *
   * @throws NoSuchProfileException naming the closest ids when there is no such server
   */
  public ServerPolicy server(String idOrAlias) {
    return (ServerPolicy) require(idOrAlias, ProfileKind.SERVER).profile();
  }

  /** The client with this id or alias, if there is one. */
  public Optional<ClientProfile> findClient(String idOrAlias) {
    return find(idOrAlias).filter(e -> e.info().kind() == ProfileKind.CLIENT).map(e -> (ClientProfile) e.profile());
  }

  /** The server with this id or alias, if there is one. */
  public Optional<ServerPolicy> findServer(String idOrAlias) {
    return find(idOrAlias).filter(e -> e.info().kind() == ProfileKind.SERVER).map(e -> (ServerPolicy) e.profile());
  }

  /**
   * What the catalog knows about a profile besides its TLS facts: source, notes, tags, assumptions.
   *
   * @throws NoSuchProfileException when no profile has this id or alias
   */
  public ProfileInfo info(String idOrAlias) {
    return require(idOrAlias, null).info();
  }

  /** Every profile's info, clients and servers, in load order. */
  public List<ProfileInfo> infos() {
    return byId.values().stream().map(Entry::info).toList();
  }

  /** Every client, in load order. */
  public List<ClientProfile> clients() {
    return profiles(ProfileKind.CLIENT, ClientProfile.class, null);
  }

  /** Every server, in load order. */
  public List<ServerPolicy> servers() {
    return profiles(ProfileKind.SERVER, ServerPolicy.class, null);
  }

  /** The clients carrying {@code tag} (case ignored), in load order; empty if none does. */
  public List<ClientProfile> clientsTagged(String tag) {
    return profiles(ProfileKind.CLIENT, ClientProfile.class, tag);
  }

  /** The servers carrying {@code tag} (case ignored), in load order; empty if none does. */
  public List<ServerPolicy> serversTagged(String tag) {
    return profiles(ProfileKind.SERVER, ServerPolicy.class, tag);
  }

  /** Every tag in use, sorted. */
  public Set<String> tags() {
    Set<String> tags = new TreeSet<>();
    for (Entry e : byId.values()) tags.addAll(e.info().tags());
    return Collections.unmodifiableSet(tags);
  }

  /**
   * The clients a selector names: ids, aliases or tags separated by commas, in that order, without
   * repeats; {@code all} (or {@code *}) names every client. An id or alias wins over a tag of the
   * same name. This is what {@code --clients} takes on the command line.
   *
   * @throws NoSuchProfileException for the first part that names no client, with the closest ids
   *     and tags
   */
  public List<ClientProfile> selectClients(String selector) {
    return select(selector, ProfileKind.CLIENT, ClientProfile.class);
  }

  /** The servers a selector names, as {@link #selectClients(String)} does for clients. */
  public List<ServerPolicy> selectServers(String selector) {
    return select(selector, ProfileKind.SERVER, ServerPolicy.class);
  }

  /** The clients a selector names as a {@link Fleet} named after the selector. */
  public Fleet fleet(String selector) {
    return Fleet.of(selector, selectClients(selector));
  }

  /**
   * The ClientHello this client was captured sending, record header included: from the profile's
   * {@code clientHello} field, or from a {@code <id>.hex} file under {@link #CAPTURES_FOLDER} on the
   * class path (the {@code tls-compat-captures} artifact ships those of the built-in clients).
   *
   * @throws NoSuchProfileException when no client has this id or alias
   */
  public Optional<byte[]> capturedClientHello(String idOrAlias) {
    Entry e = require(idOrAlias, ProfileKind.CLIENT);
    if (e.clientHello().isPresent()) return e.clientHello().map(byte[]::clone);
    URL hex = captures.getResource(CAPTURES_FOLDER + e.info().id() + ".hex");
    if (hex == null) return Optional.empty();
    try (InputStream in = hex.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", "");
      return Optional.of(HexFormat.of().parseHex(text));
    } catch (IOException e2) {
      throw new UncheckedIOException("cannot read " + hex, e2);
    } catch (IllegalArgumentException notHex) {
      throw new IllegalStateException(hex + " is not a hex-encoded ClientHello: " + notHex.getMessage(), notHex);
    }
  }

  /** Number of profiles, clients and servers. */
  public int size() {
    return byId.size();
  }

  /** The files that could not be read and why, in the order they were found; empty when all loaded. */
  public List<CatalogProblem> problems() {
    return problems;
  }

  /**
   * This catalog, if every file loaded.
   *
   * @throws CatalogException listing every problem otherwise
   */
  public Catalog requireNoProblems() {
    if (!problems.isEmpty()) throw new CatalogException(problems);
    return this;
  }

  @Override public String toString() {
    long clients = byId.values().stream().filter(e -> e.info().kind() == ProfileKind.CLIENT).count();
    return "Catalog[" + clients + " clients, " + (byId.size() - clients) + " servers"
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problems") + "]";
  }

  private Optional<Entry> find(String idOrAlias) {
    Objects.requireNonNull(idOrAlias, "idOrAlias");
    return Optional.ofNullable(byName.get(idOrAlias.trim().toLowerCase(Locale.ROOT)));
  }

  private Entry require(String idOrAlias, ProfileKind kind) {
    Optional<Entry> e = find(idOrAlias);
    if (e.isPresent() && (kind == null || e.get().info().kind() == kind)) return e.get();
    String what = kind == null ? "profile" : kind.jsonName();
    if (e.isPresent()) {
      throw new NoSuchProfileException(idOrAlias, "'" + idOrAlias + "' is a " + e.get().info().kind().jsonName()
          + ", not a " + what);
    }
    throw new NoSuchProfileException(idOrAlias, "no " + what + " '" + idOrAlias + "' in the catalog"
        + suggestion(idOrAlias, names(kind, false)));
  }

  private static String suggestion(String query, List<String> known) {
    String hint = ProfileFile.didYouMean(query, known);
    return hint.isEmpty() ? "" : "; " + hint;
  }

  private List<String> names(ProfileKind kind, boolean withTags) {
    List<String> names = new ArrayList<>();
    for (Entry e : byId.values()) {
      if (kind != null && e.info().kind() != kind) continue;
      names.add(e.info().id());
      names.addAll(e.info().aliases());
      if (withTags) names.addAll(e.info().tags());
    }
    return names;
  }

  private <T> List<T> profiles(ProfileKind kind, Class<T> type, String tag) {
    List<T> out = new ArrayList<>();
    for (Entry e : byId.values()) {
      if (e.info().kind() == kind && (tag == null || e.info().hasTag(tag))) out.add(type.cast(e.profile()));
    }
    return Collections.unmodifiableList(out);
  }

  private <T> List<T> select(String selector, ProfileKind kind, Class<T> type) {
    Objects.requireNonNull(selector, "selector");
    Set<T> out = new LinkedHashSet<>();
    for (String raw : selector.split(",")) {
      String part = raw.trim();
      if (part.isEmpty()) continue;
      if (part.equals("*") || part.equalsIgnoreCase("all")) {
        out.addAll(profiles(kind, type, null));
        continue;
      }
      Optional<Entry> e = find(part);
      if (e.isPresent() && e.get().info().kind() == kind) {
        out.add(type.cast(e.get().profile()));
        continue;
      }
      List<T> tagged = profiles(kind, type, part);
      if (tagged.isEmpty()) {
        throw new NoSuchProfileException(part, "no " + kind.jsonName() + " id, alias or tag '" + part + "' in the catalog"
            + (e.isPresent() ? " ('" + part + "' is a " + e.get().info().kind().jsonName() + ")" : "")
            + suggestion(part, names(kind, true)));
      }
      out.addAll(tagged);
    }
    if (out.isEmpty()) {
      throw new NoSuchProfileException(selector, "the selector '" + selector + "' names no " + kind.jsonName());
    }
    return List.copyOf(out);
  }

  /**
   * Collects profile files and builds a {@link Catalog}. Files are read in the order they are added;
   * when two profiles share an id or alias, the first is kept and the second reported.
   */
  public static final class Builder {
    private final List<ProfileFile> files = new ArrayList<>();
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Set<String> seenLocations = new LinkedHashSet<>();
    private ClassLoader captures = Catalog.class.getClassLoader();

    private Builder() {}

    /** Adds the profiles that ship with tls-compat (read from the jar once per class loader). */
    public Builder addBuiltIn() {
      if (seenLocations.add(BUILT_IN_INDEX)) files.addAll(BuiltInFiles.FILES);
      return this;
    }

    /**
     * Adds the profiles every jar on {@code loader}'s class path lists in a
     * {@value Catalog#CLASSPATH_INDEX} file, and looks up captured hellos through {@code loader}.
     */
    public Builder addClasspath(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      captures = loader;
      try {
        Enumeration<URL> indexes = loader.getResources(CLASSPATH_INDEX);
        while (indexes.hasMoreElements()) addIndex(indexes.nextElement(), "");
      } catch (IOException e) {
        problems.add(new CatalogProblem(CLASSPATH_INDEX, "", "cannot list the class path: " + e.getMessage(), ""));
      }
      return this;
    }

    /**
     * Adds a profile file, or every {@code *.json} file below a directory (in name order).
     * A path that does not exist or cannot be read is reported as a problem.
     */
    public Builder addPath(Path path) {
      Objects.requireNonNull(path, "path");
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(this::addFile);
        } catch (IOException | UncheckedIOException e) {
          problems.add(new CatalogProblem(path.toString(), "", "cannot list the directory: " + e.getMessage(), ""));
        }
      } else if (Files.exists(path)) {
        addFile(path);
      } else {
        problems.add(new CatalogProblem(path.toString(), "", "no such file or directory",
            "give a profile .json file or a directory of them"));
      }
      return this;
    }

    /** Adds one profile given as JSON text; {@code location} names it in problems. */
    public Builder addJson(String location, String json) {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(json, "json");
      ProfileFile.read(location, json, problems).ifPresent(files::add);
      return this;
    }

    /** Builds the catalog; files that could not be read are left out and listed in {@link Catalog#problems()}. */
    public Catalog build() {
      return Resolver.resolve(files, problems, captures);
    }

    /**
     * Builds the catalog, failing if any file could not be read.
     *
     * @throws CatalogException listing every problem
     */
    public Catalog buildStrict() {
      return build().requireNoProblems();
    }

    private void addFile(Path file) {
      String location = file.toString();
      if (!seenLocations.add(file.toAbsolutePath().normalize().toString())) return;
      try {
        addJson(location, Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        problems.add(new CatalogProblem(location, "", "cannot read the file: " + e, ""));
      }
    }

    private void addIndex(URL index, String locationPrefix) {
      if (!seenLocations.add(index.toString())) return;
      List<String> lines;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
        lines = in.lines().toList();
      } catch (IOException e) {
        problems.add(new CatalogProblem(index.toString(), "", "cannot read the profile index: " + e.getMessage(), ""));
        return;
      }
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).replaceFirst("#.*", "").trim();
        if (line.isEmpty()) continue;
        String location = locationPrefix.isEmpty() ? index + " line " + (n + 1) + ": " + line : locationPrefix + line;
        try {
          URL file = new URL(index, line);
          if (!locationPrefix.isEmpty() || seenLocations.add(file.toString())) {
            try (InputStream in = file.openStream()) {
              if (locationPrefix.isEmpty()) location = file.toString();
              addJson(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        } catch (IOException e) {
          problems.add(new CatalogProblem(index + " line " + (n + 1), "", "cannot read '" + line + "': " + e, ""));
        }
      }
    }
  }

  /**
   * The built-in files, parsed once: every command and test that adds the built-ins to its own
   * catalog would otherwise read and parse the same 264 files again. The parsed trees are never
   * modified, so sharing them is safe.
   */
  private static final class BuiltInFiles {
    static final List<ProfileFile> FILES = read();

    private static List<ProfileFile> read() {
      URL index = Catalog.class.getResource(BUILT_IN_INDEX);
      if (index == null) throw new IllegalStateException("the built-in profile index is missing from the tls-compat-profiles jar");
      Builder reader = new Builder();
      reader.addIndex(index, BUILT_IN_PREFIX);
      if (!reader.problems.isEmpty()) throw new CatalogException(reader.problems);
      return List.copyOf(reader.files);
    }
  }

  /** Resolves {@code extends}, checks ids for clashes, and builds every profile. */
  private static final class Resolver {
    private final Map<String, ProfileFile> byName = new HashMap<>();
    private final Map<String, Map<String, ProfileBuilder.Located>> merged = new HashMap<>();
    private final Map<String, Optional<ProfileBuilder.Built>> built = new HashMap<>();
    private final List<CatalogProblem> problems;

    private Resolver(List<CatalogProblem> problems) {
      this.problems = problems;
    }

    static Catalog resolve(List<ProfileFile> files, List<CatalogProblem> initial, ClassLoader captures) {
      List<CatalogProblem> problems = new ArrayList<>(initial);
      Resolver r = new Resolver(problems);
      List<ProfileFile> kept = new ArrayList<>();
      for (ProfileFile f : files) {
        if (r.register(f)) kept.add(f);
      }
      Map<String, Entry> byId = new LinkedHashMap<>();
      Map<String, Entry> byName = new HashMap<>();
      for (ProfileFile f : kept) {
        Optional<ProfileBuilder.Built> b = r.build(f, new ArrayList<>());
        if (b.isEmpty()) continue;
        Entry e = new Entry(b.get().info(), b.get().profile(), b.get().clientHello());
        byId.put(key(f.id()), e);
        byName.put(key(f.id()), e);
        for (String alias : e.info().aliases()) byName.put(key(alias), e);
      }
      return new Catalog(byId, byName, problems, captures);
    }

    private static String key(String name) {
      return name.toLowerCase(Locale.ROOT);
    }

    /** Registers the id and aliases; a clash is reported with both locations and the newcomer dropped. */
    private boolean register(ProfileFile f) {
      List<String> names = new ArrayList<>();
      names.add(f.id());
      var aliases = f.node().get("aliases");
      if (aliases != null && aliases.isArray()) aliases.forEach(a -> { if (a.isTextual()) names.add(a.asText()); });
      Set<String> own = new java.util.HashSet<>();
      for (String name : names) {
        ProfileFile other = own.add(key(name)) ? byName.get(key(name)) : f;
        if (other != null) {
          String pointer = name.equals(f.id()) ? "/id" : "/aliases";
          problems.add(new CatalogProblem(f.location(), pointer, "duplicate id '" + name + "'",
              "already used by '" + other.id() + "' in " + other.location()));
          return false;
        }
      }
      for (String name : names) byName.put(key(name), f);
      return true;
    }

    /** Builds {@code f} once; {@code chain} holds the ids whose {@code extends} led here, to catch cycles. */
    private Optional<ProfileBuilder.Built> build(ProfileFile f, List<String> chain) {
      String key = key(f.id());
      if (!built.containsKey(key)) built.put(key, resolve(f, chain));
      return built.get(key);
    }

    private Optional<ProfileBuilder.Built> resolve(ProfileFile f, List<String> chain) {
      if (!f.node().has("extends")) return buildOn(f, Map.of(), Set.of());
      Optional<ProfileFile> parent = parent(f, chain);
      if (parent.isEmpty()) return Optional.empty();
      chain.add(key(f.id()));
      Optional<ProfileBuilder.Built> built = build(parent.get(), chain);
      chain.remove(chain.size() - 1);
      if (built.isEmpty()) {
        problems.add(new CatalogProblem(f.location(), "/extends", "extends '" + parent.get().id()
            + "', which could not be loaded", "see the problems reported for " + parent.get().location()));
        return Optional.empty();
      }
      return buildOn(f, merged.get(key(parent.get().id())), built.get().info().assumed());
    }

    private Optional<ProfileBuilder.Built> buildOn(ProfileFile f, Map<String, ProfileBuilder.Located> parentFields,
        Set<String> parentAssumed) {
      Map<String, ProfileBuilder.Located> fields = ProfileBuilder.merge(f, parentFields);
      merged.put(key(f.id()), fields);
      return ProfileBuilder.build(f, fields, parentAssumed, problems);
    }

    /** The profile {@code f} extends, or empty after reporting why it cannot be used. */
    private Optional<ProfileFile> parent(ProfileFile f, List<String> chain) {
      var ext = f.node().get("extends");
      if (!ext.isTextual()) {
        problems.add(new CatalogProblem(f.location(), "/extends", "expected the id of a profile, found "
            + ProfileFile.describe(ext), ""));
        return Optional.empty();
      }
      ProfileFile parent = byName.get(key(ext.asText()));
      if (parent == null) {
        Set<String> ids = new TreeSet<>();
        for (ProfileFile p : byName.values()) if (p.kind() == f.kind()) ids.add(p.id());
        problems.add(new CatalogProblem(f.location(), "/extends", "unknown profile '" + ext.asText() + "'",
            ProfileFile.didYouMean(ext.asText(), ids)));
        return Optional.empty();
      }
      if (parent.kind() != f.kind()) {
        problems.add(new CatalogProblem(f.location(), "/extends", "'" + parent.id() + "' is a "
            + parent.kind().jsonName() + " profile", "a " + f.kind().jsonName() + " can only extend a "
            + f.kind().jsonName()));
        return Optional.empty();
      }
      if (parent == f || chain.contains(key(parent.id()))) {
        List<String> cycle = new ArrayList<>(chain);
        cycle.add(key(f.id()));
        cycle.add(key(parent.id()));
        problems.add(new CatalogProblem(f.location(), "/extends", "'extends' goes round in a circle: "
            + String.join(" -> ", cycle), "one of these profiles must stand on its own"));
        return Optional.empty();
      }
      return Optional.of(parent);
    }
  }
}
