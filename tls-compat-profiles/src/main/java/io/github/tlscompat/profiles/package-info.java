/**
 * The catalog of TLS client profiles and server policies: one JSON file per profile (format
 * described in {@code docs/profile-format.md} and by the JSON Schema shipped at
 * {@value io.github.tlscompat.profiles.Catalog#SCHEMA_RESOURCE}), and the loader that turns them
 * into the core's {@code ClientProfile} and {@code ServerPolicy} values.
 *
 * <p>Start with {@link io.github.tlscompat.profiles.Catalog#builtIn()}; add your own profiles with
 * {@link io.github.tlscompat.profiles.Catalog#builder()}. A server's own configuration file
 * (nginx.conf, Apache, {@code .reg}, {@code java.security}, ...) becomes a server profile through
 * {@link io.github.tlscompat.profiles.ConfigFile}.
 */
package io.github.tlscompat.profiles;
