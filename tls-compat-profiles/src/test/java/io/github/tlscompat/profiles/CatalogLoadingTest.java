package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoadingTest {

  static final String PHONE = """
      {
        "kind": "client",
        "id": "my-phone",
        "aliases": ["desk-phone"],
        "name": "My desk phone",
        "tags": ["phone", "mine"],
        "source": ["vendor manual p. 12"],
        "versions": ["SSLv3", "TLSv1.0"],
        "cipherSuites": ["TLS_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"],
        "sni": false,
        "limits": { "certificateSignatureHashes": ["sha1"], "wildcardCertificates": false }
      }
      """;

  static final String PROXY = """
      {
        "kind": "server",
        "id": "my-proxy",
        "name": "My proxy",
        "source": ["our nginx.conf"],
        "assumed": ["certificates"],
        "versions": ["TLSv1.2"],
        "cipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
        "certificates": ["rsa:2048:sha256"]
      }
      """;

  static List<String> problemsOf(String location, String json) {
    return Catalog.builder().addJson(location, json).build().problems().stream().map(Object::toString).toList();
  }

  @Test
  void readsAClientWithEveryFieldItSets() {
    Catalog c = Catalog.builder().addJson("my-phone.json", PHONE).buildStrict();

    ClientProfile phone = c.client("my-phone");
    assertThat(phone.versions()).containsExactly(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0);
    assertThat(phone.cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_RC4_128_MD5,
        CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(phone.sendsSni()).isFalse();
    assertThat(phone.limits().certificateSignatureHashes()).containsExactly(HashAlgorithm.SHA1);
    assertThat(phone.limits().acceptsWildcardCertificates()).isFalse();
    assertThat(c.info("my-phone").tags()).containsExactlyInAnyOrder("phone", "mine");
    assertThat(c.info("my-phone").location()).isEqualTo("my-phone.json");
  }

  @Test
  void looksUpByIdOrAliasIgnoringCase() {
    Catalog c = Catalog.builder().addJson("my-phone.json", PHONE).buildStrict();

    assertThat(c.client("MY-PHONE").id()).isEqualTo("my-phone");
    assertThat(c.client("Desk-Phone").id()).isEqualTo("my-phone");
    assertThat(c.findServer("my-phone")).isEmpty();
  }

  @Test
  void anUnknownIdSuggestsTheClosest() {
    Catalog c = Catalog.builder().addJson("my-phone.json", PHONE).addJson("my-proxy.json", PROXY).buildStrict();

    assertThatThrownBy(() -> c.client("my-phoen"))
        .isInstanceOf(NoSuchProfileException.class)
        .hasMessage("no client 'my-phoen' in the catalog; did you mean my-phone?");
    assertThatThrownBy(() -> c.client("my-proxy"))
        .hasMessage("'my-proxy' is a server, not a client");
  }

  @Test
  void theIssuesExampleMessage() {
    String json = PHONE.replace("\"TLS_RSA_WITH_RC4_128_MD5\", \"TLS_RSA_WITH_3DES_EDE_CBC_SHA\"",
        "\"TLS_RSA_WITH_RC4_128_MD5\", \"TLS_RSA_WITH_RC4_128_SHA\", \"TLS_RSA_WITH_AES_128_CBC_SHA\", \"TLS_RSA_WITH_3DES_CBC_SHA\"");

    assertThat(problemsOf("my-phones.json", json)).containsExactly(
        "unknown cipher suite 'TLS_RSA_WITH_3DES_CBC_SHA' at /cipherSuites/3 in my-phones.json;"
            + " did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?");
  }

  @Test
  void unknownNamesInEveryListAreReportedWithTheirPointer() {
    String json = PHONE.replace("\"sni\": false,", """
        "sni": false,
        "groups": ["secp256r1", "secp256r"],
        "signatureAlgorithms": ["rsa_pkcs1_sha256", "rsa_pkcs1_sha257"],
        """).replace("\"TLSv1.0\"]", "\"TLSv1.4\"]");

    assertThat(problemsOf("p.json", json)).containsExactly(
        "unknown protocol version 'TLSv1.4' at /versions/1 in p.json; expected one of SSLv2, SSLv3, TLSv1.0, TLSv1.1,"
            + " TLSv1.2, TLSv1.3; did you mean TLSv1.0?",
        "unknown named group 'secp256r' at /groups/1 in p.json; did you mean secp256r1?",
        "unknown signature scheme 'rsa_pkcs1_sha257' at /signatureAlgorithms/1 in p.json; did you mean rsa_pkcs1_sha256?");
  }

  @Test
  void unknownFieldsSuggestTheFieldMeant() {
    assertThat(problemsOf("p.json", PHONE.replace("\"cipherSuites\"", "\"cipherSuite\""))).containsExactly(
        "unknown field 'cipherSuite' at /cipherSuite in p.json; did you mean cipherSuites?",
        "missing field 'cipherSuites' in p.json; a client profile needs it, or an 'extends' whose profile has it");
    assertThat(problemsOf("p.json", PHONE.replace("\"sni\"", "\"requiresSni\""))).containsExactly(
        "unknown field 'requiresSni' at /requiresSni in p.json; 'requiresSni' is a server field; this profile is a client");
  }

  @Test
  void wrongTypesSayWhatWasExpected() {
    assertThat(problemsOf("p.json", PHONE.replace("\"sni\": false", "\"sni\": \"no\""))).containsExactly(
        "expected true or false, found 'no' at /sni in p.json");
    assertThat(problemsOf("p.json", PHONE.replace("[\"SSLv3\", \"TLSv1.0\"]", "\"TLSv1.0\""))).containsExactly(
        "expected an array of strings, found 'TLSv1.0' at /versions in p.json");
    assertThat(problemsOf("p.json", PHONE.replace("\"client\"", "\"phone\""))).containsExactly(
        "unknown kind 'phone' at /kind in p.json; expected \"client\" or \"server\"");
  }

  @Test
  void missingFactsAreProblemsNotDefaults() {
    assertThat(problemsOf("p.json", PHONE.replace("\"source\": [\"vendor manual p. 12\"],", ""))).containsExactly(
        "missing field 'source' in p.json; say where the facts come from: a URL, github:owner/repo@commit:path,"
            + " or a measurement");
    assertThat(problemsOf("s.json", PROXY.replace(",\n  \"certificates\": [\"rsa:2048:sha256\"]", "")
        .replace("\"assumed\": [\"certificates\"],", ""))).containsExactly(
        "missing field 'certificates' in s.json; a server profile states its certificate(s), e.g. [\"rsa:2048:sha256\"];"
            + " list it in 'assumed' if the source is silent");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThat(problemsOf("p.json", "{\n  \"kind\": \"client\",\n  \"id\": \"x\"\n  \"name\": \"y\"\n}"))
        .singleElement().asString()
        .startsWith("malformed JSON at line 4, column 3: Unexpected character ('\"'")
        .endsWith(" in p.json");
  }

  @Test
  void duplicateKeysInOneFileAreAnError() {
    assertThat(problemsOf("p.json", PHONE.replace("\"sni\": false,", "\"sni\": false, \"sni\": true,")))
        .singleElement().asString().contains("Duplicate field 'sni'");
  }

  @Test
  void duplicateIdsAreReportedWithBothLocationsAndTheFirstKept() {
    Catalog c = Catalog.builder()
        .addJson("a/my-phone.json", PHONE)
        .addJson("b/my-phone.json", PHONE.replace("My desk phone", "Another phone")).build();

    assertThat(c.problems()).extracting(Object::toString).containsExactly(
        "duplicate id 'my-phone' at /id in b/my-phone.json; already used by 'my-phone' at /id in a/my-phone.json");
    assertThat(c.info("my-phone").name()).isEqualTo("My desk phone");
  }

  @Test
  void anAliasThatClashesWithAnIdIsADuplicate() {
    String other = PROXY.replace("\"id\": \"my-proxy\",", "\"id\": \"my-proxy\", \"aliases\": [\"MY-PHONE\"],");

    assertThat(problemsOf("x", PHONE).isEmpty()).isTrue();
    assertThat(Catalog.builder().addJson("phone.json", PHONE).addJson("proxy.json", other).build().problems())
        .extracting(Object::toString).containsExactly(
            "duplicate id 'MY-PHONE' at /aliases/0 in proxy.json; already used by 'my-phone' at /id in phone.json");
  }

  @Test
  void aBadUserFileNeverHidesTheBuiltInCatalog() {
    Catalog c = Catalog.builder().addBuiltIn().addJson("mine.json", "{ not json").build();

    assertThat(c.problems()).hasSize(1);
    assertThat(c.clients()).hasSameSizeAs(Catalog.builtIn().clients());
    assertThat(c.client("LPE-CE6").id()).isEqualTo("LPE-CE6");
    assertThatThrownBy(c::requireNoProblems).isInstanceOf(CatalogException.class)
        .hasMessageContaining("in mine.json");
  }

  @Test
  void semanticRulesOfTheProtocolAreChecked() {
    String shares = PHONE.replace("\"sni\": false,", "\"groups\": [\"secp256r1\"], \"keyShares\": [\"x25519\"],");
    assertThat(problemsOf("p.json", shares)).containsExactly(
        "key share x25519 is not in groups at /keyShares/0 in p.json; RFC 8446 4.2.8 requires every key share to be a"
            + " supported group");

    String ssl2 = PHONE.replace("\"TLS_RSA_WITH_RC4_128_MD5\",", "\"SSL_CK_RC4_128_WITH_MD5\",");
    assertThat(problemsOf("p.json", ssl2)).singleElement().asString()
        .startsWith("SSL 2.0 cipher kind SSL_CK_RC4_128_WITH_MD5 in a TLS-record hello at /cipherSuites/0");
    // An unknown name before it is reported once, as unknown, and ends the SSL 2.0 check.
    String unknownFirst = PHONE.replace("\"TLS_RSA_WITH_RC4_128_MD5\", \"TLS_RSA_WITH_3DES_EDE_CBC_SHA\"",
        "\"TLS_RSA_WITH_RC4_128_MD6\", \"SSL_CK_RC4_128_WITH_MD5\"");
    assertThat(problemsOf("p.json", unknownFirst)).containsExactly(
        "unknown cipher suite 'TLS_RSA_WITH_RC4_128_MD6' at /cipherSuites/0 in p.json; did you mean TLS_RSA_WITH_RC4_128_MD5?");

    String fallback = PROXY.replace("\"versions\"", "\"fallbackCertificate\": \"rsa:2048:sha256\", \"versions\"");
    assertThat(problemsOf("s.json", fallback)).containsExactly(
        "a fallback certificate only serves clients without SNI at /fallbackCertificate in s.json;"
            + " set \"requiresSni\": true, or remove fallbackCertificate");

    String dupe = PROXY.replace("[\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"]",
        "[\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\", \"0xC02F\"]");
    assertThat(problemsOf("s.json", dupe)).containsExactly(
        "duplicate cipher suite '0xC02F' at /cipherSuites/1 in s.json; already listed at /cipherSuites/0");
  }

  @Test
  void aClientsRepeatsAreKeptOnceAsOnTheWire() {
    // Safari 12 and later send rsa_pss_rsae_sha384 twice in signature_algorithms.
    String repeat = PHONE.replace("\"sni\": false,",
        "\"sni\": false, \"signatureAlgorithms\": [\"rsa_pss_rsae_sha384\", \"rsa_pkcs1_sha256\", \"rsa_pss_rsae_sha384\"],");

    assertThat(Catalog.builder().addJson("p", repeat).buildStrict().client("my-phone").signatureAlgorithms())
        .extracting(s -> s.ianaName()).containsExactly("rsa_pss_rsae_sha384", "rsa_pkcs1_sha256");
  }

  @Nested
  class Extends {

    static final String OLD_FIRMWARE = """
        {
          "kind": "client",
          "id": "my-phone-old",
          "extends": "my-phone",
          "name": "My desk phone, old firmware",
          "source": ["release notes"],
          "versions": ["SSLv3"]
        }
        """;

    @Test
    void inheritsEveryProfileFieldItDoesNotSet() {
      Catalog c = Catalog.builder().addJson("phone.json", PHONE).addJson("old.json", OLD_FIRMWARE).buildStrict();

      ClientProfile old = c.client("my-phone-old");
      assertThat(old.versions()).containsExactly(ProtocolVersion.SSL_3_0);
      assertThat(old.cipherSuites()).isEqualTo(c.client("my-phone").cipherSuites());
      assertThat(old.limits()).isEqualTo(c.client("my-phone").limits());
      assertThat(old.sendsSni()).isFalse();
      assertThat(old.name()).isEqualTo("My desk phone, old firmware");
    }

    @Test
    void doesNotInheritMetadata() {
      Catalog c = Catalog.builder().addJson("phone.json", PHONE).addJson("old.json", OLD_FIRMWARE).buildStrict();

      ProfileInfo info = c.info("my-phone-old");
      assertThat(info.tags()).isEmpty();
      assertThat(info.aliases()).isEmpty();
      assertThat(info.source()).containsExactly("release notes");
      assertThat(info.parent()).contains("my-phone");
    }

    @Test
    void inheritsAssumptionsForTheFieldsItInherits() {
      String child = """
          {"kind": "server", "id": "my-proxy-tls13", "extends": "my-proxy", "name": "x", "source": ["y"],
           "versions": ["TLSv1.2", "TLSv1.3"], "cipherSuites": ["TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]}
          """;
      String own = child.replace("\"versions\"", "\"certificates\": [\"ecdsa:256:sha256\"], \"versions\"");

      assertThat(Catalog.builder().addJson("p", PROXY).addJson("c", child).buildStrict().info("my-proxy-tls13").assumed())
          .containsExactly("certificates");
      assertThat(Catalog.builder().addJson("p", PROXY).addJson("c", own).buildStrict().info("my-proxy-tls13").assumed())
          .isEmpty();
    }

    @Test
    void theParentMayComeLaterOrFromAnotherSource() {
      Catalog c = Catalog.builder().addJson("old.json", OLD_FIRMWARE).addJson("phone.json", PHONE).buildStrict();

      assertThat(c.client("my-phone-old").cipherSuites()).hasSize(2);
    }

    @Test
    void aMistakeInAnInheritedFieldNamesTheParentsFile() {
      Catalog c = Catalog.builder()
          .addJson("phone.json", PHONE.replace("\"sni\": false", "\"sni\": 0"))
          .addJson("old.json", OLD_FIRMWARE).build();

      assertThat(c.problems()).extracting(Object::toString).containsExactly(
          "expected true or false, found 0 at /sni in phone.json",
          "extends 'my-phone', which could not be loaded at /extends in old.json; see the problems reported for phone.json");
      assertThat(c.size()).isZero();
    }

    @Test
    void anUnknownParentSuggestsTheClosestId() {
      assertThat(Catalog.builder().addJson("phone.json", PHONE)
          .addJson("old.json", OLD_FIRMWARE.replace("\"extends\": \"my-phone\"", "\"extends\": \"my-phon\""))
          .build().problems()).extracting(Object::toString).containsExactly(
              "unknown profile 'my-phon' at /extends in old.json; did you mean my-phone?");
    }

    @Test
    void aClientCannotExtendAServer() {
      assertThat(Catalog.builder().addJson("proxy.json", PROXY)
          .addJson("old.json", OLD_FIRMWARE.replace("\"extends\": \"my-phone\"", "\"extends\": \"my-proxy\""))
          .build().problems()).extracting(Object::toString).containsExactly(
              "'my-proxy' is a server profile at /extends in old.json; a client can only extend a client");
    }

    @Test
    void aCycleIsReportedNotFollowedForever() {
      String a = OLD_FIRMWARE.replace("\"my-phone-old\"", "\"a\"").replace("\"extends\": \"my-phone\"", "\"extends\": \"b\"");
      String b = OLD_FIRMWARE.replace("\"my-phone-old\"", "\"b\"").replace("\"extends\": \"my-phone\"", "\"extends\": \"a\"");

      Catalog c = Catalog.builder().addJson("a.json", a).addJson("b.json", b).build();

      assertThat(c.size()).isZero();
      assertThat(c.problems()).extracting(Object::toString)
          .contains("'extends' goes round in a circle: a -> b -> a at /extends in b.json; one of these profiles must stand on its own");
    }

    @Test
    void aProfileCannotExtendItself() {
      String self = OLD_FIRMWARE.replace("\"extends\": \"my-phone\"", "\"extends\": \"my-phone-old\"");

      assertThat(Catalog.builder().addJson("old.json", self).build().problems()).extracting(Object::toString)
          .containsExactly("'extends' goes round in a circle: my-phone-old -> my-phone-old at /extends in old.json;"
              + " one of these profiles must stand on its own");
    }
  }

  @Nested
  class Sources {

    @Test
    void readsAFileOrEveryJsonFileBelowADirectory(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("my-phone.json"), PHONE);
      Files.createDirectories(dir.resolve("servers"));
      Files.writeString(dir.resolve("servers/my-proxy.json"), PROXY);
      Files.writeString(dir.resolve("README.md"), "not a profile");

      Catalog all = Catalog.builder().addPath(dir).buildStrict();
      Catalog one = Catalog.builder().addPath(dir.resolve("servers/my-proxy.json")).buildStrict();

      assertThat(all.clients()).extracting(ClientProfile::id).containsExactly("my-phone");
      assertThat(all.servers()).extracting(ServerPolicy::id).containsExactly("my-proxy");
      assertThat(one.size()).isEqualTo(1);
      assertThat(all.info("my-proxy").location()).isEqualTo(dir.resolve("servers/my-proxy.json").toString());
    }

    @Test
    void aMissingPathIsAProblem(@TempDir Path dir) {
      Path missing = dir.resolve("nope");

      assertThat(Catalog.builder().addPath(missing).build().problems()).extracting(Object::toString)
          .containsExactly("no such file or directory in " + missing + "; give a profile .json file or a directory of them");
    }

    @Test
    void anyJarOnTheClassPathCanContributeProfiles(@TempDir Path dir) throws IOException {
      Path folder = Files.createDirectories(dir.resolve("META-INF/tls-compat/profiles/v1/phones"));
      Files.writeString(folder.resolve("my-phone.json"), PHONE);
      Files.writeString(folder.getParent().resolve("index"), "# our phones\nphones/my-phone.json\n");
      Files.createDirectories(dir.resolve("META-INF/tls-compat/captures/v1"));
      Files.writeString(dir.resolve("META-INF/tls-compat/captures/v1/my-phone.hex"), "16030100\n");

      try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
        Catalog c = Catalog.builder().addBuiltIn().addClasspath(loader).buildStrict();

        assertThat(c.client("my-phone").sendsSni()).isFalse();
        assertThat(c.info("my-phone").location()).endsWith("META-INF/tls-compat/profiles/v1/phones/my-phone.json");
        assertThat(c.capturedClientHello("my-phone")).hasValueSatisfying(
            b -> assertThat(b).containsExactly(0x16, 0x03, 0x01, 0x00));
        assertThat(c.client("LPE-CE6")).isNotNull();
      }
    }

    @Test
    void aCapturedHelloMayBeInTheProfileItself() {
      Catalog c = Catalog.builder().addJson("p", PHONE.replace("\"sni\": false,", "\"sni\": false, \"clientHello\": \"16 03 01 00 2f\","))
          .buildStrict();

      assertThat(c.capturedClientHello("my-phone")).hasValueSatisfying(
          b -> assertThat(b).containsExactly(0x16, 0x03, 0x01, 0x00, 0x2f));
      assertThat(problemsOf("p", PHONE.replace("\"sni\": false,", "\"clientHello\": \"1603z\",")))
          .containsExactly("expected the captured ClientHello as hex digits, found text that is not an even number of"
              + " hex digits at /clientHello in p");
    }
  }

  @Nested
  class Selection {
    final Catalog c = Catalog.builder().addJson("phone.json", PHONE).addJson("proxy.json", PROXY)
        .addJson("b.json", PHONE.replace("my-phone", "browser-x").replace("\"desk-phone\"", "\"bx\"")
            .replace("[\"phone\", \"mine\"]", "[\"browser\"]"))
        .buildStrict();

    @Test
    void idsAliasesAndTagsInOrderWithoutRepeats() {
      assertThat(c.selectClients("browser, desk-phone, mine")).extracting(ClientProfile::id)
          .containsExactly("browser-x", "my-phone");
      assertThat(c.selectClients("all")).hasSize(2);
      assertThat(c.selectClients("mine, all, desk-phone")).extracting(ClientProfile::id)
          .containsExactly("my-phone", "browser-x");
      assertThat(c.selectServers("*")).extracting(ServerPolicy::id).containsExactly("my-proxy");
      assertThat(c.fleet("phone").clients()).extracting(ClientProfile::id).containsExactly("my-phone");
    }

    @Test
    void anUnknownPartNamesTheClosestIdsAndTags() {
      assertThatThrownBy(() -> c.selectClients("phone,brower"))
          .isInstanceOf(NoSuchProfileException.class)
          .hasMessage("no client id, alias or tag 'brower' in the catalog; did you mean browser?");
      assertThatThrownBy(() -> c.selectClients("my-proxy"))
          .hasMessageStartingWith("no client id, alias or tag 'my-proxy' in the catalog ('my-proxy' is a server)");
    }
  }

  @Test
  void certificatesUseTheShortForm() {
    ServerPolicy proxy = Catalog.builder().addJson("p", PROXY).buildStrict().server("my-proxy");

    assertThat(proxy.certificates()).containsExactly(CertificateSpec.RSA_2048_SHA256);
    assertThat(problemsOf("p", PROXY.replace("rsa:2048:sha256", "rsa:2048:sha257"))).containsExactly(
        "certificate 'rsa:2048:sha257': unknown signature hash 'sha257'; expected md5, sha1, sha224, sha256, sha384,"
            + " sha512 or intrinsic (EdDSA) at /certificates/0 in p");
  }
}
