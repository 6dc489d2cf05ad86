package io.github.tlscompat.profiles;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over part of a byte array, reading big-endian values as {@link java.io.DataInput} does,
 * for {@link PreparedCatalog}. Not a {@code DataInputStream} over a {@code ByteArrayInputStream}:
 * there every short is two synchronized calls, which in a JVM that has compiled nothing yet cost
 * reading the built-in catalog a fifth of its time. Past its end every read throws
 * {@link EOFException}. Not thread-safe; each reader makes its own.
 */
final class Bytes {
  private final byte[] bytes;
  private final int end;
  private int at;

  /** The bytes of {@code bytes} from {@code offset} (inclusive) to {@code end} (exclusive). */
  Bytes(byte[] bytes, int offset, int end) {
    if (offset < 0 || end > bytes.length || offset > end) {
      throw new IndexOutOfBoundsException("bytes " + offset + " to " + end + " of " + bytes.length);
    }
    this.bytes = bytes;
    this.at = offset;
    this.end = end;
  }

  /** The whole of {@code bytes}. */
  Bytes(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  /** How many bytes are left to read. */
  int remaining() {
    return end - at;
  }

  /** Whether every byte has been read. */
  boolean atEnd() {
    return at == end;
  }

  /** Skips {@code n} bytes and returns the index of the first of them. */
  int skip(int n, String what) throws EOFException {
    int start = at;
    need(n, what);
    at += n;
    return start;
  }

  byte readByte() throws EOFException {
    need(1, "a byte");
    return bytes[at++];
  }

  boolean readBoolean() throws EOFException {
    return readByte() != 0;
  }

  int readUnsignedShort() throws EOFException {
    need(2, "a short");
    int value = (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    at += 2;
    return value;
  }

  int readInt() throws EOFException {
    need(4, "an int");
    int value = bytes[at] << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    at += 4;
    return value;
  }

  /** The next {@code n} bytes, copied. */
  byte[] read(int n, String what) throws EOFException {
    int start = skip(n, what);
    return Arrays.copyOfRange(bytes, start, start + n);
  }

  /** The next {@code n} bytes decoded as UTF-8. */
  String readUtf8(int n, String what) throws EOFException {
    return new String(bytes, skip(n, what), n, StandardCharsets.UTF_8);
  }

  private void need(int n, String what) throws EOFException {
    if (n < 0 || n > end - at) {
      throw new EOFException("expected " + what + " (" + n + " bytes) at byte " + at + ", but " + (end - at) + " are left");
    }
  }
}
