package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The TLS library a server runs on: an OpenSSL build and, when the server's configuration or the
 * system sets one outside the build, its security level. A {@link
 * io.github.tlscompat.core.model.ServerPolicy} carries one when it was imported for a known library
 * ({@link io.github.tlscompat.core.model.ServerPolicy#library()}).
 *
 * @param build the OpenSSL build
 * @param securityLevel the level set outside the build's default ({@code openssl.cnf},
 *     {@code SSL_CTX_set_security_level}, {@code @SECLEVEL=n}), or empty for
 *     {@link OpenSslBuild#defaultSecurityLevel()}
 * @since 0.1.0
 */
public record ServerLibrary(OpenSslBuild build, Optional<SecurityLevel> securityLevel) {

  /** The builds a library name can name, by {@link OpenSslBuild#id()}. */
  public static final List<OpenSslBuild> KNOWN_BUILDS =
      List.of(OpenSslBuild.DEBIAN_12, OpenSslBuild.OPENSSL_3_0, OpenSslBuild.OPENSSL_1_1_1);

  /** Validates the components. */
  public ServerLibrary {
    Preconditions.checkNotNull(build, "build");
    Preconditions.checkNotNull(securityLevel, "securityLevel");
  }

  /** {@code build} at its default level. */
  public static ServerLibrary of(OpenSslBuild build) {
    return new ServerLibrary(build, Optional.empty());
  }

  /**
   * The build with id {@code id} ({@code debian-12}, {@code openssl-3.0}, {@code openssl-1.1.1};
   * case ignored) at its default level.
   *
   * @throws IllegalArgumentException naming the known builds and the closest one
   */
  public static ServerLibrary fromId(String id) {
    Preconditions.checkNotNull(id, "id");
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (OpenSslBuild b : KNOWN_BUILDS) {
      if (b.id().equals(wanted)) return of(b);
    }
    List<String> ids = KNOWN_BUILDS.stream().map(OpenSslBuild::id).toList();
    throw new IllegalArgumentException("unknown TLS library '" + id + "'; expected one of "
        + String.join(", ", ids) + ClosestNames.didYouMean(id, ids));
  }

  /** The level in effect: {@link #securityLevel()}, else the build's default. */
  public SecurityLevel effectiveSecurityLevel() {
    return securityLevel.orElse(build.defaultSecurityLevel());
  }

  /**
   * The library in words, e.g. {@code OpenSSL 3.0 (Debian 12) at security level 2} or
   * {@code OpenSSL 3.0 at security level 1 (its default)}.
   */
  @Override public String toString() {
    return build.name() + " at security level " + effectiveSecurityLevel().level()
        + (securityLevel.isEmpty() ? " (its default)" : "");
  }
}
