package io.github.tlscompat.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.evidence.handshake.BcHandshake;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import io.github.tlscompat.evidence.handshake.EphemeralCertificate;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.evidence.wire.EngineProbe;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.profiles.Catalog;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * The README's library examples (registry, catalog, evidence), cut from here by tag markers, so
 * that each compiles and runs in the build; the assertions after each region check what its
 * comments claim.
 */
class ReadmeExamplesTest {

  @Test
  void registry() {
    // tag::registry[]
    CipherSuite s = CipherSuite.fromOpenSslName("DES-CBC3-SHA");   // TLS_RSA_WITH_3DES_EDE_CBC_SHA
    s.code();                       // 0x000A
    s.jsseName();                   // SSL_RSA_WITH_3DES_EDE_CBC_SHA
    s.cipher().effectiveBits();     // 112
    s.isValidIn(ProtocolVersion.TLS_1_3);   // false
    s.grade();                      // WEAK: 64-bit blocks (Sweet32), no forward secrecy

    ParameterSet<CipherSuite> tls12 = ParameterSet.matching(CipherSuite.class, c -> c.isValidIn(ProtocolVersion.TLS_1_2));
    PreferenceList<CipherSuite> offered = PreferenceList.of(
        CipherSuite.TLS_RSA_WITH_RC4_128_MD5, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    offered.firstIn(tls12);         // the first offered suite the other side also has
    // end::registry[]

    assertThat(s).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(s.code()).isEqualTo(0x000A);
    assertThat(s.jsseName()).isEqualTo("SSL_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(s.cipher().effectiveBits()).isEqualTo(112);
    assertThat(s.isValidIn(ProtocolVersion.TLS_1_3)).isFalse();
    assertThat(s.grade()).isEqualTo(SecurityGrade.WEAK);
    assertThat(offered.firstIn(tls12)).contains(CipherSuite.TLS_RSA_WITH_RC4_128_MD5);
  }

  @Test
  void catalog() {
    // tag::catalog[]
    Catalog catalog = Catalog.builtIn();                       // 282 clients and servers, with sources
    ClientProfile phone = catalog.client("LPE-CE6");            // ids and aliases, case ignored
    ServerPolicy fips = catalog.server("iiscrypto-3.2-fips-140-2-win2012r2");
    Negotiator.negotiate(phone, fips);                          // Connected[TLSv1.0, TLS_RSA_WITH_3DES_EDE_CBC_SHA, ...]
    catalog.fleet("schannel,LPE-CE6");                          // tags and ids
    catalog.info("LPE-CE6").unconfirmed();                      // what the sources do not settle

    Catalog mine = Catalog.builder().addBuiltIn()
        .addPath(Path.of("src/test/resources/tls-profiles"))    // your own profiles, same format
        .build();
    mine.problems().forEach(System.err::println);               // a bad file is reported, never fatal
    // end::catalog[]

    assertThat(catalog.size()).isEqualTo(282);
    assertThat(catalog.client("lpe-ce6")).isSameAs(phone);
    assertThat(Negotiator.negotiate(phone, fips)).isInstanceOfSatisfying(Connected.class, c -> {
      assertThat(c.version()).isEqualTo(ProtocolVersion.TLS_1_0);
      assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    });
    assertThat(catalog.fleet("schannel,LPE-CE6").clients()).contains(phone).hasSizeGreaterThan(1);
    assertThat(mine.problems()).isEmpty();
    assertThat(mine.client("site-desk-phone").sendsSni()).isFalse();
  }

  @Test
  void evidence() throws Exception {
    Catalog catalog = Catalog.builtIn();
    ClientProfile phone = catalog.client("LPE-CE6");
    ServerPolicy fips = catalog.server("iiscrypto-3.2-fips-140-2-win2012r2");
    SSLContext sslContext = serverContext(CertificateSpec.RSA_2048_SHA256);
    try (EmulatedServer standIn = EmulatedServer.start(fips)) {
      InetSocketAddress frontEnd = standIn.address();

      // tag::evidence[]
      // Wire: the phone's ClientHello to a live server, its answer read off the wire.
      byte[] hello = ClientHelloEncoder.forClient(phone, catalog.capturedClientHello("LPE-CE6"), "fe.contoso.example",
          new SecureRandom());
      Observation w = LiveProbe.create().probe(frontEnd, hello);  // frontEnd: your server's InetSocketAddress
      w.disagreementWith(Negotiator.negotiate(phone, fips));      // Optional.empty() when they agree, else a Disagreement
      EngineProbe.probe(hello, sslContext);                      // the same against an in-process SSLEngine

      // Handshake: a full Bouncy Castle handshake, client restricted to the profile.
      Observation h = BcHandshake.run(phone, fips);               // HANDSHAKE CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA
      try (EmulatedServer o365 = EmulatedServer.start(catalog.server("office365-2019"))) {
        LiveProbe.create().probe(o365.address(), hello);        // or your client code, trusting o365.trustStore()
        o365.awaitConnections(1, Duration.ofSeconds(5));        // what it negotiated, or why it was refused
      }
      // end::evidence[]

      assertThat(w.outcome()).isEqualTo(Observation.Outcome.CONNECTED);
      assertThat(w.disagreementWith(Negotiator.negotiate(phone, fips))).isEmpty();
      assertThat(EngineProbe.probe(hello, sslContext).outcome()).isNotNull();
      assertThat(h.toString()).isEqualTo("HANDSHAKE CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    }
  }

  private static SSLContext serverContext(CertificateSpec spec) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(EphemeralCertificate.of(spec).keyStore(), EphemeralCertificate.KEY_PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
