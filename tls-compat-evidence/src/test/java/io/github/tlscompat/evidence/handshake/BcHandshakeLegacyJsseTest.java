package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Observation;
import static io.github.tlscompat.core.Pairs.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.evidence.wire.LegacyJsse;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * A Bouncy Castle client against SunJSSE in the legacy-jsse fork, where {@code jdk.tls.disabledAlgorithms}
 * is empty (src/test/legacy-jsse.security): TLS 1.0, 3DES and RC4 are back, as on an old JDK server.
 */
class BcHandshakeLegacyJsseTest {

  @Test
  void run_phoneVsLegacySunJsse_completesTls10With3des() {
    Observation r = BcHandshake.run(PHONE, LegacyJsse.with3des(JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256)));

    Connected c = (Connected) r.negotiation().orElseThrow();
    assertThat(r.evidence()).contains(Evidence.HANDSHAKE);
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
  }

  @Test
  void run_rc4OnlyClientVsSunJsse_restsOnTheRealServerHello() {
    // GIVEN a client offering RC4 only, and a JDK server with RC4 enabled
    ClientProfile rc4 = PHONE.toBuilder().cipherSuites(CipherSuite.TLS_RSA_WITH_RC4_128_SHA).build();
    SSLEngine engine = JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256);
    engine.setEnabledProtocols(new String[] {"TLSv1"});
    engine.setEnabledCipherSuites(new String[] {"SSL_RSA_WITH_RC4_128_SHA"});

    // WHEN they meet
    Observation r = BcHandshake.run(rc4, engine);

    // THEN the JDK's ServerHello chose RC4, which Bouncy Castle cannot run: the result rests on that hello
    Connected c = (Connected) r.negotiation().orElseThrow();
    assertThat(r.evidence()).contains(Evidence.WIRE);
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_RC4_128_SHA);
    assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
  }
}
