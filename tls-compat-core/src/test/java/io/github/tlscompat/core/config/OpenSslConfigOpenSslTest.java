package io.github.tlscompat.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenSSL exporter's {@code -cipher} and {@code -ciphersuites}, expanded by the real
 * {@code openssl ciphers -V}, give the policy's suites in its order (among those its versions can use). Fails, rather than skips,
 * without {@code openssl} on the PATH (CI installs it), like {@code OpenSslCipherStringOpenSslTest}.
 * The policies use only suites Debian's OpenSSL 3.0 build has.
 */
@Tag("openssl")
class OpenSslConfigOpenSslTest {

  static Stream<ServerPolicy> policies() {
    return Stream.of(ConfigRoundTripTest.INTERMEDIATE, ConfigRoundTripTest.TLS12_MIX, ConfigRoundTripTest.TLS13_ONLY,
        ConfigRoundTripTest.LEGACY.toBuilder().cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void writeArguments_expandedByOpenssl_givesThePolicysSuitesInOrder(ServerPolicy policy) {
    // GIVEN
    OpenSslConfig c = OpenSslConfig.readArguments(OpenSslConfig.writeArguments(policy).text());
    List<String> command = new ArrayList<>(List.of("openssl", "ciphers", "-V", "-ciphersuites", c.ciphersuites()));
    command.addAll(List.of("--", c.cipherString()));

    // WHEN
    List<CipherSuite> listed = run(command);

    // THEN, like a handshake (and OpenSslConfig.toPolicy), ignoring suites no enabled version can use:
    // a policy without TLS 1.3 writes no -ciphersuites, one with only TLS 1.3 no -cipher
    listed.removeIf(s -> policy.versions().stream().noneMatch(s::isValidIn));
    assertThat(listed).isEqualTo(policy.cipherSuites());
  }

  private static List<CipherSuite> run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("openssl timed out: " + command);
      }
      assertThat(process.exitValue()).as("%s\n%s", command, output).isZero();
      List<CipherSuite> suites = new ArrayList<>();
      for (String line : output.strip().split("\n")) {
        String[] bytes = line.strip().split("\\s+")[0].split(",");
        int code = Integer.parseInt(bytes[0].substring(2), 16) << 8 | Integer.parseInt(bytes[1].substring(2), 16);
        suites.add(CipherSuite.fromCode(code).orElseThrow(() -> new AssertionError("unknown code point: " + line)));
      }
      return suites;
    } catch (IOException e) {
      return fail("cannot run 'openssl': this test checks the exporter against the real binary, which must be"
          + " on the PATH (CI installs it; locally: apt-get install openssl)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted waiting for openssl", e);
    }
  }
}
