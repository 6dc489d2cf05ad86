package io.github.tlscompat.junit;

import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.CatalogProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The catalog a test class sees: the built-in profiles plus the files its {@link TlsProfiles}
 * annotations name. Each distinct set of files is loaded once per test run and kept in the root
 * store, which computes a value once even when classes run in parallel.
 */
final class CatalogStore {
  private static final Namespace NAMESPACE = Namespace.create(CatalogStore.class);

  private CatalogStore() {}

  /** The catalog for the test class of {@code context}. */
  static Catalog catalog(ExtensionContext context) {
    Set<Path> paths = profilePaths(context.getRequiredTestClass());
    if (paths.isEmpty()) return Catalog.builtIn();
    // The key is the sorted set of absolute paths: classes naming the same folders share one load.
    String key = "catalog " + paths;
    return loadOnce(context.getRoot().getStore(NAMESPACE), key, paths, context.getRequiredTestClass());
  }

  @SuppressWarnings("deprecation") // computeIfAbsent exists only from JUnit 6; this runs on 5.x too
  private static Catalog loadOnce(ExtensionContext.Store store, String key, Set<Path> paths, Class<?> testClass) {
    return store.getOrComputeIfAbsent(key, k -> load(paths, testClass), Catalog.class);
  }

  private static Set<Path> profilePaths(Class<?> testClass) {
    Set<Path> paths = new TreeSet<>();
    for (Class<?> c : DeclaringClasses.of(testClass)) {
      // Meta-annotations count; the set drops what an inherited annotation repeats.
      AnnotationSupport.findAnnotation(c, TlsProfiles.class).ifPresent(profiles -> {
        for (String p : profiles.value()) paths.add(Path.of(p).toAbsolutePath().normalize());
      });
    }
    return paths;
  }

  private static Catalog load(Set<Path> paths, Class<?> testClass) {
    Catalog.Builder builder = Catalog.builder().addBuiltIn();
    paths.forEach(builder::addPath);
    Catalog catalog = builder.build();
    List<CatalogProblem> problems = catalog.problems();
    if (!problems.isEmpty()) {
      throw new ExtensionConfigurationException("@TlsProfiles on " + testClass.getName() + " names profiles that"
          + " do not load; expected profile .json files or folders of them (docs/profile-format.md):\n"
          + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
    }
    return catalog;
  }
}
