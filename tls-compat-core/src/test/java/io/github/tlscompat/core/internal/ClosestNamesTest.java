package io.github.tlscompat.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
