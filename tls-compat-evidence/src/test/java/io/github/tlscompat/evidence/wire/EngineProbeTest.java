package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Captured ClientHellos (tls-compat-captures) replayed into real server engines, with the JDK's
 * default security properties (TLS 1.0/1.1, 3DES, RC4 disabled). The expected outcomes are what
 * SunJSSE 17 and BCJSSE 1.83 really answer; each comment says why.
 */
class EngineProbeTest {

  static Connected connected(Observation w) {
    assertThat(w.outcome()).as("%s", w).isEqualTo(Outcome.CONNECTED);
    return (Connected) w.negotiation().orElseThrow();
  }

  @Nested
  class SunJsse {

    @Test
    void chrome101_tls13Aes256Gcm_x25519() {
      // JSSE's server honours its own suite order by default, and JDK 17 lists TLS_AES_256_GCM_SHA384
      // first; Chrome offers 1301, 1302, 1303 and a key share for x25519, JSSE's first group.
      Connected c = connected(EngineProbe.probe(capture("chrome-101-win10"), ServerKeys.sunJsse()));
      assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_3);
      assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
      assertThat(c.group()).contains(NamedGroup.x25519);
      assertThat(c.helloRetryRequest()).isFalse();
      // TLS 1.3 hides the certificate and signature scheme; the result says so rather than guess.
      assertThat(c.certificate()).isEmpty();
      assertThat(c.signatureScheme()).isEmpty();
      assertThat(c.warnings()).anySatisfy(w -> assertThat(w.describe()).startsWith("TLS 1.3 encrypts everything"));
    }

    @Test
    void safari5_tls12FlightReadInFull() {
      // A TLS 1.2-only client: the whole first flight travels in clear.
      Observation w = EngineProbe.probe(capture("safari-5-ios-5.1.1"), ServerKeys.sunJsse());
      Connected c = connected(w);
      assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_2);
      assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384);
      assertThat(c.group()).contains(NamedGroup.secp256r1);
      assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
      assertThat(c.signatureScheme()).isPresent();
      assertThat(w.response().orElseThrow().serverHelloDone()).isTrue();
    }

    @Test
    void ie8Xp_tls10_refusedForProtocolVersion() {
      Observation w = EngineProbe.probe(capture("ie-8-xp"), ServerKeys.sunJsse());
      assertThat(w.negotiation()).contains(new Refused(Reason.NO_SHARED_PROTOCOL_VERSION,
          "from a protocol_version(70) alert", Stage.CLIENT_HELLO));
      // The engine's own words, as it gives them: JDK 25 prefixes the alert, JDK 17 does not.
      assertThat(w.serverExplanation()).hasValueSatisfying(why -> assertThat(why)
          .startsWith("SSLHandshakeException: ")
          .contains("Client requested protocol TLSv1 is not enabled or supported in server context"));
    }

    @Test
    void ie6Xp_ssl2FramedHello_refusedWithHandshakeFailure() {
      // IE 6 frames its SSL 3.0 hello as SSL 2.0. JSSE does not read that framing unless SSLv2Hello is
      // enabled, and says so with handshake_failure, not protocol_version: the reason set keeps
      // HELLO_FORMAT_REJECTED for exactly this.
      Observation w = EngineProbe.probe(capture("ie-6-xp"), ServerKeys.sunJsse());
      assertThat(w.alert()).contains(Alert.fatal(AlertDescription.handshake_failure));
      assertThat(w.serverExplanation()).contains("SSLHandshakeException: SSLv2Hello is not enabled");
      assertThat(w.disagreementWith(new Refused(Reason.HELLO_FORMAT_REJECTED, "model", Stage.CLIENT_HELLO))).isEmpty();
    }

    @Test
    void java6u45_ssl2FramedHelloWithSsl2HelloEnabled_refusedForProtocolVersion() {
      // GIVEN a server that reads SSL 2.0-framed hellos but enables only TLS 1.2 and 1.3
      SSLEngine engine = ServerKeys.sunJsse().createSSLEngine();
      engine.setEnabledProtocols(new String[] {"SSLv2Hello", "TLSv1.2", "TLSv1.3"});
      // WHEN Java 6 asks for TLS 1.0 in its SSL 2.0 framing
      Observation w = EngineProbe.probe(capture("java-6u45"), engine);
      // THEN the framing passes and the version fails
      assertThat(w.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
      assertThat(w.consistentReasons()).containsExactly(Reason.NO_SHARED_PROTOCOL_VERSION);
    }

    @Test
    void openssl110_sniWithPort_refusedWithIllegalParameter() {
      // testssl.sh captured this hello with server_name "testssl.sh:443"; JSSE rejects a host name
      // with a port (RFC 6066 3 allows only a DNS name). No model reason says that, so none is claimed.
      Observation w = EngineProbe.probe(capture("openssl-1.1.0j-debian"), ServerKeys.sunJsse());
      assertThat(w.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(w.alert()).contains(Alert.fatal(AlertDescription.illegal_parameter));
      assertThat(w.negotiation()).isEmpty();
      assertThat(w.serverExplanation().orElseThrow()).contains("Illegal server name");
    }
  }

  @Nested
  class BcJsse {

    @Test
    void chrome101_tls13Aes128Gcm_clientOrder() {
      // BCJSSE follows the client's suite order, so Chrome's first, unlike SunJSSE.
      Connected c = connected(EngineProbe.probe(capture("chrome-101-win10"), ServerKeys.bcJsse()));
      assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_3);
      assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_128_GCM_SHA256);
      assertThat(c.group()).contains(NamedGroup.x25519);
    }

    @Test
    void android16_tls13HybridPostQuantumGroup() {
      // BC 1.84 accepts the X25519MLKEM768 share Android 16 sends first; SunJSSE 17 has no ML-KEM.
      Connected bc = connected(EngineProbe.probe(capture("android-16-native"), ServerKeys.bcJsse()));
      Connected sun = connected(EngineProbe.probe(capture("android-16-native"), ServerKeys.sunJsse()));
      assertThat(bc.group()).contains(NamedGroup.X25519MLKEM768);
      assertThat(sun.group()).contains(NamedGroup.x25519);
    }

    @Test
    void openssl101h_tls12_sameChoiceAsSunJsse() {
      Connected c = connected(EngineProbe.probe(capture("openssl-1.0.1h"), ServerKeys.bcJsse()));
      assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_2);
      assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
      assertThat(c.group()).contains(NamedGroup.secp521r1);
      assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
    }

    @Test
    void ie8Xp_tls10_refusedForProtocolVersion() {
      Observation w = EngineProbe.probe(capture("ie-8-xp"), ServerKeys.bcJsse());
      assertThat(w.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
      assertThat(w.consistentReasons()).containsExactly(Reason.NO_SHARED_PROTOCOL_VERSION);
    }

    @Test
    void java6u45_ssl2FramedHello_closedWithoutAlert() {
      // BCJSSE has no SSLv2Hello: it fails with unexpected_message but sends nothing at all, so the
      // wire shows a bare close, which is consistent with any refusal at the ClientHello.
      Observation w = EngineProbe.probe(capture("java-6u45"), ServerKeys.bcJsse());
      assertThat(w.outcome()).isEqualTo(Outcome.CLOSED);
      assertThat(w.response().orElseThrow().bytes()).isZero();
      assertThat(w.serverExplanation().orElseThrow()).contains("unexpected_message(10)");
      assertThat(w.disagreementWith(new Refused(Reason.HELLO_FORMAT_REJECTED, "model", Stage.CLIENT_HELLO))).isEmpty();
    }
  }
}
