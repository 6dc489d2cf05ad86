package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

  @Test
  void algebra_unionIntersectMinus_behaveLikeSets() {
    ParameterSet<ProtocolVersion> phone = ParameterSet.of(SSL_3_0, TLS_1_0);
    ParameterSet<ProtocolVersion> hardened = ParameterSet.of(TLS_1_2, TLS_1_3);
    ParameterSet<ProtocolVersion> legacy = ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2);

    assertThat(phone.intersects(hardened)).isFalse();
    assertThat(phone.intersect(hardened)).isEmpty();
    assertThat(phone.intersect(legacy)).containsExactly(TLS_1_0);
    assertThat(phone.union(hardened)).containsExactly(SSL_3_0, TLS_1_0, TLS_1_2, TLS_1_3);
    assertThat(legacy.minus(hardened)).containsExactly(TLS_1_0, TLS_1_1);
    assertThat(legacy.with(SSL_3_0).without(TLS_1_2)).containsExactly(SSL_3_0, TLS_1_0, TLS_1_1);
  }

  @Test
  void bitset_spansManyWords_forTheWholeSuiteRegistry() {
    ParameterSet<CipherSuite> all = ParameterSet.allOf(CipherSuite.class);
    assertThat(all).hasSize(CipherSuite.values().length);
    ParameterSet<CipherSuite> tls12 = ParameterSet.matching(CipherSuite.class, s -> s.isValidIn(TLS_1_2));
    ParameterSet<CipherSuite> ssl2 = ParameterSet.matching(CipherSuite.class, CipherSuite::isSsl2);
    assertThat(tls12.intersects(ssl2)).isFalse();
    assertThat(tls12).contains(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).doesNotContain(TLS_AES_128_GCM_SHA256);
    assertThat(ssl2).containsExactly(java.util.Arrays.stream(CipherSuite.values()).filter(CipherSuite::isSsl2)
        .toArray(CipherSuite[]::new));
    assertThat(all.minus(tls12).union(tls12)).isEqualTo(all);
  }

  @Test
  void equality_isSetEquality_acrossImplementations() {
    ParameterSet<ProtocolVersion> set = ParameterSet.of(TLS_1_2, TLS_1_0);
    assertThat(set).isEqualTo(Set.of(TLS_1_0, TLS_1_2));
    assertThat(set.hashCode()).isEqualTo(Set.of(TLS_1_0, TLS_1_2).hashCode());
    assertThat(set).isEqualTo(ParameterSet.copyOf(ProtocolVersion.class, List.of(TLS_1_0, TLS_1_2, TLS_1_0)));
    assertThat(ParameterSet.noneOf(ProtocolVersion.class)).isEmpty();
    assertThat(ParameterSet.of(TLS_RSA_WITH_3DES_EDE_CBC_SHA).contains(TLS_1_0)).isFalse();
    assertThat(set.toString()).isEqualTo("[TLS_1_0, TLS_1_2]");
  }
}
