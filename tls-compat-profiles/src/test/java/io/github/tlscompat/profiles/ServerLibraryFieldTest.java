package io.github.tlscompat.profiles;

import static io.github.tlscompat.profiles.CatalogLoadingTest.PROXY;
import static io.github.tlscompat.profiles.CatalogLoadingTest.problemsOf;
import static io.github.tlscompat.profiles.ServerHabitsTest.load;
import static io.github.tlscompat.profiles.ServerHabitsTest.proxyWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The server field {@code library}: the OpenSSL build and security level a policy was narrowed
 * for, read, inherited, written back to an equal policy, and checked alike by the loader and the
 * schema.
 */
class ServerLibraryFieldTest {

  /** The shipped schema, as the loader validates user files with it. */
  static final ProfileSchema schema = ProfileSchema.shipped();

  @Test
  void absentMeansUnknown() {
    assertThat(load(PROXY).library()).isEmpty();
  }

  @Test
  void aBuildAndLevelAreRead() {
    ServerPolicy p = load(proxyWith(
        "\"library\": {\"name\": \"openssl\", \"version\": \"3.0\", \"build\": \"debian-12\", \"securityLevel\": 1}"));

    assertThat(p.library()).contains(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_1)));
    assertThat(p.library().orElseThrow()).hasToString("OpenSSL 3.0 (Debian 12) at security level 1");
  }

  @Test
  void withoutABuildTheVersionNamesTheUpstreamBuildAtItsDefaultLevel() {
    assertThat(load(proxyWith("\"library\": {\"name\": \"openssl\", \"version\": \"3.0\"}")).library())
        .contains(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0));
    assertThat(load(proxyWith("\"library\": {\"name\": \"openssl\", \"version\": \"1.1.1\"}")).library()
        .orElseThrow()).hasToString("OpenSSL 1.1.1 at security level 1 (its default)");
  }

  @Test
  void isInheritedThroughExtends() {
    String parent = proxyWith("\"library\": {\"name\": \"openssl\", \"version\": \"3.0\", \"build\": \"debian-12\"}");
    String child = """
        {"kind": "server", "id": "my-proxy-child", "extends": "my-proxy", "name": "child", "source": ["y"]}
        """;

    assertThat(load(parent, child).library()).contains(ServerLibrary.of(OpenSslBuild.DEBIAN_12));
  }

  @Test
  void mistakesAreReportedWhereTheyAre() {
    assertThat(problemsOf("p.json", proxyWith("\"library\": \"openssl\""))).containsExactly(
        "expected an object such as {\"name\": \"openssl\", \"version\": \"3.0\", \"build\": \"debian-12\"}, found"
            + " 'openssl' at /library in p.json");
    assertThat(problemsOf("p.json", proxyWith(
        "\"library\": {\"name\": \"gnutls\", \"version\": \"3.0\", \"build\": \"debian-12\", \"securityLevel\": 6}")))
        .containsExactly(
            "build 'debian-12' is OpenSSL, not GnuTLS at /library/build in p.json; set \"name\": \"openssl\"",
            "GnuTLS has no security levels at /library/securityLevel in p.json; remove securityLevel");
    assertThat(problemsOf("p.json", proxyWith(
        "\"library\": {\"name\": \"openssl\", \"version\": \"3.0\", \"securityLevel\": 6}"))).containsExactly(
            "expected a whole number 0 to 5, found 6 at /library/securityLevel in p.json");
    assertThat(problemsOf("p.json", proxyWith("\"library\": {\"name\": \"opensll\", \"version\": \"3.0\"}")))
        .containsExactly("unknown TLS library 'opensll'; expected one of openssl, libressl, boringssl, gnutls,"
            + " schannel, sunjsse, bcjsse; did you mean openssl? at /library/name in p.json");
    assertThat(problemsOf("p.json", proxyWith("\"library\": {\"name\": \"openssl\", \"version\": \"3.4\"}")))
        .containsExactly("no upstream build openssl-3.4 is modelled at /library/version in p.json; known OpenSSL"
            + " builds: debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default,"
            + " rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips; did you mean openssl-3.0 or openssl-3.5?");
    assertThat(problemsOf("p.json", proxyWith(
        "\"library\": {\"name\": \"openssl\", \"version\": \"1.1.1\", \"build\": \"debian-12\"}"))).containsExactly(
            "build 'debian-12' is OpenSSL 3.0, not 1.1.1 at /library/build in p.json; set \"version\": \"3.0\"");
    assertThat(problemsOf("p.json", proxyWith(
        "\"library\": {\"name\": \"openssl\", \"version\": \"3.0\", \"build\": \"debian12\"}"))).containsExactly(
            "unknown build 'debian12' at /library/build in p.json; known OpenSSL builds: debian-12, openssl-3.0,"
                + " openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default, rhel-8-legacy,"
                + " rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips; did you mean"
                + " debian-12 or debian-10 or debian-11?");
    assertThat(problemsOf("p.json", proxyWith(
        "\"library\": {\"name\": \"openssl\", \"version\": \"1.0.2\", \"securityLevel\": 1}"))).containsExactly(
            "OpenSSL 1.0.2 has no security levels; they came in OpenSSL 1.1.0 at /library/securityLevel in p.json;"
                + " remove securityLevel");
  }

  @Test
  void survivesAWriteAndReadAndTheSchemaAcceptsIt() throws IOException {
    ProfileInfo info = Catalog.builder().addJson("p", PROXY).buildStrict().info("my-proxy");
    for (ServerLibrary library : new ServerLibrary[] {ServerLibrary.of(OpenSslBuild.DEBIAN_12),
        new ServerLibrary(OpenSslBuild.OPENSSL_3_0, Optional.of(SecurityLevel.LEVEL_0)),
        ServerLibrary.of(OpenSslBuild.OPENSSL_1_1_1)}) {
      ServerPolicy policy = load(PROXY).toBuilder().library(library).build();

      String json = ProfileJson.toJson(policy, info);
      ServerPolicy back = Catalog.builder().addJson("written", json).buildStrict().server("my-proxy");

      assertThat(back).as(library.toString()).isEqualTo(policy);
      JsonNode node = ProfileFile.MAPPER.readTree(json);
      assertThat(schema.validate(node)).as(library.toString()).isEmpty();
      assertThat(node.get("library").get("build").asText()).isEqualTo(library.build().id());
    }
    assertThat(ProfileFile.MAPPER.readTree(ProfileJson.toJson(load(PROXY), info)).has("library")).isFalse();
  }

  @Test
  void isAServerFieldOfTheSchemaAndTheFormatDoc() throws IOException {
    assertThat(ProfileFile.SERVER_FIELDS).contains("library");
    assertThat(Files.readString(Path.of("../docs/profile-format.md"))).contains("| `library` |");
    JsonNode bad = ProfileFile.MAPPER.readTree(proxyWith("\"library\": {\"name\": \"openssl\", \"version\": \" \"}"));
    assertThat(schema.validate(bad)).isNotEmpty();
    JsonNode levelOnGnuTls = ProfileFile.MAPPER.readTree(
        proxyWith("\"library\": {\"name\": \"gnutls\", \"version\": \"3.7\", \"securityLevel\": 1}"));
    assertThat(schema.validate(levelOnGnuTls)).isNotEmpty();
  }

  @Test
  void theSchemaNamesExactlyTheKnownFamiliesAndBuilds() throws IOException {
    JsonNode library;
    try (var in = ServerLibraryFieldTest.class.getResourceAsStream("/META-INF/tls-compat/schema/profile-v1.schema.json")) {
      library = ProfileFile.MAPPER.readTree(in).findValue("library").get("properties");
    }
    List<String> names = new ArrayList<>();
    library.get("name").get("enum").forEach(n -> names.add(n.asText()));
    List<String> builds = new ArrayList<>();
    library.get("build").get("enum").forEach(n -> builds.add(n.asText()));
    assertThat(names).containsExactly(Arrays.stream(LibraryFamily.values()).map(LibraryFamily::jsonName)
        .toArray(String[]::new));
    assertThat(builds).containsExactlyElementsOf(ServerLibrary.knownIds());
  }
}
