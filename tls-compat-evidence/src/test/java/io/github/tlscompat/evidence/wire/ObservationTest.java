package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Difference;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ObservationTest {

  static Refused refused(Reason reason, Stage stage) {
    return new Refused(reason, "model", stage);
  }

  @Test
  void from_protocolVersionAlert_refusedNoSharedProtocolVersion() {
    Observation w = Observation.from(ServerResponseParser.parse(record(21, bytes(2, 70))));
    assertThat(w.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(w.negotiation()).contains(new Refused(Reason.NO_SHARED_PROTOCOL_VERSION, "from a protocol_version(70) alert",
        Stage.CLIENT_HELLO));
    assertThat(w.consistentReasons()).containsExactly(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(w.evidence()).contains(Evidence.WIRE);
  }

  @Test
  void from_handshakeFailureAlert_saysTheWireDoesNotSayWhich() {
    Observation w = Observation.from(ServerResponseParser.parse(record(21, bytes(2, 40))));
    Refused r = (Refused) w.negotiation().orElseThrow();
    assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_CIPHER_SUITE);
    assertThat(r.detail()).isEqualTo("from a handshake_failure(40) alert: no shared cipher suite or parameters; "
        + "the wire does not say which");
    assertThat(w.consistentReasons()).contains(Reason.NO_SHARED_GROUP, Reason.HELLO_FORMAT_REJECTED)
        .doesNotContain(Reason.NO_SHARED_PROTOCOL_VERSION);
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_SIGNATURE_SCHEME, Stage.CLIENT_HELLO))).isEmpty();
    // OpenSSL 3.0 refusing a TLS 1.2 hello without signature_algorithms at level 1 and above
    assertThat(w.disagreementWith(refused(Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, Stage.CLIENT_HELLO))).isEmpty();
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_PROTOCOL_VERSION, Stage.CLIENT_HELLO)).orElseThrow().describe())
        .startsWith("model predicts NO_SHARED_PROTOCOL_VERSION, but the server answered WIRE REFUSED NO_SHARED_CIPHER_SUITE");
  }

  @Test
  void from_handshakeFailureInAnSsl3Record_isAlsoTheSsl3WordForProtocolVersion() {
    // OpenSSL 3.0 (no SSL 3.0 built in) answering an SSL 3.0-only client: RFC 6101 5.4.2 has no
    // protocol_version, so the refusal of the version comes as handshake_failure in an SSL 3.0 record.
    byte[] ssl3Alert = concat(bytes(21, 3, 0), WireBytes.u16(2), bytes(2, 40));
    Observation w = Observation.from(ServerResponseParser.parse(ssl3Alert));
    assertThat(w.response().orElseThrow().recordVersion()).hasValue(0x0300);
    assertThat(w.consistentReasons()).contains(Reason.NO_SHARED_PROTOCOL_VERSION, Reason.NO_SHARED_CIPHER_SUITE);
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_PROTOCOL_VERSION, Stage.CLIENT_HELLO))).isEmpty();
    Observation tls10 = Observation.from(ServerResponseParser.parse(concat(bytes(21, 3, 1),
        WireBytes.u16(2), bytes(2, 40))));
    assertThat(tls10.response().orElseThrow().recordVersion()).hasValue(0x0301);
    assertThat(tls10.consistentReasons()).doesNotContain(Reason.NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void from_insufficientSecurity_mapsLikeHandshakeFailure() {
    assertThat(Observation.reasonsForAlert(AlertDescription.insufficient_security))
        .isEqualTo(Observation.reasonsForAlert(AlertDescription.handshake_failure));
  }

  @Test
  void from_internalError_refusedWithoutAModelReason() {
    Observation w = Observation.from(ServerResponseParser.parse(record(21, bytes(2, 80))));
    assertThat(w.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(w.negotiation()).isEmpty();
    assertThat(w.alert()).contains(Alert.fatal(AlertDescription.internal_error));
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_GROUP, Stage.CLIENT_HELLO))).isEmpty();
  }

  @Test
  void from_closeWithoutAlert_isItsOwnOutcome() {
    Observation w = Observation.from(ServerResponseParser.parse(new byte[0]));
    assertThat(w.outcome()).isEqualTo(Outcome.CLOSED);
    assertThat(w.negotiation()).isEmpty();
    assertThat(w).hasToString("WIRE CLOSED (the server closed without sending a byte: refused, for a reason the wire "
        + "does not say)");
    assertThat(w.disagreementWith(refused(Reason.SNI_REQUIRED, Stage.CLIENT_HELLO))).isEmpty();
  }

  @Test
  void from_garbage_isUnreadableAndNeverAgrees() {
    Observation w = Observation.from(ServerResponseParser.parse("220 smtp ESMTP\r\n".getBytes()));
    assertThat(w.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_CIPHER_SUITE, Stage.CLIENT_HELLO))).isPresent();
  }

  @Test
  void disagreementWith_helloWhereModelRefusesAtClientHello_isOutcomeDiffers() throws Exception {
    // GIVEN a server that answered with a hello
    Observation w = Observation.from(ServerResponseParser.parse(record(22, ServerResponseParserTest.tls12Flight())));
    Refused model = refused(Reason.NO_SHARED_CIPHER_SUITE, Stage.CLIENT_HELLO);

    // WHEN
    Disagreement d = w.disagreementWith(model).orElseThrow();

    // THEN
    assertThat(d).isEqualTo(new Disagreement.OutcomeDiffers(model, w));
    assertThat(d.describe()).isEqualTo("model predicts REFUSED NO_SHARED_CIPHER_SUITE - model at the ClientHello, but the"
        + " server answered " + w);
  }

  @Test
  void disagreementWith_unreadableAnswer_isNotComparable() {
    Observation w = Observation.from(ServerResponseParser.parse(bytes(0x48, 0x54, 0x54, 0x50, 0x2F, 0x31)));
    Refused model = refused(Reason.NO_SHARED_CIPHER_SUITE, Stage.CLIENT_HELLO);

    assertThat(w.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(w.disagreementWith(model)).contains(new Disagreement.NotComparable(model, w));
    assertThat(w.disagreementWith(model).orElseThrow().describe())
        .isEqualTo("cannot compare with REFUSED NO_SHARED_CIPHER_SUITE - model: " + w.detail());
  }

  @Test
  void from_tls12Flight_connectedWithWhatTheWireShows() throws Exception {
    Observation w = Observation.from(ServerResponseParser.parse(record(22, ServerResponseParserTest.tls12Flight())));
    Connected c = (Connected) w.negotiation().orElseThrow();
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_2);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(c.group()).contains(NamedGroup.secp256r1);
    assertThat(c.signatureScheme()).contains(SignatureScheme.rsa_pss_rsae_sha256);
    assertThat(c.certificate()).contains(CertificateSpec.RSA_2048_SHA256);
  }

  @Test
  void disagreementWith_connectedModel_namesEachDifference() throws Exception {
    Observation w = Observation.from(ServerResponseParser.parse(record(22, ServerResponseParserTest.tls12Flight())));
    Connected same = new Connected(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        Optional.of(NamedGroup.secp256r1), OptionalInt.empty(), Optional.of(SignatureScheme.rsa_pss_rsae_sha256),
        Optional.of(CertificateSpec.RSA_2048_SHA256), false, List.of());
    Connected other = new Connected(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        Optional.of(NamedGroup.x25519), OptionalInt.empty(), Optional.empty(), Optional.empty(), false, List.of());
    assertThat(w.disagreementWith(same)).isEmpty();
    assertThat(w.disagreementWith(other).orElseThrow()).isEqualTo(new Disagreement.ParametersDiffer(other, w, List.of(
        new Difference.CipherSuiteDiffers(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256),
        new Difference.GroupDiffers(NamedGroup.x25519, NamedGroup.secp256r1))));
    assertThat(w.disagreementWith(other).orElseThrow().describe()).endsWith(
        ": suite TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 not TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, group secp256r1 not x25519");
    // The client refusing the certificate later is invisible in a server's answer: no disagreement.
    assertThat(w.disagreementWith(refused(Reason.CERTIFICATE_KEY_UNSUPPORTED, Stage.CERTIFICATE))).isEmpty();
    assertThat(w.disagreementWith(refused(Reason.NO_SHARED_CIPHER_SUITE, Stage.CLIENT_HELLO))).isPresent();
  }


  @Test
  void from_helloRetryRequest_connectedTls13WithTheRetryFlag() {
    byte[] hrr = WireBytes.serverHelloBody(0x0303, ServerHello.HELLO_RETRY_REQUEST_RANDOM, 0x1301,
        WireBytes.extension(43, WireBytes.u16(0x0304)),
        WireBytes.extension(51, WireBytes.u16(23)));
    Observation w = Observation.from(ServerResponseParser.parse(concat(record(22, WireBytes.handshake(2, hrr)))));
    Connected c = (Connected) w.negotiation().orElseThrow();
    assertThat(c.helloRetryRequest()).isTrue();
    assertThat(c.group()).contains(NamedGroup.secp256r1);
    assertThat(c).hasToString("CONNECTED TLSv1.3 TLS_AES_128_GCM_SHA256 secp256r1 (after HelloRetryRequest)");
  }
}
