/**
 * The negotiation engine: {@link io.github.tlscompat.core.negotiation.Negotiator#negotiate} predicts,
 * without I/O, what a client and a server agree on or why they do not.
 *
 * <p>Nothing in this package is null unless documented.
 */
package io.github.tlscompat.core.negotiation;
