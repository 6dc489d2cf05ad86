package io.github.tlscompat.core.internal;

import java.util.function.Supplier;

/**
 * Argument checks that return what they checked, with messages built only on failure.
 *
 * <p>A message supplier is a lambda, and in a fresh JVM each lambda's call site is linked through
 * method handles the first time it runs (about a quarter of a millisecond, even with the class in the
 * class-data archive), and a capturing one is made on every call. Code that a cold command runs for
 * the whole built-in catalog (reading and building profiles, negotiating the matrix) therefore tests
 * and throws instead: {@code if (!ok) throw new IllegalArgumentException(...)}.
 */
public final class Preconditions {
  private Preconditions() {}

  /** Returns {@code value}, or throws {@link IllegalArgumentException} with the message if {@code condition} is false. */
  public static <T> T checkArgument(T value, boolean condition, Supplier<String> message) {
    if (!condition) throw new IllegalArgumentException(message.get());
    return value;
  }

  /** Throws {@link IllegalArgumentException} with the message if {@code condition} is false. */
  public static void checkArgument(boolean condition, Supplier<String> message) {
    if (!condition) throw new IllegalArgumentException(message.get());
  }

  /** Returns {@code value}, or throws {@link NullPointerException} naming it if it is null. */
  public static <T> T checkNotNull(T value, String name) {
    if (value == null) throw new NullPointerException(name + " must not be null");
    return value;
  }
}
