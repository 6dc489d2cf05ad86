package io.github.tlscompat.evidence.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.evidence.wire.Observation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The emulated server follows the engine: for random server policies put together from the pieces
 * of the built-in catalog (its versions, suites, groups, signature schemes, certificates, DH primes
 * and every combination of habits), against every kind of built-in client, each pair Bouncy
 * Castle can run ends as {@link Negotiator} predicts.
 */
class EmulatedServerFollowsModelPropertiesTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final List<ServerPolicy> SERVERS = CATALOG.servers();
  private static final List<ClientProfile> CLIENTS = CATALOG.clients();
  private static final List<ProtocolVersion> VERSIONS = pieces(ServerPolicy::versions).stream()
      .filter(v -> v != ProtocolVersion.SSL_2_0).sorted().toList();
  private static final List<CipherSuite> SUITES = pieces(ServerPolicy::cipherSuites);
  private static final List<NamedGroup> GROUPS = pieces(ServerPolicy::effectiveGroups);
  /** The schemes servers name, and those the clients list (few built-in servers restrict them). */
  private static final List<SignatureScheme> SCHEMES = java.util.stream.Stream.concat(
      pieces(ServerPolicy::signatureSchemes).stream(),
      CLIENTS.stream().flatMap(c -> c.signatureAlgorithms().stream())).distinct().toList();
  private static final List<CertificateSpec> CERTIFICATES = pieces(ServerPolicy::certificates).stream()
      .filter(EphemeralCertificate::isSupported).toList();
  private static final List<Integer> DH_BITS = SERVERS.stream().map(ServerPolicy::dhBits)
      .filter(bits -> BcRegistry.dhGroup(bits) != null).distinct().toList();

  private static <E> List<E> pieces(Function<ServerPolicy, ? extends Collection<E>> piece) {
    Set<E> all = new LinkedHashSet<>();
    for (ServerPolicy s : SERVERS) all.addAll(piece.apply(s));
    return List.copyOf(all);
  }

  @Property(tries = 400)
  void everyRunnablePair_emulatedServerAgreesWithTheModel(@ForAll("clients") ClientProfile client,
      @ForAll("policies") ServerPolicy server) {
    boolean runnable = BcHandshake.isRunnable(client, server);
    Statistics.label("runnable").collect(runnable);
    if (!runnable) return;

    Negotiation model = Negotiator.negotiate(client, server);
    Observation handshake = BcHandshake.run(client, server);
    Statistics.label("outcome").collect(handshake.outcome());

    assertThat(handshake.disagreementWith(model))
        .as("%s x %s%n  server:    %s%n  model:     %s%n  handshake: %s", client.id(), server.id(),
            describe(server), model, handshake)
        .isEmpty();
  }

  @Provide
  Arbitrary<ClientProfile> clients() {
    return Arbitraries.of(CLIENTS);
  }

  @Provide
  Arbitrary<ServerPolicy> policies() {
    // Versions and suites come mostly from one built-in server (so that clients share some), else from all.
    Arbitrary<List<ProtocolVersion>> versions = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(SERVERS).map(server -> server.versions().stream()
            .filter(v -> v != ProtocolVersion.SSL_2_0).toList()).filter(list -> !list.isEmpty())),
        Tuple.of(1, Arbitraries.of(VERSIONS).list().uniqueElements().ofMinSize(1).ofMaxSize(4)));
    Arbitrary<List<CipherSuite>> suites = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(SERVERS).flatMap(server -> Arbitraries.of(server.cipherSuites()).list()
            .uniqueElements().ofMinSize(1).ofMaxSize(server.cipherSuites().size()))),
        Tuple.of(1, Arbitraries.of(SUITES).list().uniqueElements().ofMinSize(1).ofMaxSize(12)))
        // jqwik's edge cases of a flatMapped list can repeat an element despite uniqueElements().
        .map(list -> list.stream().distinct().toList());
    Arbitrary<List<NamedGroup>> groups = Arbitraries.of(GROUPS).list().uniqueElements().ofMaxSize(5);
    // Most servers sign with whatever their certificate can make; some name their schemes.
    Arbitrary<List<SignatureScheme>> schemes = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(List.<SignatureScheme>of())),
        Tuple.of(1, Arbitraries.of(SCHEMES).list().uniqueElements().ofMinSize(1).ofMaxSize(6)));
    Arbitrary<List<CertificateSpec>> certificates = Arbitraries.of(CERTIFICATES).list().uniqueElements()
        .ofMinSize(1).ofMaxSize(3);
    Arbitrary<Integer> dhBits = Arbitraries.of(DH_BITS);
    Arbitrary<Set<ServerHabit>> habits = Arbitraries.of(ServerHabit.class).set();
    // Bits: 1 serverPreference; 6 both set: requiresSni (1 in 4); 8 a fallback certificate then;
    // 48 both set: requiresClientCertificate (1 in 4), so that most pairs get past those demands.
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, 63);
    return Combinators.combine(versions, suites, groups, schemes, certificates, dhBits, habits, flags)
        .as((v, s, g, sig, certs, dh, h, f) -> {
          ServerPolicy.Builder b = ServerPolicy.builder("random", "random policy from catalog pieces")
              .versions(ProtocolVersion.TLS_1_2).cipherSuites(s).groups(g).signatureSchemes(sig)
              .certificates(certs.get(0), certs.subList(1, certs.size()).toArray(CertificateSpec[]::new))
              .dhBits(dh).habits(h)
              .serverPreference((f & 1) != 0).requiresSni((f & 6) == 6).requiresClientCertificate((f & 48) == 48);
          b.versions(io.github.tlscompat.core.registry.ParameterSet.copyOf(ProtocolVersion.class, v));
          if ((f & 6) == 6 && (f & 8) != 0) b.fallbackCertificate(certs.get(certs.size() - 1));
          return b.build();
        });
  }

  private static String describe(ServerPolicy p) {
    return "versions=" + p.versions() + " suites=" + p.cipherSuites() + " serverPreference=" + p.serverPreference()
        + " groups=" + p.groups() + " schemes=" + p.signatureSchemes() + " certificates=" + p.certificates()
        + " dhBits=" + p.dhBits() + " requiresSni=" + p.requiresSni() + " fallback=" + p.fallbackCertificate()
        + " requiresClientCertificate=" + p.requiresClientCertificate() + " habits=" + p.habits();
  }
}
