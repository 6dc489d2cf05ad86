package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live probe against servers on 127.0.0.1: a real SunJSSE {@link SSLServerSocket}, and raw
 * sockets that misbehave the way real servers do (silence, a close, a reset, an answer in pieces).
 */
class LiveProbeTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private final List<AutoCloseable> servers = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stopServers() throws Exception {
    for (AutoCloseable s : servers) s.close();
  }

  @Test
  void agreesWithTheInProcessEngineProbe() throws IOException {
    InetSocketAddress jsse = jsseServer();
    for (String client : List.of("chrome-101-win10", "safari-5-ios-5.1.1", "firefox-100-win10")) {
      Observation live = LiveProbe.create().probe(jsse, capture(client));
      Observation inProcess = EngineProbe.probe(capture(client), ServerKeys.sunJsse());
      assertThat(live.outcome()).as(client).isEqualTo(Outcome.CONNECTED);
      Connected l = (Connected) live.negotiation().orElseThrow();
      Connected p = (Connected) inProcess.negotiation().orElseThrow();
      assertThat(l.version()).as(client).isEqualTo(p.version());
      assertThat(l.cipherSuite()).as(client).isEqualTo(p.cipherSuite());
      assertThat(l.group()).as(client).isEqualTo(p.group());
      assertThat(live.evidence()).contains(Evidence.WIRE);
      assertThat(live.serverExplanation()).as("a socket carries no server-side explanation").isEmpty();
    }
  }

  @Test
  void refusalComesBackAsTheServersAlert() throws IOException {
    // JDK 17's defaults disable TLS 1.0: a TLS 1.0-only client gets protocol_version.
    Observation w = LiveProbe.create().probe(jsseServer(), capture("android-2.3.7"));
    assertThat(w.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(w.alert()).map(Alert::description).contains(70);
  }

  @Test
  void probeAllKeepsTheOrderOfTheHellosAndReportsProgress() throws IOException {
    InetSocketAddress jsse = jsseServer();
    List<String> clients = List.of("chrome-101-win10", "android-2.3.7", "safari-5-ios-5.1.1", "java-11.0.2-openjdk",
        "firefox-100-win10", "android-4.4.2");
    List<byte[]> hellos = clients.stream().map(ServerKeys::capture).toList();
    List<int[]> calls = Collections.synchronizedList(new ArrayList<>());
    List<Observation> all = LiveProbe.builder().concurrency(3).build()
        .probeAll(jsse, hellos, (done, total) -> calls.add(new int[] {done, total}));
    assertThat(all).hasSize(clients.size());
    for (int i = 0; i < clients.size(); i++) {
      Observation alone = LiveProbe.create().probe(jsse, hellos.get(i));
      assertThat(all.get(i).toString()).as(clients.get(i)).isEqualTo(alone.toString());
    }
    assertThat(calls).extracting(c -> c[0]).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(calls).extracting(c -> c[1]).containsOnly(6);
  }

  @Test
  void probeAllOpensAtMostTheConcurrencyAtOnce() throws IOException {
    AtomicInteger open = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    InetSocketAddress server = rawServer(s -> {
      most.accumulateAndGet(open.incrementAndGet(), Math::max);
      try {
        readHello(s);
        Thread.sleep(30);
        open.decrementAndGet();
        s.getOutputStream().write(HexFormat.of().parseHex("15030100020228"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    List<byte[]> hellos = Collections.nCopies(8, capture("chrome-101-win10"));
    List<Observation> all = LiveProbe.builder().concurrency(2).build().probeAll(server, hellos, LiveProbe.Progress.NONE);
    assertThat(all).allSatisfy(w -> assertThat(w.alert()).map(Alert::description).contains(40));
    assertThat(most.get()).isBetween(1, 2);
  }

  @Test
  void silentServerIsARefusalAfterTheReadTimeout() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    servers.add(release::countDown);
    InetSocketAddress server = rawServer(s -> {
      readHello(s);
      await(release);
    });
    Observation w = LiveProbe.builder().readTimeout(Duration.ofMillis(300)).build().probe(server, capture("chrome-101-win10"));
    assertThat(w.outcome()).isEqualTo(Outcome.CLOSED);
    assertThat(w.detail()).isEqualTo("the server sent nothing for 300 ms: the client gives up; "
        + "refused, for a reason the wire does not say");
    assertThat(w.disagreementWith(new Refused(Reason.HELLO_FORMAT_REJECTED, "model", Stage.CLIENT_HELLO))).isEmpty();
  }

  @Test
  void closeWithoutAByteIsARefusal() throws IOException {
    InetSocketAddress server = rawServer(LiveProbeTest::readHello);
    Observation w = LiveProbe.create().probe(server, capture("chrome-101-win10"));
    assertThat(w.outcome()).isEqualTo(Outcome.CLOSED);
    assertThat(w.detail()).startsWith("the server closed without sending a byte");
  }

  @Test
  void resetIsReadLikeAClose() throws IOException {
    InetSocketAddress server = rawServer(s -> {
      readHello(s);
      s.setSoLinger(true, 0); // close() now sends RST
    });
    Observation w = LiveProbe.create().probe(server, capture("chrome-101-win10"));
    assertThat(w.outcome()).isEqualTo(Outcome.CLOSED);
  }

  @Test
  void answerInPiecesIsReassembledAndNotWaitedOnOnceComplete() throws IOException {
    // An alert record written a byte at a time, then the server keeps the connection open: the
    // probe must stop at the complete alert, long before the 10 s read timeout.
    CountDownLatch release = new CountDownLatch(1);
    servers.add(release::countDown);
    InetSocketAddress server = rawServer(s -> {
      readHello(s);
      OutputStream out = s.getOutputStream();
      for (byte b : HexFormat.of().parseHex("15030300020246")) {
        out.write(b);
        out.flush();
      }
      await(release);
    });
    long start = System.nanoTime();
    Observation w = LiveProbe.builder().readTimeout(Duration.ofSeconds(10)).build().probe(server, capture("chrome-101-win10"));
    assertThat(w.alert()).map(Alert::description).contains(70);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void connectFailureIsThrownNamingTheServer() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
      port = s.getLocalPort();
    }
    InetSocketAddress closed = new InetSocketAddress("127.0.0.1", port);
    assertThatThrownBy(() -> LiveProbe.create().probe(closed, capture("chrome-101-win10")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot connect to 127.0.0.1:" + port + ": ");
    AtomicInteger finished = new AtomicInteger();
    assertThatThrownBy(() -> LiveProbe.create().probeAll(closed,
            List.of(capture("chrome-101-win10"), capture("android-4.4.2")), (done, total) -> finished.set(done)))
        .isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    assertThat(finished).hasValue(2);
  }

  @Test
  void settingsAreChecked() {
    assertThat(LiveProbe.create().concurrency()).isEqualTo(16);
    assertThat(LiveProbe.create().readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> LiveProbe.builder().concurrency(0))
        .hasMessage("concurrency must be 1 to 1024, got 0");
    assertThatThrownBy(() -> LiveProbe.builder().readTimeout(Duration.ZERO))
        .hasMessage("readTimeout must be between 1 ms and 2147483647 ms, got PT0S");
    assertThatThrownBy(() -> LiveProbe.create().probe(new InetSocketAddress(LOOPBACK, 1), new byte[0]))
        .hasMessage("clientHello is empty");
  }

  /** A SunJSSE server socket with the JDK's defaults, answering handshakes on its own threads. */
  private InetSocketAddress jsseServer() throws IOException {
    SSLServerSocket server = (SSLServerSocket) ServerKeys.sunJsse().getServerSocketFactory()
        .createServerSocket(0, 50, LOOPBACK);
    return serve(server, s -> {
      // Ends with the probe's close: an exception here is the probe hanging up mid-handshake.
      try {
        ((SSLSocket) s).startHandshake();
      } catch (IOException expected) {
        // the probe never sends a second flight
      }
    });
  }

  private InetSocketAddress rawServer(Handler handler) throws IOException {
    return serve(new ServerSocket(0, 50, LOOPBACK), handler);
  }

  private InetSocketAddress serve(ServerSocket server, Handler handler) {
    servers.add(server);
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread t = new Thread(() -> {
            try (s) {
              handler.handle(s);
            } catch (IOException ignored) {
              // the probe closed first
            }
          });
          t.setDaemon(true);
          t.start();
        } catch (IOException closed) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return new InetSocketAddress(LOOPBACK, server.getLocalPort());
  }

  /** Reads the probe's hello record (header and body) so that a close is not a reset. */
  private static void readHello(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    byte[] header = in.readNBytes(5);
    if (header.length == 5) in.readNBytes(((header[3] & 0xFF) << 8) | (header[4] & 0xFF));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @FunctionalInterface
  private interface Handler {
    void handle(Socket s) throws IOException;
  }
}
