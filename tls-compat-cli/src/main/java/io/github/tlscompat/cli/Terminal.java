package io.github.tlscompat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that progress is drawn for a person watching and never
 * written into a log file or a pipe.
 *
 * <p>Java has no isatty for stderr: on Linux the file descriptor's link names the device (a
 * {@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere {@link System#console()} (stdin and stdout
 * both terminals) stands in.
 */
final class Terminal {
  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminal() {}

  static boolean isStderr() {
    if (Files.isSymbolicLink(STDERR_LINK)) {
      try {
        String target = Files.readSymbolicLink(STDERR_LINK).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
