package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.ProtocolVersion;
import org.junit.jupiter.api.Test;

/** The rules of {@code ssl_security_default_callback} (OpenSSL 1.1.1 and 3.0), one per test. */
class SecurityLevelTest {

  @Test
  void minimumBits_areOpenSslsMinbitsTable() {
    assertThat(SecurityLevel.values()).extracting(SecurityLevel::minimumBits).containsExactly(0, 80, 112, 128, 192, 256);
  }

  @Test
  void of_numbersZeroToFive_elseFailsNamingTheRange() {
    assertThat(SecurityLevel.of(2)).isEqualTo(SecurityLevel.LEVEL_2);
    assertThat(SecurityLevel.of(2).level()).isEqualTo(2);
    assertThat(SecurityLevel.LEVEL_2).hasToString("@SECLEVEL=2");
    assertThatThrownBy(() -> SecurityLevel.of(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("security level must be 0 to 5, as in @SECLEVEL=2, was 6");
  }

  @Test
  void refusalOfSuite_levelZero_permitsEverything() {
    assertThat(SecurityLevel.LEVEL_0.refusalOf(TLS_RSA_EXPORT_WITH_RC4_40_MD5)).isEmpty();
    assertThat(SecurityLevel.LEVEL_0.refusalOf(TLS_DH_anon_WITH_AES_128_CBC_SHA)).isEmpty();
    assertThat(SecurityLevel.LEVEL_0.refusalOf(TLS_RSA_WITH_NULL_SHA)).isEmpty();
  }

  @Test
  void refusalOfSuite_belowTheMinimum_refusedWithItsBits() {
    assertThat(SecurityLevel.LEVEL_1.refusalOf(TLS_RSA_WITH_NULL_SHA))
        .contains("its cipher gives 0 bits of security, below the level's 80");
    assertThat(SecurityLevel.LEVEL_1.refusalOf(TLS_RSA_WITH_DES_CBC_SHA))
        .contains("its cipher gives 56 bits of security, below the level's 80");
    assertThat(SecurityLevel.LEVEL_2.refusalOf(TLS_RSA_WITH_3DES_EDE_CBC_SHA)).isEmpty();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA))
        .contains("its cipher gives 112 bits of security, below the level's 128");
  }

  @Test
  void refusalOfSuite_anonymousAndMd5_refusedFromLevelOne() {
    assertThat(SecurityLevel.LEVEL_1.refusalOf(TLS_DH_anon_WITH_AES_128_GCM_SHA256))
        .contains("it has no authentication (aNULL)");
    assertThat(SecurityLevel.LEVEL_1.refusalOf(TLS_RSA_WITH_RC4_128_MD5)).contains("its MAC is HMAC-MD5");
  }

  @Test
  void refusalOfSuite_rc4_refusedFromLevelTwo() {
    assertThat(SecurityLevel.LEVEL_1.refusalOf(TLS_RSA_WITH_RC4_128_SHA)).isEmpty();
    assertThat(SecurityLevel.LEVEL_2.refusalOf(TLS_RSA_WITH_RC4_128_SHA)).contains("it uses RC4, refused from level 2 on");
  }

  @Test
  void refusalOfSuite_noForwardSecrecy_refusedFromLevelThreeButTls13Passes() {
    assertThat(SecurityLevel.LEVEL_2.refusalOf(TLS_RSA_WITH_AES_256_GCM_SHA384)).isEmpty();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_RSA_WITH_AES_256_GCM_SHA384))
        .contains("it has no forward secrecy, required from level 3 on");
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_PSK_WITH_AES_256_GCM_SHA384)).isPresent();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384)).isEmpty();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_DHE_RSA_WITH_AES_256_GCM_SHA384)).isEmpty();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_AES_256_GCM_SHA384)).isEmpty();
  }

  @Test
  void refusalOfSuite_sha1Mac_refusedFromLevelFour() {
    assertThat(SecurityLevel.LEVEL_3.refusalOf(TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA)).isEmpty();
    assertThat(SecurityLevel.LEVEL_4.refusalOf(TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA))
        .contains("its MAC is HMAC-SHA1, 160 bits, below the level's 192");
    assertThat(SecurityLevel.LEVEL_4.refusalOf(TLS_AES_128_GCM_SHA256))
        .contains("its cipher gives 128 bits of security, below the level's 192");
    assertThat(SecurityLevel.LEVEL_5.refusalOf(TLS_AES_256_GCM_SHA384)).isEmpty();
  }

  @Test
  void refusalOfVersion_openSslsVersionRule() {
    assertThat(SecurityLevel.LEVEL_1.refusalOf(ProtocolVersion.SSL_3_0)).isEmpty();
    assertThat(SecurityLevel.LEVEL_2.refusalOf(ProtocolVersion.SSL_3_0)).contains("SSL 3.0 is refused from security level 2 on");
    assertThat(SecurityLevel.LEVEL_2.refusalOf(ProtocolVersion.TLS_1_0)).isEmpty();
    assertThat(SecurityLevel.LEVEL_3.refusalOf(ProtocolVersion.TLS_1_0)).contains("TLS 1.0 is refused from security level 3 on");
    assertThat(SecurityLevel.LEVEL_3.refusalOf(ProtocolVersion.TLS_1_1)).isEmpty();
    assertThat(SecurityLevel.LEVEL_4.refusalOf(ProtocolVersion.TLS_1_1)).contains("TLS 1.1 is refused from security level 4 on");
    assertThat(SecurityLevel.LEVEL_5.refusalOf(ProtocolVersion.TLS_1_2)).isEmpty();
  }

  @Test
  void permitsDhBits_1024AtLevelsZeroAndOneOnly_andNothingSmallerEvenAtZero() {
    assertThat(SecurityLevel.LEVEL_0.permitsDhBits(1024)).isTrue();
    assertThat(SecurityLevel.LEVEL_0.permitsDhBits(768)).isFalse();
    assertThat(SecurityLevel.LEVEL_1.permitsDhBits(1024)).isTrue();
    assertThat(SecurityLevel.LEVEL_2.permitsDhBits(1024)).isFalse();
    assertThat(SecurityLevel.LEVEL_2.permitsDhBits(2048)).isTrue();
    assertThat(SecurityLevel.LEVEL_3.permitsDhBits(2048)).isFalse();
  }
}
