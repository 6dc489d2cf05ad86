package io.github.tlscompat.cli;

/**
 * How a command writes its result, chosen with {@code --format}.
 *
 * <p>Constants are lower case because picocli matches option values against constant names, and
 * {@code --format tsv} is what people type. {@code html} is one self-contained page: the
 * matrix report for commands about pairs, a table for the others.
 *
 * @since 0.1.0
 */
public enum OutputFormat {
  /** Aligned columns for a terminal; the layout may change between releases. */
  text,
  /** Tab-separated values with a header line, {@code -} for absent values; stable for scripts. */
  tsv,
  /** JSON written by Jackson, keyed like the TSV columns; stable for scripts. */
  json,
  /** A GitHub-flavoured Markdown table that pastes into a pull request or an issue. */
  markdown,
  /** One self-contained HTML page (inline CSS and script, nothing fetched) to open or attach. */
  html
}
