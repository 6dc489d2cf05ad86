package io.github.tlscompat.core.config;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.List;

/**
 * A policy written in some configuration format: the text, and what the format could not express.
 *
 * <p>A writer never drops part of a policy silently: a suite the product lacks, an order it cannot
 * keep, a setting it has no directive for, each becomes one sentence in {@link #warnings()}. An
 * export without warnings reads back ({@code read(write(p))}) to the same versions, suites (in
 * order, where the format keeps order) and preference.
 *
 * @param text the configuration text, lines ending in {@code \n}
 * @param warnings what the text does not say, one sentence each, in the order found; empty when
 *     the text says everything the format is asked for
 * @since 0.1.0
 */
public record Exported(String text, List<String> warnings) {

  /** Validates the components and copies the warnings. */
  public Exported {
    Preconditions.checkNotNull(text, "text");
    warnings = List.copyOf(Preconditions.checkNotNull(warnings, "warnings"));
  }

  /** Whether the text expresses everything asked of it: {@link #warnings()} is empty. */
  public boolean isComplete() {
    return warnings.isEmpty();
  }
}
