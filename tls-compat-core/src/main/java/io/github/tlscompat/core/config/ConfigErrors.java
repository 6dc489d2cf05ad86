package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.Collection;

/** The one message shape of the readers: "line N: directive: what was wrong; what was expected". */
final class ConfigErrors {
  private ConfigErrors() {}

  /** An error at a line (1-based) in a directive. */
  static IllegalArgumentException at(int line, String directive, String message) {
    return new IllegalArgumentException("line " + line + ": " + directive + ": " + message);
  }

  /** An error at a line wrapping a parser's own message (which names the word and position). */
  static IllegalArgumentException at(int line, String directive, IllegalArgumentException cause) {
    return new IllegalArgumentException("line " + line + ": " + directive + ": " + cause.getMessage(), cause);
  }

  /** "unknown X 'v'; expected a, b or c; did you mean b?" */
  static IllegalArgumentException unknown(int line, String directive, String what, String value,
      Collection<String> known) {
    return at(line, directive, "unknown " + what + " '" + value + "'; expected " + list(known)
        + ClosestNames.didYouMean(value, known));
  }

  /** "a, b or c". */
  static String list(Collection<String> names) {
    if (names.size() <= 1) return String.join("", names);
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (String n : names) {
      if (i > 0) b.append(i == names.size() - 1 ? " or " : ", ");
      b.append(n);
      i++;
    }
    return b.toString();
  }
}
