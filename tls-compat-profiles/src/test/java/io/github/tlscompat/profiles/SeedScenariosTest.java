package io.github.tlscompat.profiles;

import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_CIPHER_SUITE;
import static io.github.tlscompat.core.negotiation.Refused.Reason.NO_SHARED_PROTOCOL_VERSION;
import static io.github.tlscompat.core.negotiation.Refused.Reason.SNI_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.algebra.Diff;
import io.github.tlscompat.core.algebra.Fleet;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.path.Hop;
import io.github.tlscompat.core.path.ConnectionPath;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Lync Phone Edition story, told with the built-in catalog: every scenario of the brief, each
 * asserted on the outcome a test would rely on.
 */
class SeedScenariosTest {

  static final Catalog CATALOG = Catalog.builtIn();
  static final ClientProfile PHONE = CATALOG.client("LPE-CE6");

  static Negotiation phoneAgainst(String server) {
    return Negotiator.negotiate(PHONE, CATALOG.server(server));
  }

  static Connected connected(Negotiation n) {
    assertThat(n).isInstanceOf(Connected.class);
    return (Connected) n;
  }

  static Refused refused(Negotiation n) {
    assertThat(n).isInstanceOf(Refused.class);
    return (Refused) n;
  }

  @ParameterizedTest
  @ValueSource(strings = {"lync-fe-tls10-disabled", "exchange-ews-tls10-disabled", "adfs-tls10-disabled",
      "reverse-proxy-tls10-disabled", "http-proxy-tls10-disabled", "iiscrypto-3.2-pci-3.2-win2012r2",
      "iiscrypto-3.2-pci-3.2-win2016", "iiscrypto-3.2-strict-win2012r2", "iiscrypto-3.2-strict-win2016"})
  void everyHopWithTls10OffRefusesThePhoneForItsVersion(String server) {
    assertThat(refused(phoneAgainst(server)).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void sslv3LeftOnIsTheSilentDowngradeNobodyMeant() {
    Connected c = connected(phoneAgainst("lync-fe-tls10-disabled-ssl3-left-on"));
    assertThat(c.version()).isEqualTo(ProtocolVersion.SSL_3_0);

    Diff diff = Diff.between(CATALOG.server("windows-8.1-2012r2-schannel-default"),
        CATALOG.server("lync-fe-tls10-disabled-ssl3-left-on"), Fleet.of("phones", List.of(PHONE)));
    assertThat(diff.entries(Diff.Change.DOWNGRADED)).extracting(e -> e.client().id()).containsExactly("LPE-CE6");
    assertThat(diff.hasLosses()).isFalse();
  }

  @Test
  void theFips1402TemplateLeavesOnlyTls10With3des() {
    for (String template : List.of("iiscrypto-3.2-fips-140-2-win2012r2", "iiscrypto-3.2-fips-140-2-win2016")) {
      Connected c = connected(phoneAgainst(template));
      assertThat(c.version()).as(template).isEqualTo(ProtocolVersion.TLS_1_0);
      assertThat(c.cipherSuite()).as(template).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    }
  }

  @Test
  void theWebApplicationProxyNeedsItsFallbackBinding() {
    assertThat(refused(phoneAgainst("adfs-3.0-wap-2012r2-default")).reason()).isEqualTo(SNI_REQUIRED);
    assertThat(phoneAgainst("adfs-3.0-wap-2012r2-fallback")).isInstanceOf(Connected.class);
  }

  @Test
  void lyncServer2013TalksTls10ToThePhone() {
    assertThat(connected(phoneAgainst("lync-server-2013")).version()).isEqualTo(ProtocolVersion.TLS_1_0);
  }

  @Test
  void office365TookThePhoneAwayInTwoSteps() {
    Connected before = connected(phoneAgainst("office365-pre-2019-02-28"));
    assertThat(before.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(before.version()).isEqualTo(ProtocolVersion.TLS_1_0);

    assertThat(refused(phoneAgainst("office365-2019")).reason()).isEqualTo(NO_SHARED_CIPHER_SUITE);
    assertThat(refused(phoneAgainst("office365-2020-10")).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);
  }

  @Test
  void aWindowsCe7DeviceConnectsToATls11Policy() {
    Negotiation n = Negotiator.negotiate(CATALOG.client("windows-ce7-device"), CATALOG.server("lync-fe-tls10-disabled"));

    assertThat(connected(n).version()).isGreaterThanOrEqualTo(ProtocolVersion.TLS_1_1);
  }

  @Test
  void skypeForBusinessOnWindows7WithTls12ReachesTheTls12OnlyServer() {
    Negotiation n = Negotiator.negotiate(CATALOG.client("sfb-2015-win7-tls12"), CATALOG.server("sfb-server-2015-tls12-only"));

    assertThat(connected(n).version()).isEqualTo(ProtocolVersion.TLS_1_2);
  }

  @Test
  void thePathNamesTheFirstHopThatRefuses() {
    ClientProfile windowsBackEnd = CATALOG.client("schannel-client-win8.1");
    ConnectionPath hardened = ConnectionPath.of("phone to Office 365", PHONE, List.of(
        new Hop.Terminating("http-proxy", CATALOG.server("http-proxy-tls10-disabled"), windowsBackEnd),
        new Hop.Terminating("adfs", CATALOG.server("adfs-tls10-disabled"), windowsBackEnd)),
        CATALOG.server("office365-2020-10"));
    ConnectionPath proxiesLeftAlone = ConnectionPath.of("phone to Office 365, proxies untouched", PHONE, List.of(
        new Hop.Terminating("http-proxy", CATALOG.server("windows-8.1-2012r2-schannel-default"), windowsBackEnd),
        new Hop.Terminating("adfs", CATALOG.server("adfs-3.0-wap-2012r2-fallback"), windowsBackEnd)),
        CATALOG.server("office365-2020-10"));

    ConnectionPath.Leg first = hardened.evaluate().firstRefusal().orElseThrow();
    assertThat(first.server().id()).isEqualTo("http-proxy");
    assertThat(refused(first.outcome()).reason()).isEqualTo(NO_SHARED_PROTOCOL_VERSION);

    ConnectionPath.Result untouched = proxiesLeftAlone.evaluate();
    assertThat(untouched.isConnected()).isTrue();
  }
}
