package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The leak check of the hostile-server suite sees what a leak leaves, and nothing once it is closed. */
class OpenResourcesTest {

  @Test
  void leftOpenSince_aSocketAndAThreadLeftOpen_areReportedUntilClosed() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux /proc").isTrue();
    OpenResources before = OpenResources.now();
    CountDownLatch stop = new CountDownLatch(1);
    Thread t = new Thread(() -> {
      try {
        stop.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "leaky-worker");
    t.start();
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(OpenResources.leftOpenSince(before, 100)).anySatisfy(s -> assertThat(s).isEqualTo("thread leaky-worker"))
          .anySatisfy(s -> assertThat(s).matches("1 file descriptor\\(s\\) on socket:\\[\\d+\\]"));
    } finally {
      stop.countDown();
    }

    assertThat(OpenResources.leftOpenSince(before, 5_000)).isEmpty();
  }
}
