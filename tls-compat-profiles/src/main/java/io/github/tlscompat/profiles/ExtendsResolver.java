package io.github.tlscompat.profiles;

import io.github.tlscompat.profiles.ProfileBuilder.Built;
import io.github.tlscompat.profiles.ProfileBuilder.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the files of a catalog into profiles: checks that no two share an id or alias, resolves
 * {@code extends} (a profile's fields over its parent's, parents first, cycles reported), and builds
 * each profile once.
 *
 * <p>A built-in profile read from the prepared form ({@link PreparedProfile}) is taken as prepared
 * when every profile its {@code extends} chain names is still the built-in one; when a file of yours
 * took one of those names first, it is built again from its JSON file, as if the catalog had been
 * read from JSON alone. Either way the catalog is the one the JSON files make.
 */
final class ExtendsResolver {

  /** The profiles that could be built, in the order their files were added, and every problem so far. */
  record Resolution(List<Built> profiles, List<CatalogProblem> problems) {}

  private final Map<String, ProfileSource> byName = new HashMap<>();
  private final Map<String, Map<String, Located>> merged = new HashMap<>();
  private final Map<String, Optional<Built>> built = new HashMap<>();
  private final List<CatalogProblem> problems;

  private ExtendsResolver(List<CatalogProblem> problems) {
    this.problems = problems;
  }

  /** Resolves {@code files}; {@code initial} are the problems found while reading them. */
  static Resolution resolve(List<ProfileSource> files, List<CatalogProblem> initial) {
    ExtendsResolver r = new ExtendsResolver(new ArrayList<>(initial));
    List<ProfileSource> kept = new ArrayList<>();
    for (ProfileSource f : files) {
      if (r.register(f)) kept.add(f);
    }
    List<Built> profiles = new ArrayList<>();
    for (ProfileSource f : kept) r.build(f, new ArrayList<>()).ifPresent(profiles::add);
    return new Resolution(List.copyOf(profiles), List.copyOf(r.problems));
  }

  private static String key(String name) {
    return Shelf.key(name);
  }

  /** Registers the id and aliases; a clash is reported with both locations and the newcomer dropped. */
  private boolean register(ProfileSource f) {
    List<String> names = f.names();
    Set<String> own = new HashSet<>();
    for (String name : names) {
      ProfileSource other = own.add(key(name)) ? byName.get(key(name)) : f;
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
  private Optional<Built> build(ProfileSource f, List<String> chain) {
    String key = key(f.id());
    if (!built.containsKey(key)) built.put(key, resolve(f, chain));
    return built.get(key);
  }

  private Optional<Built> resolve(ProfileSource source, List<String> chain) {
    ProfileFile f;
    if (source instanceof PreparedProfile p) {
      if (intact(p)) return Optional.of(p.built());
      f = p.file();
    } else {
      f = (ProfileFile) source;
    }
    if (!f.node().has("extends")) return buildOn(f, Map.of(), Set.of());
    Optional<ProfileSource> parent = parent(f, source, chain);
    if (parent.isEmpty()) return Optional.empty();
    chain.add(key(f.id()));
    Optional<Built> parentBuilt = build(parent.get(), chain);
    chain.remove(chain.size() - 1);
    if (parentBuilt.isEmpty()) {
      problems.add(new CatalogProblem(f.location(), "/extends", "extends '" + parent.get().id()
          + "', which could not be loaded", "see the problems reported for " + parent.get().location()));
      return Optional.empty();
    }
    return buildOn(f, fields(parent.get()), parentBuilt.get().info().assumed());
  }

  /** Whether each profile {@code p}'s {@code extends} chain names is, in this catalog, the built-in one. */
  private boolean intact(PreparedProfile p) {
    Optional<PreparedProfile> parent = p.parent();
    if (parent.isEmpty()) return true;
    String name = p.built().info().parent().orElseThrow();
    return byName.get(key(name)) == parent.get() && intact(parent.get());
  }

  /**
   * The fields {@code s} has after {@code extends}: what a profile extending it inherits. A built-in
   * taken as prepared has none yet; they are read from its JSON file and its parents', now.
   */
  private Map<String, Located> fields(ProfileSource s) {
    Map<String, Located> fields = merged.get(key(s.id()));
    if (fields != null) return fields;
    // Only a built-in taken as prepared gets here, and its parents were taken as prepared too.
    PreparedProfile p = (PreparedProfile) s;
    fields = ProfileBuilder.merge(p.file(), p.parent().isEmpty() ? Map.of() : fields(p.parent().get()));
    merged.put(key(s.id()), fields);
    return fields;
  }

  private Optional<Built> buildOn(ProfileFile f, Map<String, Located> parentFields, Set<String> parentAssumed) {
    Map<String, Located> fields = ProfileBuilder.merge(f, parentFields);
    merged.put(key(f.id()), fields);
    return ProfileBuilder.build(f, fields, parentAssumed, problems);
  }

  /** The profile {@code f} (read from {@code source}) extends, or empty after reporting why it cannot be used. */
  private Optional<ProfileSource> parent(ProfileFile f, ProfileSource source, List<String> chain) {
    var ext = f.node().get("extends");
    if (!ext.isTextual()) {
      problems.add(new CatalogProblem(f.location(), "/extends", "expected the id of a profile, found "
          + ProfileFile.describe(ext), ""));
      return Optional.empty();
    }
    ProfileSource parent = byName.get(key(ext.asText()));
    if (parent == null) {
      Set<String> ids = new TreeSet<>();
      for (ProfileSource p : byName.values()) if (p.kind() == f.kind()) ids.add(p.id());
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
    if (parent == source || chain.contains(key(parent.id()))) {
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
