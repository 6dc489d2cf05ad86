package io.github.tlscompat.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {
  private final List<String> groups = List.of("secp256r1", "secp384r1", "secp521r1", "x25519", "x448", "ffdhe2048");

  @Test
  void closest_typo_findsTheNameWithinAFewEdits() {
    assertThat(ClosestNames.closest("secp256r", groups, 1)).containsExactly("secp256r1");
    assertThat(ClosestNames.closest("X25519", groups, 3)).first().isEqualTo("x25519");
  }

  @Test
  void closest_missingToken_prefersNamesThatHaveEveryTokenTyped() {
    List<String> suites = List.of("TLS_RSA_WITH_DES_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_SEED_CBC_SHA");
    assertThat(ClosestNames.closest("TLS_RSA_WITH_3DES_CBC_SHA", suites, 1)).containsExactly("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void didYouMean_nothingClose_isEmpty() {
    assertThat(ClosestNames.didYouMean("brainpool", groups)).isEmpty();
    assertThat(ClosestNames.didYouMean("secp384", groups)).isEqualTo("; did you mean secp384r1?");
  }

  @Test
  void index_manyQueries_answersAsTheOneOffSearchDoes() {
    // The index splits and upper-cases the names once; queries of one and of several tokens,
    // asked in turn of the same index, must find what a fresh search over the names finds.
    List<String> suites = List.of("TLS_RSA_WITH_DES_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_SEED_CBC_SHA",
        "DES-CBC3-SHA", "AES128-SHA", "ECDHE-RSA-AES128-GCM-SHA256", "aNULL", "eNULL", "secp256r1", "x25519");
    ClosestNames.Index index = ClosestNames.index(suites);
    Random random = new Random(15);
    for (int n = 0; n < 5_000; n++) {
      String name = suites.get(random.nextInt(suites.size()));
      String query = random.nextBoolean() ? mutate(name, random) : mutate(name.replace('-', '_'), random);
      assertThat(index.closest(query, 3)).as(query).isEqualTo(ClosestNames.closest(query, suites, 3));
      assertThat(index.didYouMean(query)).as(query).isEqualTo(ClosestNames.didYouMean(query, suites));
    }
    assertThat(index.didYouMean("TLS_RSA_WITH_3DES_CBC_SHA")).isEqualTo(
        "; did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA or TLS_RSA_WITH_DES_CBC_SHA or TLS_RSA_WITH_SEED_CBC_SHA?");
    assertThat(index.didYouMean("secp256r")).isEqualTo("; did you mean secp256r1?");
  }

  @Test
  void distance_band_isTheFullLevenshteinDistanceCappedAtCap() {
    // The band |i - j| < cap and the cap-bounded rows must not change a distance below the cap:
    // "did you mean" asks for threshold + 1 where it used to ask for 64.
    Random random = new Random(14);
    for (int n = 0; n < 20_000; n++) {
      String a = randomName(random);
      String b = random.nextInt(4) == 0 ? mutate(a, random) : randomName(random);
      int cap = 1 + random.nextInt(12);
      assertThat(ClosestNames.distance(a, b, cap)).as("distance(%s, %s, %d)", a, b, cap)
          .isEqualTo(Math.min(levenshtein(a, b), cap));
    }
    assertThat(ClosestNames.distance("TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", 64)).isEqualTo(3);
    assertThat(ClosestNames.distance("secp256r", "secp256r1", 2)).isEqualTo(1);
    assertThat(ClosestNames.distance("x25519", "ffdhe2048", 3)).isEqualTo(3);
  }

  private static String randomName(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) s.append("AB_C1".charAt(random.nextInt(5)));
    return s.toString();
  }

  private static String mutate(String s, Random random) {
    StringBuilder m = new StringBuilder(s);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = m.length() == 0 ? 0 : random.nextInt(m.length());
      switch (random.nextInt(3)) {
        case 0 -> m.insert(at, 'X');
        case 1 -> { if (m.length() > 0) m.deleteCharAt(at); }
        default -> { if (m.length() > 0) m.setCharAt(at, 'Y'); }
      }
    }
    return m.toString();
  }

  /** The textbook dynamic programme, every cell computed. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }
}
