package io.github.tlscompat.profiles;

import static io.github.tlscompat.profiles.CatalogLoadingTest.PHONE;
import static io.github.tlscompat.profiles.CatalogLoadingTest.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile files written wrong, by mistake or to hurt: every problem is reported at once, each naming
 * the file, where in it (JSON pointer, or byte offset, line and column) and what to do; a file never
 * takes a built-in profile's place unless it says so.
 */
class BadProfileFileTest {
  @TempDir
  Path dir;

  private static List<String> problems(Catalog catalog) {
    return catalog.problems().stream().map(Object::toString).toList();
  }

  @Nested
  class EveryProblem {

    @Test
    void unknownFieldAndUnknownNames_allReportedNotOnlyTheFirst() {
      // GIVEN a file with an unknown field and two unknown names in its values
      String json = PHONE.replace("\"sni\": false,", "\"sni\": false, \"colour\": \"grey\",")
          .replace("\"TLSv1.0\"]", "\"TLSv1.4\"]").replace("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_3DES_CBC_SHA");

      // WHEN it is loaded, THEN all three are reported, and the file is left out
      Catalog c = Catalog.builder().addJson("p.json", json).build();
      assertThat(problems(c)).containsExactly(
          "unknown field 'colour' at /colour in p.json; a client profile has the fields in docs/profile-format.md",
          "unknown protocol version 'TLSv1.4' at /versions/1 in p.json; expected one of SSLv2, SSLv3, TLSv1.0,"
              + " TLSv1.1, TLSv1.2, TLSv1.3; did you mean TLSv1.0?",
          "unknown cipher suite 'TLS_RSA_WITH_3DES_CBC_SHA' at /cipherSuites/1 in p.json; did you mean"
              + " TLS_RSA_WITH_3DES_EDE_CBC_SHA?");
      assertThat(c.findClient("my-phone")).isEmpty();
    }

    @Test
    void aChildOfAFileWithAnUnknownField_saysItsParentCouldNotBeLoaded() {
      String parent = PHONE.replace("\"sni\": false,", "\"sni\": false, \"colour\": \"grey\",");
      String child = "{ \"kind\": \"client\", \"id\": \"child\", \"name\": \"Child\", \"source\": [\"a test\"],"
          + " \"extends\": \"my-phone\" }";

      assertThat(problems(Catalog.builder().addJson("p.json", parent).addJson("c.json", child).build()))
          .containsExactly(
              "unknown field 'colour' at /colour in p.json; a client profile has the fields in docs/profile-format.md",
              "extends 'my-phone', which could not be loaded at /extends in c.json; see the problems reported for p.json");
    }
  }

  @Nested
  class UnreadableText {

    @Test
    void invalidUtf8_namesTheByteOffsetLineAndColumn() throws IOException {
      // GIVEN a file saved as Latin-1: "é" is the single byte 0xE9, which UTF-8 cannot start a character with
      byte[] utf8 = PHONE.replace("My desk phone", "My d\u00e9sk phone").getBytes(StandardCharsets.UTF_8);
      byte[] latin1 = PHONE.replace("My desk phone", "My d\u00e9sk phone").getBytes(StandardCharsets.ISO_8859_1);
      Path file = Files.write(dir.resolve("phone.json"), latin1);
      int offset = PHONE.indexOf("My desk phone") + 4;
      assertThat(utf8[offset]).isEqualTo((byte) 0xC3);

      // WHEN it is loaded, THEN the problem says where the bad byte is, not "Input length = 1"
      assertThat(problems(Catalog.builder().addPath(file).build())).containsExactly(
          "invalid UTF-8 at byte offset " + offset + " (line 5, column 16): 0xE9 in " + file
              + "; save the file as UTF-8, as JSON requires (RFC 8259 8.1)");
    }

    @Test
    void invalidUtf8AfterAMultiByteCharacter_countsColumnsInCharacters() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes("{\n  \"name\": \"\u00e9\u00e9".getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28});
      Path file = Files.write(dir.resolve("x.json"), bytes.toByteArray());

      assertThat(problems(Catalog.builder().addPath(file).build())).containsExactly(
          "invalid UTF-8 at byte offset 17 (line 2, column 14): 0xC3 in " + file
              + "; save the file as UTF-8, as JSON requires (RFC 8259 8.1)");
    }

    @Test
    void nestingDeeperThanTheCap_namesThePositionAndTheCap() {
      String json = "{ \"kind\": \"client\",\n  \"limits\": " + "[".repeat(5_000) + "]".repeat(5_000) + " }";

      assertThat(problemsOf("deep.json", json)).containsExactly(
          "JSON nested deeper than 32 levels at line 2, column 44 in deep.json; a profile nests at most 3 levels"
              + " deep (limits › certificateSignatureHashes › a name)");
    }

    @Test
    void notJsonAtAll_namesLineAndColumn() throws IOException {
      Path file = Files.writeString(dir.resolve("notes.json"), "# my phones\nLPE-CE6: TLS 1.0 only\n");

      assertThat(problems(Catalog.builder().addPath(file).build())).containsExactly(
          "malformed JSON at line 1, column 1: Unexpected character ('#' (code 35)): expected a valid value (JSON"
              + " String, Number, Array, Object or token 'null', 'true' or 'false') in " + file);
    }
  }

  @Nested
  class DuplicateIds {

    @Test
    void twoFilesInYourDirectory_nameBothFilesAndBothPointers() throws IOException {
      // GIVEN two files of yours: the second lists the first's alias among its own
      Files.writeString(dir.resolve("a.json"), PHONE);
      Files.writeString(dir.resolve("b.json"), PHONE.replace("\"my-phone\"", "\"other-phone\"")
          .replace("[\"desk-phone\"]", "[\"handset\", \"Desk-Phone\"]"));

      assertThat(problems(Catalog.builder().addPath(dir).build())).containsExactly(
          "duplicate id 'Desk-Phone' at /aliases/1 in " + dir.resolve("b.json") + "; already used by 'my-phone' at"
              + " /aliases/0 in " + dir.resolve("a.json"));
    }

    @Test
    void yourFileAddedBeforeTheBuiltIns_neverTakesABuiltInsId() {
      // GIVEN your client with the id of a built-in one, added first, without "replaces"
      Catalog c = Catalog.builder().addJson("win7.json", PreparedCatalogTest.SHADOWING_WIN7).addBuiltIn().build();

      // THEN yours is the one reported and left out, with both places and how to replace on purpose
      assertThat(problems(c)).containsExactly(
          "duplicate id 'schannel-client-win7' at /id in win7.json; already used by 'schannel-client-win7' at /id in"
              + " builtin:clients-documented/schannel-client-win7.json; a built-in profile is replaced only on"
              + " purpose: \"replaces\": \"schannel-client-win7\"");
      assertThat(c.client("schannel-client-win7")).isEqualTo(Catalog.builtIn().client("schannel-client-win7"));
    }

    @Test
    void yourAliasTakingABuiltInAlias_namesTheBuiltInsPointer() {
      String json = PHONE.replace("[\"desk-phone\"]", "[\"LYNC-PHONE-EDITION-CE6\"]");

      assertThat(problems(Catalog.builder().addBuiltIn().addJson("p.json", json).build())).containsExactly(
          "duplicate id 'LYNC-PHONE-EDITION-CE6' at /aliases/0 in p.json; already used by 'LPE-CE6' at /aliases/0"
              + " in builtin:clients-documented/LPE-CE6.json");
    }
  }

  @Nested
  class Replaces {
    private final String mine = PreparedCatalogTest.SHADOWING_WIN7.replace("\"id\": \"schannel-client-win7\",",
        "\"id\": \"schannel-client-win7\", \"replaces\": \"schannel-client-win7\",");

    @Test
    void aBuiltIn_isReplacedInEitherOrder_withoutProblems() {
      for (Catalog c : List.of(Catalog.builder().addBuiltIn().addJson("win7.json", mine).buildStrict(),
          Catalog.builder().addJson("win7.json", mine).addBuiltIn().buildStrict())) {
        assertThat(c.client("schannel-client-win7").cipherSuites()).containsExactly(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
        assertThat(c.info("schannel-client-win7").location()).isEqualTo("win7.json");
        assertThat(c.clients()).hasSameSizeAs(Catalog.builtIn().clients());
      }
    }

    @Test
    void aReplacementThatExtendsTheIdItReplaces_inheritsFromTheBuiltIn() {
      String json = """
          { "kind": "client", "id": "LPE-CE6", "replaces": "LPE-CE6", "extends": "LPE-CE6",
            "name": "Our phones, firmware 4.0.7577.4540", "source": ["our lab"], "versions": ["TLSv1.0"] }
          """;

      Catalog c = Catalog.builder().addBuiltIn().addJson("phones.json", json).buildStrict();

      assertThat(c.client("LPE-CE6").versions()).containsExactly(ProtocolVersion.TLS_1_0);
      assertThat(c.client("LPE-CE6").cipherSuites()).isEqualTo(Catalog.builtIn().client("LPE-CE6").cipherSuites());
      // The built-in's aliases went with it: a replacement lists the ones it wants to keep.
      assertThat(c.findClient("lync-phone-edition-ce6")).isEmpty();
    }

    @Test
    void mistakes_areReportedAtTheReplacesPointer() {
      String notOwn = mine.replace("\"replaces\": \"schannel-client-win7\"", "\"replaces\": \"LPE-CE6\"");
      String nothing = mine.replace("schannel-client-win7", "schannel-client-win0");
      String server = """
          { "kind": "server", "id": "LPE-CE6", "replaces": "LPE-CE6", "name": "Not a phone", "source": ["a test"],
            "versions": ["TLSv1.0"], "cipherSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"], "certificates": ["rsa:2048:sha256"] }
          """;

      assertThat(problems(Catalog.builder().addBuiltIn().addJson("a.json", notOwn).build())).containsExactly(
          "replaces 'LPE-CE6', which is neither this profile's id nor one of its aliases at /replaces in a.json;"
              + " give the profile the id it replaces, so that everything naming that id finds this one");
      assertThat(problems(Catalog.builder().addBuiltIn().addJson("b.json", nothing).build())).containsExactly(
          "replaces 'schannel-client-win0', but no other profile has that id at /replaces in b.json; did you mean"
              + " schannel-client-win7?");
      assertThat(problems(Catalog.builder().addBuiltIn().addJson("c.json", mine).addJson("d.json", mine).build()))
          .containsExactly("'schannel-client-win7' is replaced twice at /replaces in d.json; already replaced by"
              + " 'schannel-client-win7' at /replaces in c.json");
      assertThat(problems(Catalog.builder().addBuiltIn().addJson("s.json", server).build())).containsExactly(
          "replaces 'LPE-CE6', which is a client profile in builtin:clients-documented/LPE-CE6.json at /replaces in"
              + " s.json; a server can only replace a server");
    }
  }
}
