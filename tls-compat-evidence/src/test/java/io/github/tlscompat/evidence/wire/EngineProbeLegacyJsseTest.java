package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * The same replays in the legacy-jsse fork, where {@code jdk.tls.disabledAlgorithms} is empty
 * (src/test/legacy-jsse.security): what an old JDK-based server, or one loosened JVM-wide, answers.
 */
class EngineProbeLegacyJsseTest {

  @Test
  void sunJsse_ie8Xp_tls10With3des() {
    // IE 8 on XP offers TLS 1.0 with RC4 and 3DES only (no AES in XP's SChannel): with both
    // re-enabled, JSSE picks 3DES because jdk.tls.legacyAlgorithms order still puts RC4 last.
    Connected c = EngineProbeTest.connected(
        EngineProbe.probe(capture("ie-8-xp"), LegacyJsse.with3des(ServerKeys.sunJsse().createSSLEngine())));
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void bcJsse_ie8Xp_refusedBecauseBcjsseKeeps3desOff() {
    // BCJSSE supports 3DES but does not enable it by default (tech notes 1.2) and cannot run RC4.
    Observation w = EngineProbe.probe(capture("ie-8-xp"), ServerKeys.bcJsse());
    assertThat(w.alert()).contains(Alert.fatal(AlertDescription.handshake_failure));
    assertThat(w.consistentReasons()).contains(Reason.NO_SHARED_CIPHER_SUITE);
  }

  @Test
  void sunJsse_ie6XpWithSsl2HelloAndSsl3Enabled_connectsSsl3() {
    SSLEngine engine = LegacyJsse.with3des(ServerKeys.sunJsse().createSSLEngine());
    engine.setEnabledProtocols(new String[] {"SSLv2Hello", "SSLv3", "TLSv1"});
    Observation w = EngineProbe.probe(capture("ie-6-xp"), engine);
    Connected c = EngineProbeTest.connected(w);
    assertThat(c.version()).isEqualTo(ProtocolVersion.SSL_3_0);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }
}
