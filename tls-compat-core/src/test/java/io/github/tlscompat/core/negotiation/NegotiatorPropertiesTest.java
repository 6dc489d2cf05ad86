package io.github.tlscompat.core.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link Negotiator} over random clients and servers drawn from the registry. */
class NegotiatorPropertiesTest {
  private static final List<CipherSuite> SUITES = Arrays.stream(CipherSuite.values())
      .filter(s -> !s.isSsl2() && !s.isSignaling() && s.isRegistered()).toList();
  private static final List<ProtocolVersion> VERSIONS = List.of(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
      ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
  private static final List<NamedGroup> GROUPS = List.of(NamedGroup.x25519, NamedGroup.secp256r1,
      NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.ffdhe2048);
  private static final List<SignatureScheme> SCHEMES = List.of(SignatureScheme.rsa_pkcs1_sha256,
      SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.rsa_pkcs1_sha1,
      SignatureScheme.ecdsa_sha1, SignatureScheme.ed25519);

  @Property(tries = 500)
  void connected_namesOnlyAVersionAndSuiteBothSidesEnable(@ForAll("clients") ClientProfile client,
      @ForAll("servers") ServerPolicy server) {
    if (Negotiator.negotiate(client, server) instanceof Connected c) {
      assertThat(client.versions()).contains(c.version());
      assertThat(server.versions()).contains(c.version());
      assertThat(client.cipherSuites()).contains(c.cipherSuite());
      assertThat(server.cipherSuites()).contains(c.cipherSuite());
      assertThat(c.cipherSuite().isValidIn(c.version())).isTrue();
    }
  }

  @Property(tries = 500)
  void removingASuiteTheClientNeverOffered_changesNothing(@ForAll("clients") ClientProfile client,
      @ForAll("servers") ServerPolicy server) {
    List<CipherSuite> notOffered = server.cipherSuites().stream().filter(s -> !client.cipherSuites().contains(s)).toList();
    if (notOffered.isEmpty() || notOffered.size() == server.cipherSuites().size()) return;
    ServerPolicy smaller = server.toBuilder()
        .cipherSuites(server.cipherSuites().removeAll(ParameterSet.of(notOffered.get(0)))).build();

    // The refusal's detail lists the server's suites, so it may differ; the outcome may not.
    Negotiation before = Negotiator.negotiate(client, server);
    Negotiation after = Negotiator.negotiate(client, smaller);
    if (before instanceof Refused r) {
      assertThat(after).isInstanceOfSatisfying(Refused.class, a -> {
        assertThat(a.reason()).isEqualTo(r.reason());
        assertThat(a.stage()).isEqualTo(r.stage());
      });
    } else {
      assertThat(after).isEqualTo(before);
    }
  }

  @Property(tries = 500)
  void clientPreference_withOnlyRsaKeyTransport_choosesTheClientsFirstSharedSuite(
      @ForAll("clients") ClientProfile anyClient, @ForAll("servers") ServerPolicy anyServer) {
    // RSA key transport needs no group and no signature, so "acceptable" is "shared and valid".
    List<CipherSuite> rsa = SUITES.stream().filter(s -> s.keyExchange() == io.github.tlscompat.core.registry.KeyExchange.RSA
        && !s.isTls13()).toList();
    List<CipherSuite> clientSuites = anyClient.cipherSuites().stream().filter(rsa::contains).toList();
    List<CipherSuite> serverSuites = anyServer.cipherSuites().stream().filter(rsa::contains).toList();
    if (clientSuites.isEmpty() || serverSuites.isEmpty()) return;
    ParameterSet<ProtocolVersion> legacyVersions = anyClient.versions().without(ProtocolVersion.TLS_1_3);
    if (legacyVersions.isEmpty()) return;
    ClientProfile client = anyClient.toBuilder().versions(legacyVersions).cipherSuites(clientSuites).build();
    ServerPolicy server = anyServer.toBuilder().serverPreference(false).cipherSuites(serverSuites).build();

    if (Negotiator.negotiate(client, server) instanceof Connected c) {
      CipherSuite expected = client.cipherSuites().stream()
          .filter(s -> server.cipherSuites().contains(s) && s.isValidIn(c.version())).findFirst().orElseThrow();
      assertThat(c.cipherSuite()).isEqualTo(expected);
    }
  }

  @Property(tries = 500)
  void supportedVersionsClient_getsTheNewestCommonVersion(@ForAll("clients") ClientProfile client,
      @ForAll("servers") ServerPolicy server) {
    if (!client.sendsSupportedVersions()) return;
    if (Negotiator.negotiate(client, server) instanceof Connected c) {
      ProtocolVersion newest = null;
      for (ProtocolVersion v : client.versions().intersect(server.versions())) newest = v;
      assertThat(c.version()).isEqualTo(newest);
    }
  }

  @Provide
  Arbitrary<ClientProfile> clients() {
    return Combinators.combine(versionRanges(), Arbitraries.of(SUITES).list().uniqueElements().ofMinSize(1).ofMaxSize(30),
            Arbitraries.of(GROUPS).list().uniqueElements().ofMaxSize(4),
            Arbitraries.of(SCHEMES).list().uniqueElements().ofMaxSize(5), Arbitraries.of(true, false))
        .as((versions, suites, groups, schemes, sni) -> ClientProfile.builder("client", "random client")
            .versions(versions).cipherSuites(suites).groups(groups)
            .keyShares(groups.isEmpty() ? List.of() : groups.subList(0, 1))
            .signatureAlgorithms(schemes).sendsSni(sni).build());
  }

  @Provide
  Arbitrary<ServerPolicy> servers() {
    return Combinators.combine(versionRanges(), Arbitraries.of(SUITES).list().uniqueElements().ofMinSize(1).ofMaxSize(30),
            Arbitraries.of(true, false), Arbitraries.of(CertificateSpec.RSA_2048_SHA256, CertificateSpec.ECDSA_P256_SHA256),
            Arbitraries.of(GROUPS).list().uniqueElements().ofMaxSize(4))
        .as((versions, suites, preference, cert, groups) -> ServerPolicy.builder("server", "random server")
            .versions(versions).cipherSuites(suites).serverPreference(preference).certificates(cert).groups(groups)
            .build());
  }

  private Arbitrary<ParameterSet<ProtocolVersion>> versionRanges() {
    return Arbitraries.integers().between(0, VERSIONS.size() - 1).tuple2().map(t -> {
      int lo = Math.min(t.get1(), t.get2());
      int hi = Math.max(t.get1(), t.get2());
      return ParameterSet.copyOf(ProtocolVersion.class, VERSIONS.subList(lo, hi + 1));
    });
  }
}
