/**
 * The catalog of TLS client profiles and server policies: the built-in profiles, the JSON format
 * and its loader.
 *
 * <p>The built-in profiles are read by the module itself; the JSON Schema
 * ({@code META-INF/tls-compat/schema/profile-v1.schema.json}) and the captured hellos of
 * {@code io.github.tlscompat.captures} sit under {@code META-INF}, which no module encapsulates.
 *
 * @since 0.1.0
 */
module io.github.tlscompat.profiles {
  exports io.github.tlscompat.profiles;

  requires transitive io.github.tlscompat.core;
  // Profile files are read as JSON trees; Jackson reflects on none of our types.
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // User profile files are checked against the shipped JSON Schema as they load (ProfileSchema).
  requires com.networknt.schema;
}
