package io.github.tlscompat.cli;

import io.github.tlscompat.profiles.ProfileInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caveat of a profile whose facts are partial ({@code "partial": true}) or assumed (its
 * {@code assumed} fields, but for an assumed certificate, which nearly every server profile has):
 * results for it may differ from the real thing. {@code matrix} marks such
 * ids with {@value #MARK} and explains the mark once; the HTML report marks them too.
 */
final class Caveats {

  /** The assumed field that is not marked: see {@link #of(ProfileInfo)}. */
  static final String CERTIFICATES = "certificates";

  /** The mark after an id in text output. */
  static final String MARK = "*";

  private final CatalogOptions catalog;
  private final Set<String> marked = new LinkedHashSet<>();

  Caveats(CatalogOptions catalog) {
    this.catalog = catalog;
  }

  /** The caveat of profile {@code id}, e.g. {@code partial, assumes sni}; empty for a profile of sourced facts. */
  Optional<String> of(String id) {
    Optional<ProfileInfo> info = catalog.infoOf(id);
    return info.isPresent() ? of(info.get()) : Optional.empty();
  }

  static Optional<String> of(ProfileInfo info) {
    List<String> parts = new ArrayList<>();
    if (info.partial()) parts.add("partial");
    // Nearly every server profile assumes its certificate (public sources rarely state it): marking
    // that would mark every server and drown the profiles whose offers or settings are guessed.
    // A loop, not a stream: matrix asks this for every profile of the catalog before anything is compiled.
    List<String> assumed = new ArrayList<>();
    for (String field : info.assumed()) {
      if (!field.equals(CERTIFICATES)) assumed.add(field);
    }
    Collections.sort(assumed);
    if (!assumed.isEmpty()) parts.add("assumes " + String.join(", ", assumed));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  /** {@code id}, with {@value #MARK} after it when it has a caveat; remembers it for {@link #legend}. */
  String mark(String id) {
    if (of(id).isEmpty()) return id;
    marked.add(id);
    return id + " " + MARK;
  }

  /** The line that explains the marks given so far, if any. */
  Optional<String> legend() {
    return legend(marked);
  }

  static Optional<String> legend(Collection<String> ids) {
    if (ids.isEmpty()) return Optional.empty();
    return Optional.of(MARK + " partial profile or assumed facts, so results may differ (tls-compat profiles show"
        + " ID says which): " + String.join(", ", ids));
  }
}
