package io.github.tlscompat.benchmarks;

import io.github.tlscompat.evidence.handshake.BcHandshake;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
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

/**
 * How long one real, in-memory Bouncy Castle handshake takes ({@link BcHandshake#run}): a client
 * restricted to one suite against a server of one suite, RSA 2048 certificate. See README.md.
 */
public class HandshakeBenchmark {

  /** One pair: its client and server offer exactly the suite named. */
  @State(Scope.Benchmark)
  public static class PairState {
    /** {@code tls12-ecdhe-rsa-aes128-gcm} (x25519), {@code tls13-aes128-gcm} (x25519) or {@code tls10-rsa-3des}. */
    @Param({"tls12-ecdhe-rsa-aes128-gcm", "tls13-aes128-gcm", "tls10-rsa-3des"})
    public String pair;

    ClientProfile client;
    ServerPolicy server;

    /** Builds the pair and runs it once, so that the certificate is made before measuring. */
    @Setup
    public void setUp() {
      switch (pair) {
        case "tls12-ecdhe-rsa-aes128-gcm" -> pair(ProtocolVersion.TLS_1_2, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
        case "tls13-aes128-gcm" -> pair(ProtocolVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256);
        case "tls10-rsa-3des" -> pair(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
        default -> throw new IllegalArgumentException("unknown pair " + pair);
      }
      Observation first = BcHandshake.run(client, server);
      if (!first.negotiation().map(n -> n.isConnected()).orElse(false)) {
        throw new IllegalStateException(pair + " does not connect: " + first);
      }
    }

    private void pair(ProtocolVersion version, CipherSuite suite) {
      ClientProfile.Builder c = ClientProfile.builder(pair, pair + " client").versions(version).cipherSuites(suite);
      if (version != ProtocolVersion.TLS_1_0) {
        c.groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1))
            .signatureAlgorithms(List.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256));
      }
      if (version == ProtocolVersion.TLS_1_3) c.keyShares(List.of(NamedGroup.x25519));
      client = c.build();
      server = ServerPolicy.builder(pair, pair + " server").versions(version).cipherSuites(suite).build();
    }
  }

  /** One full handshake, both Finished messages exchanged; the result is returned so that it cannot be eliminated. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Observation handshake(PairState state) {
    return BcHandshake.run(state.client, state.server);
  }
}
