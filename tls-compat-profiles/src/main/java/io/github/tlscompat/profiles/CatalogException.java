package io.github.tlscompat.profiles;

import java.util.List;

/**
 * Thrown when profiles were asked for strictly and some could not be read. The message lists every
 * problem, one per line; {@link #problems()} gives them as values.
 *
 * @since 0.1.0
 */
public final class CatalogException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<CatalogProblem> problems;

  /** An exception for these problems (at least one). */
  public CatalogException(List<CatalogProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found. */
  public List<CatalogProblem> problems() {
    return problems;
  }

  private static String message(List<CatalogProblem> problems) {
    if (problems.isEmpty()) throw new IllegalArgumentException("a CatalogException needs a problem");
    if (problems.size() == 1) return problems.get(0).toString();
    StringBuilder s = new StringBuilder(problems.size() + " problems in profile files:");
    for (CatalogProblem p : problems) s.append(System.lineSeparator()).append("  ").append(p);
    return s.toString();
  }
}
