package io.github.tlscompat.profiles;

import java.util.Objects;

/**
 * Something wrong with a profile file: where (the file and the JSON pointer), what was expected,
 * and a suggestion when one is close.
 *
 * <p>{@link #toString()} is the one-line message shown to people, e.g. {@code unknown cipher suite
 * 'TLS_RSA_WITH_3DES_CBC_SHA' at /cipherSuites/3 in my-phones.json; did you mean
 * TLS_RSA_WITH_3DES_EDE_CBC_SHA?}
 *
 * @param location the file, as a path or a classpath resource
 * @param pointer the JSON pointer (RFC 6901) of the offending value; empty for the whole file
 * @param message what is wrong, e.g. {@code unknown cipher suite 'TLS_RSA_WITH_3DES_CBC_SHA'}
 * @param hint what to do about it, e.g. {@code did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?}; may be empty
 * @since 0.1.0
 */
public record CatalogProblem(String location, String pointer, String message, String hint) {

  /** Validates the components. */
  public CatalogProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  @Override public String toString() {
    StringBuilder s = new StringBuilder(message);
    if (!pointer.isEmpty()) s.append(" at ").append(pointer);
    s.append(" in ").append(location);
    if (!hint.isEmpty()) s.append("; ").append(hint);
    return s.toString();
  }
}
