package io.github.tlscompat.fuzz;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contract every fuzz target holds its code to: a reader of outside input returns a value, or
 * rejects the input with its documented {@link IllegalArgumentException} (the configuration
 * readers', the decoders', {@code CatalogException}) carrying a message a person can act on.
 *
 * <p>Anything else escapes on purpose, so that Jazzer reports it as a finding: a
 * {@link NullPointerException}, {@link ArrayIndexOutOfBoundsException} or {@link ClassCastException}
 * (a bug), a {@link StackOverflowError} (unbounded recursion), an {@link OutOfMemoryError}
 * (unbounded buffering; {@code fuzz.sh} runs the fuzzer with a 512 MB heap). Time is bounded by
 * libFuzzer's {@code -timeout=10} in {@code fuzz.sh}: an input that runs ten seconds is a finding.
 */
final class Contract {
  private Contract() {}

  /** The value {@code read} returns, or empty when it rejects the input as documented. */
  static <T> Optional<T> returnsOrRejects(Supplier<T> read) {
    T value;
    try {
      value = read.get();
    } catch (IllegalArgumentException rejected) {
      String message = rejected.getMessage();
      if (message == null || message.isBlank()) {
        throw new AssertionError("rejected the input without saying why", rejected);
      }
      return Optional.empty();
    }
    if (value == null) throw new AssertionError("returned null instead of a value or a rejection");
    return Optional.of(value);
  }

  /** Fails the target with {@code what} unless {@code condition} holds; the text is built only on failure. */
  static void check(boolean condition, Supplier<String> what) {
    if (!condition) throw new AssertionError(what.get());
  }
}
