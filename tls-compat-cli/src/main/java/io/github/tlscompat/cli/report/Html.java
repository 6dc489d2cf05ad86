package io.github.tlscompat.cli.report;

/**
 * Escaping for text that comes from profiles, and so from users' files: ids, names, tags and the
 * engine's explanations, which quote them.
 */
final class Html {
  private Html() {}

  /**
   * The text, safe both as element content and inside a double- or single-quoted attribute value:
   * {@code & < > " '} become character references, and control characters HTML forbids become
   * U+FFFD. Line breaks are kept (a {@code title} shows them as line breaks).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        case '\r' -> { }
        default -> out.append(c < 0x20 || c >= 0x7F && c < 0xA0 ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
