package io.github.tlscompat.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a Markdown file and where it claims to be cut from: the block follows a
 * comment {@code <!-- snippet: PATH#TAG -->} (PATH from the repository root; {@code #TAG} left out for
 * a whole file). A block without that comment has an empty {@code source}.
 *
 * @param line the line of the opening fence, from 1
 * @param language the fence's info string ({@code java}, {@code xml}, {@code text}, ...)
 * @param source the path the comment names, empty when there is no comment
 * @param tag the region in that file, empty for the whole file
 * @param code the block's content
 */
record ReadmeSnippet(int line, String language, String source, String tag, String code) {
  private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([^#\\s]+)(?:#([A-Za-z0-9_.-]+))? -->$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");

  /**
   * Every fenced code block of {@code markdown} under the heading line {@code heading}, up to the next
   * heading of the same or a higher level.
   *
   * @throws IllegalArgumentException if there is no such heading
   */
  static List<ReadmeSnippet> inSection(String markdown, String heading) {
    List<String> lines = markdown.lines().toList();
    int start = lines.indexOf(heading);
    if (start < 0) throw new IllegalArgumentException("no heading '" + heading + "'");
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<ReadmeSnippet> snippets = new ArrayList<>();
    String source = "";
    String tag = "";
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") && isHeadingAtOrAbove(line, level)) break;
      Matcher marker = MARKER.matcher(line.strip());
      if (marker.matches()) {
        source = marker.group(1);
        tag = marker.group(2) == null ? "" : marker.group(2);
        continue;
      }
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        String indent = fence.group(1);
        List<String> code = new ArrayList<>();
        int open = i;
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          String body = lines.get(i);
          code.add(body.startsWith(indent) ? body.substring(indent.length()) : body.strip());
        }
        snippets.add(new ReadmeSnippet(open + 1, fence.group(2), source, tag, String.join("\n", code).strip()));
        source = "";
        tag = "";
      } else if (!line.isBlank()) {
        // The comment must be right before its block: prose in between detaches it.
        source = "";
        tag = "";
      }
    }
    return snippets;
  }

  private static boolean isHeadingAtOrAbove(String line, String level) {
    int hashes = line.indexOf(' ');
    return hashes > 0 && line.substring(0, hashes).chars().allMatch(c -> c == '#') && hashes <= level.length() - 1;
  }

  /** Where this block says it comes from, as {@code PATH#TAG}. */
  String origin() {
    return tag.isEmpty() ? source : source + "#" + tag;
  }
}
