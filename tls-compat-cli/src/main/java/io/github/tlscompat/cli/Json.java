package io.github.tlscompat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JSON format, written with Jackson: an array of flat objects one object per line (so that
 * {@code grep} and {@code jq} both work), a single or nested object indented, always with
 * {@code \n} line ends.
 */
final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array(Collection<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** An array of objects, one per line: {@code [}, {@code   {...},} lines, {@code ]}; {@code []} when empty. */
  static List<String> lines(List<? extends JsonNode> objects) {
    if (objects.isEmpty()) return List.of("[]");
    List<String> lines = new ArrayList<>(objects.size() + 2);
    lines.add("[");
    for (int i = 0; i < objects.size(); i++) {
      lines.add("  " + compact(objects.get(i)) + (i < objects.size() - 1 ? "," : ""));
    }
    lines.add("]");
    return lines;
  }

  /** One value, indented over several lines. */
  static List<String> pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node).lines().toList();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
