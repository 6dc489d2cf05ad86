package io.github.tlscompat.core;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.core.registry.CipherSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code openssl} binary, for the tests that cross-check the model against it: runs a
 * command and reads an {@code openssl ciphers -V} listing. A missing binary fails the test, saying
 * why it is needed (CI installs it).
 */
public final class OpenSslCommand {
  private OpenSslCommand() {}

  /** What a command printed (stdout and stderr together) and how it exited. */
  public record Result(int exitCode, String output) {}

  /**
   * Runs {@code command}.
   *
   * @param purpose what the calling test cross-checks, for the message when openssl is missing
   */
  public static Result run(List<String> command, String purpose) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail("cannot run 'openssl': this test cross-checks " + purpose + " against the real"
          + " binary, which must be on the PATH (CI installs it; locally: apt-get install openssl)", e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("openssl timed out: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      return fail("reading openssl's output failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted waiting for openssl", e);
    }
  }

  /**
   * The lines of an {@code openssl ciphers -V} listing, each as its suite and its fields, e.g.
   * {@code "0xC0,0x2C - ECDHE-ECDSA-AES256-GCM-SHA384  TLSv1.2 Kx=ECDH ..."}.
   */
  public static List<Line> cipherLines(String output) {
    List<Line> lines = new ArrayList<>();
    for (String line : output.strip().split("\n")) {
      if (line.isBlank()) continue;
      String[] fields = line.strip().split("\\s+");
      String[] bytes = fields[0].split(",");
      int code = Integer.parseInt(bytes[0].substring(2), 16) << 8 | Integer.parseInt(bytes[1].substring(2), 16);
      lines.add(new Line(CipherSuite.fromCode(code).orElseThrow(
          () -> new AssertionError("openssl lists a code point the registry lacks: " + line)), fields[2]));
    }
    return lines;
  }

  /** One line of a {@code -V} listing: the suite and OpenSSL's name for it. */
  public record Line(CipherSuite suite, String openSslName) {}
}
