package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.LibraryFamily;
import java.util.List;
import java.util.Optional;

/**
 * The TLS library a {@link ServerScan} tells from the server's behaviour (never from a banner): the
 * family, a range of releases where the evidence allows one, the observations that decided it and
 * how sure it is; or, when the observations do not single out one family, {@code unknown} and why.
 *
 * <p>Only families whose behaviour tls-compat has measured on real servers can be told
 * ({@link #MEASURED}); a server on another library (Schannel, LibreSSL, BoringSSL) is told as
 * unknown when its answers match none of them, and could be mistaken for one whose answers it
 * shares, which {@link #confidence()} and the observations let a reader weigh.
 *
 * @param family the family, or empty when it cannot be told
 * @param releases the releases the evidence allows, e.g. {@code 1.1.1 or later}; empty when it says
 *     nothing about them
 * @param confidence how many independent observations single the family out
 * @param observations the observations that decided it, one sentence each; for an unknown library,
 *     those that were read
 * @param reason for an unknown library, why it cannot be told; empty otherwise
 * @since 0.1.0
 */
public record LibraryIdentification(Optional<LibraryFamily> family, Optional<String> releases, Confidence confidence,
    List<String> observations, String reason) {

  /** The families whose behaviour the identification knows, measured against real servers. */
  public static final List<LibraryFamily> MEASURED = List.of(LibraryFamily.OPENSSL, LibraryFamily.GNUTLS,
      LibraryFamily.SUNJSSE, LibraryFamily.BCJSSE);

  /**
   * How sure an identification is.
   *
   * @since 0.1.0
   */
  public enum Confidence {
    /** No family is told. */
    NONE,
    /** One observation singles the family out among the {@link #MEASURED} ones. */
    MEDIUM,
    /** Two or more independent observations each single the family out. */
    HIGH;

    /** {@code high}, {@code medium}, {@code none}: as the scan's output writes it. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Validates and copies the components: a family has a confidence, an unknown library a reason. */
  public LibraryIdentification {
    Preconditions.checkNotNull(family, "family");
    Preconditions.checkNotNull(releases, "releases");
    Preconditions.checkNotNull(confidence, "confidence");
    Preconditions.checkNotNull(reason, "reason");
    Preconditions.checkArgument(family.isPresent() == (confidence != Confidence.NONE),
        () -> "a told family has a confidence, an unknown one none; got " + family + " with " + confidence);
    Preconditions.checkArgument(family.isPresent() || !reason.isBlank(), () -> "an unknown library needs a reason");
    observations = List.copyOf(observations);
  }

  /** A library told from {@code observations}. */
  static LibraryIdentification of(LibraryFamily family, Optional<String> releases, Confidence confidence,
      List<String> observations) {
    return new LibraryIdentification(Optional.of(family), releases, confidence, observations, "");
  }

  /** A library that cannot be told, and why. */
  static LibraryIdentification unknown(String reason, List<String> observations) {
    return new LibraryIdentification(Optional.empty(), Optional.empty(), Confidence.NONE, observations, reason);
  }

  /** The family and releases, e.g. {@code OpenSSL 1.1.1 or later}, or {@code unknown}. */
  public String name() {
    return family.map(f -> f.displayName() + releases.map(r -> " " + r).orElse("")).orElse("unknown");
  }

  /**
   * One sentence: {@code library: OpenSSL 1.1.1 or later (high confidence, from behaviour): ...}, or
   * {@code library: unknown: ...}.
   */
  public String describe() {
    if (family.isEmpty()) return "library: unknown: " + reason;
    return "library: " + name() + " (" + confidence.jsonName() + " confidence, from behaviour): "
        + String.join("; ", observations);
  }
}
