package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.ServerResponseParser;
import org.junit.jupiter.api.Test;

/** The reason class a refusal cell is compared by: the alert, stricter than the evidence's consistency. */
class OpenSslRefusalsTest {
  private static final byte[] INTERNAL_ERROR_TLS10 = {21, 3, 1, 0, 2, 2, 80};
  private static final byte[] HANDSHAKE_FAILURE_TLS12 = {21, 3, 3, 0, 2, 2, 40};
  private static final byte[] PROTOCOL_VERSION_TLS12 = {21, 3, 3, 0, 2, 2, 70};

  private static final ServerPolicy SERVER = ServerPolicy.builder("s", "TLS 1.0 to 1.2")
      .versions(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2)
      .cipherSuites(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).certificates(CertificateSpec.RSA_2048_SHA256).build();
  private static final ClientProfile TLS10 = ClientProfile.builder("tls10", "TLS 1.0 only")
      .versions(ProtocolVersion.TLS_1_0).cipherSuites(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).build();
  private static final ClientProfile TLS12 = TLS10.toBuilder().id("tls12").versions(ProtocolVersion.TLS_1_2).build();

  private static boolean agrees(ClientProfile client, Reason predicted, byte[] answer) {
    Negotiation model = new Refused(predicted, "predicted", Stage.CLIENT_HELLO);
    Observation wire = Observation.from(ServerResponseParser.parse(answer));
    return OpenSslRefusals.agreesInReasonClass(new CrossCheck.Cell(client, model, wire, wire.disagreementWith(model)),
        SERVER);
  }

  @Test
  void internalError_agreesOnlyWithAForbiddenSignatureBeforeTls12() {
    assertThat(agrees(TLS10, Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, INTERNAL_ERROR_TLS10)).isTrue();
    // the evidence takes internal_error as consistent with any refusal; the reason class does not
    assertThat(agrees(TLS10, Reason.NO_SHARED_PROTOCOL_VERSION, INTERNAL_ERROR_TLS10)).isFalse();
    assertThat(agrees(TLS10, Reason.NO_SHARED_CIPHER_SUITE, INTERNAL_ERROR_TLS10)).isFalse();
    assertThat(agrees(TLS12, Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, INTERNAL_ERROR_TLS10)).isFalse();
  }

  @Test
  void handshakeFailure_isTheTls12FormOfAForbiddenSignature_andNeverAVersionRefusal() {
    assertThat(agrees(TLS12, Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, HANDSHAKE_FAILURE_TLS12)).isTrue();
    assertThat(agrees(TLS12, Reason.NO_SHARED_GROUP, HANDSHAKE_FAILURE_TLS12)).isTrue();
    assertThat(agrees(TLS10, Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, HANDSHAKE_FAILURE_TLS12)).isFalse();
    assertThat(agrees(TLS12, Reason.NO_SHARED_PROTOCOL_VERSION, HANDSHAKE_FAILURE_TLS12)).isFalse();
    assertThat(agrees(TLS12, Reason.NO_SHARED_PROTOCOL_VERSION, PROTOCOL_VERSION_TLS12)).isTrue();
  }
}
