package io.github.tlscompat.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shipped JSON Schema ({@value Catalog#SCHEMA_RESOURCE}), compiled, checking the shape of a
 * profile file: the same schema users point their editors at, so a file the editor passes has the
 * shape the loader reads.
 *
 * <p>Nothing is ever fetched: the schema is read from this module, and a {@code $ref} to anything
 * else (another file, a URL) fails to compile rather than reach the network. Its draft 2020-12
 * dialect is defined here ({@link #DIALECT}), so not even the meta-schema is read.
 */
final class ProfileSchema {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  /** The schema's {@code $id}, which its own {@code $ref}s resolve against. */
  static final String ID = "https://tlscompat.github.io/schema/profile-v1.schema.json";

  /** One failed assertion: where in the instance, which keyword failed, and the validator's details. */
  record Violation(String pointer, Error error) {}

  /** The start of an evaluation path inside one kind's rules: {@code /allOf/0/then}. */
  private static final Pattern KIND_RULE = Pattern.compile("/allOf/\\d+/then");

  /**
   * Draft 2020-12 with only the keywords the profile schema uses and no formats: the validator's
   * full dialect loads some 120 classes more (format checkers, a top-level-domain table) and costs
   * about a third more CPU on the first file. A keyword outside this list fails the schema's
   * compilation rather than being ignored, so the schema cannot grow a rule this would skip.
   */
  private static final Dialect DIALECT = Dialect.builder(DRAFT_2020_12)
      .specificationVersion(SpecificationVersion.DRAFT_2020_12)
      .idKeyword("$id")
      .keywords(List.of(KeywordType.TYPE, KeywordType.ENUM, KeywordType.CONST, KeywordType.PATTERN,
          KeywordType.MAX_LENGTH, KeywordType.MINIMUM, KeywordType.MAXIMUM, KeywordType.ITEMS, KeywordType.MIN_ITEMS,
          KeywordType.UNIQUE_ITEMS, KeywordType.PROPERTIES, KeywordType.REQUIRED, KeywordType.ADDITIONAL_PROPERTIES,
          KeywordType.REF, KeywordType.ALL_OF, KeywordType.ANY_OF, KeywordType.IF_THEN_ELSE,
          KeywordType.TRUE, KeywordType.FALSE,
          // Read by the keywords above, or for people: no assertion of their own.
          new NonValidationKeyword("$schema"), new NonValidationKeyword("$id"), new NonValidationKeyword("$defs"),
          new NonValidationKeyword("title"), new NonValidationKeyword("description"),
          new NonValidationKeyword("then"), new NonValidationKeyword("else")))
      .unknownKeywordFactory((keyword, context) -> {
        throw new IllegalStateException("the profile schema uses the keyword '" + keyword
            + "', which ProfileSchema.DIALECT does not list");
      })
      .build();

  private final Schema schema;

  private ProfileSchema(Schema schema) {
    this.schema = schema;
  }

  /**
   * The shipped schema, compiled on first use and then shared: compiling costs tens of milliseconds
   * and each validation only reads it, so one per JVM (a holder class, which the JVM initialises
   * once, under its own lock).
   */
  static ProfileSchema shipped() {
    return Shipped.SCHEMA;
  }

  private static final class Shipped {
    static final ProfileSchema SCHEMA = compile(ID, read(Catalog.SCHEMA_RESOURCE), Map.of(ID, Catalog.SCHEMA_RESOURCE));
  }

  /**
   * A schema compiled as the shipped one is: {@code $ref}s resolve only to {@code resources} (an
   * absolute IRI to a resource of this module), never to the network or the file system.
   */
  static ProfileSchema compile(String id, JsonNode root, Map<String, String> resources) {
    SchemaLoader loader = new SchemaLoader(List.of(), List.<ResourceLoader>of(iri -> resource(iri, resources)),
        iri -> true, iri -> false);
    SchemaRegistry registry = SchemaRegistry.withDialect(DIALECT, b -> b
        .schemaLoader(loader)
        .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
    Schema schema = registry.getSchema(SchemaLocation.of(id), root);
    // Resolve every $ref now, once, rather than on the first file that reaches it.
    schema.initializeValidators();
    return new ProfileSchema(schema);
  }

  /** Every place {@code instance} breaks the schema, in the validator's order; empty when it conforms. */
  List<Violation> validate(JsonNode instance) {
    return schema.validate(instance).stream()
        .map(e -> new Violation(e.getInstanceLocation().toString(), e))
        .toList();
  }

  /**
   * A problem the schema found, and the part of the file a problem the loader reports there is about
   * the same mistake: the value's pointer, or for a rule that spans fields (one of several shapes, a
   * field that another field requires) the object holding them.
   */
  record Finding(CatalogProblem problem, String scope, boolean spansFields) {}

  /**
   * What the schema finds wrong with {@code instance}, as problems of the file at {@code location}:
   * each names the JSON pointer of the offending value (an unknown field's own pointer; the object's
   * for a missing field) and says what was expected. One problem per value: where several branches
   * of the schema refuse the same value, the first says it.
   */
  List<Finding> problems(String location, JsonNode instance) {
    List<Violation> violations = validate(instance);
    if (violations.isEmpty()) return List.of();
    // Without a kind neither kind's rules apply: what its fields should be cannot be told.
    JsonNode kind = instance.get("kind");
    boolean kindKnown = kind != null && (kind.asText().equals("client") || kind.asText().equals("server"));
    Map<String, Finding> byValue = new LinkedHashMap<>();
    for (Violation v : violations) {
      String keyword = v.error().getKeyword();
      String path = v.error().getEvaluationPath().toString();
      // The top-level allOf picks the fields of each kind ("if kind is client, then ...").
      boolean ofKind = KIND_RULE.matcher(path).lookingAt();
      if (ofKind && !kindKnown) continue;
      if (ofKind) path = KIND_RULE.matcher(path).replaceFirst("");
      CatalogProblem p = problem(location, v, instance);
      // "/anyOf/1/required" or ".../then/properties/name/const": the rule is about several fields.
      int branch = firstOf(path, "/anyOf/", "/oneOf/", "/then/", "/else/");
      String object = branch < 0 ? v.pointer() : objectOf(v.pointer(), path.substring(branch));
      if (branch >= 0) {
        p = new CatalogProblem(p.location(), p.pointer(), p.message(), (p.hint().isEmpty() ? "" : p.hint() + " ")
            + "(a rule of the schema that spans the fields of " + (object.isEmpty() ? "the profile" : object) + ")");
      }
      String key = branch >= 0 ? object + "\u0000" + path.substring(0, branch)
          : keyword.equals("required") ? p.pointer() + "\u0000" + p.message() : p.pointer();
      byValue.putIfAbsent(key, new Finding(p, branch >= 0 ? object : p.pointer(), branch >= 0));
    }
    return List.copyOf(byValue.values());
  }

  private static int firstOf(String path, String... steps) {
    int first = -1;
    for (String step : steps) {
      int i = path.indexOf(step);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first;
  }

  /**
   * The pointer of the object a branch applies to: the instance pointer less the steps the branch
   * took below it ({@code properties/name} is one step down).
   */
  private static String objectOf(String pointer, String branchPath) {
    int down = 0;
    String[] steps = branchPath.split("/");
    for (int i = 0; i < steps.length; i++) {
      if (steps[i].equals("properties") || steps[i].equals("items")) {
        down++;
        if (steps[i].equals("properties")) i++;
      }
    }
    String p = pointer;
    for (int i = 0; i < down && !p.isEmpty(); i++) p = p.substring(0, p.lastIndexOf('/'));
    return p;
  }

  private static CatalogProblem problem(String location, Violation v, JsonNode root) {
    Error e = v.error();
    String at = v.pointer();
    JsonNode value = e.getInstanceNode() != null ? e.getInstanceNode() : root.at(at);
    Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
    String keyword = e.getKeyword();
    switch (keyword) {
      case "required":
        return new CatalogProblem(location, at, "missing field '" + e.getProperty() + "'", "the schema requires it");
      case "additionalProperties", "unevaluatedProperties", "false":
        return new CatalogProblem(location, at + ProfileFile.pointer(e.getProperty()),
            "unknown field '" + e.getProperty() + "'", "not a field of " + (at.isEmpty() ? "this profile" : at)
                + " in the schema; see docs/profile-format.md");
      case "type":
        return new CatalogProblem(location, at, "expected " + typeName(String.valueOf(args[args.length - 1]))
            + ", found " + ProfileFile.describe(value), "");
      case "enum", "const":
        return new CatalogProblem(location, at, "unexpected value " + ProfileFile.describe(value),
            "expected " + (args.length > 0 ? "one of " + args[0] : "the schema's value"));
      case "pattern":
        return new CatalogProblem(location, at, ProfileFile.describe(value) + " is not in the profile format's spelling",
            spelling(e.getSchemaLocation().toString(), String.valueOf(args.length > 0 ? args[0] : "")));
      case "minItems":
        return new CatalogProblem(location, at, value.size() == 0 ? "empty list"
            : "expected at least " + args[0] + " entries, found " + value.size(), "");
      case "maxLength":
        return new CatalogProblem(location, at, "longer than " + args[0] + " characters", "");
      case "minimum", "exclusiveMinimum":
        return new CatalogProblem(location, at, "expected at least " + args[0] + ", found " + ProfileFile.describe(value), "");
      case "maximum", "exclusiveMaximum":
        return new CatalogProblem(location, at, "expected at most " + args[0] + ", found " + ProfileFile.describe(value), "");
      case "uniqueItems":
        return repeat(location, at, value);
      default:
        return new CatalogProblem(location, at, e.getMessage(), "");
    }
  }

  /** The second of two equal entries, where it stands: "'a' is listed twice at /tags/2". */
  private static CatalogProblem repeat(String location, String at, JsonNode array) {
    for (int i = 0; i < array.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (array.get(i).equals(array.get(j))) {
          return new CatalogProblem(location, at + "/" + i, ProfileFile.describe(array.get(i)) + " is listed twice",
              "already listed at " + at + "/" + j);
        }
      }
    }
    return new CatalogProblem(location, at, "repeated entries", "");
  }

  private static String typeName(String schemaType) {
    return switch (schemaType) {
      case "boolean" -> "true or false";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "string" -> "a string";
      case "array" -> "an array";
      case "object" -> "an object";
      default -> schemaType;
    };
  }

  /** What a value failing the pattern at {@code schemaLocation} should look like. */
  private static String spelling(String schemaLocation, String pattern) {
    String where = schemaLocation.substring(schemaLocation.indexOf('#') + 1);
    if (where.startsWith("/$defs/suites")) return "expected a cipher suite's IANA name (TLS_...) or its code (0x002F)";
    if (where.startsWith("/$defs/codes")) return "expected an IANA name (x25519, rsa_pss_rsae_sha256) or its code (0x001D)";
    if (where.startsWith("/$defs/certificate")) return "expected a certificate such as rsa:2048:sha256";
    if (where.startsWith("/$defs/id")) return "expected letters, digits, '.', '_' or '-', starting with a letter or digit";
    if (where.startsWith("/properties/tags")) return "expected lower-case letters, digits, '.', '+', '_' or '-'";
    if (where.endsWith("/clientHello/pattern")) return "expected the captured ClientHello as hex digits";
    if (pattern.equals(Spelling.NOT_BLANK.pattern())) return "write the text";
    return "expected text matching " + pattern;
  }

  private static InputStreamSource resource(AbsoluteIri iri, Map<String, String> resources) {
    String name = resources.get(iri.toString());
    if (name == null) return null;
    return () -> {
      InputStream in = Catalog.class.getClassLoader().getResourceAsStream(name);
      if (in == null) throw new IOException(name + " is missing from the tls-compat-profiles jar");
      return in;
    };
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the tls-compat-profiles jar");
      return ProfileFile.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
