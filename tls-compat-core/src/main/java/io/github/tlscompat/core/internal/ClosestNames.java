package io.github.tlscompat.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the known names closest to a mistyped one, for "did you mean" messages.
 *
 * <p>Distance is the Levenshtein edit distance over upper-cased names, so {@code x25519} and
 * {@code X25519} are equal and {@code TLS_RSA_WITH_3DES_CBC_SHA} is four edits from
 * {@code TLS_RSA_WITH_3DES_EDE_CBC_SHA}. A name that contains the query, or is contained in it, is
 * also a candidate: people type fragments such as {@code 3DES_EDE_CBC}.
 */
public final class ClosestNames {
  private ClosestNames() {}

  /**
   * Returns at most {@code limit} names from {@code known}, closest first, that are plausibly what
   * {@code query} meant; empty when nothing is close.
   */
  public static List<String> closest(String query, Iterable<String> known, int limit) {
    String q = query.trim().toUpperCase(Locale.ROOT);
    int threshold = Math.max(2, q.length() / 3);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String name : known) {
      String n = name.toUpperCase(Locale.ROOT);
      int d = distance(q, n, threshold + 1);
      if (d <= threshold) {
        scored.add(new Scored(name, d));
      } else if (q.length() >= 4 && (n.contains(q) || q.contains(n))) {
        scored.add(new Scored(name, threshold + Math.abs(n.length() - q.length())));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    List<String> result = new ArrayList<>();
    for (Scored s : scored) {
      if (result.size() == limit) break;
      if (!result.contains(s.name())) result.add(s.name());
    }
    return result;
  }

  /**
   * The message tail for an unknown name: {@code "; did you mean A or B?"}, or {@code ""} when
   * nothing is close.
   */
  public static String didYouMean(String query, Iterable<String> known) {
    List<String> names = closest(query, known, 3);
    if (names.isEmpty()) return "";
    return "; did you mean " + String.join(" or ", names) + "?";
  }

  /** Levenshtein distance, giving up (returning {@code cap}) once every path exceeds {@code cap}. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) return cap;
    int[] prev = new int[b.length() + 1];
    int[] curr = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      curr[0] = i;
      int rowMin = curr[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        curr[j] = Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, curr[j]);
      }
      if (rowMin >= cap) return cap;
      int[] t = prev;
      prev = curr;
      curr = t;
    }
    return Math.min(prev[b.length()], cap);
  }
}
