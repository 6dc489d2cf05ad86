/**
 * The catalog of TLS client profiles and server policies: one JSON file per profile, a JSON Schema
 * for that format, and the loader that turns them into the core's
 * {@code ClientProfile} and {@code ServerPolicy} values.
 *
 * <p>This release ships the package without types yet; the module exists so that its coordinates
 * and the BOM are stable from the first release.
 */
package io.github.tlscompat.profiles;
