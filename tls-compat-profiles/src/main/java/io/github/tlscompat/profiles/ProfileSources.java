package io.github.tlscompat.profiles;

import io.github.tlscompat.profiles.ProfileBuilder.Built;
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
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads profile files from where {@link Catalog.Builder} is told to look: the built-in index, the
 * profile indexes on a class path, files and directories, JSON text. Keeps them in the order they
 * were added, reads each location once, and reports what it cannot read instead of stopping.
 */
final class ProfileSources {

  /** The built-in index, relative to {@link Catalog}'s package in the tls-compat-profiles jar. */
  private static final String BUILT_IN_INDEX = "builtin/index";
  static final String BUILT_IN_PREFIX = "builtin:";

  private final List<ProfileSource> files = new ArrayList<>();
  private final List<CatalogProblem> problems = new ArrayList<>();
  /** The problems the schema found (a subset of {@link #problems}, by identity) and what they are about. */
  private final List<ProfileSchema.Finding> shapeProblems = new ArrayList<>();
  private final Set<String> seenLocations = new LinkedHashSet<>();

  /** The profiles read so far, in the order they were added. */
  List<ProfileSource> files() {
    return files;
  }

  /** What could not be read so far, in the order it was found. */
  List<CatalogProblem> problems() {
    return problems;
  }

  /**
   * The built-in profiles as prepared, when they are all there is and nothing went wrong: the build
   * resolved and checked them (their {@code extends}, their ids and aliases), so resolving them again
   * finds every one intact and no problem. Empty when any other source was added, or none.
   */
  Optional<List<Built>> preparedOnly() {
    if (files.isEmpty() || !problems.isEmpty()) return Optional.empty();
    List<Built> built = new ArrayList<>(files.size());
    for (ProfileSource f : files) {
      if (!(f instanceof PreparedProfile p)) return Optional.empty();
      built.add(p.built());
    }
    return Optional.of(built);
  }

  /**
   * Adds the built-in profiles: in the form prepared at build time when the jar holds it (built by
   * Maven), else (classes compiled by an IDE alone) from their JSON files.
   */
  void addBuiltIn() {
    if (seenLocations.add(BUILT_IN_INDEX)) {
      files.addAll(PreparedCatalog.builtIn().isPresent() ? PreparedCatalog.builtIn().get() : BuiltInFiles.FILES);
    }
  }

  /** Adds the built-in profiles from their JSON files: the source of truth the prepared form is made from. */
  void addBuiltInJson() {
    if (seenLocations.add(BUILT_IN_INDEX)) files.addAll(BuiltInFiles.FILES);
  }

  /** The class-path resource, relative to {@link Catalog}, of the built-in file at {@code location}. */
  static String builtInResource(String location) {
    if (!location.startsWith(BUILT_IN_PREFIX)) throw new IllegalArgumentException("not a built-in profile: " + location);
    return BUILT_IN_INDEX.substring(0, BUILT_IN_INDEX.lastIndexOf('/') + 1) + location.substring(BUILT_IN_PREFIX.length());
  }

  void addClasspath(ClassLoader loader) {
    try {
      Enumeration<URL> indexes = loader.getResources(Catalog.CLASSPATH_INDEX);
      while (indexes.hasMoreElements()) addIndex(indexes.nextElement(), "");
    } catch (IOException e) {
      problems.add(new CatalogProblem(Catalog.CLASSPATH_INDEX, "", "cannot list the class path: " + e.getMessage(), ""));
    }
  }

  void addPath(Path path) {
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
  }

  /** Adds a user's profile: checked against the shipped schema, then read. */
  void addJson(String location, String json) {
    ProfileFile.read(location, json, problems, ProfileSchema.shipped(), shapeProblems).ifPresent(files::add);
  }

  /** Adds a built-in profile: the build validated it against the schema, so it is only read. */
  private void addBuiltInJson(String location, String json) {
    ProfileFile.read(location, json, problems).ifPresent(files::add);
  }

  /**
   * {@code found} (the problems of these sources once resolved) without the schema's problems that
   * the loader restates at the same place: one problem per value, and the loader's wording, which
   * knows the registries ("did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?"), where it has one.
   */
  List<CatalogProblem> withoutRestated(List<CatalogProblem> found) {
    if (shapeProblems.isEmpty()) return found;
    Map<CatalogProblem, ProfileSchema.Finding> shape = new IdentityHashMap<>();
    shapeProblems.forEach(f -> shape.put(f.problem(), f));
    // Keyed by file and pointer, so a hostile file's thousands of problems are matched in one pass.
    TreeMap<String, List<String>> loaderAt = new TreeMap<>();
    for (CatalogProblem p : found) {
      if (!shape.containsKey(p)) loaderAt.computeIfAbsent(key(p.location(), p.pointer()), k -> new ArrayList<>()).add(p.message());
    }
    List<CatalogProblem> out = new ArrayList<>(found.size());
    for (CatalogProblem p : found) {
      ProfileSchema.Finding f = shape.get(p);
      if (f == null || !restated(f, loaderAt)) out.add(p);
    }
    return out;
  }

  private static String key(String location, String pointer) {
    return location + "\u0000" + pointer;
  }

  /** Whether the loader reported a problem about the mistake the schema's finding is about. */
  private static boolean restated(ProfileSchema.Finding f, TreeMap<String, List<String>> loaderAt) {
    CatalogProblem s = f.problem();
    String at = key(s.location(), f.scope());
    if (f.spansFields() || !s.message().startsWith("missing field '")) {
      if (loaderAt.containsKey(at)) return true;
      // Anything the loader found below the value (or, for a rule over fields, in the object).
      String below = loaderAt.ceilingKey(at + "/");
      return below != null && below.startsWith(at + "/");
    }
    // A missing field is reported at its object; the loader may name the field's own pointer instead.
    String field = s.message().substring("missing field '".length(), s.message().length() - 1);
    return loaderAt.getOrDefault(at, List.of()).stream().anyMatch(m -> m.contains("'" + field + "'"))
        || loaderAt.containsKey(at + ProfileFile.pointer(field));
  }

  private void addFile(Path file) {
    String location = file.toString();
    if (!seenLocations.add(file.toAbsolutePath().normalize().toString())) return;
    try {
      Utf8Text.decode(Files.readAllBytes(file), location, problems).ifPresent(text -> addJson(location, text));
    } catch (IOException e) {
      problems.add(new CatalogProblem(location, "", "cannot read the file: " + e, ""));
    }
  }

  /**
   * Reads every file an index lists. With a {@code locationPrefix} (the built-ins) a file is named
   * by the prefix and its line, and read even if another index listed it; without one, by its URL,
   * and once.
   */
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
            String named = location;
            Utf8Text.decode(in.readAllBytes(), named, problems).ifPresent(text -> {
              if (locationPrefix.isEmpty()) addJson(named, text);
              else addBuiltInJson(named, text);
            });
          }
        }
      } catch (IOException e) {
        problems.add(new CatalogProblem(index + " line " + (n + 1), "", "cannot read '" + line + "': " + e, ""));
      }
    }
  }

  /**
   * The built-in files, parsed once: every command and test that adds the built-ins to its own
   * catalog would otherwise read and parse the same 264 files again. The parsed trees are never
   * modified, so sharing them is safe.
   */
  private static final class BuiltInFiles {
    static final List<ProfileSource> FILES = read();

    private static List<ProfileSource> read() {
      // Class.getResource, not the class loader: on the module path the index sits in one of this
      // module's packages, which only this module's own classes may read.
      URL index = Catalog.class.getResource(BUILT_IN_INDEX);
      if (index == null) throw new IllegalStateException("the built-in profile index is missing from the tls-compat-profiles jar");
      ProfileSources reader = new ProfileSources();
      reader.addIndex(index, BUILT_IN_PREFIX);
      if (!reader.problems.isEmpty()) throw new CatalogException(reader.problems);
      return List.copyOf(reader.files);
    }
  }
}
