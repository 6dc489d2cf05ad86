package io.github.tlscompat.evidence.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.github.tlscompat.core.library.LibraryFamily;
import org.junit.jupiter.api.Test;

/**
 * Every catalog server profile Bouncy Castle can emulate, scanned on the wire: the scanned profile
 * must be one a scan cannot tell from the emulated one ({@link WireView}), and its versions, DH size
 * and SNI requirement must be the emulated profile's.
 */
class ServerScanEmulatedTest {
  private static final String SNI = "server.scan.test";

  @Test
  void scannedProfileOfEveryEmulatedCatalogServerShowsWhatTheEmulatedProfileShows() throws IOException {
    // GIVEN every catalog server the emulation can serve
    List<String> mismatches = new ArrayList<>();
    int scanned = 0;
    int told = 0;
    List<String> unknown = new ArrayList<>();
    int probes = 0;
    long millis = 0;
    for (ServerPolicy policy : Catalog.builtIn().servers()) {
      EmulatedServer server;
      try {
        server = EmulatedServer.start(policy);
      } catch (IllegalArgumentException notEmulated) {
        continue;
      }
      // WHEN it is scanned
      ScanResult result;
      try (server) {
        result = ServerScan.builder("127.0.0.1", server.port()).sni(SNI).timeout(Duration.ofSeconds(5)).build().run();
      }
      scanned++;
      probes += result.probes();
      millis += result.elapsed().toMillis();
      // THEN
      String expected = WireView.of(policy, SNI);
      String actual = WireView.of(result.policy(), SNI);
      if (!expected.equals(actual)) {
        mismatches.add(policy.id() + ":\n  emulated: " + expected.replace("\n", "\n            ")
            + "\n  scanned:  " + actual.replace("\n", "\n            "));
      }
      if (!result.policy().versions().equals(completable(policy)) && !policy.versions().isEmpty()) {
        mismatches.add(policy.id() + ": versions " + result.policy().versions() + " scanned, " + policy.versions() + " emulated");
      }
      // Bouncy Castle's TLS serves every emulation: told as BCJSSE (built on it), or unknown; never another.
      LibraryIdentification library = result.library();
      if (library.family().isPresent()) {
        told++;
        if (library.family().get() != LibraryFamily.BCJSSE) mismatches.add(policy.id() + ": " + library.describe());
      } else {
        unknown.add(policy.id() + ": " + library.reason());
      }
      if (refusesWithoutSni(result.policy()) != refusesWithoutSni(policy)) {
        mismatches.add(policy.id() + ": refuses a hello without server_name: " + refusesWithoutSni(result.policy())
            + " scanned");
      }
    }
    System.out.println("scanned " + scanned + " emulated catalog servers: " + probes + " probes, " + millis + " ms; "
        + told + " told as BCJSSE, unknown: " + unknown);
    assertThat(scanned).isGreaterThan(20);
    assertThat(told).isEqualTo(scanned - unknown.size()).isGreaterThanOrEqualTo(scanned * 9 / 10);
    assertThat(String.join("\n", mismatches)).isEmpty();
  }

  /**
   * The versions a handshake can complete in, which is what the wire shows: not SSL 2.0, and not a
   * version before TLS 1.2 when the server's library will not make its signatures (MD5+SHA-1 for an
   * RSA key, SHA-1 otherwise; OpenSSL 3.0 at level 1 and above keeps such a version enabled and
   * fails every handshake in it).
   */
  private static ParameterSet<ProtocolVersion> completable(ServerPolicy p) {
    return p.versions().without(ProtocolVersion.SSL_2_0).filter(v -> !v.isOlderThan(ProtocolVersion.TLS_1_2)
        || p.library().isEmpty() || p.certificates().stream().anyMatch(c -> p.library().get().signatureRefusal(
            c.keyType() == SignatureScheme.KeyType.RSA ? HashAlgorithm.MD5_SHA1 : HashAlgorithm.SHA1).isEmpty()));
  }

  private static boolean refusesWithoutSni(ServerPolicy p) {
    return p.requiresSni() && p.fallbackCertificate().isEmpty();
  }
}
