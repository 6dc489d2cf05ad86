package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog that ships: complete, valid against its own schema, and true to its sources. */
class BuiltInCatalogTest {

  static final Catalog BUILT_IN = Catalog.builtIn();

  static Path builtInFolder() throws URISyntaxException {
    return Path.of(Catalog.class.getResource("builtin/index").toURI()).getParent();
  }

  static List<Path> builtInFiles() throws Exception {
    try (Stream<Path> files = Files.walk(builtInFolder())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void loadsWithoutAProblem() {
    assertThat(BUILT_IN.problems()).isEmpty();
    assertThat(BUILT_IN.clients()).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void theLyncPhoneEditionHardwareNamesFindLpeCe6() {
    for (String device : List.of("Polycom-CX500", "polycom-cx600", "POLYCOM-CX3000", "HP-4110", "hp-4120",
        "Aastra-6721ip", "aastra-6725ip")) {
      assertThat(BUILT_IN.info(device).id()).as(device).isEqualTo("LPE-CE6");
      assertThat(BUILT_IN.findClient(device)).as(device).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("LPE-CE6"));
    }
  }

  @Test
  void theThirdPartyPhonesThatReplacedLpeSayWhatTheirSourcesLeaveOpen() {
    List<String> phones = BUILT_IN.clientsTagged("3pip").stream().map(ClientProfile::id).toList();

    assertThat(phones).containsExactlyInAnyOrder("polycom-vvx-ucs5", "polycom-vvx-ucs6", "audiocodes-4xxhd-sfb",
        "yealink-sfb-teams-phone-tls12-era", "crestron-uc-p100-sfb");
    for (String id : phones) {
      ProfileInfo info = BUILT_IN.info(id);
      assertThat(info.partial()).as(id + " is partial").isTrue();
      assertThat(info.unconfirmed()).as(id + " says what is unconfirmed").isNotEmpty();
      assertThat(info.tags()).as(id).contains("phone", "sfb", "documented");
      assertThat(BUILT_IN.client(id).versions()).as(id + " reaches TLS 1.2, unlike LPE").contains(ProtocolVersion.TLS_1_2);
    }
  }

  @Test
  void everyComplianceTemplateNamesTheClauseItImplements() {
    List<String> compliance = BUILT_IN.serversTagged("compliance").stream().map(ServerPolicy::id).toList();

    assertThat(compliance).contains("nist-sp800-52r2", "bsi-tr-02102-2-2020-01", "pci-dss-4.0-req-4.2.1",
        "mozilla-intermediate-5.7", "mozilla-modern-6.0", "iiscrypto-3.2-pci-3.2-win2016",
        "iiscrypto-3.2-fips-140-2-win2012r2").doesNotContain("iiscrypto-3.2-server-defaults", "office365-2019");
    for (String id : List.of("nist-sp800-52r2", "bsi-tr-02102-2-2020-01", "pci-dss-4.0-req-4.2.1")) {
      ProfileInfo info = BUILT_IN.info(id);
      assertThat(info.notes()).as(id + " says which clause it implements").anySatisfy(n -> assertThat(n).startsWith("Implements "));
      assertThat(BUILT_IN.server(id).versions()).as(id).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    }
  }

  @Test
  void theIndexListsExactlyTheFilesThatShip() throws Exception {
    Path folder = builtInFolder();
    List<String> indexed = Files.readAllLines(folder.resolve("index")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    List<String> present = builtInFiles().stream().map(p -> folder.relativize(p).toString().replace('\\', '/')).toList();

    assertThat(indexed)
        .as("the built-in index is stale; run: python3 tools/catalog/write_index.py")
        .containsExactlyElementsOf(present);
  }

  @Test
  void everyFileIsValidAgainstTheShippedSchema() throws Exception {
    ProfileSchema schema = ProfileSchema.shipped();
    Map<String, List<ProfileSchema.Violation>> invalid = new TreeMap<>();
    for (Path file : builtInFiles()) {
      JsonNode node = ProfileFile.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      List<ProfileSchema.Violation> errors = schema.validate(node);
      if (!errors.isEmpty()) invalid.put(file.getFileName().toString(), errors);
    }
    assertThat(invalid).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
    ProfileSchema schema = ProfileSchema.shipped();
    String ok = CatalogLoadingTest.PROXY;
    String noCertificate = ok.replace(",\n  \"certificates\": [\"rsa:2048:sha256\"]", "").replace("\"assumed\": [\"certificates\"],", "");
    String clientField = ok.replace("\"versions\"", "\"sni\": false, \"versions\"");
    String badVersion = ok.replace("TLSv1.2", "TLS 1.2 please");

    assertThat(schema.validate(ProfileFile.MAPPER.readTree(ok))).isEmpty();
    for (String bad : List.of(noCertificate, clientField, badVersion)) {
      assertThat(schema.validate(ProfileFile.MAPPER.readTree(bad))).as(bad).isNotEmpty();
      assertThat(Catalog.builder().addJson("x", bad).build().problems()).as(bad).isNotEmpty();
    }
  }

  @Test
  void everyFileIsNamedAfterItsId() throws Exception {
    List<String> mismatched = new ArrayList<>();
    for (Path file : builtInFiles()) {
      String id = ProfileFile.MAPPER.readTree(file.toFile()).get("id").asText();
      if (!file.getFileName().toString().equals(id + ".json")) mismatched.add(file.getFileName() + " has id " + id);
    }
    assertThat(mismatched).isEmpty();
  }

  @Test
  void publishedIdsNeverDisappear() throws IOException {
    List<String> published;
    try (InputStream in = getClass().getResourceAsStream("/published-ids.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
    List<String> missing = published.stream().filter(id -> {
      try {
        BUILT_IN.info(id);
        return false;
      } catch (NoSuchProfileException e) {
        return true;
      }
    }).toList();

    assertThat(missing).as("ids in published-ids.txt must keep working (add an alias when renaming)").isEmpty();
  }

  @Test
  void everyObservedClientIsThereWithItsCapture() {
    List<ClientProfile> observed = BUILT_IN.clientsTagged("observed");

    assertThat(observed).hasSize(177);
    for (ClientProfile c : observed) {
      assertThat(BUILT_IN.capturedClientHello(c.id())).as(c.id()).hasValueSatisfying(hello -> {
        // an SSL 2.0 CLIENT-HELLO (high bit set, type 1) or a TLS handshake record with a ClientHello
        boolean ssl2 = (hello[0] & 0x80) != 0 && hello[2] == 1;
        boolean tls = hello[0] == 0x16 && hello[5] == 1;
        assertThat(ssl2 || tls).as(c.id() + " capture starts with a ClientHello").isTrue();
      });
    }
  }

  @Test
  void everyProfileSaysWhereItsFactsComeFrom() {
    for (ProfileInfo info : BUILT_IN.infos()) {
      assertThat(info.source()).as(info.id()).isNotEmpty();
    }
  }

  @Test
  void everyServerWithoutASourcedCertificateSaysItIsAssumed() {
    for (ProfileInfo info : BUILT_IN.infos()) {
      if (info.kind() != ProfileKind.SERVER || !info.assumed().contains("certificates")) continue;
      // The explanation lives with the profile that made the assumption, which may be a parent.
      List<String> explanations = new ArrayList<>();
      for (ProfileInfo i = info; i != null; i = i.parent().map(BUILT_IN::info).orElse(null)) {
        explanations.addAll(i.unconfirmed());
      }
      assertThat(explanations).as(info.id() + " explains its assumed certificate")
          .anySatisfy(u -> assertThat(u.toLowerCase()).contains("certificate"));
    }
  }

  @Test
  void theSeedIdsAreThere() {
    for (String id : List.of("LPE-CE6", "LPE-CE6-sha1-only", "windows-ce7-device", "sfb-2015-win7-tls12")) {
      assertThat(BUILT_IN.findClient(id)).as(id).isPresent();
    }
    for (String id : List.of("office365-pre-2019-02-28", "office365-2019", "office365-2020-10", "microsoft365-2023",
        "lync-server-2013", "sfb-server-2015-tls12-only", "adfs-3.0-wap-2012r2-default", "adfs-3.0-wap-2012r2-fallback",
        "lync-fe-tls10-disabled", "exchange-ews-tls10-disabled", "adfs-tls10-disabled", "reverse-proxy-tls10-disabled",
        "http-proxy-tls10-disabled", "lync-fe-tls10-disabled-ssl3-left-on", "iiscrypto-3.2-fips-140-2-win2012r2",
        "iiscrypto-3.2-pci-3.2-win2012r2", "iiscrypto-3.2-strict-win2012r2", "jdk-17-default", "jdk-21-default",
        "openssl-3-default", "nginx-default")) {
      assertThat(BUILT_IN.findServer(id)).as(id).isPresent();
    }
  }

  @Test
  void everyProfileSurvivesAWriteAndReadUnchanged() {
    List<String> changed = new ArrayList<>();
    for (ProfileInfo info : BUILT_IN.infos()) {
      String json = info.kind() == ProfileKind.CLIENT
          ? ProfileJson.toJson(BUILT_IN.client(info.id()), info)
          : ProfileJson.toJson(BUILT_IN.server(info.id()), info);
      Catalog again = Catalog.builder().addJson(info.id() + " (written)", json).buildStrict();
      Object before = info.kind() == ProfileKind.CLIENT ? BUILT_IN.client(info.id()) : BUILT_IN.server(info.id());
      Object after = info.kind() == ProfileKind.CLIENT ? again.client(info.id()) : again.server(info.id());
      ProfileInfo infoAfter = again.info(info.id());
      if (!before.equals(after) || !infoAfter.assumed().equals(info.assumed()) || !infoAfter.tags().equals(info.tags())
          || !infoAfter.source().equals(info.source()) || !infoAfter.fingerprints().equals(info.fingerprints())) {
        changed.add(info.id());
      }
    }
    assertThat(changed).isEmpty();
  }

  @Test
  void theJdkServersCarrySunJssesHabits() {
    for (String id : List.of("jdk-17-default", "jdk-21-default")) {
      ServerPolicy jdk = BUILT_IN.server(id);
      assertThat(jdk.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT)).as(id + " ordersGroupsByClient").isTrue();
      assertThat(jdk.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE)).as(id + " bindsEcdsaSchemesToCurve").isTrue();
      assertThat(jdk.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13)
          || jdk.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS)
          || jdk.has(ServerHabit.CHECKS_SNI_AFTER_VERSION)).as(id + ": no habit of another implementation").isFalse();
      assertThat(BUILT_IN.info(id).source()).as(id)
          .anySatisfy(s -> assertThat(s).contains("getPreferredGroup"))
          .anySatisfy(s -> assertThat(s).contains("getSignerOfPreferableAlgorithm"));
    }
  }

  @Test
  void everyServerHabitIsExplainedInItsProfilesNotes() {
    // A habit is a fact about the implementation: the profile that sets it (which may be a parent)
    // says where it comes from.
    for (ServerPolicy server : BUILT_IN.servers()) {
      List<String> notes = new ArrayList<>();
      for (ProfileInfo i = BUILT_IN.info(server.id()); i != null; i = i.parent().map(BUILT_IN::info).orElse(null)) {
        notes.addAll(i.notes());
      }
      ServerHabitsTest.HABITS.forEach((habit, has) -> {
        if (has.test(server)) {
          assertThat(notes).as(server.id() + " explains " + habit).anySatisfy(n -> assertThat(n).startsWith(habit + ":"));
        }
      });
    }
  }

  @Test
  void serversAndClientsAreTheRightKind() {
    long serverInfos = BUILT_IN.infos().stream().filter(i -> i.kind() == ProfileKind.SERVER).count();
    assertThat(BUILT_IN.servers()).hasSize((int) serverInfos).extracting(ServerPolicy::id)
        .allSatisfy(id -> assertThat(BUILT_IN.findClient(id)).as(id).isEmpty());
    assertThat(BUILT_IN.info("LPE-CE6").kind()).isEqualTo(ProfileKind.CLIENT);
    assertThat(BUILT_IN.info("lync-phone-edition-ce6").id()).isEqualTo("LPE-CE6");
  }

  @Test
  void openSslBasedServers_nameTheDebian12BuildTheirFactsWereMeasuredOn_genericGuidelinesNameNone() {
    // BUILT_IN is read from the prepared form (PreparedCatalogTest): the library travels through it
    for (String id : List.of("nginx-default", "openssl-3-default")) {
      assertThat(BUILT_IN.server(id).library()).as(id)
          .contains(io.github.tlscompat.core.library.ServerLibrary.of(io.github.tlscompat.core.library.OpenSslBuild.DEBIAN_12));
      // the versions their directives enable: the library refuses TLS 1.0/1.1 clients, not the configuration
      assertThat(BUILT_IN.server(id).versions()).as(id).contains(io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_0);
    }
    assertThat(BUILT_IN.servers()).filteredOn(s -> s.id().startsWith("mozilla-")).isNotEmpty()
        .allSatisfy(s -> assertThat(s.library()).as(s.id()).isEmpty());
  }
}
