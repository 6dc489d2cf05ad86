package io.github.tlscompat.profiles;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_PROTOCOL_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.library.BoringSslBuilds;
import io.github.tlscompat.core.library.LibreSslBuilds;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An {@code openssl s_server} with its defaults on the LibreSSL and BoringSSL builds, against the
 * Lync phone, old Androids and a current browser: what the library under the same arguments changes.
 */
class LibreSslAndBoringSslClientsTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  private static ServerPolicy sServer(String arguments, OpenSslBuild build) {
    return OpenSslConfig.readArguments("s_server", arguments, CertificateSpec.RSA_2048_SHA256, ServerLibrary.of(build),
        path -> Optional.empty()).policy();
  }

  private static Negotiation negotiate(String client, ServerPolicy server) {
    return Negotiator.negotiate(CATALOG.client(client), server);
  }

  private static Connected connected(String client, ServerPolicy server) {
    Negotiation n = negotiate(client, server);
    assertThat(n).as(client).isInstanceOf(Connected.class);
    return (Connected) n;
  }

  @Test
  void lyncPhone_getsRc4FromLibreSsl33sDefault_butNoVersionFrom42() {
    Connected on33 = connected("LPE-CE6", sServer("", LibreSslBuilds.LIBRESSL_3_3));
    assertThat(on33.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(on33.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_RC4_128_MD5);

    Negotiation on42 = negotiate("LPE-CE6", sServer("", LibreSslBuilds.LIBRESSL_4_2));
    assertThat(((Refused) on42).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void android237_connectsToLibreSsl33_andIsRefusedBy42ForItsVersion() {
    Connected on33 = connected("android-2.3.7", sServer("-serverpref", LibreSslBuilds.LIBRESSL_3_3));
    assertThat(on33.version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(on33.cipherSuite()).isEqualTo(CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(((Refused) negotiate("android-2.3.7", sServer("", LibreSslBuilds.LIBRESSL_4_2))).reason())
        .isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void android442AndABrowser_onLibreSsl42() {
    Connected android = connected("android-4.4.2", sServer("-serverpref", LibreSslBuilds.LIBRESSL_4_2));
    assertThat(android.version()).isEqualTo(ProtocolVersion.TLS_1_2);
    assertThat(android.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
    assertThat(android.group()).contains(NamedGroup.secp256r1);

    Connected edge = connected("edge-101-chrome-101-win10-21h2", sServer("-serverpref", LibreSslBuilds.LIBRESSL_4_2));
    assertThat(edge.version()).isEqualTo(ProtocolVersion.TLS_1_3);
    assertThat(edge.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(edge.group()).contains(NamedGroup.x25519);
  }

  @Test
  void boringSsl_refusesThePhoneAndAndroid237ForTheirVersion_andServesAndroid442AndABrowser() {
    ServerPolicy boring = sServer("-serverpref", BoringSslBuilds.BORINGSSL_2026_08);
    assertThat(((Refused) negotiate("LPE-CE6", boring)).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
    assertThat(((Refused) negotiate("android-2.3.7", boring)).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);

    Connected android = connected("android-4.4.2", boring);
    assertThat(android.version()).isEqualTo(ProtocolVersion.TLS_1_2);
    // BoringSSL prefers AES-128-GCM; no DHE suite exists to be picked
    assertThat(android.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(android.group()).contains(NamedGroup.secp256r1);

    Connected edge = connected("edge-101-chrome-101-win10-21h2", boring);
    assertThat(edge.version()).isEqualTo(ProtocolVersion.TLS_1_3);
    assertThat(edge.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_128_GCM_SHA256);
    assertThat(edge.group()).contains(NamedGroup.x25519);
  }
}
