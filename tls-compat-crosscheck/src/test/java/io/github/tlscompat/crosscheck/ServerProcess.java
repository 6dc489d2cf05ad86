package io.github.tlscompat.crosscheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A real server running as a child process on 127.0.0.1: started on a free port, waited for until
 * it accepts connections, and always destroyed on {@link #close()}, with its output kept in a log
 * file for the failure message.
 */
final class ServerProcess implements AutoCloseable {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code command.apply(port)} on a free port (three tries, in case another process takes
   * the port between our look and the server's bind) and waits until it accepts a connection.
   *
   * @param environment added to the child's environment
   * @param log where the server's stdout and stderr go
   * @throws IllegalStateException naming the command and the log's end when the server does not start
   */
  static ServerProcess start(IntFunction<List<String>> command, Map<String, String> environment, Path log) {
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      List<String> words = command.apply(port);
      Process p;
      try {
        ProcessBuilder pb = new ProcessBuilder(words).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(environment);
        p = pb.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start " + String.join(" ", words), e);
      }
      ServerProcess server = new ServerProcess(p, port, log);
      if (server.awaitListening()) return server;
      server.close();
      failure = new IllegalStateException("the server did not start: " + String.join(" ", words)
          + "\n--- its output ---\n" + server.logTail());
    }
    throw failure;
  }

  /** The address clients connect to. */
  InetSocketAddress address() {
    return new InetSocketAddress(LOOPBACK, port);
  }

  /** Whether the server is still running. */
  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines the server wrote, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  private boolean awaitListening() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) return false;
      try (Socket s = new Socket()) {
        s.connect(address(), 200);
        return true;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    return false;
  }

  /** Destroys the process (and its children), forcibly if it does not end within 5 s. */
  @Override public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
