package io.github.tlscompat.profiles;

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
 * The first user profile file in a fresh JVM, one measurement per fork (JVM start excluded), with
 * and without the schema check, side by side in the same run. See README.md.
 *
 * <ul>
 *   <li>{@link #readOnly}: the file parsed and read by the loader's first pass, no schema;</li>
 *   <li>{@link #readAndValidate}: the same, then checked against the shipped schema (compiled on
 *       this first use): the difference is what validation costs cold;</li>
 *   <li>{@link #catalogWithOneUserFile}: the built-in catalog plus the file through the public
 *       loader, as {@code ./tls-compat check --profiles my-phone.json} does.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class UserFileColdBenchmark {

  /** The file read as a built-in file is: parsed and checked for kind and id, no schema. */
  @Benchmark
  public Object readOnly() {
    List<CatalogProblem> problems = new java.util.ArrayList<>();
    return ProfileFile.read("my-phone.json", UserFileBenchmark.PHONE, problems);
  }

  /** The file read as a user's file is: parsed, checked against the schema, and read. */
  @Benchmark
  public Object readAndValidate() {
    List<CatalogProblem> problems = new java.util.ArrayList<>();
    return ProfileFile.read("my-phone.json", UserFileBenchmark.PHONE, problems, ProfileSchema.shipped(),
        new java.util.ArrayList<>());
  }

  /** The built-in catalog and one user file, through the public builder. */
  @Benchmark
  public Catalog catalogWithOneUserFile() {
    return Catalog.builder().addBuiltIn().addJson("my-phone.json", UserFileBenchmark.PHONE).build();
  }
}
