package io.github.tlscompat.profiles;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a catalog knows about a profile besides the TLS facts: where the facts come from, what is
 * uncertain, and how to find it.
 *
 * @param id the stable id
 * @param kind client or server
 * @param name the human name
 * @param aliases other ids that find the profile
 * @param tags lower-case words for selecting groups, e.g. {@code schannel}, {@code seed}
 * @param source where the facts come from: URLs, {@code github:owner/repo@commit:path}, or a
 *     description of a measurement
 * @param notes facts worth knowing that have no field of their own
 * @param unconfirmed what the sources leave open, in words
 * @param assumed the profile fields whose values are assumptions rather than sourced facts (e.g.
 *     {@code certificates}), inherited ones included
 * @param partial whether the facts are known to be incomplete in a way that changes results
 * @param parent the id of the profile this one extends, if any
 * @param fingerprints published fingerprints of a client's hello by kind ({@code ja3}, {@code ja4})
 * @param location the file the profile was read from
 * @since 0.1.0
 */
public record ProfileInfo(String id, ProfileKind kind, String name, List<String> aliases, Set<String> tags,
    List<String> source, List<String> notes, List<String> unconfirmed, Set<String> assumed, boolean partial,
    Optional<String> parent, Map<String, String> fingerprints, String location) {

  /** Validates and copies the components. */
  public ProfileInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    tags = Set.copyOf(tags);
    source = List.copyOf(source);
    notes = List.copyOf(notes);
    unconfirmed = List.copyOf(unconfirmed);
    assumed = Set.copyOf(assumed);
    Objects.requireNonNull(parent, "parent");
    fingerprints = Map.copyOf(fingerprints);
    Objects.requireNonNull(location, "location");
  }

  /**
   * The least a profile file needs: for writing a profile you built in code (an imported
   * configuration, say) with {@link ProfileJson}.
   *
   * @param source where the facts come from, at least one entry
   */
  public static ProfileInfo of(ProfileKind kind, String id, String name, List<String> source) {
    if (source.isEmpty()) throw new IllegalArgumentException("say where the facts of '" + id + "' come from");
    return new ProfileInfo(id, kind, name, List.of(), Set.of(), source, List.of(), List.of(), Set.of(), false,
        Optional.empty(), Map.of(), "(in memory)");
  }

  /** Whether the profile carries this tag (tags are lower case; the query's case is ignored). */
  public boolean hasTag(String tag) {
    return tags.contains(tag.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether any of the profile's facts is an assumption or unconfirmed. */
  public boolean hasUncertainty() {
    return partial || !assumed.isEmpty() || !unconfirmed.isEmpty();
  }
}
