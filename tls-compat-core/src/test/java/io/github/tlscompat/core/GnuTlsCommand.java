package io.github.tlscompat.core;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.core.registry.CipherSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code gnutls-cli} binary, for the tests that cross-check the model against it: runs
 * {@code gnutls-cli --list -d 0 --priority P} and reads its listing. A missing binary fails the
 * test, saying why it is needed (CI installs it).
 */
public final class GnuTlsCommand {
  private GnuTlsCommand() {}

  private static final Pattern SUITE =
      Pattern.compile("^TLS_\\S+\\s+0x([0-9a-f]{2}), 0x([0-9a-f]{2})\\s+\\S+$");

  /**
   * What {@code gnutls-cli --list --priority P} printed: the suites in order, and each line
   * {@code Heading: a, b, c} as its heading and items; or its error on standard error.
   *
   * @param exitCode how it exited
   * @param suites the listed suites, in order
   * @param protocols the {@code Protocols:} items, e.g. {@code VERS-TLS1.3}
   * @param ciphers the {@code Ciphers:} items
   * @param macs the {@code MACs:} items
   * @param keyExchanges the {@code Key Exchange Algorithms:} items
   * @param groups the {@code Groups:} items, e.g. {@code GROUP-SECP256R1}
   * @param signatures the {@code PK-signatures:} items, e.g. {@code SIGN-RSA-SHA256}
   * @param error standard error, stripped
   */
  public record Listing(int exitCode, List<CipherSuite> suites, List<String> protocols, List<String> ciphers,
      List<String> macs, List<String> keyExchanges, List<String> groups, List<String> signatures, String error) {}

  /** Lists {@code priority}. */
  public static Listing list(String priority) {
    List<String> command = List.of("gnutls-cli", "--list", "-d", "0", "--priority", priority);
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return fail("cannot run 'gnutls-cli': this test cross-checks GnuTLS priority strings against the"
          + " real binary, which must be on the PATH (CI installs it; locally: apt-get install gnutls-bin)", e);
    }
    try {
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("gnutls-cli timed out: " + command);
      }
      List<CipherSuite> suites = new ArrayList<>();
      for (String line : out.split("\n")) {
        Matcher m = SUITE.matcher(line.strip());
        if (m.matches()) {
          int code = Integer.parseInt(m.group(1) + m.group(2), 16);
          suites.add(CipherSuite.fromCode(code).orElseThrow(
              () -> new AssertionError("gnutls-cli lists a code point the registry lacks: " + line)));
        }
      }
      return new Listing(process.exitValue(), suites, items(out, "Protocols"), items(out, "Ciphers"),
          items(out, "MACs"), items(out, "Key Exchange Algorithms"), items(out, "Groups"),
          items(out, "PK-signatures"), err.strip());
    } catch (IOException e) {
      return fail("reading gnutls-cli's output failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted waiting for gnutls-cli", e);
    }
  }

  private static List<String> items(String out, String heading) {
    for (String line : out.split("\n")) {
      if (line.startsWith(heading + ": ")) {
        String rest = line.substring(heading.length() + 2).strip();
        return rest.equals("none") ? List.of() : Arrays.stream(rest.split(", ")).toList();
      }
    }
    return List.of();
  }
}
