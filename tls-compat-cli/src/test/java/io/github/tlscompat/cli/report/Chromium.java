package io.github.tlscompat.cli.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, run headless on a local file: once per page, with a fresh profile, no network
 * services and a virtual time budget, so the page's scripts have run when it dumps or shoots.
 */
final class Chromium {
  /** Names tried on the PATH, unless the environment variable {@value #ENV} names a binary. */
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  static final String ENV = "TLS_COMPAT_CHROMIUM";
  private static final long TIMEOUT_SECONDS = 90;

  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /** The browser, or empty when none is installed. */
  static Optional<Chromium> find(Path work) {
    String named = System.getenv(ENV);
    if (named != null && !named.isBlank()) return Optional.of(new Chromium(Path.of(named), work));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) return Optional.of(new Chromium(candidate, work));
      }
    }
    return Optional.empty();
  }

  /** The DOM after the page's scripts ran, serialised. */
  String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
    return run(page, width, height, "--dump-dom");
  }

  /** Writes a PNG of the viewport. */
  void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    run(page, width, height, "--screenshot=" + png.toAbsolutePath());
    if (!Files.isRegularFile(png)) throw new IOException("chromium wrote no screenshot to " + png);
  }

  private String run(Path page, int width, int height, String action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    Path out = Files.createTempFile(work, "chromium", ".out");
    Path err = Files.createTempFile(work, "chromium", ".err");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "--virtual-time-budget=5000", action,
        page.toAbsolutePath().toUri().toString()));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command + "\n" + tail(err));
    }
    if (process.exitValue() != 0) {
      throw new IOException("chromium exited with " + process.exitValue() + ": " + command + "\n" + tail(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
  }
}
