package io.github.tlscompat.cli;

import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.core.remedy.Remedy;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --max-concession LEVEL}: the weakest security a remedy may concede
 * ({@link Remedy#concession()}), shared as a picocli mixin by {@code remedy} and {@code path}.
 */
final class ConcessionOptions {

  /** The levels, weakest first; lower case because picocli matches values against constant names. */
  enum Level {
    /** Anything that re-admits the client, export and RC4 suites and SSL 3.0 included (the default). */
    insecure,
    /** No export, RC4, single-DES or NULL suite, no SSL 3.0, no MD5-signed certificate. */
    weak,
    /** Not even 3DES, RSA key transport, TLS 1.0/1.1 or SHA-1-signed certificates. */
    secure,
    /** Only what current guidance prefers. */
    recommended;

    SecurityGrade grade() {
      return SecurityGrade.valueOf(name().toUpperCase(Locale.ROOT));
    }
  }

  @Option(names = "--max-concession", paramLabel = "LEVEL", defaultValue = "insecure",
      description = "The most a remedy may give up: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
          + " anything). weak keeps export, RC4, single-DES and NULL suites, SSL 3.0 and MD5-signed"
          + " certificates out; secure also 3DES, RSA key transport, TLS 1.0/1.1 and SHA-1.")
  Level level;

  /** Whether a cap is set: anything but {@code insecure}. */
  boolean isCapped() {
    return level != Level.insecure;
  }

  /** The remedies that concede no more than the cap, in their order. */
  List<Remedy> allowed(List<Remedy> remedies) {
    return remedies.stream().filter(r -> r.concession().compareTo(level.grade()) >= 0).toList();
  }

  /**
   * Why none of {@code all} is offered: {@code No remedy concedes no more than --max-concession
   * weak; the 16 found concede more, the least: ...}.
   */
  String noneAllowed(List<Remedy> all) {
    Remedy least = all.stream().max((a, b) -> a.concession().compareTo(b.concession())).orElseThrow();
    return "No remedy stays within --max-concession " + level + ": the " + all.size()
        + (all.size() == 1 ? " found concedes" : " found concede") + " more, the least "
        + least.concession().name().toLowerCase(Locale.ROOT) + ": " + least.describe();
  }

  /** {@code --max-concession weak}, for the lines that say a list is capped. */
  String option() {
    return "--max-concession " + level;
  }
}
