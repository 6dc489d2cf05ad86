package io.github.tlscompat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerPolicyTest {
  private final ServerPolicy jsse = ServerPolicy.builder("jsse", "SunJSSE-like")
      .versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
      .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1))
      .requiresSni(true).fallbackCertificate(CertificateSpec.ECDSA_P256_SHA256)
      .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true)
      .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true)
      .habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false)
      .build();

  @Test
  void builder_noHabitSet_hasTheDefaultHabitsOnly() {
    // GIVEN a policy that names no habit
    ServerPolicy plain = ServerPolicy.builder("plain", "plain").versions(ProtocolVersion.TLS_1_2)
        .cipherSuites(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).build();

    // THEN it reads SSL 2.0-framed hellos and has no other habit, as profile files assume
    assertThat(plain.habits()).containsExactly(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO);
    assertThat(plain.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).isTrue();
    assertThat(plain.has(ServerHabit.CHECKS_SNI_AFTER_VERSION)).isFalse();
    assertThat(ServerHabit.defaults()).containsExactly(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO);
  }

  @Test
  void habit_setAndCleared_changesOnlyThatHabit() {
    assertThat(jsse.habits()).containsExactly(ServerHabit.ORDERS_GROUPS_BY_CLIENT,
        ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE);
    assertThat(jsse.toBuilder().habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, false).build().habits())
        .containsExactly(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE);
  }

  @Test
  void habits_replacesTheWholeSet_evenADefaultOne() {
    ServerPolicy gnutls = jsse.toBuilder().habits(EnumSet.of(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS)).build();

    assertThat(gnutls.habits()).containsExactly(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS);
    assertThat(jsse.toBuilder().habits(Set.of()).build().habits()).isEmpty();
  }

  @Test
  void habits_isImmutableAndNotTheBuildersSet() {
    ServerPolicy.Builder b = jsse.toBuilder();
    ServerPolicy built = b.build();
    b.habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true);

    assertThat(built.has(ServerHabit.CHECKS_SNI_AFTER_VERSION)).isFalse();
    assertThatThrownBy(() -> built.habits().add(ServerHabit.CHECKS_SNI_AFTER_VERSION))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilder_roundTrip_isEqualWithTheSameHashCode() {
    ServerPolicy copy = jsse.toBuilder().build();

    assertThat(copy).isEqualTo(jsse).hasSameHashCodeAs(jsse);
    assertThat(copy.fallbackCertificate()).contains(CertificateSpec.ECDSA_P256_SHA256);
    assertThat(jsse.toBuilder().dhBits(1024).build()).isNotEqualTo(jsse);
    assertThat(jsse.toBuilder().habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build()).isNotEqualTo(jsse);
    assertThat(jsse).hasToString("jsse (SunJSSE-like)");
  }

  @Test
  void library_isUnknownByDefault_keptByToBuilder_andPartOfEqualityAndToString() {
    ServerPolicy onDebian = jsse.toBuilder().library(ServerLibrary.of(OpenSslBuild.DEBIAN_12)).build();
    ServerPolicy atLevel0 = jsse.toBuilder()
        .library(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0))).build();

    assertThat(jsse.library()).isEmpty();
    assertThat(onDebian.library()).contains(ServerLibrary.of(OpenSslBuild.DEBIAN_12));
    assertThat(onDebian.toBuilder().build()).isEqualTo(onDebian).hasSameHashCodeAs(onDebian);
    assertThat(onDebian).isNotEqualTo(jsse).isNotEqualTo(atLevel0);
    assertThat(onDebian.toBuilder().library(Optional.empty()).build()).isEqualTo(jsse);
    assertThat(onDebian).hasToString("jsse (SunJSSE-like, on OpenSSL 3.0 (Debian 12) at security level 2 (its default))");
    assertThat(atLevel0).hasToString("jsse (SunJSSE-like, on OpenSSL 3.0 (Debian 12) at security level 0)");
  }

  @Test
  void build_noCipherSuite_failsNamingThePolicy() {
    assertThatThrownBy(() -> ServerPolicy.builder("empty", "empty").versions(ProtocolVersion.TLS_1_2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("server policy 'empty' enables no cipher suite");
  }

  @Test
  void fromJsonName_knowsEveryHabitByItsProfileField() {
    for (ServerHabit h : ServerHabit.values()) assertThat(ServerHabit.fromJsonName(h.jsonName())).contains(h);
    assertThat(ServerHabit.fromJsonName("ordersGroupsByServer")).isEmpty();
    assertThat(ServerHabit.ORDERS_GROUPS_BY_CLIENT.jsonName()).isEqualTo("ordersGroupsByClient");
  }
}
