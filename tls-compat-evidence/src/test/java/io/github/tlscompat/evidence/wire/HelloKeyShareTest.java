package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.NamedGroup;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key_exchange values the ClientHellos carry: valid for their group, of the group's length. */
class HelloKeyShareTest {

  @Test
  void everyShippedValue_isAValidPublicValueOfItsGroup() {
    for (NamedGroup g : HelloKeyShareValues.GROUPS) {
      byte[] value = HelloKeyShare.shipped(g);
      assertThat(value).as("%s in %s", g, HelloKeyShare.RESOURCE).isNotNull();
      assertThat(HelloKeyShareValues.problem(g, value)).as("%s", g).isNull();
    }
  }

  @Test
  void theChecks_rejectInvalidValues() {
    byte[] p256 = HelloKeyShare.shipped(NamedGroup.secp256r1);
    p256[64] ^= 1;
    assertThat(HelloKeyShareValues.problem(NamedGroup.secp256r1, p256)).startsWith("not");
    byte[] ffdhe = new byte[256];
    ffdhe[255] = 1;
    assertThat(HelloKeyShareValues.problem(NamedGroup.ffdhe2048, ffdhe)).isEqualTo("not between 1 and p - 1");
    byte[] mlkem = HelloKeyShare.shipped(NamedGroup.MLKEM768);
    mlkem[0] = (byte) 0xff;
    mlkem[1] = (byte) 0x0f;
    assertThat(HelloKeyShareValues.problem(NamedGroup.MLKEM768, mlkem)).isEqualTo("a coefficient at byte 0 is not below 3329");
  }

  @Test
  void value_isOfTheGroupsLength_andMadeOfTheShippedValues_forEveryGroupWithAShare() {
    Random rnd = new Random(1);
    Set<NamedGroup> randomOnly = EnumSet.of(NamedGroup.x25519, NamedGroup.x448, NamedGroup.curveSM2, NamedGroup.curveSM2MLKEM768);
    for (NamedGroup g : NamedGroup.values()) {
      var length = HelloKeyShare.length(g);
      if (length.isEmpty()) continue;
      byte[] a = HelloKeyShare.value(g, length.getAsInt(), rnd);
      byte[] b = HelloKeyShare.value(g, length.getAsInt(), rnd);
      assertThat(a).as("%s", g).hasSize(length.getAsInt());
      if (randomOnly.contains(g)) {
        assertThat(a).as("%s", g).isNotEqualTo(b);
      } else {
        // Equal apart from an X25519 part, which is fresh each time.
        assertThat(Arrays.mismatch(a, b)).as("%s", g).isIn(-1, 0, 1184);
      }
    }
    byte[] hybrid = HelloKeyShare.value(NamedGroup.X25519MLKEM768, 1216, rnd);
    assertThat(Arrays.copyOf(hybrid, 1184)).isEqualTo(HelloKeyShare.shipped(NamedGroup.MLKEM768));
    byte[] p256Hybrid = HelloKeyShare.value(NamedGroup.SecP256r1MLKEM768, 65 + 1184, rnd);
    assertThat(Arrays.copyOf(p256Hybrid, 65)).isEqualTo(HelloKeyShare.shipped(NamedGroup.secp256r1));
  }
}
