package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.handshake.BcHandshake;
import io.github.tlscompat.core.handshake.HandshakeResult;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.wire.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The strong check of the model: a real Bouncy Castle handshake for every built-in client against
 * every built-in server that Bouncy Castle can run, each compared with {@link Negotiator}'s
 * prediction. A failure lists every disagreeing cell.
 *
 * <p>A server's implementation habits (SunJSSE's {@code ordersGroupsByClient}, ...) are reproduced
 * by the emulated server only where core's handshake package implements them. Which ones it does is
 * found by a probe handshake per habit, not listed here, so the check tightens by itself when the
 * emulation learns a habit: until then a server with a habit the emulation lacks is compared with
 * the model of the server that actually ran, the policy without that habit.
 */
class CatalogHandshakeAgreementTest {

  /** A habit: whether a policy has it, how to take it away, and a pair on which it decides the result. */
  private record Habit(String name, Predicate<ServerPolicy> has,
      BiFunction<ServerPolicy.Builder, Boolean, ServerPolicy.Builder> set, ClientProfile probeClient,
      ServerPolicy probeServer) {

    /** Whether the emulated server behaves as the model says a server with this habit does. */
    boolean emulated() {
      ServerPolicy without = set.apply(probeServer.toBuilder(), false).build();
      Optional<String> control = BcHandshake.run(probeClient, without)
          .disagreementWith(Negotiator.negotiate(probeClient, without));
      assertThat(control).as("the probe for " + name + " must run as the model says without the habit").isEmpty();
      assertThat(Negotiator.negotiate(probeClient, probeServer)).as("the probe for " + name + " must depend on it")
          .isNotEqualTo(Negotiator.negotiate(probeClient, without));
      return BcHandshake.run(probeClient, probeServer).disagreementWith(Negotiator.negotiate(probeClient, probeServer))
          .isEmpty();
    }
  }

  /** TLS 1.2 under server preference: the server lists secp256r1 first, the client secp384r1. */
  private static final Habit ORDERS_GROUPS_BY_CLIENT = new Habit("ordersGroupsByClient",
      ServerPolicy::ordersGroupsByClient, ServerPolicy.Builder::ordersGroupsByClient,
      ClientProfile.builder("probe-client", "probe").versions(ProtocolVersion.TLS_1_2)
          .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
          .groups(List.of(NamedGroup.secp384r1, NamedGroup.secp256r1))
          .signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha256)).build(),
      ServerPolicy.builder("probe-server", "probe").versions(ProtocolVersion.TLS_1_2)
          .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).serverPreference(true)
          .groups(List.of(NamedGroup.secp256r1, NamedGroup.secp384r1)).ordersGroupsByClient(true).build());

  /** TLS 1.2 with a P-256 key: the client lists ecdsa_secp384r1_sha384 first. */
  private static final Habit BINDS_ECDSA_SCHEMES_TO_CURVE = new Habit("bindsEcdsaSchemesToCurve",
      ServerPolicy::bindsEcdsaSchemesToCurve, ServerPolicy.Builder::bindsEcdsaSchemesToCurve,
      ClientProfile.builder("probe-client", "probe").versions(ProtocolVersion.TLS_1_2)
          .cipherSuites(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
          .groups(List.of(NamedGroup.secp256r1))
          .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp384r1_sha384, SignatureScheme.ecdsa_secp256r1_sha256))
          .build(),
      ServerPolicy.builder("probe-server", "probe").versions(ProtocolVersion.TLS_1_2)
          .cipherSuites(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
          .certificates(CertificateSpec.ECDSA_P256_SHA256).bindsEcdsaSchemesToCurve(true).build());

  private static final List<Habit> HABITS = List.of(ORDERS_GROUPS_BY_CLIENT, BINDS_ECDSA_SCHEMES_TO_CURVE);

  /** {@code server} less the habits of {@code lacking}: the server the emulation runs. */
  private static ServerPolicy asEmulated(ServerPolicy server, List<Habit> lacking) {
    ServerPolicy.Builder b = server.toBuilder();
    for (Habit h : lacking) {
      if (h.has().test(server)) b = h.set().apply(b, false);
    }
    return b.build();
  }

  private record Cell(ClientProfile client, ServerPolicy server, Negotiation model, HandshakeResult handshake,
      Optional<String> disagreement) {
    @Override public String toString() {
      return client.id() + " x " + server.id() + "\n    model:     " + model + "\n    handshake: " + handshake
          + "\n    why:       " + disagreement.orElse("-");
    }
  }

  @Test
  void everyRunnablePair_handshakeAgreesWithTheModel() {
    // GIVEN every built-in pair that Bouncy Castle can run
    Catalog catalog = Catalog.builtIn();
    List<Object[]> pairs = new ArrayList<>();
    int notRunnable = 0;
    for (ClientProfile client : catalog.clients()) {
      for (ServerPolicy server : catalog.servers()) {
        if (BcHandshake.isRunnable(client, server)) pairs.add(new Object[] {client, server});
        else notRunnable++;
      }
    }

    List<Habit> lacking = HABITS.stream().filter(h -> !h.emulated()).toList();
    Set<String> emulatedWithout = catalog.servers().stream()
        .filter(s -> lacking.stream().anyMatch(h -> h.has().test(s))).map(ServerPolicy::id)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    if (!emulatedWithout.isEmpty()) {
      System.out.println("the emulated server lacks " + lacking.stream().map(Habit::name).toList() + "; compared "
          + emulatedWithout + " without it");
    }

    // WHEN each runs a real handshake
    List<Cell> cells = pairs.parallelStream().map(p -> {
      ClientProfile client = (ClientProfile) p[0];
      ServerPolicy server = (ServerPolicy) p[1];
      Negotiation model = Negotiator.negotiate(client, asEmulated(server, lacking));
      HandshakeResult handshake = BcHandshake.run(client, server);
      return new Cell(client, server, model, handshake, handshake.disagreementWith(model));
    }).toList();

    // THEN each agrees with the model
    Map<String, Long> tally = new TreeMap<>(cells.stream().collect(Collectors.groupingBy(
        c -> c.handshake.outcome() + c.handshake.evidence().map(e -> e == Evidence.WIRE ? " (wire)" : "").orElse(""),
        Collectors.counting())));
    List<Cell> disagreeing = cells.stream().filter(c -> c.disagreement.isPresent())
        .sorted(Comparator.comparing((Cell c) -> c.client.id()).thenComparing(c -> c.server.id())).toList();
    System.out.println("handshakes: " + cells.size() + " runnable pairs " + tally + ", " + notRunnable
        + " not runnable, " + disagreeing.size() + " disagreeing");
    assertThat(disagreeing)
        .as("%d of %d handshakes disagree with the model:%n  %s", disagreeing.size(), cells.size(),
            disagreeing.stream().map(Cell::toString).collect(Collectors.joining("\n  ")))
        .isEmpty();
  }
}
