package io.github.tlscompat.profiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.model.ServerHabit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One profile file after its first reading: valid JSON, an object, a known {@code kind} and a
 * well-formed {@code id}; a user's file also checked against the shipped JSON Schema. The values of the fields are checked later, once {@code extends} is
 * resolved, by {@link ProfileBuilder}.
 *
 * @param sound false when the file has an unknown field: it is still resolved and built, so that
 *     every problem in it is reported at once, and then left out of the catalog
 */
record ProfileFile(String id, ProfileKind kind, ObjectNode node, String location, boolean sound)
    implements ProfileSource {

  /**
   * How deep a profile file's JSON may nest. A profile needs three levels ({@code limits} ›
   * {@code certificateSignatureHashes} › a name); the cap stops a hostile file long before the
   * parser's stack or memory suffer.
   */
  static final int MAX_NESTING_DEPTH = 32;

  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** Fields that describe the profile rather than the TLS endpoint; never inherited. */
  static final Set<String> METADATA = Set.of("$schema", "kind", "id", "aliases", "name", "extends", "replaces",
      "tags", "source", "notes", "unconfirmed", "assumed", "partial");

  static final List<String> CLIENT_FIELDS = List.of("versions", "helloFormat", "cipherSuites", "groups",
      "keyShares", "signatureAlgorithms", "signatureAlgorithmsCert", "extensions", "sni", "clientCertificate",
      "trustedIssuers", "limits", "fingerprints", "clientHello");

  static final List<String> SERVER_FIELDS = Stream.concat(Stream.of("versions", "cipherSuites",
      "serverPreference", "groups", "signatureSchemes", "certificates", "dhBits", "requiresSni", "fallbackCertificate",
      "requiresClientCertificate", "trustedIssuers", "library"), Stream.of(ServerHabit.values()).map(ServerHabit::jsonName)).toList();

  static List<String> fieldsOf(ProfileKind kind) {
    return kind == ProfileKind.CLIENT ? CLIENT_FIELDS : SERVER_FIELDS;
  }

  @Override public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(id);
    JsonNode aliases = node.get("aliases");
    // A malformed alias is reported when the profile is built; it finds nothing meanwhile.
    if (aliases != null && aliases.isArray()) aliases.forEach(a -> { if (a.isTextual()) names.add(a.asText()); });
    return names;
  }

  /** As in the file: a malformed alias is skipped by {@link #names()} but keeps its place in the array. */
  @Override public String pointerAt(int index) {
    if (index == 0) return "/id";
    JsonNode aliases = node.get("aliases");
    int textual = 0;
    for (int i = 0; i < aliases.size(); i++) {
      if (aliases.get(i).isTextual() && ++textual == index) return "/aliases/" + i;
    }
    return "/aliases";
  }

  /** Reads {@code text} without the schema (a built-in file, which the build validated); see below. */
  static Optional<ProfileFile> read(String location, String text, List<CatalogProblem> problems) {
    return read(location, text, problems, null, List.of());
  }

  /**
   * Reads {@code text}; on failure adds the problems and returns empty. With a {@code schema}, every
   * way the file breaks it is added to {@code problems} and to {@code shapeProblems}, and the file,
   * though still built so that the loader reports what only it knows, is left out of the catalog.
   */
  static Optional<ProfileFile> read(String location, String text, List<CatalogProblem> problems,
      ProfileSchema schema, List<ProfileSchema.Finding> shapeProblems) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        root = MAPPER.readTree(parser);
      } catch (StreamConstraintsException e) {
        // Jackson's constraint errors carry no location; the parser knows the token it was reading.
        var where = parser.currentTokenLocation();
        problems.add(new CatalogProblem(location, "", "JSON nested deeper than " + MAX_NESTING_DEPTH + " levels"
            + " at line " + where.getLineNr() + ", column " + where.getColumnNr(),
            "a profile nests at most 3 levels deep (limits › certificateSignatureHashes › a name)"));
        return Optional.empty();
      }
    } catch (JsonProcessingException e) {
      problems.add(new CatalogProblem(location, "", "malformed JSON" + at(e) + ": " + e.getOriginalMessage(), ""));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (root == null || !root.isObject()) {
      problems.add(new CatalogProblem(location, "", "expected a JSON object (one profile per file)",
          "see docs/profile-format.md"));
      return Optional.empty();
    }
    ObjectNode node = (ObjectNode) root;
    List<ProfileSchema.Finding> shape = schema == null ? List.of() : schema.problems(location, node);
    if (!shape.isEmpty()) {
      shape.forEach(f -> problems.add(f.problem()));
      shapeProblems.addAll(shape);
    }
    int before = problems.size();

    ProfileKind kind = null;
    JsonNode kindNode = node.get("kind");
    if (kindNode == null) {
      problems.add(new CatalogProblem(location, "", "missing field 'kind'", "expected \"client\" or \"server\""));
    } else if (!kindNode.isTextual()) {
      problems.add(new CatalogProblem(location, "/kind", "expected \"client\" or \"server\", found " + describe(kindNode), ""));
    } else {
      String hint = "expected \"client\" or \"server\"";
      for (ProfileKind k : ProfileKind.values()) {
        if (k.jsonName().equals(kindNode.asText())) kind = k;
        if (k.jsonName().equalsIgnoreCase(kindNode.asText())) hint = "did you mean \"" + k.jsonName() + "\"?";
      }
      if (kind == null) {
        problems.add(new CatalogProblem(location, "/kind", "unknown kind '" + kindNode.asText() + "'", hint));
      }
    }

    String id = null;
    JsonNode idNode = node.get("id");
    if (idNode == null) {
      problems.add(new CatalogProblem(location, "", "missing field 'id'", "every profile needs a stable id"));
    } else if (!idNode.isTextual() || !ID.matcher(idNode.asText()).matches()) {
      problems.add(new CatalogProblem(location, "/id", "invalid id " + describe(idNode),
          "expected letters, digits, '.', '_' or '-', starting with a letter or digit"));
    } else {
      id = idNode.asText();
    }

    JsonNode schemaNode = node.get("$schema");
    if (schemaNode != null && !schemaNode.isTextual()) {
      problems.add(new CatalogProblem(location, "/$schema", "expected the schema's URL as text, found " + describe(schemaNode),
          "the loader ignores $schema; editors read it"));
    }

    if (kind != null) {
      List<String> known = new ArrayList<>(METADATA);
      known.addAll(fieldsOf(kind));
      List<String> other = fieldsOf(kind == ProfileKind.CLIENT ? ProfileKind.SERVER : ProfileKind.CLIENT);
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String field = property.getKey();
        if (known.contains(field)) continue;
        String hint = other.contains(field)
            ? "'" + field + "' is a " + (kind == ProfileKind.CLIENT ? "server" : "client") + " field; this profile is a "
                + kind.jsonName()
            : didYouMean(field, known);
        if (hint.isEmpty()) hint = "a " + kind.jsonName() + " profile has the fields in docs/profile-format.md";
        problems.add(new CatalogProblem(location, pointer(field), "unknown field '" + field + "'", hint));
      }
    }
    // A file with an unknown field is still built, to report the problems in its values too.
    boolean sound = problems.size() == before && shape.isEmpty();
    if (kind == null || id == null) return Optional.empty();
    return Optional.of(new ProfileFile(id, kind, node, location, sound));
  }

  /** " at line L, column C" where the parser stopped, or "" when it does not say. */
  private static String at(JsonProcessingException e) {
    var where = e.getLocation();
    return where == null || where.getLineNr() < 1 ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  /** "did you mean X?" for the single closest known name, or "" when nothing is close. */
  static String didYouMean(String query, Iterable<String> known) {
    return didYouMean(ClosestNames.closest(query, known, 1));
  }

  /** As {@link #didYouMean(String, Iterable)}, over names prepared once for many queries. */
  static String didYouMean(String query, ClosestNames.Index known) {
    return didYouMean(known.closest(query, 1));
  }

  private static String didYouMean(List<String> closest) {
    return closest.isEmpty() ? "" : "did you mean " + closest.get(0) + "?";
  }

  /** A JSON pointer to a field, with '~' and '/' escaped as RFC 6901 says. */
  static String pointer(String field) {
    return "/" + field.replace("~", "~0").replace("/", "~1");
  }

  /** A short description of a JSON value for "found ..." messages. */
  static String describe(JsonNode value) {
    if (value.isTextual()) return "'" + value.asText() + "'";
    if (value.isArray()) return "an array";
    if (value.isObject()) return "an object";
    if (value.isNull()) return "null";
    return value.toString();
  }
}
