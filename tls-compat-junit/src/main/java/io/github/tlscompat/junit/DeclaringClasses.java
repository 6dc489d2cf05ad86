package io.github.tlscompat.junit;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes whose declarations apply to a test class: the class and its superclasses, then, for a
 * {@code @Nested} (inner) class, its enclosing class and that one's superclasses, outwards.
 */
final class DeclaringClasses {
  private DeclaringClasses() {}

  /** Closest first. */
  static List<Class<?>> of(Class<?> testClass) {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = isInner(c) ? c.getEnclosingClass() : null) {
      for (Class<?> s = c; s != null && s != Object.class; s = s.getSuperclass()) classes.add(s);
    }
    return classes;
  }

  /** The test class, then its enclosing classes while it is a {@code @Nested} (inner) class: closest first. */
  static List<Class<?>> enclosing(Class<?> testClass) {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = isInner(c) ? c.getEnclosingClass() : null) classes.add(c);
    return classes;
  }

  // A static nested class is its own test class: the outer class's declarations are not its.
  private static boolean isInner(Class<?> c) {
    return c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers());
  }
}
