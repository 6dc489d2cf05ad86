package io.github.tlscompat.profiles;

import static io.github.tlscompat.profiles.CatalogLoadingTest.PHONE;
import static io.github.tlscompat.profiles.CatalogLoadingTest.PROXY;
import static io.github.tlscompat.profiles.CatalogLoadingTest.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight implementation habits of a server ({@code ignoresSupportedVersionsWithoutTls13},
 * {@code negotiatesTls12ForLegacyHellos}, {@code ordersGroupsByClient},
 * {@code bindsEcdsaSchemesToCurve}, {@code checksSniAfterVersion}, {@code retriesForPreferredGroup},
 * {@code ordersSignatureSchemesByClient}, {@code picksLegacySuitesLast}) in the profile format: read like
 * the other server booleans, inherited through {@code extends}, written only when set, and checked
 * the same way by the schema and the loader.
 */
class ServerHabitsTest {

  /** Each habit's field name and how to read it off a policy. */
  static final Map<String, Predicate<ServerPolicy>> HABITS = Map.of(
      "ignoresSupportedVersionsWithoutTls13", p -> p.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13),
      "negotiatesTls12ForLegacyHellos", p -> p.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS),
      "ordersGroupsByClient", p -> p.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT),
      "bindsEcdsaSchemesToCurve", p -> p.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE),
      "checksSniAfterVersion", p -> p.has(ServerHabit.CHECKS_SNI_AFTER_VERSION),
      "retriesForPreferredGroup", p -> p.has(ServerHabit.RETRIES_FOR_PREFERRED_GROUP),
      "ordersSignatureSchemesByClient", p -> p.has(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT),
      "picksLegacySuitesLast", p -> p.has(ServerHabit.PICKS_LEGACY_SUITES_LAST));

  static List<String> habits() {
    return HABITS.keySet().stream().sorted().toList();
  }

  /** The shipped schema, as the loader validates user files with it. */
  static final ProfileSchema schema = ProfileSchema.shipped();

  /** {@link CatalogLoadingTest#PROXY} with {@code fields} (JSON members, no trailing comma) added. */
  static String proxyWith(String fields) {
    return PROXY.replace("\"versions\"", fields + ", \"versions\"");
  }

  static ServerPolicy load(String... files) {
    Catalog.Builder b = Catalog.builder();
    for (int i = 0; i < files.length; i++) b.addJson("f" + i + ".json", files[i]);
    return b.buildStrict().server(files.length == 1 ? "my-proxy" : "my-proxy-child");
  }

  static final String CHILD = """
      {"kind": "server", "id": "my-proxy-child", "extends": "my-proxy", "name": "child", "source": ["y"]}
      """;

  @Test
  void allDefaultToFalse() {
    ServerPolicy proxy = load(PROXY);

    for (String habit : habits()) assertThat(HABITS.get(habit).test(proxy)).as(habit).isFalse();
  }

  @ParameterizedTest
  @MethodSource("habits")
  void eachIsReadAndSetsOnlyItself(String habit) {
    ServerPolicy proxy = load(proxyWith("\"" + habit + "\": true"));

    for (String other : habits()) assertThat(HABITS.get(other).test(proxy)).as(other).isEqualTo(other.equals(habit));
    assertThat(load(proxyWith("\"" + habit + "\": false"))).isEqualTo(load(PROXY));
  }

  @ParameterizedTest
  @MethodSource("habits")
  void eachIsInheritedThroughExtendsAndCanBeTurnedOff(String habit) {
    String parent = proxyWith("\"" + habit + "\": true");

    assertThat(HABITS.get(habit).test(load(parent, CHILD))).isTrue();
    assertThat(HABITS.get(habit).test(load(parent, CHILD.replace("\"source\"", "\"" + habit + "\": false, \"source\""))))
        .isFalse();
    assertThat(HABITS.get(habit).test(load(PROXY, CHILD.replace("\"source\"", "\"" + habit + "\": true, \"source\""))))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("habits")
  void aWrongTypeSaysWhatWasExpected(String habit) {
    assertThat(problemsOf("p.json", proxyWith("\"" + habit + "\": \"yes\""))).containsExactly(
        "expected true or false, found 'yes' at /" + habit + " in p.json");
    assertThat(problemsOf("p.json", proxyWith("\"" + habit + "\": 1"))).containsExactly(
        "expected true or false, found 1 at /" + habit + " in p.json");
  }

  @ParameterizedTest
  @MethodSource("habits")
  void aMistakeInAnInheritedHabitNamesTheParentsFile(String habit) {
    assertThat(Catalog.builder().addJson("proxy.json", proxyWith("\"" + habit + "\": null")).addJson("child.json", CHILD)
        .build().problems()).extracting(Object::toString).containsExactly(
            "expected true or false, found null at /" + habit + " in proxy.json",
            "extends 'my-proxy', which could not be loaded at /extends in child.json; see the problems reported for"
                + " proxy.json");
  }

  @ParameterizedTest
  @MethodSource("habits")
  void isAServerFieldOnly(String habit) {
    assertThat(problemsOf("p.json", PHONE.replace("\"sni\": false", "\"" + habit + "\": true"))).containsExactly(
        "unknown field '" + habit + "' at /" + habit + " in p.json; '" + habit + "' is a server field; this profile is"
            + " a client");
  }

  @Test
  void everyServerHabit_isAServerFieldOfTheSchemaAndTheFormatDoc() throws IOException {
    // GIVEN the schema's server branch and the format documentation
    JsonNode server;
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(Catalog.SCHEMA_RESOURCE)) {
      server = ProfileFile.MAPPER.readTree(in).at("/allOf").findParents("then").stream()
          .map(n -> n.get("then")).filter(t -> t.at("/properties/requiresSni").isObject()).findFirst().orElseThrow();
    }
    String doc = Files.readString(Path.of("../docs/profile-format.md"));

    // THEN each habit's JSON name is a boolean field there, may be assumed, and is documented
    assertThat(Set.copyOf(habits())).isEqualTo(Arrays.stream(ServerHabit.values())
        .filter(h -> !h.isDefault()).map(ServerHabit::jsonName).collect(Collectors.toSet()));
    for (ServerHabit habit : ServerHabit.values()) {
      assertThat(server.at("/properties/" + habit.jsonName() + "/type").asText()).as(habit.jsonName())
          .isEqualTo("boolean");
      assertThat(server.at("/properties/assumed/items/enum").toString()).as(habit.jsonName())
          .contains("\"" + habit.jsonName() + "\"");
      assertThat(doc).as(habit.jsonName()).contains("`" + habit.jsonName() + "`");
    }
  }

  @Test
  void aMisspelledHabitSuggestsTheFieldMeant() {
    assertThat(problemsOf("p.json", proxyWith("\"orderGroupsByClient\": true"))).containsExactly(
        "unknown field 'orderGroupsByClient' at /orderGroupsByClient in p.json; did you mean ordersGroupsByClient?");
    assertThat(problemsOf("p.json", proxyWith("\"checkSniAfterVersion\": true"))).containsExactly(
        "unknown field 'checkSniAfterVersion' at /checkSniAfterVersion in p.json; did you mean checksSniAfterVersion?");
  }

  @ParameterizedTest
  @MethodSource("habits")
  void mayBeAssumedAndTheAssumptionIsInherited(String habit) {
    String assumed = proxyWith("\"" + habit + "\": true").replace("\"assumed\": [\"certificates\"]",
        "\"assumed\": [\"certificates\", \"" + habit + "\"]");
    Catalog c = Catalog.builder().addJson("p", assumed).addJson("c", CHILD).buildStrict();

    assertThat(c.info("my-proxy").assumed()).containsExactlyInAnyOrder("certificates", habit);
    assertThat(c.info("my-proxy-child").assumed()).containsExactlyInAnyOrder("certificates", habit);
    assertThat(problemsOf("p.json", PROXY.replace("\"assumed\": [\"certificates\"]",
        "\"assumed\": [\"certificates\", \"" + habit + "\"]"))).containsExactly(
            "'" + habit + "' is listed as assumed but the profile does not set it at /assumed/1 in p.json; set the field,"
                + " or remove it from 'assumed'");
  }

  // ---- ProfileJson

  @Test
  void aPolicyWithEveryHabitSurvivesAWriteAndRead() throws IOException {
    ServerPolicy all = load(PROXY).toBuilder().versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
        .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
        .requiresSni(true).habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true)
        .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true)
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true).habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true)
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).habit(ServerHabit.RETRIES_FOR_PREFERRED_GROUP, true)
        .habit(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT, true)
        .habit(ServerHabit.PICKS_LEGACY_SUITES_LAST, true).build();
    ProfileInfo info = Catalog.builder().addJson("p", PROXY).buildStrict().info("my-proxy");

    String json = ProfileJson.toJson(all, info);
    ServerPolicy back = Catalog.builder().addJson("written", json).buildStrict().server("my-proxy");

    assertThat(back).isEqualTo(all);
    JsonNode node = ProfileFile.MAPPER.readTree(json);
    for (String habit : habits()) assertThat(node.path(habit).isBoolean() && node.path(habit).booleanValue()).as(habit).isTrue();
    assertThat(schema.validate(node)).isEmpty();
  }

  @Test
  void habitsAtTheirDefaultAreNotWrittenUnlessAssumed() throws IOException {
    ServerPolicy none = load(PROXY);
    ProfileInfo info = Catalog.builder().addJson("p", PROXY).buildStrict().info("my-proxy");
    String assumedOff = proxyWith("\"ordersGroupsByClient\": false").replace("\"assumed\": [\"certificates\"]",
        "\"assumed\": [\"certificates\", \"ordersGroupsByClient\"]");
    Catalog withAssumption = Catalog.builder().addJson("p", assumedOff).buildStrict();

    JsonNode plain = ProfileFile.MAPPER.readTree(ProfileJson.toJson(none, info));
    String written = ProfileJson.toJson(withAssumption.server("my-proxy"), withAssumption.info("my-proxy"));
    JsonNode assumed = ProfileFile.MAPPER.readTree(written);

    for (String habit : habits()) assertThat(plain.has(habit)).as(habit).isFalse();
    assertThat(assumed.path("ordersGroupsByClient").isBoolean() && !assumed.path("ordersGroupsByClient").booleanValue())
        .isTrue();
    assertThat(Set.copyOf(habits())).allMatch(h -> h.equals("ordersGroupsByClient") || !assumed.has(h));
    assertThat(Catalog.builder().addJson("again", written).buildStrict().info("my-proxy").assumed())
        .containsExactlyInAnyOrder("certificates", "ordersGroupsByClient");
  }

  // ---- schema

  @ParameterizedTest
  @MethodSource("habits")
  void theSchemaAcceptsWhatTheLoaderAccepts(String habit) throws IOException {
    for (String ok : List.of(proxyWith("\"" + habit + "\": true"), proxyWith("\"" + habit + "\": false"),
        proxyWith("\"" + habit + "\": true").replace("\"assumed\": [\"certificates\"]",
            "\"assumed\": [\"certificates\", \"" + habit + "\"]"),
        CHILD.replace("\"source\"", "\"" + habit + "\": true, \"source\""))) {
      assertThat(schema.validate(ProfileFile.MAPPER.readTree(ok))).as(ok).isEmpty();
      Catalog.Builder loader = Catalog.builder().addJson("x", ok);
      if (ok.contains("\"extends\"")) loader.addJson("p", PROXY);
      assertThat(loader.build().problems()).as(ok).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("habits")
  void theSchemaRejectsWhatTheLoaderRejects(String habit) throws IOException {
    String misspelled = habit.replaceFirst("s(?=[A-Z])", "");
    for (String bad : List.of(proxyWith("\"" + habit + "\": \"yes\""), proxyWith("\"" + habit + "\": 1"),
        proxyWith("\"" + habit + "\": null"), proxyWith("\"" + misspelled + "\": true"),
        PHONE.replace("\"sni\": false", "\"" + habit + "\": true"),
        PHONE.replace("\"sni\": false", "\"sni\": false, \"assumed\": [\"" + habit + "\"]"))) {
      assertThat(schema.validate(ProfileFile.MAPPER.readTree(bad))).as(bad).isNotEmpty();
      assertThat(Catalog.builder().addJson("x", bad).build().problems()).as(bad).isNotEmpty();
    }
  }
}
