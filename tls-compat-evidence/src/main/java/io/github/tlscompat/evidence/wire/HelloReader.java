package io.github.tlscompat.evidence.wire;

import java.util.Arrays;

/**
 * A bounds-checked cursor over ClientHello bytes that reports every failure as an
 * {@link IllegalArgumentException} naming the offset in the caller's input and what was expected,
 * never as an {@link IndexOutOfBoundsException}.
 *
 * <p>A handshake message reassembled from several records is not contiguous in the input, so each
 * byte keeps the input offset it came from ({@code origin}); a failure at the end of the data is
 * reported at {@code endOffset}, where the input ran out.
 */
final class HelloReader {
  private final byte[] data;
  private final int[] origin;
  private final int endOffset;
  private final int limit;
  private int pos;

  private HelloReader(byte[] data, int[] origin, int endOffset, int start, int limit) {
    this.data = data;
    this.origin = origin;
    this.endOffset = endOffset;
    this.pos = start;
    this.limit = limit;
  }

  /** A reader over all of {@code data}, whose byte {@code i} is at input offset {@code base + i}. */
  static HelloReader of(byte[] data, int base) {
    int[] origin = new int[data.length];
    for (int i = 0; i < origin.length; i++) origin[i] = base + i;
    return new HelloReader(data, origin, base + data.length, 0, data.length);
  }

  /** A reader over {@code data} whose bytes came from the given input offsets. */
  static HelloReader reassembled(byte[] data, int[] origin, int endOffset) {
    return new HelloReader(data, Arrays.copyOf(origin, data.length), endOffset, 0, data.length);
  }

  /** The input offset of the next byte (or of the place the input ended). */
  int offset() {
    return pos < limit ? origin[pos] : (limit < data.length ? origin[limit] : endOffset);
  }

  int remaining() {
    return limit - pos;
  }

  boolean hasRemaining() {
    return pos < limit;
  }

  int u8(String what) {
    require(1, what);
    return data[pos++] & 0xFF;
  }

  int u16(String what) {
    require(2, what);
    int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  int u24(String what) {
    require(3, what);
    int v = ((data[pos] & 0xFF) << 16) | ((data[pos + 1] & 0xFF) << 8) | (data[pos + 2] & 0xFF);
    pos += 3;
    return v;
  }

  byte[] bytes(int n, String what) {
    require(n, what);
    byte[] out = Arrays.copyOfRange(data, pos, pos + n);
    pos += n;
    return out;
  }

  /** A reader over the next {@code n} bytes, which this reader skips. */
  HelloReader sub(int n, String what) {
    require(n, what);
    HelloReader sub = new HelloReader(data, origin, endOffset, pos, pos + n);
    pos += n;
    return sub;
  }

  /** A reader over the same unread bytes, leaving this one where it is. */
  HelloReader duplicate() {
    return new HelloReader(data, origin, endOffset, pos, limit);
  }

  /** Fails unless every byte has been read: a length field promised less than it framed. */
  void expectEnd(String what) {
    if (hasRemaining()) {
      throw failure("expected the end of " + what + " but found " + remaining() + " more byte"
          + (remaining() == 1 ? "" : "s"));
    }
  }

  /** A failure at the current offset. */
  IllegalArgumentException failure(String message) {
    return new IllegalArgumentException("malformed ClientHello at offset " + offset() + ": " + message);
  }

  private void require(int n, String what) {
    if (n < 0 || limit - pos < n) {
      String found = pos >= limit ? "nothing is left" : "only " + remaining() + " byte"
          + (remaining() == 1 ? " is" : "s are") + " left";
      throw new IllegalArgumentException("truncated ClientHello at offset " + offset() + ": expected "
          + what + " (" + n + " byte" + (n == 1 ? "" : "s") + ") but " + found);
    }
  }
}
