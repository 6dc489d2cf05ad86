package io.github.tlscompat.profiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles of one kind in a catalog, typed: the clients as {@code Shelf<ClientProfile>}, the
 * servers as {@code Shelf<ServerPolicy>}. Keeps load order and finds a profile by its id or an
 * alias, case ignored.
 *
 * @param <P> the profile type
 */
final class Shelf<P> {

  /** A profile, built now or on first use, with what the catalog knows about it. */
  record Entry<P>(ProfileInfo info, Lazy<P> lazy) {
    /** The profile, built the first time it is asked for. */
    P profile() {
      return lazy.get();
    }
  }

  private final ProfileKind kind;
  private final List<Entry<P>> entries;      // load order
  private final Map<String, Entry<P>> byName; // lower-case id or alias -> entry

  Shelf(ProfileKind kind, List<Entry<P>> entries) {
    this.kind = kind;
    this.entries = List.copyOf(entries);
    Map<String, Entry<P>> names = new HashMap<>();
    for (Entry<P> e : this.entries) {
      names.put(key(e.info().id()), e);
      for (String alias : e.info().aliases()) names.put(key(alias), e);
    }
    this.byName = Collections.unmodifiableMap(names);
  }

  /** The lower-case form ids and aliases are found by. */
  static String key(String name) {
    // Most names are already lower-case ASCII; a plain loop finds that in a JVM that has compiled
    // nothing yet, where toLowerCase calls a method per character.
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 0x80) return name.toLowerCase(Locale.ROOT);
    }
    return name;
  }

  ProfileKind kind() {
    return kind;
  }

  int size() {
    return entries.size();
  }

  /** The profile whose id or alias is {@code key} (already lower case). */
  Optional<Entry<P>> find(String key) {
    return Optional.ofNullable(byName.get(key));
  }

  /** Every profile, in load order. */
  List<P> profiles() {
    return tagged(null);
  }

  /** The profiles carrying {@code tag} (case ignored), every profile for {@code null}; in load order. */
  List<P> tagged(String tag) {
    List<P> out = new ArrayList<>();
    for (Entry<P> e : entries) {
      if (tag == null || e.info().hasTag(tag)) out.add(e.profile());
    }
    return Collections.unmodifiableList(out);
  }

  /** The infos of every profile, in load order. */
  List<ProfileInfo> infos() {
    return entries.stream().map(Entry::info).toList();
  }

  /** The ids and aliases (and tags, if asked), in load order: the names a suggestion is picked from. */
  List<String> names(boolean withTags) {
    return names(infos(), withTags);
  }

  static List<String> names(List<ProfileInfo> infos, boolean withTags) {
    List<String> names = new ArrayList<>();
    for (ProfileInfo info : infos) {
      names.add(info.id());
      names.addAll(info.aliases());
      if (withTags) names.addAll(info.tags());
    }
    return names;
  }
}
