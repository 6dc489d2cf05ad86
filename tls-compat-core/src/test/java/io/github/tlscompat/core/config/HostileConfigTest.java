package io.github.tlscompat.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Config files written to hurt: each gives one clear error naming the place, never a Java exception of its own. */
class HostileConfigTest {
  private static final ServerPolicy BASE = ServerPolicy.builder("base", "base")
      .versions(ProtocolVersion.TLS_1_2).cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();

  @Test
  void jdkDisabled_lonelyAmpersand_namesTheEntry() {
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(BASE, "&"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 '&' of jdk.tls.disabledAlgorithms: expected an algorithm name before '&'");
  }

  @Test
  void jdkDisabled_emptyConstraintAfterAmpersand_namesTheEntry() {
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(BASE, "RC4, DH keySize < 1024 &"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 2 'DH keySize < 1024 &' of jdk.tls.disabledAlgorithms: expected a constraint after '&'");
  }

  @Test
  void jdkDisabled_keySizeBeyondAnInt_namesTheEntry() {
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(BASE, "RSA keySize < 99999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 'RSA keySize < 99999999999' of jdk.tls.disabledAlgorithms: key size 99999999999 is"
            + " out of range; expected at most 2147483647 bits");
  }

  @Test
  void jdkDisabled_manyWildcardsThatDoNotMatch_isQuick() {
    // Found by fuzzing (tls-compat-fuzz ConfigFuzzTest#jdkDisabledAlgorithms): a regular expression
    // per pattern backtracked exponentially; the input took more than ten seconds.
    ServerPolicy p = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> JdkDisabledAlgorithms.apply(BASE, "TLS_R*******SA**, TLS_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*Z"));
    assertThat(p.cipherSuites()).containsExactly(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
  }

  @Test
  void globMatches_starsStandForAnyRunCaseIgnored() {
    assertThat(JdkDisabledAlgorithms.globMatches("TLS_*_RSA_*GCM*", "tls_ecdhe_rsa_with_aes_128_gcm_sha256")).isTrue();
    assertThat(JdkDisabledAlgorithms.globMatches("TLS_RSA_*", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")).isFalse();
    assertThat(JdkDisabledAlgorithms.globMatches("TLS_R*******SA**", "TLS_RSA")).isTrue();
    assertThat(JdkDisabledAlgorithms.globMatches("a*b", "ab")).isTrue();
    assertThat(JdkDisabledAlgorithms.globMatches("a*b", "abc")).isFalse();
    assertThat(JdkDisabledAlgorithms.globMatches("*", "")).isTrue();
  }

  @Test
  void nginx_fiveThousandNestedBlocks_isADepthErrorNamingTheLine() {
    String conf = "a {\n".repeat(5_000) + "}\n".repeat(5_000);
    assertThatThrownBy(() -> NginxConfig.read(conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line " + (NginxParser.MAX_DEPTH + 1) + ": a: blocks nest deeper than " + NginxParser.MAX_DEPTH
            + " levels; expected at most " + NginxParser.MAX_DEPTH);
  }
}
