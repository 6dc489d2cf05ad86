package io.github.tlscompat.evidence.wire;

/**
 * A cursor over one handshake message body, reading the RFC 8446 3 presentation-language types
 * (big-endian uint8/16/24 and length-prefixed vectors). Every read checks the bytes are there and
 * says which field ran short, so a truncated or garbled message is a clear problem, never an
 * {@link ArrayIndexOutOfBoundsException}.
 */
final class HandshakeReader {
  private final String message;
  private final byte[] data;
  private final int end;
  private int pos;

  /** Reads {@code data[from, to)}, naming {@code message} in every complaint. */
  HandshakeReader(String message, byte[] data, int from, int to) {
    this.message = message;
    this.data = data;
    this.pos = from;
    this.end = to;
  }

  /** Reads the whole array. */
  HandshakeReader(String message, byte[] data) {
    this(message, data, 0, data.length);
  }

  int remaining() {
    return end - pos;
  }

  int position() {
    return pos;
  }

  private void need(int n, String field) throws HandshakeFormatException {
    if (n > end - pos) {
      throw new HandshakeFormatException(message + ": " + field + " needs " + n + " bytes at offset " + pos
          + ", only " + (end - pos) + " left");
    }
  }

  int u8(String field) throws HandshakeFormatException {
    need(1, field);
    return data[pos++] & 0xFF;
  }

  int u16(String field) throws HandshakeFormatException {
    need(2, field);
    int v = (data[pos] & 0xFF) << 8 | data[pos + 1] & 0xFF;
    pos += 2;
    return v;
  }

  int u24(String field) throws HandshakeFormatException {
    need(3, field);
    int v = (data[pos] & 0xFF) << 16 | (data[pos + 1] & 0xFF) << 8 | data[pos + 2] & 0xFF;
    pos += 3;
    return v;
  }

  byte[] bytes(int n, String field) throws HandshakeFormatException {
    need(n, field);
    byte[] b = new byte[n];
    System.arraycopy(data, pos, b, 0, n);
    pos += n;
    return b;
  }

  /** An opaque vector with a one-byte length, e.g. {@code session_id<0..32>}. */
  byte[] vector8(String field) throws HandshakeFormatException {
    return bytes(u8(field + " length"), field);
  }

  /** An opaque vector with a two-byte length, e.g. {@code dh_p<1..2^16-1>}. */
  byte[] vector16(String field) throws HandshakeFormatException {
    return bytes(u16(field + " length"), field);
  }

  /** A sub-reader over the next {@code n} bytes, which this reader skips. */
  HandshakeReader slice(int n, String field) throws HandshakeFormatException {
    need(n, field);
    HandshakeReader r = new HandshakeReader(message + " " + field, data, pos, pos + n);
    pos += n;
    return r;
  }

  void skip(int n, String field) throws HandshakeFormatException {
    need(n, field);
    pos += n;
  }
}
