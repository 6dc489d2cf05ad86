package io.github.tlscompat.evidence.wire;

/**
 * A message or record that does not decode as the RFC lays it out. Thrown by the readers inside
 * this package and always caught by {@link ServerResponseParser}, which turns it into a
 * {@link ServerResponse} with a problem: callers never see it.
 */
final class HandshakeFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  HandshakeFormatException(String message) {
    super(message);
  }
}
