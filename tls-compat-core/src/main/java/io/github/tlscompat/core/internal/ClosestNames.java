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
  // Each run of these separates two tokens.
  private static final String TOKEN_SEPARATORS = "_-+ .";

  private ClosestNames() {}

  /**
   * Returns at most {@code limit} names from {@code known}, closest first, that are plausibly what
   * {@code query} meant; empty when nothing is close.
   */
  public static List<String> closest(String query, Iterable<String> known, int limit) {
    // One query: the names are split only if the query has several tokens, as the index would not know.
    return new Index(known, false).closest(query, limit);
  }

  /**
   * The names of {@code known} prepared for many queries: for a fixed vocabulary asked about every
   * rejected word, which would otherwise upper-case and split each of its names per query.
   */
  public static Index index(Iterable<String> known) {
    return new Index(known, true);
  }

  /** Known names, upper-cased and split into tokens once; immutable. */
  public static final class Index {
    private final List<String> names;
    private final List<String> upper;
    // Null when the names are split per query (a one-off query).
    private final List<List<String>> tokens;

    private Index(Iterable<String> known, boolean splitNow) {
      List<String> n = new ArrayList<>();
      List<String> u = new ArrayList<>();
      List<List<String>> t = new ArrayList<>();
      for (String name : known) {
        String upperName = name.toUpperCase(Locale.ROOT);
        n.add(name);
        u.add(upperName);
        if (splitNow) t.add(tokens(upperName));
      }
      this.names = List.copyOf(n);
      this.upper = List.copyOf(u);
      this.tokens = splitNow ? List.copyOf(t) : null;
    }

    /** As {@link ClosestNames#closest(String, Iterable, int)} over these names. */
    public List<String> closest(String query, int limit) {
      String q = query.trim().toUpperCase(Locale.ROOT);
      List<String> queryTokens = tokens(q);
      int threshold = Math.max(2, q.length() / 4);
      record Scored(String name, int rank, int distance) {}
      List<Scored> scored = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        String n = upper.get(i);
        // A one-token query is matched by distance alone: the names need not be split.
        List<String> nameTokens = queryTokens.size() <= 1 ? List.of() : tokens != null ? tokens.get(i) : tokens(n);
        if (queryTokens.size() > 1 && nameTokens.containsAll(queryTokens)
            && nameTokens.size() - queryTokens.size() <= 2) {
          scored.add(new Scored(name, nameTokens.size() - queryTokens.size(), distance(q, n, 64)));
        } else {
          // Only whether it is within the threshold matters here: the distance can stop just past it.
          int d = distance(q, n, threshold + 1);
          if (d <= threshold) scored.add(new Scored(name, 3, d));
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

    /** As {@link ClosestNames#didYouMean(String, Iterable)} over these names. */
    public String didYouMean(String query) {
      return message(closest(query, 3));
    }
  }

  private static List<String> tokens(String name) {
    return List.of(Split.runs(name, TOKEN_SEPARATORS, 0));
  }

  /**
   * The message tail for an unknown name: {@code "; did you mean A or B?"}, or {@code ""} when
   * nothing is close.
   */
  public static String didYouMean(String query, Iterable<String> known) {
    return message(closest(query, known, 3));
  }

  private static String message(List<String> names) {
    if (names.isEmpty()) return "";
    return "; did you mean " + String.join(" or ", names) + "?";
  }

  /**
   * Levenshtein distance, or {@code cap} when it is {@code cap} or more. Only the diagonal band
   * {@code |i - j| < cap} can hold a smaller distance, so only it is computed, and the work stops
   * once a whole row of the band has reached {@code cap}.
   */
  static int distance(String a, String b, int cap) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) >= cap) return cap;
    int[] prev = new int[lb + 1];
    int[] curr = new int[lb + 1];
    for (int j = 0; j <= lb; j++) prev[j] = Math.min(j, cap);
    for (int i = 1; i <= la; i++) {
      int from = Math.max(1, i - cap);
      int to = Math.min(lb, i + cap);
      curr[from - 1] = from == 1 ? Math.min(i, cap) : cap;
      int rowMin = curr[from - 1];
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        curr[j] = Math.min(d, cap);
        rowMin = Math.min(rowMin, curr[j]);
      }
      if (to < lb) curr[to + 1] = cap;
      if (rowMin >= cap) return cap;
      int[] t = prev;
      prev = curr;
      curr = t;
    }
    return prev[lb];
  }
}
