package io.github.tlscompat.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.profiles.ProfileBuilder.Built;
import io.github.tlscompat.profiles.ProfileBuilder.Located;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the files of a catalog into profiles: applies {@code replaces}, checks that no two share an
 * id or alias, resolves {@code extends} (a profile's fields over its parent's, parents first, cycles
 * reported), and builds each profile once.
 *
 * <p>Names are registered built-ins first, whatever order the sources were added in: a file of
 * yours that takes the id or an alias of a built-in profile is reported and left out, and the
 * built-in stays, unless the file says {@code "replaces": "<id>"}. Among other files the first one
 * added keeps the name. A file that replaces a profile may still extend it.
 *
 * <p>A built-in profile read from the prepared form ({@link PreparedProfile}) is taken as prepared
 * when every profile its {@code extends} chain names is still the built-in one; when a file of yours
 * replaced one of those, it is built again from its JSON file, as if the catalog had been read from
 * JSON alone. Either way the catalog is the one the JSON files make.
 */
final class ExtendsResolver {

  /** The profiles that could be built, in the order their files were added, and every problem so far. */
  record Resolution(List<Built> profiles, List<CatalogProblem> problems) {}

  private final Map<String, ProfileSource> byName = new HashMap<>();
  /** A file that says {@code replaces} -> the profile it took the place of, which its {@code extends} may name. */
  private final Map<ProfileSource, ProfileSource> replaced = new IdentityHashMap<>();
  private final Map<ProfileSource, Map<String, Located>> merged = new IdentityHashMap<>();
  private final Map<ProfileSource, Optional<Built>> built = new IdentityHashMap<>();
  private final List<CatalogProblem> problems;

  private ExtendsResolver(List<CatalogProblem> problems) {
    this.problems = problems;
  }

  /** Resolves {@code files}; {@code initial} are the problems found while reading them. */
  static Resolution resolve(List<ProfileSource> files, List<CatalogProblem> initial) {
    ExtendsResolver r = new ExtendsResolver(new ArrayList<>(initial));
    Set<ProfileSource> out = r.replacements(files);
    List<ProfileSource> order = new ArrayList<>();
    for (ProfileSource f : files) if (f.builtIn() && !out.contains(f)) order.add(f);
    for (ProfileSource f : files) if (!f.builtIn() && !out.contains(f)) order.add(f);
    Set<ProfileSource> registered = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ProfileSource f : order) {
      if (r.register(f)) registered.add(f);
    }
    List<Built> profiles = new ArrayList<>();
    for (ProfileSource f : files) {
      if (registered.contains(f)) r.build(f, new ArrayList<>()).ifPresent(profiles::add);
    }
    return new Resolution(List.copyOf(profiles), List.copyOf(r.problems));
  }

  private static String key(String name) {
    return Shelf.key(name);
  }

  /**
   * Applies every {@code "replaces"}: the profiles replaced, and the files whose {@code replaces}
   * is wrong (reported), none of which take part in the catalog.
   */
  private Set<ProfileSource> replacements(List<ProfileSource> files) {
    Set<ProfileSource> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, ProfileFile> replacers = new LinkedHashMap<>();
    for (ProfileSource source : files) {
      if (!(source instanceof ProfileFile f) || !f.node().has("replaces")) continue;
      JsonNode target = f.node().get("replaces");
      if (!target.isTextual()) {
        problems.add(new CatalogProblem(f.location(), "/replaces", "expected the id of the profile this one"
            + " replaces, found " + ProfileFile.describe(target), ""));
        out.add(f);
      } else if (f.names().stream().noneMatch(n -> key(n).equals(key(target.asText())))) {
        problems.add(new CatalogProblem(f.location(), "/replaces", "replaces '" + target.asText()
            + "', which is neither this profile's id nor one of its aliases",
            "give the profile the id it replaces, so that everything naming that id finds this one"));
        out.add(f);
      } else {
        ProfileFile earlier = replacers.putIfAbsent(key(target.asText()), f);
        if (earlier != null) {
          problems.add(new CatalogProblem(f.location(), "/replaces", "'" + target.asText() + "' is replaced twice",
              "already replaced by '" + earlier.id() + "' at /replaces in " + earlier.location()));
          out.add(f);
        }
      }
    }
    for (Map.Entry<String, ProfileFile> e : replacers.entrySet()) {
      ProfileFile replacer = e.getValue();
      String target = replacer.node().get("replaces").asText();
      List<ProfileSource> victims = new ArrayList<>();
      for (ProfileSource f : files) if (f != replacer && key(f.id()).equals(e.getKey())) victims.add(f);
      // The built-in first: what the replacement's own 'extends' of that id means.
      victims.sort((a, b) -> Boolean.compare(b.builtIn(), a.builtIn()));
      if (victims.isEmpty()) {
        Set<String> ids = new TreeSet<>();
        for (ProfileSource f : files) if (f != replacer && f.kind() == replacer.kind()) ids.add(f.id());
        problems.add(new CatalogProblem(replacer.location(), "/replaces", "replaces '" + target
            + "', but no other profile has that id", ProfileFile.didYouMean(target, ids)));
        out.add(replacer);
      } else if (victims.get(0).kind() != replacer.kind()) {
        problems.add(new CatalogProblem(replacer.location(), "/replaces", "replaces '" + target + "', which is a "
            + victims.get(0).kind().jsonName() + " profile in " + victims.get(0).location(),
            "a " + replacer.kind().jsonName() + " can only replace a " + replacer.kind().jsonName()));
        out.add(replacer);
      } else {
        out.addAll(victims);
        replaced.put(replacer, victims.get(0));
      }
    }
    return out;
  }

  /**
   * Registers the id and aliases; a clash is reported with both places (file and JSON pointer) and
   * the newcomer dropped.
   */
  private boolean register(ProfileSource f) {
    List<String> names = f.names();
    Set<String> own = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String key = key(name);
      ProfileSource other = own.add(key) ? byName.get(key) : f;
      if (other != null) {
        String hint = "already used by '" + other.id() + "' at " + other.pointerOf(name) + " in " + other.location();
        if (other.builtIn() && !f.builtIn() && other.kind() == f.kind() && key(other.id()).equals(key)) {
          hint += "; a built-in profile is replaced only on purpose: \"replaces\": \"" + other.id() + "\"";
        }
        problems.add(new CatalogProblem(f.location(), f.pointerAt(i), "duplicate id '" + name + "'", hint));
        return false;
      }
    }
    for (String name : names) byName.put(key(name), f);
    return true;
  }

  /** Builds {@code f} once; {@code chain} holds the profiles whose {@code extends} led here, to catch cycles. */
  private Optional<Built> build(ProfileSource f, List<ProfileSource> chain) {
    if (!built.containsKey(f)) {
      Optional<Built> b = resolve(f, chain);
      // An unsound file was built only for the problems in its values; it stays out of the catalog.
      built.put(f, f instanceof ProfileFile file && !file.sound() ? Optional.empty() : b);
    }
    return built.get(f);
  }

  private Optional<Built> resolve(ProfileSource source, List<ProfileSource> chain) {
    ProfileFile f;
    if (source instanceof PreparedProfile p) {
      if (intact(p)) return Optional.of(p.built());
      f = p.file();
    } else {
      f = (ProfileFile) source;
    }
    if (!f.node().has("extends")) return buildOn(source, f, Map.of(), Set.of());
    Optional<ProfileSource> parent = parent(f, source, chain);
    if (parent.isEmpty()) return Optional.empty();
    chain.add(source);
    Optional<Built> parentBuilt = build(parent.get(), chain);
    chain.remove(chain.size() - 1);
    if (parentBuilt.isEmpty()) {
      problems.add(new CatalogProblem(f.location(), "/extends", "extends '" + parent.get().id()
          + "', which could not be loaded", "see the problems reported for " + parent.get().location()));
      return Optional.empty();
    }
    return buildOn(source, f, fields(parent.get()), parentBuilt.get().info().assumed());
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
    Map<String, Located> fields = merged.get(s);
    if (fields != null) return fields;
    // Only a built-in taken as prepared gets here, and its parents were taken as prepared too.
    PreparedProfile p = (PreparedProfile) s;
    fields = ProfileBuilder.merge(p.file(), p.parent().isEmpty() ? Map.of() : fields(p.parent().get()));
    merged.put(s, fields);
    return fields;
  }

  private Optional<Built> buildOn(ProfileSource source, ProfileFile f, Map<String, Located> parentFields,
      Set<String> parentAssumed) {
    Map<String, Located> fields = ProfileBuilder.merge(f, parentFields);
    merged.put(source, fields);
    return ProfileBuilder.build(f, fields, parentAssumed, problems);
  }

  /** The profile {@code f} (read from {@code source}) extends, or empty after reporting why it cannot be used. */
  private Optional<ProfileSource> parent(ProfileFile f, ProfileSource source, List<ProfileSource> chain) {
    var ext = f.node().get("extends");
    if (!ext.isTextual()) {
      problems.add(new CatalogProblem(f.location(), "/extends", "expected the id of a profile, found "
          + ProfileFile.describe(ext), ""));
      return Optional.empty();
    }
    // A replacement that extends the id it replaces means the profile it replaced.
    ProfileSource victim = replaced.get(source);
    ProfileSource parent = victim != null && key(victim.id()).equals(key(ext.asText())) ? victim
        : byName.get(key(ext.asText()));
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
    if (parent == source || chain.stream().anyMatch(c -> c == parent)) {
      List<String> cycle = new ArrayList<>();
      for (ProfileSource c : chain) cycle.add(key(c.id()));
      cycle.add(key(f.id()));
      cycle.add(key(parent.id()));
      problems.add(new CatalogProblem(f.location(), "/extends", "'extends' goes round in a circle: "
          + String.join(" -> ", cycle), "one of these profiles must stand on its own"));
      return Optional.empty();
    }
    return Optional.of(parent);
  }
}
