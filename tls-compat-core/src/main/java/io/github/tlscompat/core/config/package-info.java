/**
 * Importing a {@link io.github.tlscompat.core.model.ServerPolicy} from the configuration people
 * actually have, and exporting one back: OpenSSL settings ({@link
 * io.github.tlscompat.core.config.OpenSslConfig}), nginx ({@link
 * io.github.tlscompat.core.config.NginxConfig}), Apache httpd ({@link
 * io.github.tlscompat.core.config.ApacheConfig}), JSSE ({@link
 * io.github.tlscompat.core.config.JsseConfig}, {@link
 * io.github.tlscompat.core.config.JdkDisabledAlgorithms}) and Windows SChannel ({@link
 * io.github.tlscompat.core.config.SchannelConfig}).
 *
 * <p>Everything here is pure: readers take the configuration as text (or bytes, for a
 * {@code .reg} export) and writers return text; nothing reads files or the network, so callers
 * decide where configuration comes from. Readers throw {@link IllegalArgumentException} naming the
 * line, the directive and what was expected; writers never drop silently what their format cannot
 * express, they list it in {@link io.github.tlscompat.core.config.Exported#warnings()}.
 *
 * <p>Nothing in this package is null unless documented: absence is an {@code Optional} or an empty
 * collection.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.core.config;
