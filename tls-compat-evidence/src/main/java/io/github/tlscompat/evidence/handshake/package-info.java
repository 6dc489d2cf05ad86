/**
 * Real handshakes: Bouncy Castle clients and servers restricted to a
 * {@link io.github.tlscompat.core.model.ClientProfile} and a
 * {@link io.github.tlscompat.core.model.ServerPolicy}, the third kind of evidence of DESIGN.md
 * ("Evidence: model, wire, handshake").
 *
 * <ul>
 *   <li>{@link io.github.tlscompat.evidence.handshake.BcHandshake} runs one handshake in memory, against
 *       a policy or against any JSSE {@link javax.net.ssl.SSLEngine}, and returns a
 *       {@link io.github.tlscompat.evidence.wire.Observation} to compare with the model; when Bouncy
 *       Castle cannot run a pair, {@link io.github.tlscompat.evidence.handshake.BcHandshake#whyNotRunnable}
 *       says why, as a {@link io.github.tlscompat.evidence.handshake.NotRunnable}.</li>
 *   <li>{@link io.github.tlscompat.evidence.handshake.EmulatedServer} serves a policy on a loopback
 *       port, so that real client code can be tested against it, and records what each connection
 *       negotiated.</li>
 *   <li>{@link io.github.tlscompat.evidence.handshake.EphemeralCertificate} makes the self-signed
 *       certificate a policy's certificate spec describes, once per JVM.</li>
 * </ul>
 *
 * <p>Nothing in this package is null unless documented: absence is an {@code Optional} or an empty
 * collection.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.evidence.handshake;
