package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.RequiresClientTests.FIPS;
import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@TlsProfiles")
class TlsProfilesTests {

  static final String FOLDER = "src/test/resources/tls-profiles";

  @Test
  @DisplayName("adds the profiles of a folder, selectable by id and tag")
  void folder_profilesAdded() {
    EngineExecutionResults results = run(ProfilesCase.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(reportEntries(results)).containsExactly("tls-compat.test-desk-phone=" + FIPS
        + ": CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (model)");
  }

  @Test
  @DisplayName("loads each set of paths once per run, also when classes run in parallel")
  void parallelClasses_shareOneLoad() {
    SEEN.clear();
    Map<String, String> parallel = Map.of("junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent");

    EngineExecutionResults results = run(parallel, ParallelA.class, ParallelB.class, ParallelC.class, OtherPathsCase.class);

    results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    // Profiles of one load are the same objects: A, B and C got one catalog, the other set of paths another.
    assertThat(SEEN.keySet()).containsExactlyInAnyOrder("same paths", "other paths");
    assertThat(SEEN.get("same paths")).hasSize(1);
    assertThat(SEEN.get("other paths")).hasSize(1).doesNotContainAnyElementsOf(SEEN.get("same paths"));
  }

  @Test
  @DisplayName("reports a path that does not load")
  void missingPath_configurationError() {
    EngineExecutionResults results = run(MissingPathCase.class);

    assertThat(failures(results)).singleElement().isInstanceOf(ExtensionConfigurationException.class);
    assertThat(failureMessage(results)).isEqualTo("@TlsProfiles on " + MissingPathCase.class.getName() + " names"
        + " profiles that do not load; expected profile .json files or folders of them (docs/profile-format.md):\n"
        + "no such file or directory in " + Path.of("no/such/profiles").toAbsolutePath()
        + "; give a profile .json file or a directory of them");
  }

  static final Map<String, Set<Integer>> SEEN = new ConcurrentHashMap<>();

  static void seen(String key, ClientProfile client) {
    SEEN.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(System.identityHashCode(client));
  }

  @TlsProfiles(FOLDER)
  static class ProfilesCase {
    @ServerUnderTest static String server = FIPS;

    @org.junit.jupiter.api.Test
    @RequiresClient(tags = "test-phone", version = "TLSv1.0")
    void deskPhonesConnect() {}
  }

  @TlsProfiles(FOLDER)
  static class ParallelA {
    @ForEachClient("test-desk-phone")
    void each(ClientProfile client) {
      seen("same paths", client);
    }
  }

  @TlsProfiles(FOLDER)
  static class ParallelB {
    @ForEachClient("test-desk-phone")
    void each(ClientProfile client) {
      seen("same paths", client);
    }
  }

  @TlsProfiles("src/test/resources/../resources/tls-profiles")
  static class ParallelC {
    @ForEachClient("test-desk-phone")
    void each(ClientProfile client) {
      seen("same paths", client);
    }
  }

  @TlsProfiles({FOLDER, "src/test/resources/tls-profiles/test-desk-phone.json"})
  static class OtherPathsCase {
    @ForEachClient("test-desk-phone")
    void each(ClientProfile client) {
      seen("other paths", client);
    }
  }

  @TlsProfiles("no/such/profiles")
  static class MissingPathCase {
    @ServerUnderTest static String server = FIPS;

    @org.junit.jupiter.api.Test
    @RequiresClient("LPE-CE6")
    void test() {}
  }
}
