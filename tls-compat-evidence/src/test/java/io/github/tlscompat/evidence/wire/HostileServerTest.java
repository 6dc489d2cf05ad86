package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.u16;
import static io.github.tlscompat.evidence.wire.WireBytes.u24;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.evidence.wire.Observation.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Servers on 127.0.0.1 that answer the way a hostile or broken peer would. Every client gets a
 * typed answer within the read timeout, the run completes, every connection was closed by the probe
 * (the server sees the end of its stream), and afterwards no thread, socket or file the run opened
 * is left ({@link OpenResources}).
 */
class HostileServerTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration TIMEOUT = Duration.ofMillis(700);
  private static final List<String> CLIENTS = List.of("chrome-101-win10", "ie-8-xp", "firefox-100-win10");

  @Test
  void truncatedRecord_isTruncatedForEveryClient() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(Arrays.copyOf(record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F))), 20));
      return Ending.CLOSE;
    });
    assertThat(all).allSatisfy(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.UNREADABLE);
      assertThat(o.detail()).isEqualTo("TRUNCATED: the stream ended inside a record (20 bytes of it at offset 0)");
    });
  }

  @Test
  void recordLongerThanTheLimit_isNotTls() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(bytes(22, 3, 3, 0x48, 0x01));
      return Ending.STAY_OPEN;
    });
    assertThat(all).allSatisfy(o -> assertThat(o.detail())
        .isEqualTo("NOT_TLS: not a TLS record: length 18433 at offset 3 exceeds 2^14+2048 (RFC 5246 6.2.3)"));
  }

  @Test
  void handshakeLengthBeyondItsRecord_isTruncatedWhenTheServerCloses() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(record(22, concat(bytes(2), u24(100), new byte[10])));
      return Ending.CLOSE;
    });
    assertThat(all).allSatisfy(o -> assertThat(o.detail())
        .isEqualTo("TRUNCATED: the stream ended inside a handshake message (14 bytes of it)"));
  }

  @Test
  void handshakeLengthBeyondItsRecord_isATimeoutWhenTheServerWaits() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(record(22, concat(bytes(2), u24(100), new byte[10])));
      return Ending.STAY_OPEN;
    });
    assertThat(all).allSatisfy(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.CLOSED);
      assertThat(o.detail()).isEqualTo("the server sent 19 bytes but no hello or alert for " + TIMEOUT.toMillis()
          + " ms: the client gives up; refused, for a reason the wire does not say");
    });
  }

  @Test
  void httpReply_isNotTlsWithTheText() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return Ending.CLOSE;
    });
    assertThat(all).allSatisfy(o -> assertThat(o.detail())
        .isEqualTo("NOT_TLS: not a TLS record: content type 0x48 at offset 0 (text: \"HTTP/1.1 400 Bad Request\")"));
  }

  @Test
  void resetOnAccept_isARefusalForEveryClient() throws Exception {
    List<Observation> all = probeAll(null);
    assertThat(all).hasSize(CLIENTS.size()).allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.CLOSED));
  }

  @Test
  void resetAfterTheHello_keepsTheHello() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F, extension(0xFF01, bytes(0))))));
      return Ending.RESET;
    });
    assertThat(all.get(0).outcome()).isEqualTo(Outcome.CONNECTED);
    assertThat(all.get(1).outcome()).as("ie-8-xp offers TLS 1.0 and no 0xC02F").isEqualTo(Outcome.PROTOCOL_VIOLATION);
  }

  @Test
  void unofferedVersion_isTheServersProtocolViolation() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(record(22, handshake(2, serverHelloBody(0x0303, random(), 0x1301,
          extension(43, u16(0x0304)), extension(51, concat(u16(29), u16(32), new byte[32]))))));
      return Ending.STAY_OPEN;
    });
    assertThat(all.get(0).outcome()).isEqualTo(Outcome.CONNECTED);
    assertThat(all.get(1).outcome()).isEqualTo(Outcome.PROTOCOL_VIOLATION);
    assertThat(all.get(1).detail()).isEqualTo("PROTOCOL_VIOLATION: the server picked TLS 1.3 (0x0304), which the"
        + " client never offered: it offered TLS 1.0 (0x0301) and below (legacy_version, no supported_versions)");
  }

  @Test
  void endlessEmptyRecords_keepABoundedNumberOfNotesUntilTheTimeout() throws Exception {
    byte[] burst = concat(record(24, new byte[0]), record(22, handshake(99, new byte[0])), record(20, bytes(1)));
    List<Observation> all = probeAll(out -> {
      long end = System.nanoTime() + TIMEOUT.toNanos() * 3;
      while (System.nanoTime() < end) out.write(burst);
      return Ending.CLOSE;
    });
    assertThat(all).allSatisfy(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.CLOSED);
      List<String> notes = o.response().orElseThrow().notes();
      assertThat(notes).hasSize(ServerResponseParser.MAX_NOTES + 1);
      assertThat(notes.get(notes.size() - 1)).matches("\\.\\.\\.and \\d+ more notes");
    });
  }

  @Test
  void sixteenMegabyteMessage_isMalformedAtItsHeader() throws Exception {
    List<Observation> all = probeAll(out -> {
      out.write(record(22, concat(bytes(11), u24((1 << 24) - 1))));
      for (int i = 0; i < 4; i++) out.write(record(22, new byte[16384]));
      return Ending.STAY_OPEN;
    });
    assertThat(all).allSatisfy(o -> assertThat(o.detail()).isEqualTo("MALFORMED: a handshake message of type 11"
        + " declares 16777215 bytes, over the 262144 this reader accepts"));
  }

  @Test
  void silence_isARefusalAfterTheTimeout() throws Exception {
    List<Observation> all = probeAll(out -> Ending.STAY_OPEN);
    assertThat(all).allSatisfy(o -> assertThat(o.detail()).isEqualTo("the server sent nothing for " + TIMEOUT.toMillis()
        + " ms: the client gives up; refused, for a reason the wire does not say"));
  }

  @Test
  void oneByteAtATimeSlowly_isATimeoutNotACut() throws Exception {
    byte[] hello = record(22, handshake(2, serverHelloBody(0x0303, random(), 0xC02F)));
    List<Observation> all = probeAll(out -> {
      for (byte b : hello) {
        out.write(b);
        out.flush();
        sleep(TIMEOUT.toMillis() / 4);
      }
      return Ending.STAY_OPEN;
    });
    assertThat(all).allSatisfy(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.CLOSED);
      assertThat(o.detail()).matches("the server sent \\d bytes but no hello or alert for " + TIMEOUT.toMillis()
          + " ms: the client gives up; refused, for a reason the wire does not say");
    });
  }

  @Test
  void ssl2ServerHelloToEveryone_isAProtocolViolationForTlsFramedHellos() throws Exception {
    byte[] der = ServerKeys.certificate().getEncoded();
    byte[] specs = bytes(0x01, 0x00, 0x80);
    byte[] message = concat(bytes(4, 0, 1), u16(2), u16(der.length), u16(specs.length), u16(16), der, specs,
        new byte[16]);
    byte[] stream = concat(bytes(0x80 | message.length >> 8, message.length), message);
    List<Observation> all = probeAll(out -> {
      out.write(stream);
      return Ending.STAY_OPEN;
    });
    assertThat(all).allSatisfy(o -> assertThat(o.detail()).isEqualTo("PROTOCOL_VIOLATION: the server answered with an"
        + " SSL 2.0 SERVER-HELLO, which the client never offered: its hello is TLS-framed"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // --- the harness ---

  private enum Ending { CLOSE, RESET, STAY_OPEN }

  @FunctionalInterface
  private interface Answer {
    Ending write(OutputStream out) throws IOException;
  }

  /**
   * Probes every client against a server that reads the hello and answers with {@code answer}
   * ({@code null}: resets on accept), and checks that the run left nothing open.
   */
  private static List<Observation> probeAll(Answer answer) throws Exception {
    OpenResources before = OpenResources.now();
    List<Observation> all = probeAllOnce(answer);
    // The probe's pool, its sockets, and this harness's own server and threads: all gone.
    assertThat(OpenResources.leftOpenSince(before, 5_000)).as("threads, sockets and files left open").isEmpty();
    return all;
  }

  private static List<Observation> probeAllOnce(Answer answer) throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch closedByProbe = new CountDownLatch(CLIENTS.size());
    try (ServerSocket server = new ServerSocket(0, 50, LOOPBACK)) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            accepted.incrementAndGet();
            Thread t = new Thread(() -> serve(s, answer, closedByProbe), "hostile-server");
            t.setDaemon(true);
            t.start();
          } catch (IOException closed) {
            return;
          }
        }
      }, "hostile-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
      LiveProbe probe = LiveProbe.builder().readTimeout(TIMEOUT).connectTimeout(Duration.ofSeconds(5)).build();
      long start = System.nanoTime();
      List<Observation> all = probe.probeAll(new InetSocketAddress(LOOPBACK, server.getLocalPort()),
          CLIENTS.stream().map(ServerKeys::capture).toList(), LiveProbe.Progress.NONE);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("within the read timeout, plus slack")
          .isLessThan(TIMEOUT.plusSeconds(5));
      assertThat(all).hasSize(CLIENTS.size()).allSatisfy(o -> assertThat(o.evidence()).contains(Evidence.WIRE));
      assertThat(closedByProbe.await(5, TimeUnit.SECONDS)).as("every connection closed by the probe").isTrue();
      assertThat(accepted).hasValue(CLIENTS.size());
      return all;
    }
  }

  private static void serve(Socket s, Answer answer, CountDownLatch closedByProbe) {
    try (s) {
      if (answer == null) {
        s.setSoLinger(true, 0);
        closedByProbe.countDown();
        return;
      }
      readHello(s);
      Ending ending;
      try {
        ending = answer.write(s.getOutputStream());
        s.getOutputStream().flush();
      } catch (SocketException probeClosedFirst) {
        closedByProbe.countDown();
        return;
      }
      switch (ending) {
        case RESET -> {
          s.setSoLinger(true, 0);
          closedByProbe.countDown();
        }
        case CLOSE -> {
          s.shutdownOutput();
          drainUntilClosed(s, closedByProbe);
        }
        case STAY_OPEN -> drainUntilClosed(s, closedByProbe);
      }
    } catch (IOException e) {
      // the harness only counts closes
    }
  }

  /** Reads until the probe closes its end: -1 or a reset. */
  private static void drainUntilClosed(Socket s, CountDownLatch closedByProbe) throws IOException {
    s.setSoTimeout(10_000);
    try {
      while (s.getInputStream().read() >= 0) {
        // the probe sends nothing after its hello
      }
      closedByProbe.countDown();
    } catch (SocketException reset) {
      closedByProbe.countDown();
    }
  }

  private static void readHello(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] header = in.readNBytes(5);
    if (header.length == 5) in.readNBytes(((header[3] & 0xFF) << 8) | (header[4] & 0xFF));
  }
}
