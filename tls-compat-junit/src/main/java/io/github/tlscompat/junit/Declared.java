package io.github.tlscompat.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A repeatable annotation as it applies to a test, with where it was declared, for messages:
 * {@code @RequiresClient on FooTests.bar()} or {@code @RequiresClient on FooTests}.
 */
record Declared<A extends Annotation>(A annotation, String where) {

  /**
   * Every {@code type} annotation that applies to the test of {@code context}, closest first: on the
   * method, then on its class (and superclasses, the annotations being inherited), then on the
   * enclosing classes of a {@code @Nested} class. Composed annotations count.
   */
  static <A extends Annotation> List<Declared<A>> on(ExtensionContext context, Class<A> type) {
    String name = "@" + type.getSimpleName() + " on ";
    List<Declared<A>> found = new ArrayList<>();
    context.getTestMethod().ifPresent(m -> AnnotationSupport.findRepeatableAnnotations(m, type)
        .forEach(a -> found.add(new Declared<>(a, name + where(m)))));
    for (Class<?> c : DeclaringClasses.enclosing(context.getRequiredTestClass())) {
      AnnotationSupport.findRepeatableAnnotations(c, type).forEach(a -> found.add(new Declared<>(a, name + c.getSimpleName())));
    }
    return found;
  }

  /** {@code FooTests.bar()}. */
  static String where(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
  }
}
