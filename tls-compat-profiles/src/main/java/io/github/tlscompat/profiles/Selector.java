package io.github.tlscompat.profiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The selector language of {@link Catalog#selectClients(String)} and {@code --clients}: ids,
 * aliases or tags separated by commas, {@code all} or {@code *} for every profile of the kind. An id
 * or alias wins over a tag of the same name; the result keeps the order of the parts and has no
 * repeats.
 */
final class Selector {

  private Selector() {}

  /**
   * The profiles of {@code wanted} that {@code selector} names.
   *
   * @param other the profiles of the other kind, to say so when a part names one of them
   * @throws NoSuchProfileException for the first part that names nothing, or a selector that names
   *     nothing at all
   */
  static <P> List<P> select(String selector, Shelf<P> wanted, Shelf<?> other) {
    Objects.requireNonNull(selector, "selector");
    String kind = wanted.kind().jsonName();
    // A shelf hands out one object per profile (built once), so identity finds the repeats. Equality
    // would hash every field of every profile, records and library builds included, and a record's
    // first hashCode links its method handles: a tenth of a second of a cold matrix of the catalog.
    Set<P> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<P> out = new ArrayList<>();
    for (String raw : selector.split(",")) {
      String part = raw.trim();
      if (part.isEmpty()) continue;
      if (part.equals("*") || part.equalsIgnoreCase("all")) {
        addNew(wanted.profiles(), seen, out);
        continue;
      }
      Optional<Shelf.Entry<P>> named = wanted.find(Shelf.key(part));
      if (named.isPresent()) {
        addNew(List.of(named.get().profile()), seen, out);
        continue;
      }
      List<P> tagged = wanted.tagged(part);
      if (tagged.isEmpty()) {
        String elsewhere = other.find(Shelf.key(part))
            .map(e -> " ('" + part + "' is a " + e.info().kind().jsonName() + ")")
            .orElse("");
        throw new NoSuchProfileException(part, "no " + kind + " id, alias or tag '" + part + "' in the catalog"
            + elsewhere + Catalog.suggestion(part, wanted.names(true)));
      }
      addNew(tagged, seen, out);
    }
    if (out.isEmpty()) {
      throw new NoSuchProfileException(selector, "the selector '" + selector + "' names no " + kind);
    }
    return List.copyOf(out);
  }

  private static <P> void addNew(List<P> profiles, Set<P> seen, List<P> out) {
    for (P p : profiles) {
      if (seen.add(p)) out.add(p);
    }
  }
}
