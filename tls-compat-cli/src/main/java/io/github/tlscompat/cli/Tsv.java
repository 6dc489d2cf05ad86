package io.github.tlscompat.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Tab-separated lines: {@code -} for an absent or empty value, tabs and line breaks as spaces. */
final class Tsv {
  /** What TSV and text write for an absent value. */
  static final String ABSENT = "-";

  private Tsv() {}

  static String line(List<String> fields) {
    return fields.stream()
        .map(f -> f == null || f.isEmpty() ? ABSENT : f.replaceAll("[\t\r\n]+", " "))
        .collect(Collectors.joining("\t"));
  }

  static String line(String... fields) {
    return line(java.util.Arrays.asList(fields));
  }
}
