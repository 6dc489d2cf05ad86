/**
 * What a TLS client offers ({@link io.github.tlscompat.core.model.ClientProfile}) and what a server
 * accepts ({@link io.github.tlscompat.core.model.ServerPolicy}), as immutable values.
 *
 * <p>Nothing in this package is null unless documented: absence is an {@code Optional} or an empty
 * collection.
 */
package io.github.tlscompat.core.model;
