package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.library.LibraryBuild;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema and the loader give the same verdict on a profile: users check their
 * files in an editor with the schema, and a file the editor passes must load, a file it flags must
 * not. Every field of both kinds is tried with each allowed value, the wrong JSON types, bounds,
 * blank and duplicate entries, alternative spellings, missing required fields and unknown fields.
 *
 * <p>The one asymmetry is by design: the schema checks the shape, the loader also the registry
 * (which names exist, which builds are modelled) and facts that span fields or files (a key share
 * must be an offered group; {@code replaces} must name the profile itself). Those variants are
 * listed apart, each with the loader's message in full, so a schema that started to reject them, or
 * a loader that started to accept them, fails here too.
 */
class SchemaLoaderAgreementTest {

  /** The shipped schema, as the loader validates user files with it. */
  static final ProfileSchema schema = ProfileSchema.shipped();

  static final String CLIENT = """
      {"kind": "client", "id": "v-client", "name": "Variant client", "source": ["a test"],
       "versions": ["TLSv1.2", "TLSv1.3"],
       "cipherSuites": ["TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
       "groups": ["x25519", "secp256r1"],
       "signatureAlgorithms": ["rsa_pss_rsae_sha256", "ecdsa_secp256r1_sha256"]}
      """;

  static final String SERVER = """
      {"kind": "server", "id": "v-server", "name": "Variant server", "source": ["a test"],
       "versions": ["TLSv1.2"], "cipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
       "certificates": ["rsa:2048:sha256"]}
      """;

  /** A parent for the {@code extends} variants: each kind's base under another id. */
  static final String CLIENT_PARENT = CLIENT.replace("\"v-client\"", "\"v-client-parent\"");
  static final String SERVER_PARENT = SERVER.replace("\"v-server\"", "\"v-server-parent\"");

  /** The JSON values that are not of any one type, to try where a field wants another. */
  static final List<String> EVERY_TYPE = List.of("null", "true", "1", "1.5", "\"text\"", "[]", "{}");

  /** What both sides are to say of a variant. */
  enum Verdict { VALID, INVALID }

  /**
   * One profile: {@code label} says what changed from the base.
   *
   * @param withParent the base's parent is loaded beside it, for {@code extends}
   */
  record Variant(String label, String json, Verdict verdict, boolean withParent) {
    @Override public String toString() {
      return verdict + ": " + label;
    }
  }

  // ---- building variants

  private static final class Variants {
    final List<Variant> out = new ArrayList<>();
    final String kind;
    final String base;

    Variants(String kind) {
      this.kind = kind;
      this.base = kind.equals("client") ? CLIENT : SERVER;
    }

    /** The base with {@code pointer} set to {@code value} (JSON text), objects made on the way. */
    Variants set(String pointer, String value, Verdict verdict) {
      ObjectNode node = parse(base);
      String[] steps = pointer.substring(1).split("/");
      ObjectNode at = node;
      for (int i = 0; i < steps.length - 1; i++) {
        at = at.has(steps[i]) ? (ObjectNode) at.get(steps[i]) : at.putObject(steps[i]);
      }
      at.set(steps[steps.length - 1], parseValue(value));
      boolean withParent = pointer.startsWith("/extends") || pointer.startsWith("/replaces");
      out.add(new Variant(kind + " " + pointer + " = " + value, node.toString(), verdict, withParent));
      return this;
    }

    Variants valid(String pointer, String... values) {
      for (String v : values) set(pointer, v, Verdict.VALID);
      return this;
    }

    Variants invalid(String pointer, String... values) {
      for (String v : values) set(pointer, v, Verdict.INVALID);
      return this;
    }

    /** Every JSON type but those whose first character is in {@code allowed} ('n','t','1','.','"','[','{'). */
    Variants wrongTypes(String pointer, String allowed) {
      for (String v : EVERY_TYPE) {
        char c = v.equals("1.5") ? '.' : v.equals("true") ? 't' : v.equals("null") ? 'n' : v.charAt(0);
        if (allowed.indexOf(c) < 0) set(pointer, v, Verdict.INVALID);
      }
      return this;
    }

    /** The base without the top-level {@code field}, and so without a value to inherit either. */
    Variants without(String field, Verdict verdict) {
      ObjectNode node = parse(base);
      node.remove(field);
      out.add(new Variant(kind + " without " + field, node.toString(), verdict, false));
      return this;
    }

    /** The base standing in for its parent: it takes the parent's id as an alias and says so. */
    Variants replacing() {
      ObjectNode node = parse(base);
      node.putArray("aliases").add("v-" + kind + "-parent");
      node.put("replaces", "v-" + kind + "-parent");
      out.add(new Variant(kind + " /replaces = its parent, taking the parent's id", node.toString(), Verdict.VALID, true));
      return this;
    }

    /** The base without {@code field} but extending its parent, which has it. */
    Variants inherited(String field) {
      ObjectNode node = parse(base);
      node.remove(field);
      node.put("extends", "v-" + kind + "-parent");
      out.add(new Variant(kind + " " + field + " inherited", node.toString(), Verdict.VALID, true));
      return this;
    }
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) ProfileFile.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parseValue(String json) {
    try {
      return ProfileFile.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quoted(String s) {
    return "\"" + s + "\"";
  }

  static String list(String... items) {
    return "[" + String.join(", ", Arrays.stream(items).map(SchemaLoaderAgreementTest::quoted).toList()) + "]";
  }

  /** The fields every profile has, tried on {@code v}. */
  static void metadata(Variants v) {
    String capitalised = Character.toUpperCase(v.kind.charAt(0)) + v.kind.substring(1);
    v.valid("/kind", quoted(v.kind))
        .invalid("/kind", quoted(capitalised), quoted(v.kind.toUpperCase(Locale.ROOT)), "\"proxy\"", "\"\"")
        .wrongTypes("/kind", "\"");
    v.without("kind", Verdict.INVALID);
    v.valid("/id", "\"a\"", "\"A.b_c-9\"", "\"9lives\"")
        .invalid("/id", "\"\"", "\"-a\"", "\".a\"", "\"a b\"", "\"a/b\"", "\"caf\u00e9\"")
        .wrongTypes("/id", "\"");
    v.without("id", Verdict.INVALID);
    v.valid("/aliases", "[]", list("other-name"), list("x", "y.z"))
        .invalid("/aliases", list("x", "x"), list(""), list("-x"), list("a b"), "[1]", "[null]")
        .wrongTypes("/aliases", "[");
    v.valid("/name", "\"N\"", "\" padded \"")
        .invalid("/name", "\"\"", "\"   \"", "\"\\t\"")
        .wrongTypes("/name", "\"");
    v.without("name", Verdict.INVALID);
    v.valid("/tags", "[]", list("browser"), list("windows-7", "a.b", "c+d", "e_f", "0day"))
        .invalid("/tags", list("Browser"), list("a b"), list("-x"), list(""), list("x", "x"), "[1]", "[null]")
        .wrongTypes("/tags", "[");
    v.valid("/source", list("a"), list("a", "b"), list("a", "a"))
        .invalid("/source", "[]", list(""), list("  "), "[1]", "[null]")
        .wrongTypes("/source", "[");
    v.without("source", Verdict.INVALID);
    for (String texts : List.of("/notes", "/unconfirmed")) {
      v.valid(texts, "[]", list("n"), list("n", "n"))
          .invalid(texts, list(""), list(" "), "[1]", "[null]")
          .wrongTypes(texts, "[");
    }
    v.valid("/assumed", "[]", list("versions"), list("versions", "cipherSuites"))
        .invalid("/assumed", list("versions", "versions"), list("colour"), list("name"), list(""), "[1]")
        .wrongTypes("/assumed", "[");
    v.invalid("/assumed", list(v.kind.equals("client") ? "library" : "helloFormat"));
    v.valid("/partial", "true", "false").wrongTypes("/partial", "t");
    v.valid("/$schema", "\"https://tlscompat.github.io/schema/profile-v1.schema.json\"", "\"x\"")
        .wrongTypes("/$schema", "\"");
    v.invalid("/colour", "\"grey\"", "null");
    v.invalid("/Versions", list("TLSv1.2"));
    v.invalid("/" + (v.kind.equals("client") ? "certificates" : "sni"), v.kind.equals("client") ? list("rsa:2048:sha256") : "true");
    v.valid("/extends", quoted("v-" + v.kind + "-parent"))
        .invalid("/extends", "\"\"", "\"-x\"")
        .wrongTypes("/extends", "\"");
    v.replacing();
    v.invalid("/replaces", "\"\"", "\"a b\"")
        .wrongTypes("/replaces", "\"");
    v.inherited("versions").inherited("cipherSuites");
    v.without("versions", Verdict.INVALID).without("cipherSuites", Verdict.INVALID);
  }

  /** Name lists whose entries the registry resolves: the spellings the format takes. */
  static void lists(Variants v, boolean server) {
    for (ProtocolVersion p : ProtocolVersion.values()) {
      if (p != ProtocolVersion.SSL_2_0) v.valid("/versions", list(p.displayName()));
    }
    v.valid("/versions", list("TLSv1.2", "TLSv1.0"))
        .invalid("/versions", "[]", list("TLSv1.2", "TLSv1.2"), list("TLS1.2"), list("tlsv1.2"), list("TLS 1.2"),
            list("TLSv1"), list("TLS_1_2"), list(" TLSv1.2"), list(""), "[1]", "[null]", "[0.5]")
        .wrongTypes("/versions", "[");
    v.valid("/cipherSuites", list("TLS_RSA_WITH_AES_128_CBC_SHA"), list("0x002F"), list("0x002f"),
            list("SSL_RSA_WITH_3DES_EDE_CBC_SHA"), list("TLS_EMPTY_RENEGOTIATION_INFO_SCSV", "TLS_RSA_WITH_AES_128_CBC_SHA"))
        .invalid("/cipherSuites", "[]", list("DES-CBC3-SHA"), list("AES128-SHA"), list(" TLS_RSA_WITH_AES_128_CBC_SHA"),
            list("0X002F"), list("0x00,0x2F"), list("0x2F"), list(""), "[1]", "[null]")
        .wrongTypes("/cipherSuites", "[");
    v.set("/cipherSuites", list("0x002F", "0x002F"), server ? Verdict.INVALID : Verdict.VALID);
    String groups = "/groups";
    v.valid(groups, list("x25519"), list("secp256r1", "ffdhe2048"), list("0x001D"))
        .invalid(groups, list(" x25519"), list("x 25519"), list(""), list("x25519;"), "[1]", "[null]")
        .wrongTypes(groups, "[");
    v.set(groups, list("x25519", "x25519"), server ? Verdict.INVALID : Verdict.VALID);
    for (String schemes : server ? List.of("/signatureSchemes") : List.of("/signatureAlgorithms", "/signatureAlgorithmsCert")) {
      v.valid(schemes, list("rsa_pss_rsae_sha256"), list("ecdsa_secp256r1_sha256", "rsa_pkcs1_sha1"), list("0x0804"))
          .invalid(schemes, list("RSA+SHA256"), list(" rsa_pkcs1_sha256"), list(""), "[1]", "[null]")
          .wrongTypes(schemes, "[");
      v.set(schemes, list("rsa_pkcs1_sha256", "rsa_pkcs1_sha256"), server ? Verdict.INVALID : Verdict.VALID);
    }
    if (!server) v.valid("/groups", "[]").valid("/signatureAlgorithms", "[]");
  }

  // Distinguished names or CA names, each once, none blank.
  static void issuers(Variants v, String pointer) {
    v.valid(pointer, list("CN=Contoso Issuing CA,DC=contoso,DC=com"), list("Contoso Root CA"), list("A CA", "B CA"))
        .invalid(pointer, "[]", list(""), list(" "), list("A CA", "A CA"), "[1]", "[null]")
        .wrongTypes(pointer, "[");
  }

  static Stream<Variant> clientVariants() {
    Variants v = new Variants("client");
    metadata(v);
    lists(v, false);
    v.valid("/helloFormat", "\"tls-record\"", "\"sslv2-compatible\"")
        .invalid("/helloFormat", "\"TLS-record\"", "\"sslv2\"", "\"\"")
        .wrongTypes("/helloFormat", "\"");
    v.valid("/keyShares", "[]", list("x25519"), list("x25519", "secp256r1"))
        .invalid("/keyShares", list(" x25519"), list(""), "[1]")
        .wrongTypes("/keyShares", "[");
    v.valid("/extensions", "[]", "[0]", "[0, 23, 65281, 10, 11]", "[65535]", "[23.0]", "[0, 0]")
        .invalid("/extensions", "[-1]", "[65536]", "[1.5]", "[\"0\"]", "[null]", "[true]", "[4294967296]")
        .wrongTypes("/extensions", "[");
    v.valid("/sni", "true", "false").wrongTypes("/sni", "t").invalid("/sni", "\"true\"", "0");
    for (String type : List.of("rsa", "ecdsa", "ec", "dsa", "ed25519", "ed448")) v.valid("/clientCertificate", quoted(type));
    v.valid("/clientCertificate", "\"rsa:2048:sha256@CN=Contoso Issuing CA,DC=contoso,DC=com\"",
        "\"ecdsa:256:sha256@Lync Gateway CA\"");
    v.invalid("/clientCertificate", "\"rsa:2048:sha256@\"", "\"rsa:2048:sha256@ \"");
    issuers(v, "/trustedIssuers");
    v.invalid("/clientCertificate", "\"RSA\"", "\"x25519\"", "\"\"", "\" rsa\"")
        .wrongTypes("/clientCertificate", "\"");
    v.valid("/limits", "{}");
    v.wrongTypes("/limits", "{");
    for (String bits : List.of("minDhBits", "maxDhBits", "minRsaBits", "maxRsaBits", "minEcdsaBits")) {
      v.valid("/limits/" + bits, "0", "1024", "2048.0", "1e3", "2147483647")
          .invalid("/limits/" + bits, "-1", "1.5", "\"1024\"", "2147483648", "1e30")
          .wrongTypes("/limits/" + bits, "1");
    }
    v.valid("/limits/minDhBits", "1024").valid("/limits/maxDhBits", "4096");
    for (String hash : List.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512")) {
      v.valid("/limits/certificateSignatureHashes", list(hash));
    }
    v.valid("/limits/certificateSignatureHashes", list("sha1", "sha256"))
        .invalid("/limits/certificateSignatureHashes", "[]", list("SHA1"), list("sha-1"), list("sha1", "sha1"),
            list(""), "[1]", "[null]")
        .wrongTypes("/limits/certificateSignatureHashes", "[");
    v.valid("/limits/wildcardCertificates", "true", "false").wrongTypes("/limits/wildcardCertificates", "t");
    v.invalid("/limits/minDHBits", "1024").invalid("/limits/colour", "\"grey\"");
    v.valid("/fingerprints", "{}", "{\"ja3\": \"771,4865\"}", "{\"ja3\": \"a\", \"ja4\": \"b\"}", "{\"JA3\": \"\"}")
        .invalid("/fingerprints", "{\"ja3\": 1}", "{\"ja3\": null}", "{\"ja3\": [\"a\"]}")
        .wrongTypes("/fingerprints", "{");
    v.valid("/clientHello", "\"16030100\"", "\"16 03 01 00\"", "\" 16 03\\n01 00 \"", "\"aBcD\"")
        .invalid("/clientHello", "\"\"", "\" \"", "\"1\"", "\"160\"", "\"1 603\"", "\"zz\"", "\"0x16\"")
        .wrongTypes("/clientHello", "\"");
    return v.out.stream();
  }

  static Stream<Variant> serverVariants() {
    Variants v = new Variants("server");
    metadata(v);
    lists(v, true);
    v.valid("/serverPreference", "true", "false").wrongTypes("/serverPreference", "t");
    v.valid("/certificates", list("rsa:2048:sha256"), list("ecdsa:256:sha256"), list("ecdsa:p256:sha384"),
            list("ecdsa:p-384:sha384"), list("ec:256:sha256"), list("rsa:2048:sha1:wildcard"),
            list("rsa:2048:sha256", "ecdsa:256:sha256"), list("dsa:1024:sha1"), list("ed25519:256:sha512"),
            list("ed448:456:sha512"), list("rsa:1024:md5"), list("rsa:2048:sha224"))
        .invalid("/certificates", "[]", list("RSA:2048:sha256"), list("rsa:2048:SHA256"), list("rsa:2048"),
            list("rsa:2048:sha-256"), list("rsa:2048:sha256:star"), list(" rsa:2048:sha256"), list("rsa:x:sha256"),
            list("x25519:256:sha256"), list(""), "[1]", "[null]")
        .wrongTypes("/certificates", "[");
    v.inherited("certificates").without("certificates", Verdict.INVALID);
    v.valid("/dhBits", "1", "1024", "2048.0", "2e3", "2147483647")
        .invalid("/dhBits", "0", "-2048", "1.5", "\"2048\"", "2147483648", "1e30")
        .wrongTypes("/dhBits", "1");
    v.valid("/requiresSni", "true", "false").wrongTypes("/requiresSni", "t");
    v.valid("/requiresClientCertificate", "true", "false").wrongTypes("/requiresClientCertificate", "t");
    for (ServerHabit h : ServerHabit.values()) v.valid("/" + h.jsonName(), "true", "false").wrongTypes("/" + h.jsonName(), "t");
    for (LibraryBuild b : ServerLibrary.knownBuilds()) {
      v.valid("/library", "{\"name\": " + quoted(b.family().jsonName()) + ", \"version\": " + quoted(b.release())
          + ", \"build\": " + quoted(b.id()) + "}");
    }
    v.valid("/library", "{\"name\": \"openssl\", \"version\": \"3.0\"}",
            "{\"name\": \"openssl\", \"version\": \"3.0.19\", \"build\": \"debian-12\"}")
        .invalid("/library", "{\"name\": \"openssl\"}", "{\"version\": \"3.0\"}",
            "{\"name\": \"openssl\", \"version\": \"\"}", "{\"name\": \"openssl\", \"version\": \" \"}",
            "{\"name\": \"openssl\", \"version\": 3.0}", "{\"name\": \"OpenSSL\", \"version\": \"3.0\"}",
            "{\"name\": \"wolfssl\", \"version\": \"5.0\"}", "{\"name\": 1, \"version\": \"3.0\"}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"build\": \"debian-13\"}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"build\": 12}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"colour\": \"grey\"}",
            "{\"name\": \"gnutls\", \"version\": \"3.7\", \"securityLevel\": 1}",
            "{\"name\": \"libressl\", \"version\": 3.8}", "{\"name\": \"boringssl\", \"version\": \"\"}")
        .wrongTypes("/library", "{");
    for (int level = 0; level <= 5; level++) {
      v.valid("/library", "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": " + level + "}");
    }
    v.valid("/library", "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": 2.0}")
        .invalid("/library", "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": 6}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": -1}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": 1.5}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": \"2\"}",
            "{\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": null}");
    ObjectNode mtls = parse(SERVER);
    mtls.put("requiresClientCertificate", true);
    for (String issuers : List.of(list("Contoso Root CA"), list("CN=Contoso Issuing CA,DC=contoso,DC=com", "Lync CA"),
        "[]", list(""), list("A", "A"), "[1]", "\"Contoso Root CA\"")) {
      ObjectNode n = mtls.deepCopy();
      n.set("trustedIssuers", parseValue(issuers));
      v.out.add(new Variant("server /requiresClientCertificate = true, /trustedIssuers = " + issuers, n.toString(),
          issuers.startsWith("[\"") && !issuers.equals(list("")) && !issuers.equals(list("A", "A"))
              ? Verdict.VALID : Verdict.INVALID, false));
    }
    v.valid("/requiresSni", "true");
    // A fallback certificate is for the clients without SNI, so only a server that requires SNI has one.
    ObjectNode sni = parse(SERVER);
    sni.put("requiresSni", true);
    for (String cert : List.of("\"rsa:2048:sha256\"", "\"RSA:2048:sha256\"", "1", "null", list("rsa:2048:sha256"))) {
      ObjectNode n = sni.deepCopy();
      n.set("fallbackCertificate", parseValue(cert));
      v.out.add(new Variant("server /requiresSni = true, /fallbackCertificate = " + cert, n.toString(),
          cert.equals("\"rsa:2048:sha256\"") ? Verdict.VALID : Verdict.INVALID, false));
    }
    return v.out.stream();
  }

  static Stream<Variant> variants() {
    return Stream.concat(clientVariants(), serverVariants());
  }

  static List<String> schemaSays(String json) {
    return schema.validate(parse(json)).stream().map(v -> v.pointer() + ": " + v.error().getMessage()).toList();
  }

  static List<String> loaderSays(Variant v) {
    return loaderProblems(v).stream().map(CatalogProblem::toString).toList();
  }

  static List<CatalogProblem> loaderProblems(Variant v) {
    Catalog.Builder b = Catalog.builder().addJson("v.json", v.json());
    if (v.withParent()) b.addJson("parent.json", v.json().contains("\"client\"") ? CLIENT_PARENT : SERVER_PARENT);
    return b.build().problems();
  }

  @ParameterizedTest
  @MethodSource("variants")
  void schemaAndLoaderGiveTheSameVerdict(Variant v) {
    List<String> schemaSays = schemaSays(v.json());
    List<String> loaderSays = loaderSays(v);

    String both = v.json() + "\n  schema: " + schemaSays + "\n  loader: " + loaderSays;
    if (v.verdict() == Verdict.VALID) {
      assertThat(schemaSays).as("the schema on %s", both).isEmpty();
      assertThat(loaderSays).as("the loader on %s", both).isEmpty();
    } else {
      assertThat(schemaSays).as("the schema on %s", both).isNotEmpty();
      assertThat(loaderSays).as("the loader on %s", both).isNotEmpty();
      // The loader validates with the schema: every violation is reported, in the schema's words
      // or in the loader's at the same place.
      List<String> loaderPointers = loaderProblems(v).stream().filter(p -> p.location().equals("v.json"))
          .map(CatalogProblem::pointer).toList();
      for (ProfileSchema.Finding f : schema.problems("v.json", parse(v.json()))) {
        assertThat(loaderPointers).as("%s reported by the catalog on %s", f.problem(), both)
            .anyMatch(p -> p.equals(f.problem().pointer()) || p.equals(f.scope()) || p.startsWith(f.scope() + "/")
                || f.problem().message().startsWith("missing field '") && p.startsWith(f.scope()));
      }
    }
  }

  @Test
  void everyFieldOfBothKindsIsTried() {
    List<String> labels = variants().map(Variant::label).toList();
    for (String field : ProfileFile.CLIENT_FIELDS) {
      assertThat(labels).as(field).anyMatch(l -> l.startsWith("client /" + field));
    }
    for (String field : ProfileFile.SERVER_FIELDS) {
      assertThat(labels).as(field).anyMatch(l -> l.startsWith("server /" + field) || l.contains("/" + field + " ="));
    }
    for (String field : ProfileFile.METADATA) {
      assertThat(labels).as(field).anyMatch(l -> l.startsWith("client /" + field) || l.startsWith("client without " + field)
          || l.equals("client " + field));
    }
    assertThat(Arrays.stream(LibraryFamily.values()).map(LibraryFamily::jsonName))
        .allMatch(name -> labels.stream().anyMatch(l -> l.contains("\"name\": \"" + name + "\"")
            || l.contains("\"name\":\"" + name + "\"")));
  }

  @Test
  void theSchemaSpellsValuesWithTheLoadersPatterns() throws IOException {
    JsonNode root;
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(Catalog.SCHEMA_RESOURCE)) {
      root = ProfileFile.MAPPER.readTree(in);
    }
    JsonNode defs = root.get("$defs");
    JsonNode client = root.at("/allOf/0/then/properties");
    JsonNode server = root.at("/allOf/1/then/properties");

    assertThat(defs.at("/suites/items/pattern").asText()).isEqualTo(Spelling.CIPHER_SUITE.pattern());
    assertThat(defs.at("/codes/items/pattern").asText()).isEqualTo(Spelling.CODE_NAME.pattern());
    assertThat(defs.at("/certificate/pattern").asText()).isEqualTo(Spelling.CERTIFICATE.pattern());
    assertThat(client.at("/clientHello/pattern").asText()).isEqualTo(Spelling.HEX_BYTES.pattern());
    assertThat(root.at("/properties/tags/items/pattern").asText()).isEqualTo(Spelling.TAG.pattern());
    assertThat(root.at("/properties/name/pattern").asText()).isEqualTo(Spelling.NOT_BLANK.pattern());
    assertThat(defs.at("/texts/items/pattern").asText()).isEqualTo(Spelling.NOT_BLANK.pattern());
    assertThat(defs.at("/id/pattern").asText()).isEqualTo("^" + ProfileFile.ID.pattern() + "$");
    assertThat(defs.at("/versions/items/enum")).extracting(JsonNode::asText)
        .containsExactly(Arrays.stream(ProtocolVersion.values()).map(ProtocolVersion::displayName).toArray(String[]::new));
    assertThat(server.at("/library/properties/name/enum")).extracting(JsonNode::asText)
        .containsExactly(Arrays.stream(LibraryFamily.values()).map(LibraryFamily::jsonName).toArray(String[]::new));
  }

  @Test
  void anotherLibrarysSpellingIsRefusedWithTheFormatsOwn() {
    // The registries read OpenSSL's and configuration files' names; a profile file spells them one way.
    assertThat(CatalogLoadingTest.problemsOf("v.json", CLIENT.replace("\"TLSv1.2\", ", "\"TLS1.2\", ")
        .replace("\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"", "\"ECDHE-RSA-AES128-GCM-SHA256\"")
        .replace("\"secp256r1\"", "\"P 256\"").replace("\"source\"",
            "\"clientCertificate\": \"RSA\", \"limits\": {\"certificateSignatureHashes\": [\"SHA-1\"]}, \"source\"")))
        .containsExactly(
            "unknown protocol version 'TLS1.2' at /versions/0 in v.json; expected one of SSLv2, SSLv3, TLSv1.0, TLSv1.1,"
                + " TLSv1.2, TLSv1.3; did you mean TLSv1.2?",
            "unknown cipher suite 'ECDHE-RSA-AES128-GCM-SHA256' at /cipherSuites/1 in v.json; did you mean"
                + " TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256?",
            "unknown named group 'P 256' at /groups/1 in v.json; did you mean secp256r1?",
            "unknown key type 'RSA' at /clientCertificate in v.json; expected rsa, ecdsa, dsa, ed25519 or ed448, or a"
                + " certificate such as \"rsa:2048:sha256@CN=Contoso Issuing CA\"",
            "unknown hash 'SHA-1' at /limits/certificateSignatureHashes/0 in v.json; expected md5, sha1, sha224, sha256,"
                + " sha384 or sha512");
    assertThat(CatalogLoadingTest.problemsOf("v.json", SERVER.replace("\"rsa:2048:sha256\"", "\"RSA:2048:SHA-256\"")
        .replace("\"server\"", "\"Server\"")))
        .containsExactly("unknown kind 'Server' at /kind in v.json; did you mean \"server\"?");
    assertThat(CatalogLoadingTest.problemsOf("v.json", SERVER.replace("\"rsa:2048:sha256\"", "\"RSA:2048:SHA-256\"")
        .replace("\"certificates\"", "\"library\": {\"name\": \"OpenSSL\", \"version\": \"3.0\"}, \"certificates\"")))
        .containsExactly(
            "certificate 'RSA:2048:SHA-256' is not in the profile format's spelling at /certificates/0 in v.json;"
                + " write rsa:2048:sha256",
            "unknown library name 'OpenSSL' at /library/name in v.json; did you mean openssl?");
  }

  @Test
  void everyRegistryNameAsTheFormatWritesIt_passesBothSides() {
    // GIVEN a client offering every suite, group and scheme the registries know, by their IANA names
    ObjectNode client = parse(CLIENT);
    client.put("helloFormat", "sslv2-compatible");
    Arrays.stream(CipherSuite.values()).map(CipherSuite::ianaName).forEach(client.putArray("cipherSuites")::add);
    Arrays.stream(NamedGroup.values()).map(NamedGroup::ianaName).forEach(client.putArray("groups")::add);
    Arrays.stream(SignatureScheme.values()).map(SignatureScheme::ianaName).forEach(client.putArray("signatureAlgorithms")::add);

    // THEN the schema passes it, and the loader reads back every one of them
    assertThat(schemaSays(client.toString())).isEmpty();
    ClientProfile read = Catalog.builder().addJson("v.json", client.toString()).buildStrict().client("v-client");
    assertThat(read.cipherSuites()).containsExactly(CipherSuite.values());
    assertThat(read.groups()).containsExactly(NamedGroup.values());
    assertThat(read.signatureAlgorithms()).containsExactly(SignatureScheme.values());
  }

  @Test
  void aRepeat_isReportedWhereItStandsInTheFile() {
    assertThat(CatalogLoadingTest.problemsOf("v.json", CLIENT.replace("\"source\"", "\"tags\": [1, \"a\", \"a\"], \"source\"")))
        .containsExactly("expected a string, found 1 at /tags/0 in v.json",
            "'a' is listed twice at /tags/2 in v.json; already listed at /tags/1");
  }

  @Test
  void wholeNumbersWrittenWithAFractionOrExponent_areTheNumber() {
    // JSON Schema's "integer" takes 2048.0 and 2e3; so does the loader, as the number they are.
    Catalog c = Catalog.builder().addJson("v.json", SERVER.replace("\"certificates\"",
        "\"dhBits\": 1024.0, \"library\": {\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": 1e0},"
            + " \"certificates\"")).buildStrict();
    assertThat(c.server("v-server").dhBits()).isEqualTo(1024);
    assertThat(c.server("v-server").library()).map(l -> l.securityLevel().orElseThrow().level()).contains(1);
  }

  // ---- what only the loader knows

  /** A profile the schema passes and the loader refuses, and why. */
  record RegistryFact(String label, String json, String loaderSays) {
    @Override public String toString() {
      return label;
    }
  }

  static Stream<RegistryFact> registryFacts() {
    ObjectNode fallbackWithoutSni = parse(SERVER);
    fallbackWithoutSni.put("fallbackCertificate", "rsa:2048:sha256");
    return Stream.of(
        new RegistryFact("an IANA-shaped cipher suite that does not exist",
            CLIENT.replace("\"TLS_AES_128_GCM_SHA256\"", "\"TLS_AES_128_GCM_SHA257\""),
            "unknown cipher suite 'TLS_AES_128_GCM_SHA257' at /cipherSuites/0 in v.json; did you mean TLS_AES_128_GCM_SHA256?"),
        new RegistryFact("a code no cipher suite has",
            CLIENT.replace("\"TLS_AES_128_GCM_SHA256\"", "\"0x1234\""),
            "unknown cipher suite '0x1234' at /cipherSuites/0 in v.json"),
        new RegistryFact("an unknown group", CLIENT.replace("\"secp256r1\"", "\"secp256r2\""),
            "unknown named group 'secp256r2' at /groups/1 in v.json; did you mean secp256r1?"),
        new RegistryFact("an unknown signature scheme", CLIENT.replace("\"rsa_pss_rsae_sha256\"", "\"rsa_pss_rsae_sha257\""),
            "unknown signature scheme 'rsa_pss_rsae_sha257' at /signatureAlgorithms/0 in v.json; did you mean rsa_pss_rsae_sha256?"),
        new RegistryFact("a server's suite listed twice under two spellings",
            SERVER.replace("[\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"]", "[\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\", \"0xC02F\"]"),
            "duplicate cipher suite '0xC02F' at /cipherSuites/1 in v.json; already listed at /cipherSuites/0"),
        new RegistryFact("a key share for a group the client does not offer",
            CLIENT.replace("\"source\"", "\"keyShares\": [\"x25519\", \"secp384r1\"], \"source\""),
            "key share secp384r1 is not in groups at /keyShares/1 in v.json; RFC 8446 4.2.8 requires every key share to be a supported group"),
        new RegistryFact("an SSL 2.0 cipher kind in a TLS-record hello",
            CLIENT.replace("\"TLS_AES_128_GCM_SHA256\"", "\"SSL_CK_RC4_128_WITH_MD5\""),
            "SSL 2.0 cipher kind SSL_CK_RC4_128_WITH_MD5 in a TLS-record hello at /cipherSuites/0 in v.json; SSL 2.0 kinds"
                + " are only sent in an SSL 2.0 CLIENT-HELLO: set \"helloFormat\": \"sslv2-compatible\""),
        new RegistryFact("a field listed as assumed that the profile does not set",
            CLIENT.replace("\"source\"", "\"assumed\": [\"limits\"], \"source\""),
            "'limits' is listed as assumed but the profile does not set it at /assumed/0 in v.json; set the field, or"
                + " remove it from 'assumed'"),
        new RegistryFact("a fallback certificate on a server that does not require SNI", fallbackWithoutSni.toString(),
            "a fallback certificate only serves clients without SNI at /fallbackCertificate in v.json; set"
                + " \"requiresSni\": true, or remove fallbackCertificate"),
        new RegistryFact("trusted issuers on a server that does not require a client certificate",
            SERVER.replace("\"certificates\"", "\"trustedIssuers\": [\"Contoso Root CA\"], \"certificates\""),
            "trusted issuers of client certificates only count where one is required at /trustedIssuers in v.json; set"
                + " \"requiresClientCertificate\": true, or remove trustedIssuers"),
        new RegistryFact("an extends naming no profile", CLIENT.replace("\"source\"", "\"extends\": \"nobody\", \"source\""),
            "unknown profile 'nobody' at /extends in v.json"),
        new RegistryFact("replaces naming another profile", CLIENT.replace("\"source\"", "\"replaces\": \"someone\", \"source\""),
            "replaces 'someone', which is neither this profile's id nor one of its aliases at /replaces in v.json;"
                + " give the profile the id it replaces, so that everything naming that id finds this one"),
        new RegistryFact("a library release with no modelled upstream build",
            SERVER.replace("\"certificates\"", "\"library\": {\"name\": \"libressl\", \"version\": \"3.8\"}, \"certificates\""),
            "no upstream build libressl-3.8 is modelled at /library/version in v.json; known LibreSSL builds: libressl-3.3,"
                + " libressl-4.2; did you mean libressl-3.3 or libressl-4.2?"),
        new RegistryFact("a build of another family",
            SERVER.replace("\"certificates\"", "\"library\": {\"name\": \"gnutls\", \"version\": \"3.0\", \"build\": \"debian-12\"}, \"certificates\""),
            "build 'debian-12' is OpenSSL, not GnuTLS at /library/build in v.json; set \"name\": \"openssl\""),
        new RegistryFact("a minimum DH size above the maximum",
            CLIENT.replace("\"source\"", "\"limits\": {\"minDhBits\": 4096, \"maxDhBits\": 2048}, \"source\""),
            "minDhBits 4096 is above maxDhBits 2048 at /limits in v.json"));
  }

  @ParameterizedTest
  @MethodSource("registryFacts")
  void whatOnlyTheRegistryKnows_theSchemaPassesAndTheLoaderRefuses(RegistryFact fact) {
    assertThat(schemaSays(fact.json())).as(fact.json()).isEmpty();
    assertThat(Catalog.builder().addJson("v.json", fact.json()).build().problems())
        .map(CatalogProblem::toString).as(fact.json()).containsExactly(fact.loaderSays());
  }
}
