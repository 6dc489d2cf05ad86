/**
 * The wire codec: ClientHello bytes to a {@link io.github.tlscompat.core.model.ClientProfile} and
 * back, and the JA3 and JA4 fingerprints of a ClientHello.
 *
 * <ul>
 *   <li>{@link io.github.tlscompat.evidence.wire.ClientHelloDecoder} reads a TLS record (possibly
 *       fragmented over several records), a bare handshake message or an SSL 2.0 CLIENT-HELLO into a
 *       {@link io.github.tlscompat.evidence.wire.ClientHello}, the message as sent;
 *       {@link io.github.tlscompat.evidence.wire.ClientHello#toProfile} maps it to the model.</li>
 *   <li>{@link io.github.tlscompat.evidence.wire.ClientHelloEncoder} writes a profile as the client would
 *       send it, byte for byte when the profile carries the
 *       {@link io.github.tlscompat.core.model.HelloLayout} of a decoded hello.</li>
 *   <li>{@link io.github.tlscompat.evidence.wire.Ja3} and {@link io.github.tlscompat.evidence.wire.Ja4}
 *       fingerprint a ClientHello.</li>
 *   <li>{@link io.github.tlscompat.evidence.wire.LiveProbe} and
 *       {@link io.github.tlscompat.evidence.wire.EngineProbe} send a ClientHello and read the server's
 *       answer as an {@link io.github.tlscompat.evidence.wire.Observation}, the result type every kind
 *       of evidence shares; {@link io.github.tlscompat.evidence.wire.Observation#disagreementWith}
 *       compares it with the model and says why they differ, as a
 *       {@link io.github.tlscompat.evidence.wire.Disagreement}.</li>
 * </ul>
 *
 * <p>Look-ups by code from the wire never throw: code points the registry does not know are kept as
 * raw codes. Malformed or truncated input fails with an {@link IllegalArgumentException} that names
 * the byte offset and what was expected there.
 *
 * <p>Nothing in this package is null unless documented: absence is an {@code Optional} or an empty
 * collection.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.evidence.wire;
