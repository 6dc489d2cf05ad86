package io.github.tlscompat.crosscheck;

import io.github.tlscompat.evidence.wire.LiveProbe;
import java.time.Duration;

/** The live probe every real server is checked with. */
final class Probes {
  private Probes() {}

  /**
   * Eight connections at a time (gnutls-serv listens with a backlog of 10; s_server answers one at
   * a time anyway), 3 s for an answer: a local server answers in milliseconds, and one that waits
   * for more bytes (a hello it cannot read) is a refusal once the client gives up.
   */
  static LiveProbe live() {
    return LiveProbe.builder().concurrency(8).connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(3)).build();
  }
}
