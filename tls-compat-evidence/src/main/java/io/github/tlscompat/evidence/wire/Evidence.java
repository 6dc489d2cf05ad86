package io.github.tlscompat.evidence.wire;

/**
 * What a negotiation outcome rests on, in rising order of proof (DESIGN.md, "Evidence"). The model
 * must agree with the other two; a disagreement is a bug in one of them.
 *
 * @since 0.1.0
 */
public enum Evidence {
  /** The pure prediction of {@link io.github.tlscompat.core.negotiation.Negotiator} from profile and policy. */
  MODEL,
  /**
   * A real server's answer to a ClientHello, read off the wire up to its first flight: the server's
   * choice is proven, the client's later checks (certificate, DH size) are not run.
   */
  WIRE,
  /**
   * A handshake between real implementations, run to its end: both Finished messages exchanged, or
   * a refusal by one side after both sides' checks up to that point ran
   * ({@link io.github.tlscompat.evidence.handshake.BcHandshake}).
   */
  HANDSHAKE
}
