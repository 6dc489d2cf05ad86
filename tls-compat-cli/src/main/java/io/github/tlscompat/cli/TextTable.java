package io.github.tlscompat.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligned columns for the text format: two spaces between columns, the last column unpadded so
 * that no line ends in spaces.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final String indent;

  /** A table whose lines start with {@code indent}; add the header, if any, as the first row. */
  TextTable(String indent) {
    this.indent = indent;
  }

  /** Adds a row; every row should have the same number of cells. */
  TextTable row(String... cells) {
    rows.add(cells.clone());
    return this;
  }


  List<String> lines() {
    int columns = 0;
    for (String[] row : rows) columns = Math.max(columns, row.length);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) line.append("  ");
        line.append(row[i]);
        if (i < row.length - 1) line.append(" ".repeat(widths[i] - row[i].length()));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  @Override public String toString() {
    return "TextTable" + rows.stream().map(Arrays::toString).toList();
  }
}
