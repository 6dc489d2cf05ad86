package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceListTest {
  private final PreferenceList<CipherSuite> phone = PreferenceList.of(
      TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA);

  @Test
  void firstIn_walksThisListsOrder_notTheOthers() {
    ParameterSet<CipherSuite> fips = ParameterSet.of(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    ParameterSet<CipherSuite> rc4AndFips = fips.with(TLS_RSA_WITH_RC4_128_SHA);

    assertThat(phone.firstIn(fips)).contains(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(phone.firstIn(rc4AndFips)).contains(TLS_RSA_WITH_RC4_128_SHA);
    assertThat(phone.firstIn(ParameterSet.of(TLS_AES_128_GCM_SHA256))).isEmpty();
  }

  @Test
  void retainAndRemove_keepOrder() {
    ParameterSet<CipherSuite> rc4 = ParameterSet.matching(CipherSuite.class, s -> s.cipher().name().startsWith("RC4"));
    assertThat(phone.removeAll(rc4)).containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(phone.retainAll(rc4)).containsExactly(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA);
    assertThat(phone.prepend(TLS_RSA_WITH_3DES_EDE_CBC_SHA))
        .containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA);
    assertThat(phone.append(TLS_RSA_WITH_AES_128_CBC_SHA)).hasSize(4).endsWith(TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(phone.indexOf(TLS_RSA_WITH_3DES_EDE_CBC_SHA)).isEqualTo(2);
    assertThat(phone.asSet()).containsExactlyInAnyOrderElementsOf(phone);
  }

  @Test
  void copyOf_duplicate_failsNamingItAndBothPositions() {
    assertThatThrownBy(() -> PreferenceList.copyOf(CipherSuite.class,
        List.of(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_MD5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TLS_RSA_WITH_RC4_128_MD5 appears twice, at positions 0 and 2; "
            + "a preference list names each parameter once");
    assertThat(PreferenceList.distinctOf(CipherSuite.class,
        List.of(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_MD5)))
        .containsExactly(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void equality_isListEquality() {
    assertThat(phone).isEqualTo(List.of(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA));
    assertThat(phone).isNotEqualTo(phone.prepend(TLS_RSA_WITH_3DES_EDE_CBC_SHA));
  }
}
