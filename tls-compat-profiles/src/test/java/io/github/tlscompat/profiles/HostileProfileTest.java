package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A profile file written to hurt: every problem is still reported, but "did you mean" is not paid for each one. */
class HostileProfileTest {

  private static List<String> problemsOfSuites(List<String> suites) {
    String list = suites.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
    String json = "{ \"kind\": \"client\", \"id\": \"bad\", \"name\": \"Bad\", \"source\": [\"a test\"], \"versions\": [\"TLSv1.2\"],"
        + " \"cipherSuites\": [" + list + "] }";
    return Catalog.builder().addJson("bad.json", json).build().problems().stream().map(Object::toString).toList();
  }

  @Test
  void tenThousandUnknownSuites_everyOneReported_onlyTheFirstFewGetASuggestion() {
    List<String> suites = IntStream.range(0, 10_000).mapToObj(i -> "TLS_RSA_WITH_AES_128_CBC_SH" + i).toList();

    List<String> problems = problemsOfSuites(suites);

    assertThat(problems).hasSize(10_000);
    assertThat(problems.get(0)).isEqualTo("unknown cipher suite 'TLS_RSA_WITH_AES_128_CBC_SH0' at /cipherSuites/0 in"
        + " bad.json; did you mean TLS_RSA_WITH_AES_128_CBC_SHA?");
    int few = ProfileBuilder.MAX_SUGGESTED_NAMES;
    assertThat(problems.subList(0, few)).allSatisfy(p -> assertThat(p).contains("; did you mean "));
    assertThat(problems.get(few)).isEqualTo("unknown cipher suite 'TLS_RSA_WITH_AES_128_CBC_SH" + few + "' at"
        + " /cipherSuites/" + few + " in bad.json");
    assertThat(problems.subList(few, problems.size())).noneSatisfy(p -> assertThat(p).contains("did you mean"));
  }

  @Test
  void oneUnknownNameRepeated_keepsItsSuggestionEverywhere() {
    List<String> suites = IntStream.range(0, 2_000).mapToObj(i -> i % 2 == 0 ? "TLS_RSA_WITH_3DES_CBC_SHA"
        : "TLS_RSA_WITH_AES_128_CBC_SH" + i).toList();

    List<String> problems = problemsOfSuites(suites);

    assertThat(problems).hasSize(2_000);
    assertThat(IntStream.range(0, 1_000).mapToObj(i -> problems.get(2 * i))).allSatisfy(p -> assertThat(p)
        .endsWith(" in bad.json; did you mean TLS_RSA_WITH_3DES_EDE_CBC_SHA?"));
  }
}
