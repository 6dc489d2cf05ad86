package io.github.tlscompat.core.cipherstring;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.OpenSslCommand;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks {@link OpenSslCipherString} against the {@code openssl} binary on the PATH: for
 * real-world and corner-case cipher strings, our suites, over the universe the local build
 * supports, must equal {@code openssl ciphers -V} in order, and where OpenSSL rejects a string we
 * must reject it too. Fails, rather than skips, without {@code openssl}: CI installs it.
 */
@Tag("openssl")
class OpenSslCipherStringOpenSslTest {
  private static ParameterSet<CipherSuite> build;

  /** What {@code openssl ciphers} printed: the suites, or null when it rejected the string. */
  private record Listing(List<CipherSuite> suites, List<String> names, String output) {}

  @BeforeAll
  static void readTheBuildsSuites() {
    Listing all = openssl("ALL:COMPLEMENTOFALL");
    assertThat(all.suites()).as("openssl ciphers 'ALL:COMPLEMENTOFALL'\n%s", all.output()).isNotNull().isNotEmpty();
    build = ParameterSet.copyOf(CipherSuite.class, all.suites());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DEFAULT",
      "ALL",
      "HIGH",
      "HIGH:!aNULL:!MD5", // nginx's default
      "HIGH:MEDIUM:!MD5:!RC4:!3DES", // Apache httpd's shipped ssl.conf
      // Mozilla intermediate (v5.7)
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
          + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
          + "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305",
      // Mozilla old (v5): names of suites the build lacks (DES-CBC3-SHA) are ignored
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
          + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
          + "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:"
          + "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
          + "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
          + "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:"
          + "AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA",
      "ECDHE+AESGCM:DHE+AESGCM",
      "EECDH+AESGCM:EDH+AESGCM",
      "EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH", // cipherli.st
      "ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:RSA+AESGCM:RSA+AES:!aNULL:!MD5:!DSS",
      "DEFAULT:!aNULL:!eNULL:!MD5:!3DES:!DES:!RC4:!IDEA:!SEED:!aDSS:!SRP:!PSK",
      "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2", // OpenSSL 1.0.2's DEFAULT
      "kRSA",
      "aRSA:!kRSA",
      "AES256:@STRENGTH",
      "CAMELLIA",
      "ARIA",
      "PSK",
      "SRP",
      "COMPLEMENTOFDEFAULT",
      "COMPLEMENTOFALL",
      "ALL:COMPLEMENTOFALL",
      "DEFAULT:@SECLEVEL=0",
      "SHA256:SHA384",
      "SSLv3",
      "TLSv1",
      "TLSv1.2",
      "FIPS",
      "CBC",
      "SUITEB128",
      "SUITEB192",
      "-ALL:AES128-SHA",
      "ALL:-ECDHE:+kRSA:ECDHE-RSA-AES128-SHA:@STRENGTH",
      "ALL,!AES;-CAMELLIA +ARIA",
      "kDHE:kECDHE:+aDSS:+SHA1",
      "aECDSA:aRSA:!SHA1:@STRENGTH",
      "AES128-SHA:-AES128-SHA:CAMELLIA128-SHA:AES128-SHA",
      "AES128-SHA:!AES128-SHA:CAMELLIA128-SHA:AES128-SHA",
      "ADH:AECDH:+AES256",
      "COMPLEMENTOFDEFAULT+HIGH",
      "ECDHE-RSA-AES128-SHA+TLSv1",
      "DEFAULT+AES",
      "AES!CAMELLIA",
  })
  void parse_cipherString_equalsOpenSslInOrder(String cipherString) {
    Listing expected = openssl(cipherString);
    assertThat(expected.suites()).as("openssl accepts '%s'\n%s", cipherString, expected.output()).isNotNull();
    PreferenceList<CipherSuite> actual = OpenSslCipherString.parse(cipherString, build);
    assertThat(names(actual)).as("suites of '%s'", cipherString).isEqualTo(expected.names());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "MEDIUM", // no MEDIUM suite in a build without 3DES, RC4, IDEA and SEED
      "",
      "kRSA+kDHE",
      "ALL:$",
      "!",
      "AES128-SHA+",
      "@FOO:AES128-SHA",
      "AES128-SHA:@SECLEVEL=6",
      "TLS_RSA_WITH_AES_128_CBC_SHA",
  })
  void parse_cipherStringOpenSslRejects_fails(String cipherString) {
    Listing expected = openssl(cipherString);
    assertThat(expected.suites()).as("openssl rejects '%s'\n%s", cipherString, expected.output()).isNull();
    assertThatThrownBy(() -> OpenSslCipherString.parse(cipherString, build))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_everyNameOfTheBuild_selectsThatSuite() {
    Listing all = openssl("ALL:COMPLEMENTOFALL");
    for (int i = 0; i < all.suites().size(); i++) {
      assertThat(OpenSslCipherString.parse(all.names().get(i), build)).containsExactly(all.suites().get(i));
    }
  }

  @Test
  void parseTls13_ciphersuites_comeFirstInOpenSslsOrder() {
    String tls13 = "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_256_GCM_SHA384";
    Listing expected = run(List.of("openssl", "ciphers", "-V", "-ciphersuites", tls13, "--", "kRSA+AESGCM"));
    List<CipherSuite> ours = new ArrayList<>(OpenSslCipherString.parseTls13(tls13));
    ours.addAll(OpenSslCipherString.parse("kRSA+AESGCM", build));
    assertThat(expected.suites()).as(expected.output()).isEqualTo(ours);
  }

  private static List<String> names(List<CipherSuite> suites) {
    return suites.stream().map(s -> s.openSslName().orElseThrow()).toList();
  }

  // TLS 1.3 suites are listed first unless -ciphersuites is empty, which OpenSSL 1.1.1 and 3.x
  // honour; they are filtered out all the same, so that a build that lists them anyway is still
  // compared on what cipher strings select.
  private static Listing openssl(String cipherString) {
    Listing raw = run(List.of("openssl", "ciphers", "-V", "-ciphersuites", "", "--", cipherString));
    if (raw.suites() == null) return raw;
    List<CipherSuite> suites = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < raw.suites().size(); i++) {
      if (!raw.suites().get(i).isTls13()) {
        suites.add(raw.suites().get(i));
        names.add(raw.names().get(i));
      }
    }
    return new Listing(suites, names, raw.output());
  }

  private static Listing run(List<String> command) {
    OpenSslCommand.Result r = OpenSslCommand.run(command, "cipher strings");
    if (r.exitCode() != 0) return new Listing(null, null, r.output());
    List<OpenSslCommand.Line> lines = OpenSslCommand.cipherLines(r.output());
    return new Listing(lines.stream().map(OpenSslCommand.Line::suite).toList(),
        lines.stream().map(OpenSslCommand.Line::openSslName).toList(), r.output());
  }
}
