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
 */
final class ExtendsResolver {

  /** The profiles that could be built, in the order their files were added, and every problem so far. */
  record Resolution(List<Built> profiles, List<CatalogProblem> problems) {}

  private final Map<String, ProfileFile> byName = new HashMap<>();
  private final Map<String, Map<String, Located>> merged = new HashMap<>();
  private final Map<String, Optional<Built>> built = new HashMap<>();
  private final List<CatalogProblem> problems;

  private ExtendsResolver(List<CatalogProblem> problems) {
    this.problems = problems;
  }

  /** Resolves {@code files}; {@code initial} are the problems found while reading them. */
  static Resolution resolve(List<ProfileFile> files, List<CatalogProblem> initial) {
    ExtendsResolver r = new ExtendsResolver(new ArrayList<>(initial));
    List<ProfileFile> kept = new ArrayList<>();
    for (ProfileFile f : files) {
      if (r.register(f)) kept.add(f);
    }
    List<Built> profiles = new ArrayList<>();
    for (ProfileFile f : kept) r.build(f, new ArrayList<>()).ifPresent(profiles::add);
    return new Resolution(List.copyOf(profiles), List.copyOf(r.problems));
  }

  private static String key(String name) {
    return Shelf.key(name);
  }

  /** Registers the id and aliases; a clash is reported with both locations and the newcomer dropped. */
  private boolean register(ProfileFile f) {
    List<String> names = new ArrayList<>();
    names.add(f.id());
    var aliases = f.node().get("aliases");
    if (aliases != null && aliases.isArray()) aliases.forEach(a -> { if (a.isTextual()) names.add(a.asText()); });
    Set<String> own = new HashSet<>();
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
  private Optional<Built> build(ProfileFile f, List<String> chain) {
    String key = key(f.id());
    if (!built.containsKey(key)) built.put(key, resolve(f, chain));
    return built.get(key);
  }

  private Optional<Built> resolve(ProfileFile f, List<String> chain) {
    if (!f.node().has("extends")) return buildOn(f, Map.of(), Set.of());
    Optional<ProfileFile> parent = parent(f, chain);
    if (parent.isEmpty()) return Optional.empty();
    chain.add(key(f.id()));
    Optional<Built> parentBuilt = build(parent.get(), chain);
    chain.remove(chain.size() - 1);
    if (parentBuilt.isEmpty()) {
      problems.add(new CatalogProblem(f.location(), "/extends", "extends '" + parent.get().id()
          + "', which could not be loaded", "see the problems reported for " + parent.get().location()));
      return Optional.empty();
    }
    return buildOn(f, merged.get(key(parent.get().id())), parentBuilt.get().info().assumed());
  }

  private Optional<Built> buildOn(ProfileFile f, Map<String, Located> parentFields, Set<String> parentAssumed) {
    Map<String, Located> fields = ProfileBuilder.merge(f, parentFields);
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
