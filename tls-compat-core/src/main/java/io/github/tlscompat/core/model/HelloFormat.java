package io.github.tlscompat.core.model;

/**
 * How a client frames its first message.
 *
 * @since 0.1.0
 */
public enum HelloFormat {
  /** A TLS record of type handshake carrying a ClientHello (RFC 5246 7.4.1.2, RFC 8446 4.1.2). */
  TLS_RECORD,
  /**
   * An SSL 2.0 CLIENT-HELLO that can still negotiate SSL 3.0 or TLS (RFC 5246 E.2), sent by
   * clients that also speak SSL 2.0: Internet Explorer 6 on Windows XP, Java 6, Windows CE.
   */
  SSL2_COMPATIBLE
}
