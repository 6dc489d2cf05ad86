package io.github.tlscompat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.HashAlgorithm;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClientLimitsTest {
  @Test
  void none_hasNoLimitAndAcceptsAnything() {
    assertThat(ClientLimits.NONE.minDhBits()).isEmpty();
    assertThat(ClientLimits.NONE.maxDhBits()).isEmpty();
    assertThat(ClientLimits.NONE.minRsaBits()).isEmpty();
    assertThat(ClientLimits.NONE.maxRsaBits()).isEmpty();
    assertThat(ClientLimits.NONE.minEcdsaBits()).isEmpty();
    assertThat(ClientLimits.NONE.acceptsDhBits(8192)).isTrue();
    assertThat(ClientLimits.NONE.acceptsCertificateHash(HashAlgorithm.MD5)).isTrue();
    assertThat(ClientLimits.NONE).isEqualTo(ClientLimits.builder().build()).hasToString("ClientLimits[none]");
  }

  @Test
  void builder_java7_acceptsDhPrimesUpTo1024BitsOnly() {
    // GIVEN Java 7's limit on DH primes
    ClientLimits java7 = ClientLimits.builder().maxDhBits(1024).build();

    // THEN only the upper DH limit is set
    assertThat(java7.maxDhBits()).isEqualTo(OptionalInt.of(1024));
    assertThat(java7.minDhBits()).isEmpty();
    assertThat(java7.acceptsDhBits(1024)).isTrue();
    assertThat(java7.acceptsDhBits(2048)).isFalse();
    assertThat(java7).hasToString("ClientLimits[maxDhBits=1024]");
  }

  @Test
  void builder_keySizes_bindRsaAndEcdsaKeys() {
    ClientLimits limits = ClientLimits.builder().minRsaBits(2048).maxRsaBits(4096).minEcdsaBits(384).build();

    assertThat(limits.acceptsRsaBits(1024)).isFalse();
    assertThat(limits.acceptsRsaBits(3072)).isTrue();
    assertThat(limits.acceptsRsaBits(8192)).isFalse();
    assertThat(limits.acceptsEcdsaBits(256)).isFalse();
    assertThat(limits.acceptsEcdsaBits(384)).isTrue();
  }

  @Test
  void toBuilder_roundTrip_isEqual_andNoBitLimitsClearsThem() {
    ClientLimits phone = ClientLimits.builder().minDhBits(1024).certificateSignatureHashes(HashAlgorithm.SHA1)
        .acceptsWildcardCertificates(false).build();

    assertThat(phone.toBuilder().build()).isEqualTo(phone).hasSameHashCodeAs(phone);
    ClientLimits cleared = phone.toBuilder().noBitLimits().build();
    assertThat(cleared.minDhBits()).isEmpty();
    assertThat(cleared.certificateSignatureHashes()).containsExactly(HashAlgorithm.SHA1);
    assertThat(cleared.acceptsWildcardCertificates()).isFalse();
  }

  @Test
  void builder_zeroBits_failsWithTheLimitsName() {
    assertThatThrownBy(() -> ClientLimits.builder().maxDhBits(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDhBits must be a positive number of bits, was 0");
  }

  @Test
  void build_minAboveMax_fails() {
    assertThatThrownBy(() -> ClientLimits.builder().minRsaBits(4096).maxRsaBits(2048).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minRsaBits 4096 is above maxRsaBits 2048");
  }
}
