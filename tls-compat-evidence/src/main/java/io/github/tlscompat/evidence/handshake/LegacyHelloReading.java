package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.registry.ExtensionType;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The ClientHello as a server that does not read supported_versions sees it: the same bytes less
 * that extension (RFC 8446 4.2.1), so that Bouncy Castle, which always reads it, takes the
 * client's versions from legacy_version alone (RFC 5246 E.1), as it does for a hello that never
 * had the extension.
 *
 * <p>Used only when the version the engine chose is not in the extension, that is when the client
 * will refuse the server's hello ({@code protocol_version}) before any Finished covers the
 * transcript: the bytes the server hashed then never matter. Where the hello came in more than
 * one record, or is not one well-formed ClientHello, there is nothing to remove safely.
 */
final class LegacyHelloReading {
  private static final int HANDSHAKE_RECORD = 22;
  private static final int CLIENT_HELLO = 1;

  private LegacyHelloReading() {}

  /**
   * {@code flight} (the client's first flight: one TLS record holding one ClientHello) without its
   * supported_versions extension; empty when it is not such a flight or has no such extension.
   */
  static Optional<byte[]> withoutSupportedVersions(byte[] flight) {
    if (flight.length < 9 || flight[0] != HANDSHAKE_RECORD || flight[5] != CLIENT_HELLO) return Optional.empty();
    int recordLength = u16(flight, 3);
    int helloLength = u24(flight, 6);
    if (recordLength != flight.length - 5 || helloLength != recordLength - 4) return Optional.empty();
    int p = 9 + 2 + 32;
    p = skip(flight, p, 1);
    p = skip(flight, p, 2);
    p = skip(flight, p, 1);
    if (p < 0 || p + 2 > flight.length) return Optional.empty();
    int extensionsStart = p + 2;
    if (extensionsStart + u16(flight, p) != flight.length) return Optional.empty();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean removed = false;
    for (int e = extensionsStart; e < flight.length; ) {
      if (e + 4 > flight.length) return Optional.empty();
      int end = e + 4 + u16(flight, e + 2);
      if (end > flight.length) return Optional.empty();
      if (u16(flight, e) == ExtensionType.supported_versions.code()) {
        removed = true;
      } else {
        kept.write(flight, e, end - e);
      }
      e = end;
    }
    if (!removed) return Optional.empty();
    byte[] extensions = kept.toByteArray();
    int bodyLength = extensionsStart - 9 + extensions.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(HANDSHAKE_RECORD);
    out.write(flight, 1, 2);
    u16(out, bodyLength + 4);
    out.write(CLIENT_HELLO);
    out.write(bodyLength >> 16);
    out.write(bodyLength >> 8);
    out.write(bodyLength);
    out.write(flight, 9, p - 9);
    u16(out, extensions.length);
    out.writeBytes(extensions);
    return Optional.of(out.toByteArray());
  }

  /** The offset after a vector with a {@code lengthBytes}-byte length at {@code p}, or -1 past the end. */
  private static int skip(byte[] b, int p, int lengthBytes) {
    if (p < 0 || p + lengthBytes > b.length) return -1;
    int length = lengthBytes == 1 ? b[p] & 0xFF : u16(b, p);
    int end = p + lengthBytes + length;
    return end > b.length ? -1 : end;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
  }

  private static int u24(byte[] b, int p) {
    return (b[p] & 0xFF) << 16 | u16(b, p + 1);
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8);
    out.write(v);
  }
}
