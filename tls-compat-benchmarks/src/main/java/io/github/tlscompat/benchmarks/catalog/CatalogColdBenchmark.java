package io.github.tlscompat.benchmarks.catalog;

import io.github.tlscompat.core.algebra.Matrix;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the built-in catalog in a fresh JVM, one measurement per fork: nothing of tls-compat is
 * loaded when the measurement starts (JVM start excluded). See README.md.
 *
 * <ul>
 *   <li>{@link #builtIn}: {@code Catalog.builtIn()} alone;</li>
 *   <li>{@link #builtInAndOnePair}: then the client and the server {@code ./tls-compat check --client
 *       LPE-CE6 --server office365-2019} looks up;</li>
 *   <li>{@link #builtInAndEveryProfile}: then every client and server, as {@code matrix} needs them;</li>
 *   <li>{@link #builtInMatrix}: then every client against every server, what {@code matrix} computes
 *       (its warm-up thread does exactly this).</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CatalogColdBenchmark {

  /** {@code Catalog.builtIn()}, the first call in the JVM. */
  @Benchmark
  public Catalog builtIn() {
    return Catalog.builtIn();
  }

  /** The catalog, then the phone and the Office 365 policy of the seed story. */
  @Benchmark
  public ServerPolicy builtInAndOnePair() {
    Catalog catalog = Catalog.builtIn();
    ClientProfile phone = catalog.client("LPE-CE6");
    ServerPolicy office = catalog.server("office365-2019");
    return phone.versions().isEmpty() ? null : office;
  }

  /** The catalog, then every client and server in it. */
  @Benchmark
  public int builtInAndEveryProfile() {
    Catalog catalog = Catalog.builtIn();
    List<ClientProfile> clients = catalog.clients();
    List<ServerPolicy> servers = catalog.servers();
    return clients.size() + servers.size();
  }

  /** The catalog, then the matrix of every client against every server. */
  @Benchmark
  public Matrix builtInMatrix() {
    Catalog catalog = Catalog.builtIn();
    return Matrix.of(catalog.clients(), catalog.servers());
  }
}
