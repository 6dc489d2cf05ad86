package io.github.tlscompat.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the known names closest to a mistyped one, for "did you mean" messages.
 *
 * <p>TLS names are made of tokens ({@code TLS_RSA_WITH_3DES_EDE_CBC_SHA}, {@code DES-CBC3-SHA}),
 * and the usual mistake is a token left out or mangled. So a name that has every token of the
 * query comes first, fewest extra tokens first ({@code TLS_RSA_WITH_3DES_CBC_SHA} finds
 * {@code TLS_RSA_WITH_3DES_EDE_CBC_SHA}); after those come names within a small Levenshtein
 * distance of the query, case ignored ({@code secp256r} finds {@code secp256r1}).
 */
public final class ClosestNames {
  private ClosestNames() {}

  /**
   * Returns at most {@code limit} names from {@code known}, closest first, that are plausibly what
   * {@code query} meant; empty when nothing is close.
   */
  public static List<String> closest(String query, Iterable<String> known, int limit) {
    String q = query.trim().toUpperCase(Locale.ROOT);
    List<String> queryTokens = tokens(q);
    int threshold = Math.max(2, q.length() / 4);
    record Scored(String name, int rank, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String name : known) {
      String n = name.toUpperCase(Locale.ROOT);
      List<String> nameTokens = tokens(n);
      int d = distance(q, n, 64);
      if (queryTokens.size() > 1 && nameTokens.containsAll(queryTokens)
          && nameTokens.size() - queryTokens.size() <= 2) {
        scored.add(new Scored(name, nameTokens.size() - queryTokens.size(), d));
      } else if (d <= threshold) {
        scored.add(new Scored(name, 3, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::distance)
        .thenComparing(Scored::name));
    List<String> result = new ArrayList<>();
    for (Scored s : scored) {
      if (result.size() == limit) break;
      if (!result.contains(s.name())) result.add(s.name());
    }
    return result;
  }

  private static List<String> tokens(String name) {
    return List.of(name.split("[_\\-+ .]+"));
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
