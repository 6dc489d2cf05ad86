package io.github.tlscompat.profiles;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The text of a profile file, which RFC 8259 8.1 says is UTF-8. Bytes that are not UTF-8 are a
 * problem naming where they are, never replaced with U+FFFD: a name read with a replacement
 * character would be reported as unknown, far from the real mistake.
 */
final class Utf8Text {
  private Utf8Text() {}

  /** {@code bytes} as text; on bytes that are not UTF-8, adds a problem naming their position and returns empty. */
  static Optional<String> decode(byte[] bytes, String location, List<CatalogProblem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (!result.isError()) return Optional.of(out.flip().toString());
    int offset = in.position();
    int line = 1;
    int column = 1;
    out.flip();
    for (int i = 0; i < out.limit(); i++) {
      char c = out.get(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    StringBuilder found = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
      found.append(found.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    problems.add(new CatalogProblem(location, "", "invalid UTF-8 at byte offset " + offset + " (line " + line
        + ", column " + column + "): " + found, "save the file as UTF-8, as JSON requires (RFC 8259 8.1)"));
    return Optional.empty();
  }
}
