package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.evidence.wire.Observation;
import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.MODERN_TLS12;
import static io.github.tlscompat.core.Pairs.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.Evidence;
import org.junit.jupiter.api.Test;

/**
 * A Bouncy Castle client restricted to a profile against a real SunJSSE server engine, with the
 * JDK's default security properties (TLS 1.2 and 1.3 only). TLS 1.0 and 3DES are in
 * {@link BcHandshakeLegacyJsseTest}.
 */
class BcHandshakeSslEngineTest {

  @Test
  void run_modernVsSunJsse_completesTls13() {
    // WHEN the browser profile meets a default JDK server
    Observation r = BcHandshake.run(MODERN, JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256));

    // THEN both Finished messages are exchanged; SunJSSE prefers its own order, AES-256 first
    assertThat(r.evidence()).contains(Evidence.HANDSHAKE);
    Connected c = (Connected) r.negotiation().orElseThrow();
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_3);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(c.group()).contains(NamedGroup.x25519);
    assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
    // The CertificateVerify travels encrypted and the engine does not say which scheme it used.
    assertThat(c.signatureScheme()).isEmpty();
    assertThat(c.warnings()).contains(new Warning.SignatureSchemeHidden());
    assertThat(c.warnings()).extracting(Warning::describe).contains("the CertificateVerify scheme is not known: TLS 1.3 encrypts it, and the server "
        + "did not say");
  }

  @Test
  void run_tls12ProfileVsSunJsse_completesTls12Ecdhe() {
    Observation r = BcHandshake.run(MODERN_TLS12, JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256));

    Connected c = (Connected) r.negotiation().orElseThrow();
    assertThat(r.evidence()).contains(Evidence.HANDSHAKE);
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_2);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
    assertThat(c.group()).contains(NamedGroup.x25519);
    assertThat(c.signatureScheme()).isPresent();
  }

  @Test
  void run_tls10PhoneVsSunJsse_refusedWithProtocolVersion() {
    Observation r = BcHandshake.run(PHONE, JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256));

    assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(((Refused) r.negotiation().orElseThrow()).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(r.alert()).contains(Alert.fatal(AlertDescription.protocol_version));
    assertThat(r.alertSender()).contains(Side.SERVER);
    assertThat(r.detail()).contains("Client requested protocol TLSv1 is not enabled or supported in server context");
  }

  @Test
  void run_ssl2FramedClientVsEngine_isNotRunnable() {
    Observation r = BcHandshake.run(PHONE.toBuilder().helloFormat(HelloFormat.SSL2_COMPATIBLE).build(),
        JsseServers.sunJsseEngine(CertificateSpec.RSA_2048_SHA256));

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_RUNNABLE);
  }
}
