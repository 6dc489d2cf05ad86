/**
 * Negotiation over many handshakes at once: a {@link io.github.tlscompat.core.algebra.Fleet} of
 * clients, the {@link io.github.tlscompat.core.algebra.Matrix} of every client against every server,
 * and the {@link io.github.tlscompat.core.algebra.Diff} of a fleet between two server policies.
 *
 * <p>Everything here is an immutable value computed up front; nothing is null unless documented.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.core.algebra;
