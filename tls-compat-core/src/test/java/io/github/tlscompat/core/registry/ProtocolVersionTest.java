package io.github.tlscompat.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "SSLv2, SSL_2_0", "ssl 2.0, SSL_2_0", "SSLv3, SSL_3_0", "SSL 3.0, SSL_3_0", "TLSv1, TLS_1_0",
      "TLSv1.0, TLS_1_0", "TLS 1.0, TLS_1_0", "tls1.1, TLS_1_1", "TLS_1_2, TLS_1_2", "TLSv1.3, TLS_1_3"})
  void fromName_everyCommonSpelling_resolves(String name, ProtocolVersion expected) {
    assertThat(ProtocolVersion.fromName(name)).isEqualTo(expected);
  }

  @Test
  void fromName_unknown_listsTheKnownVersions() {
    assertThatThrownBy(() -> ProtocolVersion.fromName("TLSv1.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown protocol version 'TLSv1.4'; expected one of SSLv2, SSLv3, TLSv1.0, TLSv1.1, "
            + "TLSv1.2, TLSv1.3. Did you mean TLSv1.0 or TLSv1.1 or TLSv1.2?");
  }

  @Test
  void codes_matchTheRfcs_andOrderIsAge() {
    assertThat(ProtocolVersion.TLS_1_2.code()).isEqualTo(0x0303);
    assertThat(ProtocolVersion.fromCode(0x0301)).contains(ProtocolVersion.TLS_1_0);
    assertThat(ProtocolVersion.fromCode(0x0305)).isEmpty();
    assertThat(ProtocolVersion.SSL_3_0.isOlderThan(ProtocolVersion.TLS_1_0)).isTrue();
    assertThat(ProtocolVersion.TLS_1_3.isAtLeast(ProtocolVersion.TLS_1_2)).isTrue();
    assertThat(ProtocolVersion.TLS_1_0.jsseName()).isEqualTo("TLSv1");
    assertThat(ProtocolVersion.TLS_1_0.displayName()).isEqualTo("TLSv1.0");
    assertThat(ProtocolVersion.TLS_1_2.rfcName()).isEqualTo("TLS 1.2");
  }

  @ParameterizedTest
  @CsvSource({
      "SSL_2_0, SSL 2.0, SSLv2, SSLv2",
      "SSL_3_0, SSL 3.0, SSLv3, SSLv3",
      "TLS_1_0, TLS 1.0, TLSv1, TLSv1.0",
      "TLS_1_1, TLS 1.1, TLSv1.1, TLSv1.1",
      "TLS_1_2, TLS 1.2, TLSv1.2, TLSv1.2",
      "TLS_1_3, TLS 1.3, TLSv1.3, TLSv1.3"})
  void names_rfcJsseAndDisplay_readBackThroughFromName(ProtocolVersion v, String rfc, String jsse, String display) {
    assertThat(v.rfcName()).isEqualTo(rfc);
    assertThat(v.jsseName()).isEqualTo(jsse);
    assertThat(v.displayName()).isEqualTo(display);
    assertThat(List.of(ProtocolVersion.fromName(rfc), ProtocolVersion.fromName(jsse), ProtocolVersion.fromName(display)))
        .containsOnly(v);
  }

  @Test
  void bouncyCastle_agreesOnEveryWireCode() {
    assertThat(ProtocolVersion.SSL_3_0.code()).isEqualTo(org.bouncycastle.tls.ProtocolVersion.SSLv3.getFullVersion());
    assertThat(ProtocolVersion.TLS_1_0.code()).isEqualTo(org.bouncycastle.tls.ProtocolVersion.TLSv10.getFullVersion());
    assertThat(ProtocolVersion.TLS_1_1.code()).isEqualTo(org.bouncycastle.tls.ProtocolVersion.TLSv11.getFullVersion());
    assertThat(ProtocolVersion.TLS_1_2.code()).isEqualTo(org.bouncycastle.tls.ProtocolVersion.TLSv12.getFullVersion());
    assertThat(ProtocolVersion.TLS_1_3.code()).isEqualTo(org.bouncycastle.tls.ProtocolVersion.TLSv13.getFullVersion());
  }
}
