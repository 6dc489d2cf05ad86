/**
 * The TLS library under a server's configuration, and what it does to that configuration: which
 * suites, versions, groups, signature schemes, certificates and DH parameters an OpenSSL build at
 * a given security level actually negotiates ({@link io.github.tlscompat.core.library.OpenSslBuild},
 * {@link io.github.tlscompat.core.library.SecurityLevel}), and which configured names it drops, and
 * why ({@link io.github.tlscompat.core.library.Dropped}).
 *
 * <p>Every rule cites the OpenSSL source it comes from (file and function) or the measurement on
 * Debian 12 that shows it. Nothing in this package is null unless marked; absence is an
 * {@code Optional} or an empty collection.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.core.library;
