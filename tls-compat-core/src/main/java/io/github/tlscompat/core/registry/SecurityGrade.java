package io.github.tlscompat.core.registry;

/**
 * How good a cipher suite is today, worst first so that {@link #compareTo} orders by quality.
 *
 * <p>The rule that assigns a grade is {@link CipherSuite#grade()}'s; it looks only at the suite's
 * own parameters (not at the certificate or the group, which the negotiation reports separately).
 *
 * @since 0.1.0
 */
public enum SecurityGrade {
  /** Broken: an attacker can read or forge traffic with known, practical attacks. */
  INSECURE,
  /** Not broken in practice, but below current guidance; keep only for clients that need it. */
  WEAK,
  /** Fine to offer. */
  SECURE,
  /** What current guidance (IANA "Recommended", Mozilla "intermediate") prefers. */
  RECOMMENDED
}
