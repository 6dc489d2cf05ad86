package io.github.tlscompat.core.cipherstring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.ParameterSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starting order of a cipher string ({@link CipherOrder#of}): OpenSSL's default order,
 * computed once for every suite and narrowed to the universe of a parse.
 */
class CipherOrderTest {

  @Test
  void of_startsFromTheDefaultOrder_applyingNoRule() {
    // Found by fuzzing (tls-compat-fuzz): applying OpenSSL's twenty default-order rules to every
    // suite on every parse made a one-word cipher string cost more than the rest of an nginx.conf.
    CipherOrder order = CipherOrder.of(OpenSslCipherString.defaultUniverse());
    assertThat(order.rulesApplied()).isZero();
    order.apply(CipherOrder.Rule.ADD, CipherMasks.EVERYTHING);
    assertThat(order.rulesApplied()).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("universes")
  void of_smallerUniverse_isTheDefaultOrderWithTheOtherSuitesLeftOut(String name, ParameterSet<CipherSuite> universe) {
    for (CipherStringDialect dialect : CipherStringDialect.values()) {
      CipherOrder order = CipherOrder.of(universe, dialect);
      order.apply(CipherOrder.Rule.ADD, CipherMasks.EVERYTHING);
      List<CipherSuite> computed = CipherOrder.defaultOrder(universe, dialect).stream().map(CipherMasks::suite).toList();
      assertThat(order.active()).as(dialect.name()).containsExactlyElementsOf(computed).hasSize(universe.size());
    }
  }

  static Stream<Object[]> universes() {
    ParameterSet<CipherSuite> all = OpenSslCipherString.defaultUniverse();
    Random random = new Random(14);
    return Stream.of(
        new Object[] {"every suite", all},
        new Object[] {"no 3DES, RC4 or DES, as Debian's OpenSSL 3.0", all.filter(s -> s.cipher() != BulkCipher.TDES_EDE_CBC
            && s.cipher() != BulkCipher.RC4_128 && s.cipher() != BulkCipher.DES_CBC)},
        new Object[] {"RSA key transport only", all.filter(s -> s.keyExchange() == KeyExchange.RSA)},
        new Object[] {"a random half (seed 14)", all.filter(s -> random.nextBoolean())},
        new Object[] {"one suite", ParameterSet.of(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA)});
  }
}
