package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.ServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a scan's offers to the one server it scans, one connection each, and counts them. A probe
 * that cannot connect is not an answer: it is thrown, unchecked, and ends the scan.
 */
final class Prober {
  private final LiveProbe probe;
  private final InetSocketAddress server;
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger sent = new AtomicInteger();

  Prober(LiveProbe probe, InetSocketAddress server) {
    this.probe = probe;
    this.server = server;
  }

  /** The server's answer to {@code offer}. */
  ServerResponse send(Offer offer) {
    byte[] hello = offer.encode(random);
    sent.incrementAndGet();
    try {
      Observation o = probe.probe(server, hello);
      return o.response().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many hellos were sent. */
  int sent() {
    return sent.get();
  }

  InetSocketAddress server() {
    return server;
  }
}
