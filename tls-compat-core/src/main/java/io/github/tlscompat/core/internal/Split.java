package io.github.tlscompat.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text exactly as {@link String#split(String, int)} does for the separators the readers of
 * configuration files use (a line break {@code \r?\n}, a run of whitespace {@code \s+}, a run of
 * chosen characters), without a regular expression.
 *
 * <p>Every reader splits the whole of an outside file this way, and a regex costs there: the
 * pattern is compiled on every call, and under a fuzzer's instrumentation every step of its matcher
 * is reported as a comparison, which made the split most of a configuration import.
 */
public final class Split {
  private Split() {}

  /** {@code text.split("\r?\n", keepTrailingEmpty ? -1 : 0)}. */
  public static String[] lines(String text, boolean keepTrailingEmpty) {
    List<String> parts = new ArrayList<>();
    int index = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      int end = i > index && text.charAt(i - 1) == '\r' ? i - 1 : i;
      parts.add(text.substring(index, end));
      index = i + 1;
    }
    return finish(text, parts, index, keepTrailingEmpty ? -1 : 0);
  }

  /** {@code text.split("\\s+", limit)}: runs of ASCII whitespace (space, tab, line feed, vertical tab, form feed, carriage return). */
  public static String[] words(String text, int limit) {
    return runs(text, " \t\n\u000B\f\r", limit);
  }

  /**
   * {@code text.split("[" + separators + "]+", limit)}: each run of the characters in
   * {@code separators} separates.
   */
  public static String[] runs(String text, String separators, int limit) {
    List<String> parts = new ArrayList<>();
    int index = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (separators.indexOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && separators.indexOf(text.charAt(end)) >= 0) end++;
      if (limit <= 0 || parts.size() < limit - 1) {
        parts.add(text.substring(index, i));
      } else if (parts.size() == limit - 1) {
        // The last part is the rest of the text, separators included, as String.split leaves it.
        parts.add(text.substring(index));
        index = end;
        break;
      }
      index = end;
      i = end;
    }
    return finish(text, parts, index, limit);
  }

  // String.split's end: no separator means the text itself; the rest is the last part unless the
  // limit was reached; with a limit of 0, trailing empty parts are dropped.
  private static String[] finish(String text, List<String> parts, int index, int limit) {
    if (index == 0) return new String[] {text};
    if (limit <= 0 || parts.size() < limit) parts.add(text.substring(index));
    int size = parts.size();
    if (limit == 0) {
      while (size > 0 && parts.get(size - 1).isEmpty()) size--;
    }
    return parts.subList(0, size).toArray(new String[0]);
  }
}
