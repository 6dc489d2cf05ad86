package io.github.tlscompat.profiles;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, whichever thread asks first: how a catalog read from the
 * prepared form builds only the profiles a caller looks at.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

  private Supplier<? extends T> compute; // null once the value is known
  private volatile T value;

  private Lazy(Supplier<? extends T> compute, T value) {
    this.compute = compute;
    this.value = value;
  }

  /** A value already known. */
  static <T> Lazy<T> of(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value, "value"));
  }

  /** A value {@code compute} makes on first use; it must not return null. */
  static <T> Lazy<T> later(Supplier<? extends T> compute) {
    return new Lazy<>(Objects.requireNonNull(compute, "compute"), null);
  }

  @Override public T get() {
    T v = value;
    if (v != null) return v;
    synchronized (this) {
      if (value == null) {
        value = Objects.requireNonNull(compute.get(), "computed value");
        compute = null;
      }
      return value;
    }
  }
}
