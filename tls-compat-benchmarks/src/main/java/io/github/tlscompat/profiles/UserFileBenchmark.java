package io.github.tlscompat.profiles;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What validating a user's profile file against the shipped JSON Schema costs, warm, per file. The
 * cold cost, the first file in a fresh JVM, is {@link UserFileColdBenchmark}'s. See README.md.
 *
 * <p>In the profiles package, to call the package-private validator beside the public loader; the
 * benchmarks run on the class path, where that is allowed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class UserFileBenchmark {

  /** A user's client profile of the usual size: a desk phone of the seed story, every metadata field set. */
  static final String PHONE = """
      {
        "$schema": "https://tlscompat.github.io/schema/profile-v1.schema.json",
        "kind": "client",
        "id": "my-phone",
        "aliases": ["desk-phone"],
        "name": "My desk phone",
        "tags": ["phone", "mine"],
        "source": ["vendor manual p. 12"],
        "versions": ["SSLv3", "TLSv1.0"],
        "cipherSuites": ["TLS_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"],
        "groups": ["secp256r1", "secp384r1"],
        "signatureAlgorithms": ["rsa_pkcs1_sha256", "rsa_pkcs1_sha1", "ecdsa_secp256r1_sha256"],
        "sni": false,
        "limits": { "certificateSignatureHashes": ["sha1", "sha256"], "wildcardCertificates": false }
      }
      """;

  /** A user's catalog folder of ten such files, told apart by their ids. */
  static final List<String> TEN = java.util.stream.IntStream.range(0, 10)
      .mapToObj(i -> PHONE.replace("my-phone", "my-phone-" + i).replace("desk-phone", "desk-phone-" + i)).toList();

  com.fasterxml.jackson.databind.JsonNode parsed;

  @org.openjdk.jmh.annotations.Setup
  public void parse() throws Exception {
    parsed = ProfileFile.MAPPER.readTree(PHONE);
  }

  /** The schema check alone, on a parsed file: what validation adds to each file. */
  @Benchmark
  public List<ProfileSchema.Finding> validateOneFile() {
    return ProfileSchema.shipped().problems("my-phone.json", parsed);
  }

  /** A whole user file through the public loader: parse, validate, resolve, build. */
  @Benchmark
  public Catalog loadOneFile() {
    return Catalog.builder().addJson("my-phone.json", PHONE).build();
  }

  /** Ten user files, as from a folder. */
  @Benchmark
  public Catalog loadTenFiles() {
    Catalog.Builder b = Catalog.builder();
    for (int i = 0; i < TEN.size(); i++) b.addJson("phone-" + i + ".json", TEN.get(i));
    return b.build();
  }
}
