package io.github.tlscompat.core.path;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionPathTest {
  static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 phone").versions(SSL_3_0, TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_3DES_EDE_CBC_SHA).sendsSni(false).build();
  static final ServerPolicy LEGACY_FRONT = ServerPolicy.builder("wap", "AD FS proxy, TLS 1.0 on")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2).cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA).build();
  static final ClientProfile PROXY_BACK = ClientProfile.builder("wap-client", "AD FS proxy, outbound")
      .versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.secp256r1)).signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha256)).build();
  static final ServerPolicy CLOUD_TLS12 = ServerPolicy.builder("cloud", "TLS 1.2 only cloud").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384).build();

  @Test
  void evaluate_proxyTerminatesTls_phoneReachesCloudItCouldNotReachDirectly() {
    // GIVEN a phone that cannot speak to the TLS 1.2-only cloud itself
    ConnectionPath direct = ConnectionPath.of("direct", PHONE, List.of(), CLOUD_TLS12);
    ConnectionPath viaProxy = ConnectionPath.of("via proxy", PHONE, List.of(new Hop.Terminating("wap", LEGACY_FRONT, PROXY_BACK)), CLOUD_TLS12);

    // WHEN
    ConnectionPath.Result directResult = direct.evaluate();
    ConnectionPath.Result proxied = viaProxy.evaluate();

    // THEN the proxy carries it: two legs, TLS 1.0 then TLS 1.2
    assertThat(directResult.firstRefusal()).hasValueSatisfying(leg ->
        assertThat(((Refused) leg.outcome()).reason()).isEqualTo(Refused.Reason.NO_SHARED_PROTOCOL_VERSION));
    assertThat(proxied.isConnected()).isTrue();
    assertThat(proxied.legs()).extracting(l -> ((Connected) l.outcome()).version()).containsExactly(TLS_1_0, TLS_1_2);
  }

  @Test
  void evaluate_firstRefusingHop_isNamedAndNothingBehindItIsTried() {
    ServerPolicy hardenedFront = LEGACY_FRONT.toBuilder().id("wap-hardened").versions(TLS_1_2).build();
    ConnectionPath path = ConnectionPath.of("phone to cloud", PHONE, List.of(new Hop.PassThrough("http-proxy", false),
        new Hop.Terminating("wap-hardened", hardenedFront, PROXY_BACK)), CLOUD_TLS12);

    ConnectionPath.Result result = path.evaluate();

    assertThat(result.legs()).hasSize(1);
    ConnectionPath.Leg refused = result.firstRefusal().orElseThrow();
    assertThat(refused.server().id()).isEqualTo("wap-hardened");
    assertThat(refused.crossed()).extracting(Hop::id).containsExactly("http-proxy");
    assertThat(((Refused) refused.outcome()).reason()).isEqualTo(Refused.Reason.NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void evaluate_sniRoutingPassThrough_refusesClientWithoutSni() {
    ConnectionPath path = ConnectionPath.of("sni router", PHONE, List.of(new Hop.PassThrough("sni-router", true)), LEGACY_FRONT);

    Refused r = (Refused) path.evaluate().firstRefusal().orElseThrow().outcome();

    assertThat(r.reason()).isEqualTo(Refused.Reason.SNI_REQUIRED);
    assertThat(r.detail()).isEqualTo("sni-router routes by server_name (SNI); phone sends none");
  }

  @Test
  void construction_withoutDestinationAtTheEnd_fails() {
    assertThatThrownBy(() -> new ConnectionPath("broken", PHONE, List.of(new Hop.PassThrough("p", false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path 'broken' must end at a Hop.Destination");
  }
}
