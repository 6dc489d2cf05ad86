package io.github.tlscompat.core.registry;

import io.github.tlscompat.core.internal.Preconditions;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * An immutable, ordered list of distinct TLS parameters, most preferred first: what a client offers
 * in its ClientHello, or what a server enables in the order it picks from.
 *
 * <p>The list keeps a {@link ParameterSet} of its members, so that the question negotiation asks
 * again and again, "which of mine, in my order, does the peer also have?", is
 * {@link #firstIn(ParameterSet)}: a walk over ordinals with one bit test each.
 *
 * @param <E> the registry enum
 * @since 0.1.0
 */
public final class PreferenceList<E extends Enum<E>> extends AbstractList<E> implements RandomAccess {
  private final Class<E> type;
  private final E[] elements;
  private final ParameterSet<E> members;

  private PreferenceList(Class<E> type, E[] elements) {
    this.type = type;
    this.elements = elements;
    this.members = ParameterSet.copyOf(type, Arrays.asList(elements));
  }

  /** The empty list of {@code type}. */
  public static <E extends Enum<E>> PreferenceList<E> empty(Class<E> type) {
    return new PreferenceList<>(type, newArray(type, 0));
  }

  /**
   * A list of the given parameters in the given order.
   *
   * @throws IllegalArgumentException if a parameter appears twice (use {@link #distinctOf} for
   *     input, such as a captured ClientHello, where repeats are to be dropped)
   */
  @SafeVarargs
  public static <E extends Enum<E>> PreferenceList<E> of(E first, E... rest) {
    E[] all = newArray(first.getDeclaringClass(), rest.length + 1);
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return copyOf(first.getDeclaringClass(), Arrays.asList(all));
  }

  /**
   * A list of {@code elements} of {@code type}, in order.
   *
   * @throws IllegalArgumentException if a parameter appears twice, naming it and both positions
   */
  public static <E extends Enum<E>> PreferenceList<E> copyOf(Class<E> type, List<? extends E> elements) {
    if (elements instanceof PreferenceList<?> list && list.type == type) {
      @SuppressWarnings("unchecked") PreferenceList<E> same = (PreferenceList<E>) list;
      return same;
    }
    E[] array = newArray(type, elements.size());
    int[] firstSeen = new int[ParameterSet.universe(type).length];
    // The messages are built only when a check fails: profiles are built from these in a JVM that
    // has compiled nothing yet, where a string or a lambda per element is most of the cost.
    for (int i = 0; i < array.length; i++) {
      E e = elements.get(i);
      if (e == null) throw new NullPointerException("element " + i + " must not be null");
      int earlier = firstSeen[e.ordinal()];
      if (earlier != 0) {
        throw new IllegalArgumentException(e + " appears twice, at positions " + (earlier - 1) + " and " + i
            + "; a preference list names each parameter once");
      }
      firstSeen[e.ordinal()] = i + 1;
      array[i] = e;
    }
    return new PreferenceList<>(type, array);
  }

  /** A list of {@code elements} of {@code type}, in order, keeping only the first of any repeats. */
  public static <E extends Enum<E>> PreferenceList<E> distinctOf(Class<E> type, List<? extends E> elements) {
    boolean[] seen = new boolean[ParameterSet.universe(type).length];
    E[] array = newArray(type, elements.size());
    int n = 0;
    for (E e : elements) {
      Preconditions.checkNotNull(e, "element");
      if (!seen[e.ordinal()]) {
        seen[e.ordinal()] = true;
        array[n++] = e;
      }
    }
    return new PreferenceList<>(type, Arrays.copyOf(array, n));
  }

  /** The registry enum this list draws from. */
  public Class<E> type() {
    return type;
  }

  @Override public E get(int index) {
    return elements[index];
  }

  @Override public int size() {
    return elements.length;
  }

  @Override public boolean contains(Object o) {
    return members.contains(o);
  }

  @Override public int indexOf(Object o) {
    if (!members.contains(o)) return -1;
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == o) return i;
    }
    return -1;
  }

  @Override public int lastIndexOf(Object o) {
    return indexOf(o);
  }

  /** The members as a set, for set algebra. */
  public ParameterSet<E> asSet() {
    return members;
  }

  /** The first parameter of this list, in this list's order, that {@code other} also contains. */
  public Optional<E> firstIn(ParameterSet<E> other) {
    for (E e : elements) {
      if (other.containsOrdinal(e.ordinal())) return Optional.of(e);
    }
    return Optional.empty();
  }

  /** This list without the parameters {@code other} lacks, in this list's order. */
  public PreferenceList<E> retainAll(ParameterSet<E> other) {
    E[] kept = newArray(type, elements.length);
    int n = 0;
    for (E e : elements) {
      if (other.containsOrdinal(e.ordinal())) kept[n++] = e;
    }
    return n == elements.length ? this : new PreferenceList<>(type, Arrays.copyOf(kept, n));
  }

  /** This list without the parameters in {@code other}, in this list's order. */
  public PreferenceList<E> removeAll(ParameterSet<E> other) {
    return retainAll(ParameterSet.allOf(type).minus(other));
  }

  /** This list with {@code e} added last, or this list if it already has {@code e}. */
  public PreferenceList<E> append(E e) {
    if (contains(e)) return this;
    E[] more = Arrays.copyOf(elements, elements.length + 1);
    more[elements.length] = e;
    return new PreferenceList<>(type, more);
  }

  /** This list with {@code e} moved or added to the front. */
  public PreferenceList<E> prepend(E e) {
    E[] more = newArray(type, elements.length + 1);
    more[0] = e;
    int n = 1;
    for (E x : elements) {
      if (x != e) more[n++] = x;
    }
    return new PreferenceList<>(type, Arrays.copyOf(more, n));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> E[] newArray(Class<E> type, int length) {
    return (E[]) java.lang.reflect.Array.newInstance(type, length);
  }
}
