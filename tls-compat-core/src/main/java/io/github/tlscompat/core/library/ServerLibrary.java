package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The TLS library a server runs on: a {@link LibraryBuild} and, for an OpenSSL build whose
 * configuration or system sets one outside the build, its security level. A {@link
 * io.github.tlscompat.core.model.ServerPolicy} carries one when it was imported for a known library
 * ({@link io.github.tlscompat.core.model.ServerPolicy#library()}).
 *
 * @param build the library build
 * @param securityLevel the level set outside the build's default ({@code openssl.cnf},
 *     {@code SSL_CTX_set_security_level}, {@code @SECLEVEL=n}), or empty for
 *     {@link OpenSslBuild#defaultSecurityLevel()}; always empty for a library without security
 *     levels
 * @since 0.1.0
 */
public record ServerLibrary(LibraryBuild build, Optional<SecurityLevel> securityLevel) {

  /** The builds a library id can name, by {@link LibraryBuild#id()}. */
  public static final List<LibraryBuild> KNOWN_BUILDS =
      List.of(OpenSslBuild.DEBIAN_12, OpenSslBuild.OPENSSL_3_0, OpenSslBuild.OPENSSL_1_1_1, GnuTlsBuild.DEBIAN_12,
          GnuTlsBuild.GNUTLS_3_7, GnuTlsBuild.GNUTLS_3_8);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a security level is given for a library that has none
   */
  public ServerLibrary {
    Preconditions.checkNotNull(build, "build");
    Preconditions.checkNotNull(securityLevel, "securityLevel");
    Preconditions.checkArgument(securityLevel.isEmpty() || build instanceof OpenSslBuild,
        () -> build.name() + " has no security levels; only OpenSSL builds do");
  }

  /** {@code build} at its default level. */
  public static ServerLibrary of(LibraryBuild build) {
    return new ServerLibrary(build, Optional.empty());
  }

  /**
   * The build with id {@code id} (one of {@link #KNOWN_BUILDS}, e.g. {@code debian-12},
   * {@code openssl-3.0}; case ignored) at its default level.
   *
   * @throws IllegalArgumentException naming the known builds and the closest one
   */
  public static ServerLibrary fromId(String id) {
    Preconditions.checkNotNull(id, "id");
    return of(findBuild(id).orElseThrow(() -> new IllegalArgumentException("unknown TLS library '" + id
        + "'; expected one of " + String.join(", ", knownIds()) + ClosestNames.didYouMean(id, knownIds()))));
  }

  /** The build with id {@code id} (case ignored), or empty. */
  public static Optional<LibraryBuild> findBuild(String id) {
    Preconditions.checkNotNull(id, "id");
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return KNOWN_BUILDS.stream().filter(b -> b.id().equals(wanted)).findFirst();
  }

  /** The ids of {@link #KNOWN_BUILDS}, in order. */
  public static List<String> knownIds() {
    return KNOWN_BUILDS.stream().map(LibraryBuild::id).toList();
  }

  /**
   * The OpenSSL build, when {@link #build()} is one: what OpenSSL-based configurations (nginx,
   * Apache httpd, {@code openssl s_server}) are narrowed by.
   */
  public Optional<OpenSslBuild> openSsl() {
    return build instanceof OpenSslBuild b ? Optional.of(b) : Optional.empty();
  }

  /**
   * The GnuTLS build, when {@link #build()} is one: what GnuTLS priority strings ({@code gnutls-serv
   * --priority}, mod_gnutls {@code GnuTLSPriorities}) are expanded by.
   */
  public Optional<GnuTlsBuild> gnuTls() {
    return build instanceof GnuTlsBuild b ? Optional.of(b) : Optional.empty();
  }

  /**
   * The level in effect for an OpenSSL build: {@link #securityLevel()}, else the build's default;
   * empty for a library without security levels.
   */
  public Optional<SecurityLevel> effectiveSecurityLevel() {
    return openSsl().map(b -> securityLevel.orElse(b.defaultSecurityLevel()));
  }

  /**
   * The library in words, e.g. {@code OpenSSL 3.0 (Debian 12) at security level 2} or
   * {@code OpenSSL 3.0 at security level 1 (its default)}.
   */
  @Override public String toString() {
    return build.name() + effectiveSecurityLevel().map(l -> " at security level " + l.level()
        + (securityLevel.isEmpty() ? " (its default)" : "")).orElse("");
  }
}
