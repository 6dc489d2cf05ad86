package io.github.tlscompat.core.library;

/**
 * One build of a TLS library as a server runs on it: a release of a {@link LibraryFamily} as a
 * vendor or distribution ships and configures it (Debian's OpenSSL 3.0 has security level 2
 * compiled in; upstream's has 1). {@link ServerLibrary#knownBuilds()} lists the builds a profile or
 * {@code --library} can name.
 *
 * @since 0.1.0
 */
public sealed interface LibraryBuild permits OpenSslBuild, GnuTlsBuild, SchannelBuild, JsseBuild {

  /** A stable identifier, unique across families, e.g. {@code debian-12}. */
  String id();

  /** A human name, e.g. {@code OpenSSL 3.0 (Debian 12)}. */
  String name();

  /** The family this is a build of. */
  LibraryFamily family();

  /** The release as its vendor writes it, e.g. {@code 3.0}; what a profile's {@code library.version} says. */
  String release();

  /** Where the facts about this build come from: documents, source files, measurements with their date. */
  String source();
}
