package io.github.tlscompat.core.negotiation;

/**
 * The outcome of a handshake between a client and a server: {@link Connected} with what they
 * agreed, or {@link Refused} with why not. Switch over the two; never parse the text.
 *
 * @since 0.1.0
 */
public sealed interface Negotiation permits Connected, Refused {

  /** Whether the handshake completes. */
  default boolean isConnected() {
    return this instanceof Connected;
  }
}
