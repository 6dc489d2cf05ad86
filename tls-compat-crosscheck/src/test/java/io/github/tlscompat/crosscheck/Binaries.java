package io.github.tlscompat.crosscheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real servers' programs, and runs short commands that ask them what they support.
 *
 * <p>A missing program skips the test with a message naming the Debian package, unless the
 * environment variable {@value #REQUIRE_SERVERS} is {@code 1} (CI sets it), when it fails.
 */
final class Binaries {
  /** Set to {@code 1} to fail, not skip, when a server program is missing. */
  static final String REQUIRE_SERVERS = "TLS_COMPAT_REQUIRE_SERVERS";

  private Binaries() {}

  /**
   * The program's path, from {@code PATH} or the usual system folders.
   *
   * @param debianPackage the package that installs it, for the message
   */
  static Path require(String program, String debianPackage) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin"));
    for (String dir : dirs) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) return p;
    }
    String message = program + " is not installed: install the Debian package '" + debianPackage
        + "' (apt-get install -y " + debianPackage + ") to run this cross-check";
    if ("1".equals(System.getenv(REQUIRE_SERVERS))) {
      fail(message + " (" + REQUIRE_SERVERS + "=1, so a missing server fails the build)");
    }
    Assumptions.abort(message + "; skipped (set " + REQUIRE_SERVERS + "=1 to fail instead)");
    throw new AssertionError("unreachable");
  }

  /** Runs a short command to completion (at most 30 s) and returns what it printed, stdout then stderr. */
  static Output run(List<String> command, Map<String, String> environment) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(environment);
      Process p = pb.start();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
        try {
          return p.getErrorStream().readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish within 30 s");
      }
      return new Output(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /** What a command printed and how it ended. */
  record Output(int exitCode, String stdout, String stderr) {}
}
