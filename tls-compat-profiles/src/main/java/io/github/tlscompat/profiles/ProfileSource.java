package io.github.tlscompat.profiles;

import java.util.List;

/**
 * A profile a catalog is built from: a file read as JSON, or a built-in profile read from the form
 * prepared at build time. {@link ExtendsResolver} registers both kinds by their names and resolves
 * {@code extends} across them.
 */
sealed interface ProfileSource permits ProfileFile, PreparedProfile {

  /** The stable id. */
  String id();

  /** Client or server. */
  ProfileKind kind();

  /** Where the profile was read from, as problems name it. */
  String location();

  /** The id, then the aliases, in the order the file lists them: the names that find the profile. */
  List<String> names();

  /** Whether this is one of the profiles that ship with tls-compat. */
  default boolean builtIn() {
    return location().startsWith(ProfileSources.BUILT_IN_PREFIX);
  }

  /** The JSON pointer of {@code names().get(index)} in the file: {@code /id} or {@code /aliases/N}. */
  default String pointerAt(int index) {
    return index == 0 ? "/id" : "/aliases/" + (index - 1);
  }

  /** The JSON pointer of the first of {@link #names()} equal to {@code name}, case ignored. */
  default String pointerOf(String name) {
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      if (Shelf.key(names.get(i)).equals(Shelf.key(name))) return pointerAt(i);
    }
    return "";
  }
}
