package io.github.tlscompat.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table: a header row, the delimiter row, then one row per entry.
 * Cells are escaped so that a {@code |} or a line break in a value cannot break the table.
 */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  MarkdownTable(String... header) {
    this(List.of(header));
  }

  MarkdownTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  MarkdownTable row(String... cells) {
    return row(List.of(cells));
  }

  List<String> header() {
    return header;
  }

  List<List<String>> rows() {
    return List.copyOf(rows);
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>(rows.size() + 2);
    lines.add(line(header));
    lines.add(line(header.stream().map(h -> "---").toList()));
    for (List<String> row : rows) lines.add(line(row));
    return lines;
  }

  private static String line(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String cell : cells) b.append(' ').append(escape(cell)).append(" |");
    return b.toString();
  }

  /** Escapes what ends a cell; {@code <br>} is left alone, as tables use it for line breaks. */
  static String escape(String cell) {
    return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}
