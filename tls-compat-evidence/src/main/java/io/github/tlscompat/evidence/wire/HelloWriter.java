package io.github.tlscompat.evidence.wire;

import java.util.Arrays;

/**
 * A growing byte buffer with the big-endian integer writes TLS uses (RFC 5246 4.4) and
 * length-prefixed vectors whose length is filled in when the vector is closed (RFC 5246 4.3).
 */
final class HelloWriter {
  private byte[] buf = new byte[512];
  private int size;

  HelloWriter u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  HelloWriter u16(int v) {
    return u8(v >>> 8).u8(v);
  }

  HelloWriter u24(int v) {
    return u8(v >>> 16).u8(v >>> 8).u8(v);
  }

  HelloWriter bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  /** Opens a vector with a length field of {@code lengthBytes} bytes; returns its mark for {@link #close}. */
  int open(int lengthBytes) {
    int mark = size;
    for (int i = 0; i < lengthBytes; i++) u8(0);
    return mark << 2 | lengthBytes;
  }

  /** Writes the length of the vector opened at {@code mark}, failing if it does not fit the field. */
  void close(int mark, String what) {
    int lengthBytes = mark & 3;
    int at = mark >>> 2;
    int length = size - at - lengthBytes;
    if (length >= 1L << (8 * lengthBytes)) {
      throw new IllegalArgumentException(what + " is " + length + " bytes long, more than its "
          + lengthBytes + "-byte length field can say");
    }
    for (int i = lengthBytes - 1; i >= 0; i--) {
      buf[at + i] = (byte) (length >>> (8 * (lengthBytes - 1 - i)));
    }
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int n) {
    if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
  }
}
