package io.github.tlscompat.profiles;

import static io.github.tlscompat.profiles.CatalogLoadingTest.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema as the loader uses it: every violation of a user's file reported with its
 * pointer and what was expected, compiled once per JVM, never reaching the network, applied to the
 * built-in files when the build prepares them and not again at run time.
 */
class ProfileSchemaTest {

  private static JsonNode parse(String json) throws Exception {
    return ProfileFile.MAPPER.readTree(json);
  }

  private static List<String> schemaSays(String json) throws Exception {
    return ProfileSchema.shipped().problems("p.json", parse(json)).stream()
        .map(f -> f.problem().toString()).toList();
  }

  @Test
  void everyViolation_isReportedNotOnlyTheFirst_eachWithItsPointerAndWhatWasExpected() throws Exception {
    // GIVEN a file with six mistakes of shape
    String json = PHONE.replace("\"sni\": false,", "\"sni\": \"no\", \"colour\": 1, \"extensions\": [70000, -1],")
        .replace("\"phone\", \"mine\"", "\"Phone\", \"mine\", \"mine\"");

    // THEN the schema names all six, in the file's terms
    assertThat(schemaSays(json)).containsExactly(
        "'Phone' is not in the profile format's spelling at /tags/0 in p.json; expected lower-case letters, digits,"
            + " '.', '+', '_' or '-'",
        "'mine' is listed twice at /tags/2 in p.json; already listed at /tags/1",
        "expected at most 65535, found 70000 at /extensions/0 in p.json",
        "expected at least 0, found -1 at /extensions/1 in p.json",
        "expected true or false, found 'no' at /sni in p.json",
        "unknown field 'colour' at /colour in p.json; not a field of this profile in the schema; see"
            + " docs/profile-format.md");

    // AND the catalog reports each once, in the loader's words where it knows more (the registries, the kinds)
    assertThat(CatalogLoadingTest.problemsOf("p.json", json)).containsExactly(
        "unknown field 'colour' at /colour in p.json; a client profile has the fields in docs/profile-format.md",
        "invalid tag 'Phone' at /tags/0 in p.json; expected lower-case letters, digits, '.', '+', '_' or '-'",
        "'mine' is listed twice at /tags/2 in p.json; already listed at /tags/1",
        "expected an extension type code 0..65535, found 70000 at /extensions/0 in p.json",
        "expected an extension type code 0..65535, found -1 at /extensions/1 in p.json",
        "expected true or false, found 'no' at /sni in p.json");
  }

  @Test
  void aRuleOverSeveralFields_isReportedOnceAndSaysSo() throws Exception {
    // A server needs versions, cipherSuites and certificates, or an extends to take them from.
    String server = CatalogLoadingTest.PROXY.replace(",\n  \"certificates\": [\"rsa:2048:sha256\"]", "")
        .replace("\"assumed\": [\"certificates\"],", "");

    assertThat(schemaSays(server)).containsExactly("missing field 'extends' in p.json; the schema requires it"
        + " (a rule of the schema that spans the fields of the profile)");
    assertThat(CatalogLoadingTest.problemsOf("p.json", server)).containsExactly("missing field 'certificates' in p.json;"
        + " a server profile states its certificate(s), e.g. [\"rsa:2048:sha256\"]; list it in 'assumed' if the source"
        + " is silent");
  }

  @Test
  void withoutAKind_onlyWhatHoldsForBothKindsIsChecked() throws Exception {
    // Which fields are unknown, or required, depends on the kind: with none, the schema says only that.
    assertThat(schemaSays(PHONE.replace("\"kind\": \"client\",", "")))
        .containsExactly("missing field 'kind' in p.json; the schema requires it");
  }

  @Test
  void aRemoteRef_isNeverFetched() throws Exception {
    // GIVEN a port on this machine that counts connections, and a schema whose $ref points at it
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread counter = new Thread(() -> {
        while (!listener.isClosed()) {
          try {
            listener.accept().close();
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      counter.setDaemon(true);
      counter.start();
      String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/other.schema.json";
      JsonNode schema = parse("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
          + " \"$id\": \"https://tlscompat.github.io/schema/test.schema.json\","
          + " \"properties\": {\"name\": {\"$ref\": \"" + remote + "\"}}}");

      // WHEN it is compiled as the shipped schema is, THEN it fails naming the $ref, and nothing connected
      assertThatThrownBy(() -> ProfileSchema.compile("https://tlscompat.github.io/schema/test.schema.json", schema,
          Map.of()).validate(parse("{\"name\": 1}")))
          .hasMessageContaining(remote);
      assertThat(connections).hasValue(0);
    }
  }

  @Test
  void aKeywordTheValidatorIsNotSetUpFor_failsCompilationRatherThanBeingIgnored() throws Exception {
    // The validator knows only the keywords the shipped schema uses; a new one must be added knowingly.
    JsonNode schema = parse("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$id\": \"https://tlscompat.github.io/schema/test.schema.json\","
        + " \"properties\": {\"name\": {\"minLength\": 1}}}");

    assertThatThrownBy(() -> ProfileSchema.compile("https://tlscompat.github.io/schema/test.schema.json", schema, Map.of()))
        .hasMessageContaining("the profile schema uses the keyword 'minLength', which ProfileSchema.DIALECT does not list");
  }

  @Test
  void theShippedSchema_isCompiledOncePerJvm_whicheverThreadAsksFirst() throws Exception {
    Set<ProfileSchema> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int i = 0; i < 8; i++) {
        pool.execute(() -> {
          try {
            start.await();
            seen.add(ProfileSchema.shipped());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      start.countDown();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).containsExactly(ProfileSchema.shipped());
  }

  @Test
  void aBuiltInFileThatBreaksTheSchema_stopsThePreparedCatalogBeingWritten() {
    // The writer runs in the build: a built-in file is validated there, once.
    List<CatalogProblem> problems = new ArrayList<>();
    ProfileFile file = ProfileFile.read("builtin:clients/bad.json",
        PHONE.replace("\"sni\": false,", "\"sni\": \"no\","), problems).orElseThrow();

    assertThat(PreparedCatalogWriter.schemaProblems(List.of(file))).map(CatalogProblem::toString)
        .containsExactly("expected true or false, found 'no' at /sni in builtin:clients/bad.json");
  }

  @Test
  void theBuiltInCatalog_isNotValidatedAtRunTime() throws Exception {
    // GIVEN this module's classes in a class loader of their own, where nothing has run yet
    String classes = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path");
    URL[] path = Arrays.stream(classes.split(File.pathSeparator)).filter(p -> !p.isEmpty())
        .map(p -> {
          try {
            return Path.of(p).toUri().toURL();
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        }).toArray(URL[]::new);
    try (Isolated loader = new Isolated(path)) {
      // WHEN the built-in catalog is loaded and a profile built
      Class<?> catalog = loader.loadClass(Catalog.class.getName());
      Object builtIn = catalog.getMethod("builtIn").invoke(null);
      catalog.getMethod("client", String.class).invoke(builtIn, "LPE-CE6");

      // THEN the schema was never compiled there; a user's file compiles it
      assertThat(loader.loaded(ProfileSchema.class.getName() + "$Shipped")).isFalse();
      Object builder = catalog.getMethod("builder").invoke(null);
      builder.getClass().getMethod("addJson", String.class, String.class).invoke(builder, "p.json", PHONE);
      assertThat(loader.loaded(ProfileSchema.class.getName() + "$Shipped")).isTrue();
    }
  }

  /** A class loader that loads the class path itself, and says which classes it has loaded. */
  private static final class Isolated extends URLClassLoader {
    Isolated(URL[] path) {
      super(path, ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }
}
