package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ServerPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a {@link ServerScan} measured: the server's policy as the wire showed it, which of its
 * fields rest on a probe's answer and which are assumptions, and what the probes could not settle.
 *
 * @param target the server scanned, as {@code HOST:PORT}
 * @param policy the measured policy; a field no probe could read has its default, listed in {@code assumed}
 * @param measured the policy fields a probe's answer set, named as a profile file names them
 *     (docs/profile-format.md), e.g. {@code versions}, {@code dhBits}, {@code ordersGroupsByClient}
 * @param assumed the policy fields that matter for this server but no probe could read, so they
 *     hold their default
 * @param unconfirmed what the probes could not settle, one sentence each, starting with the field
 * @param notes what the probes found that no field holds, one sentence each
 * @param probes how many ClientHellos were sent (real handshakes not counted)
 * @param elapsed how long the scan took
 * @param library the TLS library the server's behaviour tells, or why it cannot be told (also the
 *     last of {@code notes})
 * @since 0.1.0
 */
public record ScanResult(String target, ServerPolicy policy, Set<String> measured, Set<String> assumed,
    List<String> unconfirmed, List<String> notes, int probes, Duration elapsed, LibraryIdentification library) {

  /** Validates and copies the components; the sets keep their order. */
  public ScanResult {
    Preconditions.checkNotNull(target, "target");
    Preconditions.checkNotNull(policy, "policy");
    Preconditions.checkNotNull(elapsed, "elapsed");
    Preconditions.checkNotNull(library, "library");
    measured = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(measured));
    assumed = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(assumed));
    unconfirmed = List.copyOf(unconfirmed);
    notes = List.copyOf(notes);
  }
}
