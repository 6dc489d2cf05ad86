package io.github.tlscompat.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void lines_anyText_isStringSplitOnCrLfOrLf() {
    Random random = new Random(14);
    for (int n = 0; n < 50_000; n++) {
      String text = randomText(random, "a\r\n ");
      assertThat(Split.lines(text, true)).as("lines(%s, true)", escaped(text)).containsExactly(text.split("\r?\n", -1));
      assertThat(Split.lines(text, false)).as("lines(%s, false)", escaped(text)).containsExactly(text.split("\r?\n"));
    }
    assertThat(Split.lines("a\r\nb\n\r\r\nc\r", true)).containsExactly("a", "b", "\r", "c\r");
    assertThat(Split.lines("a\n\n", false)).containsExactly("a");
    assertThat(Split.lines("\n\n", false)).isEmpty();
    assertThat(Split.lines("", false)).containsExactly("");
  }

  @Test
  void words_anyTextAndLimit_isStringSplitOnWhitespaceRuns() {
    Random random = new Random(15);
    for (int n = 0; n < 50_000; n++) {
      String text = randomText(random, "ab \t\n\u000B\f\r\u00A0");
      int limit = random.nextInt(5) - 1;
      assertThat(Split.words(text, limit)).as("words(%s, %d)", escaped(text), limit)
          .containsExactly(text.split("\\s+", limit));
    }
    assertThat(Split.words(" SSLProtocol  all -SSLv3 ", 0)).containsExactly("", "SSLProtocol", "all", "-SSLv3");
    assertThat(Split.words("RSA keySize < 1024", 2)).containsExactly("RSA", "keySize < 1024");
  }

  @Test
  void runs_anyTextAndLimit_isStringSplitOnACharacterClassRun() {
    Random random = new Random(16);
    for (int n = 0; n < 50_000; n++) {
      String text = randomText(random, "AB_-+ .:");
      int limit = random.nextInt(5) - 1;
      assertThat(Split.runs(text, "_-+ .", limit)).as("runs(%s, %d)", text, limit)
          .containsExactly(text.split("[_\\-+ .]+", limit));
    }
    assertThat(Split.runs("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "_", 0)).containsExactly("TLS", "RSA", "WITH", "3DES", "EDE", "CBC", "SHA");
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(10); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return s.toString();
  }

  private static String escaped(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
