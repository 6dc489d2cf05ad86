package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.registry.CipherSuite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog read from the form prepared at build time is the catalog its JSON files make:
 * profile for profile, info for info, with the same problems (none), also when files of yours extend
 * or shadow built-in profiles.
 */
class PreparedCatalogTest {

  /** A client that takes the id of the built-in client two other built-ins extend. */
  static final String SHADOWING_WIN7 = """
      {
        "kind": "client",
        "id": "schannel-client-win7",
        "name": "My own Windows 7",
        "source": ["our lab"],
        "versions": ["TLSv1.0"],
        "cipherSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"]
      }
      """;

  /** A client of yours that extends a built-in one, two levels down. */
  static final String EXTENDING_SFB = """
      {
        "kind": "client",
        "id": "my-sfb",
        "name": "Our Skype for Business clients",
        "extends": "sfb-2015-win7-tls12",
        "source": ["our fleet"],
        "sni": false
      }
      """;

  @Test
  void builtIn_isReadFromThePreparedForm() {
    // The Maven build wrote the resource; without it addBuiltIn() would quietly read the JSON files.
    assertThat(PreparedCatalog.builtIn()).isPresent();
    assertThat(PreparedCatalog.builtIn().get()).hasSize(Catalog.builtIn().size()).hasSize(282);
  }

  @Test
  void preparedForm_isWhatTheWriterMakesOfTheJsonFilesNow() throws IOException {
    // GIVEN the built-in JSON files as this build ships them
    ProfileSources sources = new ProfileSources();
    sources.addBuiltInJson();
    ExtendsResolver.Resolution fromJson = ExtendsResolver.resolve(sources.files(), sources.problems());

    // WHEN they are prepared again
    byte[] expected = PreparedCatalogWriter.write(fromJson.profiles());

    // THEN the resource in the jar is byte for byte that: it cannot lag behind an edited JSON file
    byte[] shipped;
    try (InputStream in = Catalog.class.getResourceAsStream(PreparedCatalog.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertThat(fromJson.problems()).isEmpty();
    assertThat(shipped).isEqualTo(expected);
  }

  @Test
  void builtIn_everyProfile_equalsTheOneItsJsonFileMakes() {
    Catalog fromJson = Catalog.builder().addBuiltInJson().buildStrict();

    assertSameCatalog(Catalog.builtIn(), fromJson);
    assertSameCatalog(Catalog.builder().addBuiltIn().build(), fromJson);
  }

  @Test
  void builtInAlone_skipsTheResolver_forWhatResolvingItGives() {
    // GIVEN the built-in profiles and nothing else, as Catalog.builtIn() and every command without --profiles
    ProfileSources sources = new ProfileSources();
    sources.addBuiltIn();

    // WHEN they are resolved as a catalog with files of yours would be
    ExtendsResolver.Resolution resolved = ExtendsResolver.resolve(sources.files(), sources.problems());

    // THEN the shortcut takes the very profiles the resolver would, in its order, and it finds no problem
    assertThat(resolved.problems()).isEmpty();
    assertThat(sources.preparedOnly()).contains(resolved.profiles());
    sources.addJson("my-sfb.json", EXTENDING_SFB);
    assertThat(sources.preparedOnly()).isEmpty();
  }

  @Test
  void builtIn_capturedHellos_areFoundAsFromJson() {
    Catalog fromJson = Catalog.builder().addBuiltInJson().buildStrict();
    int found = 0;
    for (ProfileInfo info : fromJson.infos()) {
      if (info.kind() != ProfileKind.CLIENT) continue;
      Optional<byte[]> expected = fromJson.capturedClientHello(info.id());
      Optional<byte[]> actual = Catalog.builtIn().capturedClientHello(info.id());
      assertThat(actual.isPresent()).as(info.id()).isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        assertThat(actual.get()).as(info.id()).isEqualTo(expected.get());
        found++;
      }
    }
    // tls-compat-captures is on the test class path, so most clients have one.
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void builtInAndYourFile_extendingABuiltIn_isTheCatalogTheJsonFilesMake() {
    // GIVEN a file of yours that extends a built-in client whose own parent is built in too
    Catalog prepared = Catalog.builder().addBuiltIn().addJson("my-sfb.json", EXTENDING_SFB).buildStrict();
    Catalog fromJson = Catalog.builder().addBuiltInJson().addJson("my-sfb.json", EXTENDING_SFB).buildStrict();

    // THEN it inherits every field of the built-in chain, as from JSON
    assertSameCatalog(prepared, fromJson);
    ClientProfile mine = prepared.client("my-sfb");
    ClientProfile parent = prepared.client("sfb-2015-win7-tls12");
    assertThat(mine.sendsSni()).isFalse();
    assertThat(mine.cipherSuites()).isEqualTo(parent.cipherSuites());
    assertThat(mine.toBuilder().sendsSni(true).id("sfb-2015-win7-tls12").name(parent.name()).build()).isEqualTo(parent);
    assertThat(prepared.info("my-sfb").assumed()).isEqualTo(fromJson.info("sfb-2015-win7-tls12").assumed());
  }

  @Test
  void yourFileFirst_replacingABuiltInParent_rebuildsItsChildrenOnYourProfile() {
    // GIVEN your client added before the built-ins, replacing the one two built-in clients extend
    String replacing = SHADOWING_WIN7.replace("\"id\": \"schannel-client-win7\",",
        "\"id\": \"schannel-client-win7\", \"replaces\": \"schannel-client-win7\",");
    Catalog prepared = Catalog.builder().addJson("win7.json", replacing).addBuiltIn().build();
    Catalog fromJson = Catalog.builder().addJson("win7.json", replacing).addBuiltInJson().build();

    // THEN the built-in is left out and its children extend yours, as from JSON
    assertSameCatalog(prepared, fromJson);
    assertThat(prepared.problems()).isEmpty();
    assertThat(prepared.client("schannel-client-win7-tls12").cipherSuites())
        .containsExactly(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(prepared.client("sfb-2015-win7-tls12").cipherSuites())
        .containsExactly(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(prepared.client("sfb-2015-win7-tls12"))
        .isNotEqualTo(Catalog.builtIn().client("sfb-2015-win7-tls12"));
  }

  @Test
  void builtInFirst_yourFileTakingABuiltInId_isReportedAsFromJson() {
    Catalog prepared = Catalog.builder().addBuiltIn().addJson("win7.json", SHADOWING_WIN7).build();
    Catalog fromJson = Catalog.builder().addBuiltInJson().addJson("win7.json", SHADOWING_WIN7).build();

    assertSameCatalog(prepared, fromJson);
    assertThat(prepared.problems()).extracting(Object::toString).containsExactly(
        "duplicate id 'schannel-client-win7' at /id in win7.json; already used by 'schannel-client-win7' at /id"
            + " in builtin:clients-documented/schannel-client-win7.json; a built-in profile is replaced only on"
            + " purpose: \"replaces\": \"schannel-client-win7\"");
  }

  @Test
  void builtIn_profilesAskedForFromManyThreadsAtOnce_areBuiltOnce() throws Exception {
    // GIVEN a fresh read of the prepared form, nothing built yet
    List<PreparedProfile> fresh;
    try (InputStream in = Catalog.class.getResourceAsStream(PreparedCatalog.RESOURCE)) {
      fresh = PreparedCatalog.read(in);
    }
    ProfileBuilder.Built first = fresh.get(0).built();
    ProfileBuilder.Built.Client client = (ProfileBuilder.Built.Client) first;
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // WHEN every thread asks for the same profile at the same moment
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ClientProfile>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return client.profile().get();
        }));
      }
      start.countDown();
      // THEN they all get the one instance, equal to the built-in catalog's
      Set<ClientProfile> seen = ConcurrentHashMap.newKeySet();
      for (Future<ClientProfile> r : results) seen.add(r.get());
      assertThat(seen).hasSize(1);
      assertThat(seen.iterator().next()).isSameAs(client.profile().get())
          .isEqualTo(Catalog.builtIn().client(first.info().id()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void read_somethingElse_throwsNamingWhatItFound() {
    byte[] json = "{\"kind\": \"client\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PreparedCatalog.read(new ByteArrayInputStream(json)))
        .isInstanceOf(IOException.class)
        .hasMessage("not a prepared catalog of format 5 (magic 7b226b69, format 28260)");
  }

  @Test
  void lazy_computesOnceWhateverTheNumberOfCalls() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = Lazy.later(() -> "value " + calls.incrementAndGet());

    assertThat(calls).hasValue(0);
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(calls).hasValue(1);
  }

  /** Same profiles in the same order, with the same infos, problems, tags and look-ups. */
  static void assertSameCatalog(Catalog actual, Catalog expected) {
    assertThat(actual.infos()).isEqualTo(expected.infos());
    assertThat(actual.clients()).isEqualTo(expected.clients());
    assertThat(actual.servers()).isEqualTo(expected.servers());
    assertThat(actual.problems()).isEqualTo(expected.problems());
    assertThat(actual.tags()).isEqualTo(expected.tags());
    assertThat(actual.toString()).isEqualTo(expected.toString());
    for (ProfileInfo info : expected.infos()) {
      assertThat(actual.info(info.id())).isEqualTo(info);
      for (String alias : info.aliases()) assertThat(actual.info(alias)).isEqualTo(info);
      if (info.kind() == ProfileKind.CLIENT) {
        assertThat(actual.client(info.id())).as(info.id()).isEqualTo(expected.client(info.id()));
      } else {
        assertThat(actual.server(info.id())).as(info.id()).isEqualTo(expected.server(info.id()));
      }
    }
    for (String tag : expected.tags()) {
      assertThat(actual.clientsTagged(tag)).as(tag).isEqualTo(expected.clientsTagged(tag));
      assertThat(actual.serversTagged(tag)).as(tag).isEqualTo(expected.serversTagged(tag));
    }
  }
}
