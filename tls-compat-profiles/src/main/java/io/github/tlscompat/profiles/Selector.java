package io.github.tlscompat.profiles;

import java.util.LinkedHashSet;
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
    Set<P> out = new LinkedHashSet<>();
    for (String raw : selector.split(",")) {
      String part = raw.trim();
      if (part.isEmpty()) continue;
      if (part.equals("*") || part.equalsIgnoreCase("all")) {
        out.addAll(wanted.profiles());
        continue;
      }
      Optional<Shelf.Entry<P>> named = wanted.find(Shelf.key(part));
      if (named.isPresent()) {
        out.add(named.get().profile());
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
      out.addAll(tagged);
    }
    if (out.isEmpty()) {
      throw new NoSuchProfileException(selector, "the selector '" + selector + "' names no " + kind);
    }
    return List.copyOf(out);
  }
}
