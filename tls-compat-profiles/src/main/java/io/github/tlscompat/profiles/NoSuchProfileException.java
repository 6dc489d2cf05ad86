package io.github.tlscompat.profiles;

import java.util.NoSuchElementException;

/**
 * Thrown when an id, alias or tag names nothing in a catalog. The message says what was looked for
 * and, when something is close, what was probably meant.
 *
 * @since 0.1.0
 */
public final class NoSuchProfileException extends NoSuchElementException {
  private static final long serialVersionUID = 1L;

  private final String query;

  /** An exception for {@code query} with a complete message. */
  public NoSuchProfileException(String query, String message) {
    super(message);
    this.query = query;
  }

  /** The id, alias or tag that was not found. */
  public String query() {
    return query;
  }
}
