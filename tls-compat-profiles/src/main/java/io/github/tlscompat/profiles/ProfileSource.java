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
}
