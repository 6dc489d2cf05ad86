package io.github.tlscompat.benchmarks;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast {@link Negotiator#negotiate} predicts a handshake: one pair at a time, and a whole
 * 150-client by 60-server matrix; and, for the same pairs, the {@link #baseline} any bitset
 * negotiation pays, to which {@code negotiate} is compared in the same run. See README.md for how to
 * run it and what was measured.
 */
public class NegotiateBenchmark {
  /** Clients in the matrix. */
  public static final int CLIENTS = 150;
  /** Servers in the matrix. */
  public static final int SERVERS = 60;

  /** One representative client/server pair. */
  @State(Scope.Benchmark)
  public static class PairState {
    /** Which pair: see {@link Fleets#pairClient} and {@link Fleets#pairServer}. */
    @Param({"phone-vs-fips", "modern-vs-tls13", "modern-vs-tls12-ecdhe", "phone-vs-tls12-refused"})
    public String pair;

    ClientProfile client;
    ServerPolicy server;

    /** Resolves the pair. */
    @Setup
    public void setUp() {
      client = Fleets.pairClient(pair);
      server = Fleets.pairServer(pair);
    }
  }

  /** The generated fleet: {@value #CLIENTS} clients and {@value #SERVERS} servers. */
  @State(Scope.Benchmark)
  public static class MatrixState {
    ClientProfile[] clients;
    ServerPolicy[] servers;

    /** Generates the fleet (deterministic: {@link Fleets#SEED}). */
    @Setup
    public void setUp() {
      List<ClientProfile> c = Fleets.clients(CLIENTS);
      List<ServerPolicy> s = Fleets.servers(SERVERS);
      clients = c.toArray(new ClientProfile[0]);
      servers = s.toArray(new ServerPolicy[0]);
    }
  }

  /** One negotiation; the result is returned so that it cannot be eliminated. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Negotiation negotiate(PairState state) {
    return Negotiator.negotiate(state.client, state.server);
  }

  /**
   * The floor for one pair: the three set intersections no negotiation can avoid (versions, cipher
   * suites, groups), each materialised as a bitset, and nothing else: no preference order walked,
   * no certificate, signature or client check, no result built.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public void baseline(PairState state, Blackhole blackhole) {
    intersect(state.client, state.server, blackhole);
  }

  /** {@link #baseline} for every pair of the {@link #matrix}: 9,000 pairs per operation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void matrixBaseline(MatrixState state, Blackhole blackhole) {
    for (ClientProfile client : state.clients) {
      for (ServerPolicy server : state.servers) {
        intersect(client, server, blackhole);
      }
    }
  }

  /**
   * The intersections of {@link #baseline}: versions, suites and groups both sides enable (the
   * server's effective groups, those it uses when it names none).
   */
  public static void intersect(ClientProfile client, ServerPolicy server, Blackhole blackhole) {
    blackhole.consume(client.versions().intersect(server.versions()));
    blackhole.consume(client.cipherSuites().asSet().intersect(server.cipherSuites().asSet()));
    blackhole.consume(client.groups().asSet().intersect(server.effectiveGroups().asSet()));
  }

  /** Every client against every server: 9,000 negotiations per operation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void matrix(MatrixState state, Blackhole blackhole) {
    for (ClientProfile client : state.clients) {
      for (ServerPolicy server : state.servers) {
        blackhole.consume(Negotiator.negotiate(client, server));
      }
    }
  }
}
