package io.github.tlscompat.core.registry;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An immutable set of TLS parameters of one registry ({@link ProtocolVersion}, {@link CipherSuite},
 * {@link NamedGroup}, {@link SignatureScheme}): a bitset over the enum's ordinals, so that union,
 * intersection and membership cost a few word operations however many suites there are.
 *
 * <p>Iteration is in registry order (code point order for suites, age for versions). Use
 * {@link PreferenceList} where order means preference. Instances are values: {@code equals} compares
 * members, and every operation returns a new set.
 *
 * @param <E> the registry enum
 * @since 0.1.0
 */
public final class ParameterSet<E extends Enum<E>> extends AbstractSet<E> {
  private static final ClassValue<Object[]> UNIVERSES = new ClassValue<>() {
    @Override protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private final Class<E> type;
  private final long[] words;
  private final int size;

  private ParameterSet(Class<E> type, long[] words) {
    this.type = type;
    this.words = words;
    int n = 0;
    for (long w : words) n += Long.bitCount(w);
    this.size = n;
  }

  /** The empty set of {@code type}. */
  public static <E extends Enum<E>> ParameterSet<E> noneOf(Class<E> type) {
    return new ParameterSet<>(type, new long[wordCount(type)]);
  }

  /** Every parameter of {@code type}. */
  public static <E extends Enum<E>> ParameterSet<E> allOf(Class<E> type) {
    return matching(type, e -> true);
  }

  /** The parameters of {@code type} that {@code filter} accepts, e.g. all suites valid in TLS 1.2. */
  public static <E extends Enum<E>> ParameterSet<E> matching(Class<E> type, Predicate<? super E> filter) {
    long[] words = new long[wordCount(type)];
    for (E e : universe(type)) {
      if (filter.test(e)) words[e.ordinal() >>> 6] |= 1L << e.ordinal();
    }
    return new ParameterSet<>(type, words);
  }

  /** A set of the given parameters; duplicates are harmless. */
  @SafeVarargs
  public static <E extends Enum<E>> ParameterSet<E> of(E first, E... rest) {
    Preconditions.checkNotNull(first, "first");
    long[] words = new long[wordCount(first.getDeclaringClass())];
    add(words, first);
    for (E e : rest) add(words, Preconditions.checkNotNull(e, "element"));
    return new ParameterSet<>(first.getDeclaringClass(), words);
  }

  /** A set of the parameters in {@code elements}, of {@code type} (so that an empty collection works). */
  public static <E extends Enum<E>> ParameterSet<E> copyOf(Class<E> type, Collection<? extends E> elements) {
    if (elements instanceof ParameterSet<?> set && set.type == type) {
      @SuppressWarnings("unchecked") ParameterSet<E> same = (ParameterSet<E>) set;
      return same;
    }
    long[] words = new long[wordCount(type)];
    for (E e : elements) add(words, Preconditions.checkNotNull(e, "element"));
    return new ParameterSet<>(type, words);
  }

  /** The registry enum this set draws from. */
  public Class<E> type() {
    return type;
  }

  @Override public int size() {
    return size;
  }

  @Override public boolean isEmpty() {
    return size == 0;
  }

  @Override public boolean contains(Object o) {
    if (!type.isInstance(o)) return false;
    int ordinal = ((Enum<?>) o).ordinal();
    return (words[ordinal >>> 6] & (1L << ordinal)) != 0;
  }

  /** The parameters in this set or in {@code other}. */
  public ParameterSet<E> union(ParameterSet<E> other) {
    long[] w = words.clone();
    for (int i = 0; i < w.length; i++) w[i] |= other.words[i];
    return new ParameterSet<>(type, w);
  }

  /** The parameters in both this set and {@code other}. */
  public ParameterSet<E> intersect(ParameterSet<E> other) {
    long[] w = words.clone();
    for (int i = 0; i < w.length; i++) w[i] &= other.words[i];
    return new ParameterSet<>(type, w);
  }

  /** The parameters in this set but not in {@code other}. */
  public ParameterSet<E> minus(ParameterSet<E> other) {
    long[] w = words.clone();
    for (int i = 0; i < w.length; i++) w[i] &= ~other.words[i];
    return new ParameterSet<>(type, w);
  }

  /** This set with {@code e} added. */
  public ParameterSet<E> with(E e) {
    long[] w = words.clone();
    add(w, e);
    return new ParameterSet<>(type, w);
  }

  /** This set without {@code e}. */
  public ParameterSet<E> without(E e) {
    long[] w = words.clone();
    w[e.ordinal() >>> 6] &= ~(1L << e.ordinal());
    return new ParameterSet<>(type, w);
  }

  /** Whether this set and {@code other} share at least one parameter, without building the intersection. */
  public boolean intersects(ParameterSet<E> other) {
    for (int i = 0; i < words.length; i++) {
      if ((words[i] & other.words[i]) != 0) return true;
    }
    return false;
  }

  /** The members that {@code filter} accepts. */
  public ParameterSet<E> filter(Predicate<? super E> filter) {
    long[] w = new long[words.length];
    for (E e : this) {
      if (filter.test(e)) add(w, e);
    }
    return new ParameterSet<>(type, w);
  }

  @Override public Iterator<E> iterator() {
    E[] universe = universe(type);
    return new Iterator<>() {
      private int next = nextSetBit(0);

      @Override public boolean hasNext() {
        return next >= 0;
      }

      @Override public E next() {
        if (next < 0) throw new NoSuchElementException();
        E e = universe[next];
        next = nextSetBit(next + 1);
        return e;
      }
    };
  }

  private int nextSetBit(int from) {
    int i = from >>> 6;
    if (i >= words.length) return -1;
    long w = words[i] & (-1L << from);
    while (true) {
      if (w != 0) return (i << 6) + Long.numberOfTrailingZeros(w);
      if (++i == words.length) return -1;
      w = words[i];
    }
  }

  @Override public boolean equals(Object o) {
    if (o instanceof ParameterSet<?> other && other.type == type) return Arrays.equals(words, other.words);
    return super.equals(o);
  }

  @Override public int hashCode() {
    return super.hashCode(); // the Set contract: the sum of the members' hash codes
  }

  /** Package access for {@link PreferenceList}: whether the ordinal is a member. */
  boolean containsOrdinal(int ordinal) {
    return (words[ordinal >>> 6] & (1L << ordinal)) != 0;
  }

  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> E[] universe(Class<E> type) {
    return (E[]) UNIVERSES.get(Objects.requireNonNull(type, "type"));
  }

  private static int wordCount(Class<?> type) {
    return (UNIVERSES.get(type).length + 63) >>> 6;
  }

  private static void add(long[] words, Enum<?> e) {
    words[e.ordinal() >>> 6] |= 1L << e.ordinal();
  }
}
