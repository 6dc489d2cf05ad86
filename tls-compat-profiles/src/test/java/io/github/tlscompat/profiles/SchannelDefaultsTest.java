package io.github.tlscompat.profiles;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_CIPHER_SUITE;
import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_PROTOCOL_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.config.SchannelConfig;
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
 * Lync phone, an old Android and a current browser, next to Server 2022 where they differ; and
 * the same servers with the "Use FIPS compliant algorithms" policy on, as a {@code .reg} export
 * turns it on.
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

  private static final String FIPS_ON = """
      Windows Registry Editor Version 5.00

      [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy]
      "Enabled"=dword:00000001
      """;

  private static ServerPolicy fips(String base) {
    return SchannelConfig.readReg(FIPS_ON, CATALOG.server(base)).toBuilder().id(base + "-fips").build();
  }

  private static Negotiation negotiate(String client, ServerPolicy server) {
    return Negotiator.negotiate(CATALOG.client(client), server);
  }

  @Test
  void fipsPolicyInAReg_narrowsByTheBasesRelease_andNamesTheFipsBuild() {
    ServerPolicy on2025 = fips(WINDOWS_2025);
    assertThat(on2025.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2025_FIPS));
    assertThat(on2025.groups()).containsExactly(NamedGroup.secp256r1, NamedGroup.secp384r1);
    assertThat(on2025.cipherSuites()).isEqualTo(CATALOG.server(WINDOWS_2025).cipherSuites());

    ServerPolicy on2012r2 = fips("windows-8.1-2012r2-schannel-default");
    assertThat(on2012r2.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2012_R2_FIPS));
    assertThat(on2012r2.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2);
    assertThat(on2012r2.cipherSuites()).noneMatch(s -> s.name().contains("RC4")).contains(
        CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);

    ServerPolicy on2003 = fips("windows-xp-2003-schannel-default");
    assertThat(on2003.versions()).containsExactly(ProtocolVersion.TLS_1_0);
    assertThat(on2003.cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void fipsPolicyOnABaseWithoutAWindowsRelease_isRefusedNamingTheLine() {
    assertThatThrownBy(() -> SchannelConfig.readReg(FIPS_ON, CATALOG.server("mozilla-intermediate-6.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 4: the FIPS algorithm policy is on, and what it leaves depends on the Windows release, but"
            + " the base policy mozilla-intermediate-6.0 names no TLS library; base the file on a Windows defaults"
            + " profile (windows-server-2025-schannel-default, ...)");
  }

  @Test
  void lyncPhone_underTheFipsPolicy_keeps3desOn2012r2_andStillHasNoSuiteOn2025() {
    Negotiation on2012r2 = negotiate("LPE-CE6", fips("windows-8.1-2012r2-schannel-default"));
    assertThat(on2012r2).isInstanceOf(Connected.class);
    assertThat(((Connected) on2012r2).version()).isEqualTo(ProtocolVersion.TLS_1_0);
    assertThat(((Connected) on2012r2).cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(((Refused) negotiate("LPE-CE6", fips(WINDOWS_2025))).reason()).isEqualTo(NO_SHARED_CIPHER_SUITE);
  }

  @Test
  void ie6_connectsOverSsl3To2012r2_butNotWithThePolicy() {
    assertThat(((Connected) negotiate("ie-6-xp", CATALOG.server("windows-8.1-2012r2-schannel-default"))).version())
        .isEqualTo(ProtocolVersion.SSL_3_0);
    assertThat(((Refused) negotiate("ie-6-xp", fips("windows-8.1-2012r2-schannel-default"))).reason())
        .isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void browserOn2025WithThePolicy_retriesForP256_insteadOfX25519() {
    Negotiation n = negotiate("edge-101-chrome-101-win10-21h2", fips(WINDOWS_2025));
    assertThat(n).isInstanceOf(Connected.class);
    Connected c = (Connected) n;
    assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_3);
    assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
    assertThat(c.group()).contains(NamedGroup.secp256r1);
    assertThat(c.helloRetryRequest()).isTrue();

    Connected android = (Connected) negotiate("android-2.3.7", fips(WINDOWS_2025));
    assertThat(android.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
  }
}
