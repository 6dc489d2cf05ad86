package io.github.tlscompat.profiles;

import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.ProfileBuilder.Built;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>On the module path, {@code requires io.github.tlscompat.profiles}; add
 * {@code requires io.github.tlscompat.captures} (or {@code --add-modules io.github.tlscompat.captures})
 * for {@link #capturedClientHello(String)} to find the captured hellos of the built-in clients.
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

  private final List<ProfileInfo> infos;       // clients and servers, load order
  private final Shelf<ClientProfile> clients;
  private final Shelf<ServerPolicy> servers;
  private final Captures captures;
  private final List<CatalogProblem> problems;

  private Catalog(List<Built> profiles, List<CatalogProblem> problems, ClassLoader capturesLoader) {
    List<ProfileInfo> infos = new ArrayList<>();
    List<Shelf.Entry<ClientProfile>> clients = new ArrayList<>();
    List<Shelf.Entry<ServerPolicy>> servers = new ArrayList<>();
    Map<String, byte[]> hellos = new HashMap<>();
    for (Built b : profiles) {
      infos.add(b.info());
      if (b instanceof Built.Client c) {
        clients.add(new Shelf.Entry<>(c.info(), c.profile()));
        if (c.clientHello().isPresent()) hellos.put(c.info().id(), c.clientHello().get());
      } else if (b instanceof Built.Server s) {
        servers.add(new Shelf.Entry<>(s.info(), s.profile()));
      }
    }
    this.infos = List.copyOf(infos);
    this.clients = new Shelf<>(ProfileKind.CLIENT, clients);
    this.servers = new Shelf<>(ProfileKind.SERVER, servers);
    this.captures = new Captures(hellos, capturesLoader);
    this.problems = List.copyOf(problems);
  }

  /**
   * The profiles that ship with tls-compat, loaded once per class loader. Never has problems (the
   * build checks that).
   *
   * <p>They are read from a form the build prepares from their JSON files, not from the files
   * themselves, and each profile is built the first time it is asked for: in a fresh JVM this takes
   * tens of milliseconds where reading the JSON took several hundred. The catalog is the same.
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
    return require(idOrAlias, clients, servers).profile();
  }

  /**
   * The server with this id or alias, case ignored.
   *
   * @throws NoSuchProfileException naming the closest ids when there is no such server
   */
  public ServerPolicy server(String idOrAlias) {
    return require(idOrAlias, servers, clients).profile();
  }

  /** The client with this id or alias, if there is one. */
  public Optional<ClientProfile> findClient(String idOrAlias) {
    return clients.find(key(idOrAlias)).map(Shelf.Entry::profile);
  }

  /** The server with this id or alias, if there is one. */
  public Optional<ServerPolicy> findServer(String idOrAlias) {
    return servers.find(key(idOrAlias)).map(Shelf.Entry::profile);
  }

  /**
   * What the catalog knows about a profile besides its TLS facts: source, notes, tags, assumptions.
   *
   * @throws NoSuchProfileException when no profile has this id or alias
   */
  public ProfileInfo info(String idOrAlias) {
    // Plain tests, not a chain of optionals and lambdas: text output asks this for every profile it
    // names, in a JVM that has compiled nothing yet.
    String key = key(idOrAlias);
    Optional<Shelf.Entry<ClientProfile>> client = clients.find(key);
    if (client.isPresent()) return client.get().info();
    Optional<Shelf.Entry<ServerPolicy>> server = servers.find(key);
    if (server.isPresent()) return server.get().info();
    throw new NoSuchProfileException(idOrAlias, "no profile '" + idOrAlias + "' in the catalog"
        + suggestion(idOrAlias, Shelf.names(infos, false)));
  }

  /** Every profile's info, clients and servers, in load order. */
  public List<ProfileInfo> infos() {
    return infos;
  }

  /** Every client, in load order. */
  public List<ClientProfile> clients() {
    return clients.profiles();
  }

  /** Every server, in load order. */
  public List<ServerPolicy> servers() {
    return servers.profiles();
  }

  /** The clients carrying {@code tag} (case ignored), in load order; empty if none does. */
  public List<ClientProfile> clientsTagged(String tag) {
    return clients.tagged(tag);
  }

  /** The servers carrying {@code tag} (case ignored), in load order; empty if none does. */
  public List<ServerPolicy> serversTagged(String tag) {
    return servers.tagged(tag);
  }

  /** Every tag in use, sorted. */
  public Set<String> tags() {
    Set<String> tags = new TreeSet<>();
    for (ProfileInfo info : infos) tags.addAll(info.tags());
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
    return Selector.select(selector, clients, servers);
  }

  /** The servers a selector names, as {@link #selectClients(String)} does for clients. */
  public List<ServerPolicy> selectServers(String selector) {
    return Selector.select(selector, servers, clients);
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
    return captures.of(require(idOrAlias, clients, servers).info());
  }

  /** Number of profiles, clients and servers. */
  public int size() {
    return infos.size();
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
    return "Catalog[" + clients.size() + " clients, " + servers.size() + " servers"
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problems") + "]";
  }

  /** How an id or alias is looked up: trimmed, case ignored. */
  private static String key(String idOrAlias) {
    Objects.requireNonNull(idOrAlias, "idOrAlias");
    return Shelf.key(idOrAlias.trim());
  }

  private static <P> Shelf.Entry<P> require(String idOrAlias, Shelf<P> wanted, Shelf<?> other) {
    String key = key(idOrAlias);
    Optional<Shelf.Entry<P>> e = wanted.find(key);
    if (e.isPresent()) return e.get();
    String what = wanted.kind().jsonName();
    if (other.find(key).isPresent()) {
      throw new NoSuchProfileException(idOrAlias, "'" + idOrAlias + "' is a " + other.kind().jsonName()
          + ", not a " + what);
    }
    throw new NoSuchProfileException(idOrAlias, "no " + what + " '" + idOrAlias + "' in the catalog"
        + suggestion(idOrAlias, wanted.names(false)));
  }

  /** "; did you mean X?" for the closest of {@code known}, or "" when nothing is close. */
  static String suggestion(String query, List<String> known) {
    String hint = ProfileFile.didYouMean(query, known);
    return hint.isEmpty() ? "" : "; " + hint;
  }

  /**
   * Collects profile files and builds a {@link Catalog}. Files are read in the order they are added;
   * when two profiles share an id or alias, both places are reported and one is kept: a built-in
   * profile over any other whatever the order, else the first added. A file takes the place of
   * another profile only by saying {@code "replaces": "<id>"} (see {@code docs/profile-format.md}).
   */
  public static final class Builder {
    private final ProfileSources sources = new ProfileSources();
    private ClassLoader captures = Catalog.class.getClassLoader();

    private Builder() {}

    /**
     * Adds the profiles that ship with tls-compat (read from the jar once per class loader, in the
     * form prepared at build time; see {@link Catalog#builtIn()}). A file of yours may extend them,
     * and replace one with {@code "replaces"}; taking a built-in's id or alias without it is a
     * problem, whether the file is added before or after them.
     */
    public Builder addBuiltIn() {
      sources.addBuiltIn();
      return this;
    }

    /**
     * Adds the built-in profiles read from their JSON files rather than from the prepared form: the
     * catalog {@link #addBuiltIn()} must equal, for the tests that prove it does.
     */
    Builder addBuiltInJson() {
      sources.addBuiltInJson();
      return this;
    }

    /**
     * Adds the profiles every jar on {@code loader}'s class path lists in a
     * {@value Catalog#CLASSPATH_INDEX} file, and looks up captured hellos through {@code loader}.
     */
    public Builder addClasspath(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      captures = loader;
      sources.addClasspath(loader);
      return this;
    }

    /**
     * Adds a profile file, or every {@code *.json} file below a directory (in name order).
     * A path that does not exist or cannot be read is reported as a problem.
     */
    public Builder addPath(Path path) {
      Objects.requireNonNull(path, "path");
      sources.addPath(path);
      return this;
    }

    /** Adds one profile given as JSON text; {@code location} names it in problems. */
    public Builder addJson(String location, String json) {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(json, "json");
      sources.addJson(location, json);
      return this;
    }

    /** Builds the catalog; files that could not be read are left out and listed in {@link Catalog#problems()}. */
    public Catalog build() {
      // Catalog.builtIn() and every command without --profiles: nothing to resolve in a fresh JVM.
      Optional<List<Built>> prepared = sources.preparedOnly();
      if (prepared.isPresent()) return new Catalog(prepared.get(), List.of(), captures);
      ExtendsResolver.Resolution r = ExtendsResolver.resolve(sources.files(), sources.problems());
      return new Catalog(r.profiles(), sources.withoutRestated(r.problems()), captures);
    }

    /**
     * Builds the catalog, failing if any file could not be read.
     *
     * @throws CatalogException listing every problem
     */
    public Catalog buildStrict() {
      return build().requireNoProblems();
    }
  }
}
