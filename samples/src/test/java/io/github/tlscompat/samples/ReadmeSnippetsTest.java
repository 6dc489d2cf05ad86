package io.github.tlscompat.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README shows only code that compiles and runs: every code block of its harness section, and
 * every Java block anywhere in it, is cut, by tag markers, from a sample or test source that this
 * build compiles and runs (style.md, recommendation 14; the library examples come from
 * {@link ReadmeExamplesTest}). A block that is not verbatim in its tagged region, or names no region,
 * fails here.
 *
 * <p>The samples' poms say {@code @project.version@} where a user writes the release version; the
 * invoker plugin fills it in before it builds them, and so does this check before it compares.
 */
class ReadmeSnippetsTest {
  /** The heading of the README section whose code blocks must all be cut from sources. */
  static final String SECTION = "### The JUnit harness (tls-compat-junit)";
  /** The README's title: its section is the whole file. */
  static final String TITLE = "# tls-compat";

  private static final Path ROOT = Path.of(System.getProperty("tls-compat.root", "..")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("tls-compat.version", "");

  @TestFactory
  @DisplayName("every code block of the README's harness section is verbatim in its tagged source region")
  Stream<DynamicTest> harnessSection_everyBlock_isVerbatimInItsTaggedSource() throws IOException {
    return harnessSnippets().stream().map(ReadmeSnippetsTest::verbatimInItsSource);
  }

  @TestFactory
  @DisplayName("every Java block of the whole README is verbatim in its tagged source region")
  Stream<DynamicTest> readme_everyJavaBlock_isVerbatimInItsTaggedSource() throws IOException {
    return ReadmeSnippet.inSection(Files.readString(ROOT.resolve("README.md")), TITLE).stream()
        .filter(snippet -> snippet.language().equals("java"))
        .map(ReadmeSnippetsTest::verbatimInItsSource);
  }

  private static DynamicTest verbatimInItsSource(ReadmeSnippet snippet) {
    return DynamicTest.dynamicTest(
        "README.md:" + snippet.line() + " <- " + (snippet.source().isEmpty() ? "(no source)" : snippet.origin()),
        () -> {
          assertThat(snippet.source())
              .as("README.md:%d: a %s block names no source; put <!-- snippet: PATH#TAG --> "
                  + "right before it and cut it from a compiled file with tag::TAG[] / end::TAG[] markers",
                  snippet.line(), snippet.language())
              .isNotEmpty();
          String region = TaggedRegion.read(ROOT.resolve(snippet.source()), snippet.tag())
              .replace("@project.version@", VERSION);
          assertThat(snippet.code())
              .as("README.md:%d is not verbatim in %s; copy the region again (its lines, less their common indentation)",
                  snippet.line(), snippet.origin())
              .isEqualTo(region);
        });
  }

  @Test
  @DisplayName("the harness section shows what a user copies first, cut from the samples")
  void harnessSection_showsTheFirstThingsAUserCopies() throws IOException {
    List<String> origins = harnessSnippets().stream().map(ReadmeSnippet::origin).toList();

    assertThat(origins).contains(
        "samples/https-service/pom.xml#maven-dependency",
        "samples/https-service/src/test/java/com/example/provisioning/ProvisioningEndpointOnTheWireTest.java#requires-client",
        "samples/hardening-gate/src/test/java/com/example/hardening/LyncPhonesSupported.java#composed-annotation",
        "samples/hardening-gate/src/test/java/com/example/hardening/PlannedFrontEndTest.java#for-each-client",
        "samples/client-library/src/test/java/com/example/tinyhttps/TinyHttpsClientOffice365Test.java#emulated-server",
        "samples/hardening-gate/src/test/java/com/example/hardening/HardeningPlanTest.java#assertj-diff",
        // The failure message every-annotation's CatalogServerTest asserts in full.
        "samples/every-annotation/src/test/resources/expected/lpe-ce6-vs-pci.txt");
  }

  private static List<ReadmeSnippet> harnessSnippets() throws IOException {
    return ReadmeSnippet.inSection(Files.readString(ROOT.resolve("README.md")), SECTION);
  }

  @Nested
  @DisplayName("the check itself")
  class TheCheck {
    @TempDir Path dir;

    @Test
    @DisplayName("cuts a region without its markers, nested markers or common indentation")
    void read_nestedRegion_linesWithoutMarkersDedented() throws IOException {
      // GIVEN
      Path source = Files.writeString(dir.resolve("Example.java"), String.join("\n",
          "class Example {",
          "  // tag::outer[]",
          "  @Test",
          "  // tag::inner[]",
          "  void test() {",
          "    run();",
          "  }",
          "  // end::inner[]",
          "  // end::outer[]",
          "}"));

      // WHEN
      String outer = TaggedRegion.read(source, "outer");

      // THEN
      assertThat(outer).isEqualTo("@Test\nvoid test() {\n  run();\n}");
    }

    @Test
    @DisplayName("a README block that differs from its region by one line fails")
    void compare_blockWithAChangedLine_differs() throws IOException {
      // GIVEN a source and a README whose block has drifted from it
      Files.createDirectories(dir.resolve("src"));
      Files.writeString(dir.resolve("src/A.java"), "// tag::a[]\n@RequiresClient(\"LPE-CE6\")\nvoid phones() {}\n// end::a[]\n");
      String readme = String.join("\n",
          SECTION,
          "<!-- snippet: src/A.java#a -->",
          "```java",
          "@RequiresClient(\"LPE-CE7\")",
          "void phones() {}",
          "```",
          "## Next");

      // WHEN
      List<ReadmeSnippet> snippets = ReadmeSnippet.inSection(readme, SECTION);

      // THEN
      assertThat(snippets).singleElement().satisfies(s -> {
        assertThat(s.origin()).isEqualTo("src/A.java#a");
        assertThat(s.code()).isNotEqualTo(TaggedRegion.read(dir.resolve(s.source()), s.tag()));
      });
    }

    @Test
    @DisplayName("a block with prose between it and its snippet comment names no source")
    void inSection_commentDetachedByProse_noSource() {
      String readme = String.join("\n", SECTION, "<!-- snippet: src/A.java#a -->", "Some prose.", "```java", "x();", "```");

      assertThat(ReadmeSnippet.inSection(readme, SECTION)).singleElement()
          .extracting(ReadmeSnippet::source).isEqualTo("");
    }

    @Test
    @DisplayName("a missing region is reported with the file and the tag")
    void read_unknownTag_failsNamingFileAndTag() throws IOException {
      Path source = Files.writeString(dir.resolve("B.java"), "// tag::a[]\nx();\n// end::a[]\n");

      assertThatThrownBy(() -> TaggedRegion.read(source, "b"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(source + " has no region tag::b[]");
    }
  }
}
