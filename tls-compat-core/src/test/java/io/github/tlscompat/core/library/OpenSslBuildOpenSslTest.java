package io.github.tlscompat.core.library;


import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.OpenSslCommand;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks {@link OpenSslBuild#DEBIAN_12} against the {@code openssl} binary on the PATH, which
 * on this project's machines is Debian 12's OpenSSL 3.0: the suites the build implements must equal
 * what {@code openssl ciphers -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'} lists, and the suites
 * {@link OpenSslBuild#narrow} keeps for the cipher strings admins deploy, at the build's default
 * level and at {@code @SECLEVEL=0} to {@code 3}, must equal {@code openssl ciphers -s -tls1_2}, in
 * order. Fails without {@code openssl} (CI installs it); skips, saying so, where the binary is not
 * Debian 12's OpenSSL 3.0.
 */
@Tag("openssl")
class OpenSslBuildOpenSslTest {
  private static final List<String> CIPHER_STRINGS = List.of(
      "HIGH:!aNULL:!MD5", // nginx's default, which Debian 12's nginx.conf keeps
      "HIGH:!aNULL", // Debian 12's Apache httpd mods-available/ssl.conf
      "HIGH:!aNULL:!MD5:@STRENGTH",
      "kRSA",
      "DEFAULT",
      "EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH", // cipherli.st
      "EECDH+AESGCM:EDH+AESGCM", // cipherli.st, later
      // Mozilla intermediate (v5.7)
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
          + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
          + "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305",
      // Mozilla old (v5): DES-CBC3-SHA is not in the build
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
          + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
          + "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:"
          + "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
          + "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
          + "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:"
          + "AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA",
      "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2", // OpenSSL 1.0.2's DEFAULT
      "ALL:COMPLEMENTOFALL", // every suite of the build, anonymous, NULL, PSK and SRP ones included
      "aNULL:eNULL:MD5");

  @BeforeAll
  static void theBinaryIsDebian12sOpenSsl30() {
    String version = run(List.of("openssl", "version", "-a")).output();
    Assumptions.assumeTrue(version.startsWith("OpenSSL 3.0.") && version.contains("platform: debian")
            && version.contains("-DOPENSSL_TLS_SECURITY_LEVEL=2"),
        () -> "this cross-check compares OpenSslBuild.DEBIAN_12 with Debian 12's openssl, found:\n" + version);
  }

  @Test
  void debian12_cipherSuites_equalWhatTheBinaryImplements() {
    Listing all = run(List.of("openssl", "ciphers", "-V", "-ciphersuites", "", "--", "ALL:COMPLEMENTOFALL:@SECLEVEL=0"));
    assertThat(all.exitCode()).as(all.output()).isZero();
    assertThat(OpenSslBuild.DEBIAN_12.cipherSuites())
        .isEqualTo(ParameterSet.copyOf(CipherSuite.class, all.suites()));
  }

  @Test
  void debian12_tls13Suites_equalWhatTheBinaryImplements() {
    String all = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
        + "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256";
    Listing listed = run(List.of("openssl", "ciphers", "-V", "-ciphersuites", all, "--", "kRSA+AESGCM"));
    assertThat(listed.suites().stream().filter(CipherSuite::isTls13).toList())
        .containsExactlyInAnyOrderElementsOf(OpenSslBuild.DEBIAN_12.tls13Suites());
    Listing byDefault = run(List.of("openssl", "ciphers", "-V", "--", "kRSA+AESGCM"));
    assertThat(byDefault.suites().stream().filter(CipherSuite::isTls13).toList())
        .isEqualTo(OpenSslBuild.DEBIAN_12.defaultTls13Suites());
  }

  static Stream<Arguments> cipherStringsAtEachLevel() {
    List<Arguments> cases = new ArrayList<>();
    for (String s : CIPHER_STRINGS) {
      cases.add(Arguments.of(s));
      for (int level = 0; level <= 3; level++) cases.add(Arguments.of(s + ":@SECLEVEL=" + level));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cipherStringsAtEachLevel")
  void narrow_cipherString_keepsWhatOpensslCiphersMinusSLists(String cipherString) {
    Listing expected = run(List.of("openssl", "ciphers", "-s", "-V", "-tls1_2", "-ciphersuites", "", "--", cipherString));
    Narrowed narrowed = OpenSslBuild.DEBIAN_12.narrow(ConfiguredTls.builder().cipherString(cipherString).build());
    assertThat(names(narrowed.cipherSuites())).as("%s\n%s", cipherString, expected.output())
        .isEqualTo(names(expected.suites()));
  }

  private static List<String> names(List<CipherSuite> suites) {
    return suites.stream().map(s -> s.openSslName().orElse(s.ianaName())).toList();
  }

  /** What a command printed, and the suites when it was {@code openssl ciphers -V}. */
  private record Listing(int exitCode, String output, List<CipherSuite> suites) {}

  // "          0xC0,0x2C - ECDHE-ECDSA-AES256-GCM-SHA384  TLSv1.2 Kx=ECDH ..."; an empty selection
  // prints nothing (with -s) or fails with "no cipher match": both are no suite.
  private static Listing run(List<String> command) {
    OpenSslCommand.Result r = OpenSslCommand.run(command, "OpenSslBuild.DEBIAN_12");
    List<CipherSuite> suites = r.exitCode() == 0 && command.contains("ciphers")
        ? OpenSslCommand.cipherLines(r.output()).stream().map(OpenSslCommand.Line::suite).toList() : List.of();
    return new Listing(r.exitCode(), r.output(), suites);
  }
}
