package io.github.tlscompat.profiles;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_CIPHER_SUITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.library.SchannelBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import org.junit.jupiter.api.Test;

/**
 * The Schannel defaults of Windows Server 2025 against the clients an admin asks about first: the
 * Lync phone, an old Android and a current browser, next to Server 2022 where they differ.
 */
class SchannelDefaultsTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final String WINDOWS_2025 = "windows-server-2025-schannel-default";
  private static final String WINDOWS_2022 = "windows-server-2022-schannel-default";

  private static Negotiation negotiate(String client, String server) {
    return Negotiator.negotiate(CATALOG.client(client), CATALOG.server(server));
  }

  private static Connected connected(String client, String server) {
    Negotiation n = negotiate(client, server);
    assertThat(n).as(client + " on " + server).isInstanceOf(Connected.class);
    return (Connected) n;
  }

  @Test
  void server2025_isTheBuildItNames_withTheDocumentedGroupsAndNoDheOr3des() {
    ServerPolicy p = CATALOG.server(WINDOWS_2025);
    assertThat(p.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2025));
    assertThat(p.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2,
        ProtocolVersion.TLS_1_3);
    assertThat(p.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1);
    assertThat(p.cipherSuites()).hasSize(20).first().isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(p.cipherSuites()).noneMatch(s -> s.name().startsWith("TLS_DHE_") || s.name().contains("3DES"));
  }

  @Test
  void lyncPhone_connectsTo2022With3des_butFindsNoSuiteOn2025() {
    Connected on2022 = connected("LPE-CE6", WINDOWS_2022);
    assertThat(on2022.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(on2022.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);

    Negotiation on2025 = negotiate("LPE-CE6", WINDOWS_2025);
    assertThat(on2025).isInstanceOf(Refused.class);
    assertThat(((Refused) on2025).reason()).isEqualTo(NO_SHARED_CIPHER_SUITE);
  }

  @Test
  void android237_stillConnectsOverTls10_withAesCbc() {
    Connected c = connected("android-2.3.7", WINDOWS_2025);
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void android442_getsEcdheOnP256_andABrowserGetsTls13OnX25519() {
    Connected android = connected("android-4.4.2", WINDOWS_2025);
    assertThat(android.version()).isEqualTo(ProtocolVersion.TLS_1_2);
    assertThat(android.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
    assertThat(android.group()).contains(NamedGroup.secp256r1);

    Connected edge = connected("edge-101-chrome-101-win10-21h2", WINDOWS_2025);
    assertThat(edge.version()).isEqualTo(ProtocolVersion.TLS_1_3);
    assertThat(edge.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(edge.group()).contains(NamedGroup.x25519);
  }
}
