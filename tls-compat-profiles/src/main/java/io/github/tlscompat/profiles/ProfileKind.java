package io.github.tlscompat.profiles;

import java.util.Locale;

/**
 * Whether a profile describes a client (what it offers) or a server (what it accepts): the
 * {@code kind} field of a profile file.
 *
 * @since 0.1.0
 */
public enum ProfileKind {
  /** A TLS client: read as a {@code ClientProfile}. */
  CLIENT,
  /** A TLS server: read as a {@code ServerPolicy}. */
  SERVER;

  /** The name used in profile files: {@code client} or {@code server}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
