package io.github.tlscompat.benchmarks.catalog;

import io.github.tlscompat.benchmarks.NegotiateBenchmark;
import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The built-in catalog's matrix, warm: every client against every server as {@code tls-compat
 * matrix} computes it ({@link Matrix#of}), beside the {@link NegotiateBenchmark#baseline} of the same
 * pairs, so that the two are compared in one run. Divide either score by {@link CatalogState#pairs}
 * for the time per pair. See README.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogMatrixBenchmark {

  /** The built-in catalog, every profile built before the measurement. */
  @State(Scope.Benchmark)
  public static class CatalogState {
    List<ClientProfile> clients;
    List<ServerPolicy> servers;
    ClientProfile[] clientArray;
    ServerPolicy[] serverArray;
    /** Clients times servers: the pairs one operation negotiates. */
    public int pairs;

    /** Loads the catalog and builds every profile. */
    @Setup
    public void setUp() {
      Catalog catalog = Catalog.builtIn();
      clients = catalog.clients();
      servers = catalog.servers();
      clientArray = clients.toArray(new ClientProfile[0]);
      serverArray = servers.toArray(new ServerPolicy[0]);
      pairs = clients.size() * servers.size();
      System.out.println("catalog: " + clients.size() + " clients x " + servers.size() + " servers = " + pairs
          + " pairs, " + Matrix.of(clients, servers).refusedTotal() + " refused");
    }
  }

  /** Every client against every server, as {@code matrix} does it. */
  @Benchmark
  public Matrix catalog(CatalogState state) {
    return Matrix.of(state.clients, state.servers);
  }

  /** The baseline's intersections for every pair of {@link #catalog}. */
  @Benchmark
  public void catalogBaseline(CatalogState state, Blackhole blackhole) {
    for (ClientProfile client : state.clientArray) {
      for (ServerPolicy server : state.serverArray) {
        NegotiateBenchmark.intersect(client, server, blackhole);
      }
    }
  }
}
