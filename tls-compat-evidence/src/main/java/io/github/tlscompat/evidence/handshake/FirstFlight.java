package io.github.tlscompat.evidence.handshake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a client's first flight off a stream, exactly as far as its ClientHello goes, so that an
 * {@link EmulatedServer} can look at it before Bouncy Castle does: a TLS ClientHello (RFC 5246
 * 6.2.1, possibly over several records), an SSL 2.0 CLIENT-HELLO (RFC 5246 E.2), or whatever else
 * arrived.
 *
 * @param framing what the first byte says the stream is
 * @param bytes the bytes read, to be handed on unchanged
 */
record FirstFlight(Framing framing, byte[] bytes) {
  /** More than any ClientHello needs (post-quantum key shares included); a longer one is not read. */
  private static final int MAX_HELLO = 1 << 16;

  /** What the first byte says the stream is. */
  enum Framing {
    /** A TLS handshake record (content type 22). */
    TLS,
    /** An SSL 2.0 record header (high bit set): an SSL 2.0 or SSL 2.0-compatible CLIENT-HELLO. */
    SSL2,
    /** Anything else, e.g. plain HTTP sent to a TLS port. */
    OTHER,
    /** The client closed without sending a byte. */
    EMPTY
  }

  static FirstFlight read(InputStream in) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    int first = in.read();
    if (first < 0) return new FirstFlight(Framing.EMPTY, new byte[0]);
    read.write(first);
    if ((first & 0x80) != 0) {
      // A two-byte SSL 2.0 header: 15 bits of length (RFC 5246 E.2).
      int second = readByte(in, read);
      copy(in, read, (first & 0x7F) << 8 | second);
      return new FirstFlight(Framing.SSL2, read.toByteArray());
    }
    if (first != 22) return new FirstFlight(Framing.OTHER, read.toByteArray());
    // TLS records until the ClientHello message is whole: its length is in the first four bytes.
    int handshakeBytes = 0;
    int messageLength = -1;
    boolean firstRecord = true;
    while (messageLength < 0 || handshakeBytes < messageLength + 4) {
      if (!firstRecord) {
        int type = readByte(in, read);
        if (type != 22) return new FirstFlight(Framing.OTHER, read.toByteArray());
      }
      firstRecord = false;
      readByte(in, read);
      readByte(in, read);
      int length = readByte(in, read) << 8 | readByte(in, read);
      int start = read.size();
      copy(in, read, length);
      if (messageLength < 0 && length >= 4) {
        byte[] all = read.toByteArray();
        messageLength = (all[start + 1] & 0xFF) << 16 | (all[start + 2] & 0xFF) << 8 | all[start + 3] & 0xFF;
        if (messageLength > MAX_HELLO) return new FirstFlight(Framing.OTHER, all);
      }
      handshakeBytes += length;
    }
    return new FirstFlight(Framing.TLS, read.toByteArray());
  }

  private static int readByte(InputStream in, ByteArrayOutputStream read) throws IOException {
    int b = in.read();
    if (b < 0) throw new IOException("the client closed inside its ClientHello, after " + read.size() + " bytes");
    read.write(b);
    return b;
  }

  private static void copy(InputStream in, ByteArrayOutputStream read, int length) throws IOException {
    byte[] buffer = in.readNBytes(length);
    read.writeBytes(buffer);
    if (buffer.length < length) {
      throw new IOException("the client closed inside its ClientHello, after " + read.size() + " bytes");
    }
  }
}
