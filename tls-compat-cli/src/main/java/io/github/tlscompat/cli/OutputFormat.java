package io.github.tlscompat.cli;

/**
 * How a command writes its result, chosen with {@code --format}.
 *
 * <p>Constants are lower case because picocli matches option values against constant names, and
 * {@code --format tsv} is what people type.
 *
 * @since 0.1.0
 */
public enum OutputFormat {
  /** Aligned columns for a terminal; the layout may change between releases. */
  text,
  /** Tab-separated values with a header line, {@code -} for absent values; stable for scripts. */
  tsv,
  /** A JSON array of objects keyed like the TSV columns; stable for scripts. */
  json
}
