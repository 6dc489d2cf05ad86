package io.github.tlscompat.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a source file between {@code tag::NAME[]} and {@code end::NAME[]} markers, the way
 * Asciidoctor's {@code include::file[tag=NAME]} cuts them: the marker lines themselves and any other
 * tag's markers inside the region are left out, and the common indentation is removed. Markers sit
 * in a comment of the file's own language ({@code // tag::x[]}, {@code <!-- tag::x[] -->},
 * {@code # tag::x[]}).
 */
final class TaggedRegion {
  private static final Pattern MARKER = Pattern.compile("(?:tag|end)::([A-Za-z0-9_.-]+)\\[\\]");

  private TaggedRegion() {}

  /**
   * The region {@code tag} of {@code file}, or the whole file when {@code tag} is empty.
   *
   * @throws IllegalArgumentException if the file has no such region, or opens it twice or never closes it
   */
  static String read(Path file, String tag) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (tag.isEmpty()) return String.join("\n", lines).stripTrailing();
    List<String> region = new ArrayList<>();
    boolean inside = false;
    boolean seen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line);
      if (marker.find()) {
        if (marker.group(1).equals(tag)) {
          boolean opens = marker.group().startsWith("tag::");
          if (opens == inside || (opens && seen)) {
            throw new IllegalArgumentException(file + ":" + (i + 1) + ": unexpected " + marker.group());
          }
          inside = opens;
          seen = true;
        }
        continue;
      }
      if (inside) region.add(line);
    }
    if (!seen) throw new IllegalArgumentException(file + " has no region tag::" + tag + "[]");
    if (inside) throw new IllegalArgumentException(file + ": tag::" + tag + "[] is never closed by end::" + tag + "[]");
    return dedent(region);
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    return String.join("\n", out).strip();
  }
}
