package io.github.tlscompat.core.cipherstring;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BoringSSL's reading of cipher strings: its table, aliases, default, groups and what it rejects. */
class BoringSslCipherStringTest {
  private static final ParameterSet<CipherSuite> ALL_SUITES = BoringSslCipherString.SUITES.asSet();

  private static BoringSslCipherString of(String s) {
    return BoringSslCipherString.of(s, ALL_SUITES);
  }

  @Test
  void default_isAll_withoutTheDeprecated3desAndCbcSha256_inBoringSslsOrder() {
    assertThat(of("DEFAULT").suites()).containsExactly(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
        TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA,
        TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA,
        TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_CBC_SHA,
        TLS_PSK_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA, TLS_PSK_WITH_AES_256_CBC_SHA);
    assertThat(of("ALL:3DES").suites()).endsWith(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(of("RSA+3DES").suites()).containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void nginxsDefault_selectsEverythingNotDeprecated_andSkipsTheWordsBoringSslLacks() {
    BoringSslCipherString s = of("HIGH:!aNULL:!MD5");
    assertThat(s.suites()).isEqualTo(of("ALL").suites());
    assertThat(s.skippedWords()).containsExactly("aNULL", "MD5");
    assertThat(of("EDH+AESGCM:ECDHE+AESGCM").skippedWords()).containsExactly("EDH+AESGCM");
  }

  @Test
  void equalPreferenceGroups_areKeptAsGroups_andFlattenInTheirOrder() {
    BoringSslCipherString s = of("[ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305]:"
        + "[ECDHE-RSA-AES128-GCM-SHA256|ECDHE-RSA-CHACHA20-POLY1305]:ECDHE+AES256:RSA+AES128");
    assertThat(s.groups()).containsExactly(
        List.of(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256),
        List.of(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256),
        List.of(TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384), List.of(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384),
        List.of(TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA), List.of(TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA),
        List.of(TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA), List.of(TLS_RSA_WITH_AES_128_GCM_SHA256),
        List.of(TLS_RSA_WITH_AES_128_CBC_SHA));
    assertThat(OpenSslCipherString.of(s.text(), ALL_SUITES, CipherStringDialect.BORINGSSL).suites())
        .isEqualTo(s.suites()).startsWith(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256);
  }

  @Test
  void whatBoringSslRejects_isRefusedNamingThePosition() {
    assertThatThrownBy(() -> of("DEFAULT:@SECLEVEL=1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown command '@SECLEVEL' at position 8; BoringSSL knows only @STRENGTH and has no security"
            + " levels");
    assertThatThrownBy(() -> of("[ECDHE+AESGCM|ECDHE+CHACHA20]:-RSA")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'-' at position 30 after an equal-preference group; BoringSSL allows no -, +, ! or @ once a"
            + " group is used");
    assertThatThrownBy(() -> of("[ECDHE+AESGCM|!RSA]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'!' at position 14 in an equal-preference group; BoringSSL allows only names and '|' there");
    assertThatThrownBy(() -> of("[ECDHE+AESGCM")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the equal-preference group is not closed with ']'");
    assertThatThrownBy(() -> of("DHE:RC4")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no cipher match: 'DHE:RC4' selects no suite");
  }
}
