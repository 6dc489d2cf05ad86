package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends ClientHellos to a live server and reads its answers: the wire evidence against a real
 * {@code host:port}, what testssl.sh's client simulation does, one connection per hello and many
 * at a time.
 *
 * <p>Each probe connects, writes the hello exactly as given (TLS records or an SSL 2.0-framed
 * hello; the caller chose its server_name), and reads until the answer is
 * {@link ServerResponseParser#isComplete() complete}, the server closes or resets, or the read
 * timeout runs out. The connection is then closed: no key is ever computed. A server that stays
 * silent for the whole read timeout, or sends no hello or alert within it, is read as a refusal
 * ({@link Observation.Outcome#CLOSED}), since a client gives up then too; so is a server that
 * resets the connection before or while the hello is written. A hello that picks what the client
 * never offered is the server's {@link Observation.Outcome#PROTOCOL_VIOLATION}. Whatever a server
 * streams, the probe keeps a bounded amount of it. Failing to <em>connect</em> is not a TLS answer
 * and is thrown.
 *
 * <p>The probe validates nothing the server sends (its certificate is read for its facts, not its
 * trust) and therefore trusts it with nothing: no key is derived, no Finished is sent, no data of
 * the caller's travels, and the answer only feeds a report. A result never means the server is who
 * it says it is.
 *
 * <pre>{@code
 * LiveProbe probe = LiveProbe.builder().readTimeout(Duration.ofSeconds(3)).build();
 * Observation r = probe.probe(new InetSocketAddress("127.0.0.1", 8443), hello);
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #probeAll} uses its own pool of daemon threads per call and
 * shuts it down before it returns.
 *
 * @since 0.1.0
 */
public final class LiveProbe {
  /** A TLS first flight rarely exceeds a few kilobytes; certificates chains can reach tens. */
  private static final int READ_CHUNK = 16 * 1024;

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int concurrency;

  private LiveProbe(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.concurrency = b.concurrency;
  }

  /** A probe with the defaults: 5 s to connect, 5 s for the answer, 16 connections at a time. */
  public static LiveProbe create() {
    return builder().build();
  }

  /** Starts a probe with the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** How long a connection may take to be accepted. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long the whole answer to one hello may take, from the write of the hello on. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** How many connections {@link #probeAll} keeps open at once. */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Sends one hello and reads the answer.
   *
   * @param server the server's address; resolved already, or resolved here
   * @param clientHello the client's first flight as it travels on the wire
   * @throws IOException when the connection cannot be made (refused, unreachable, no answer within
   *     the connect timeout)
   */
  public Observation probe(InetSocketAddress server, byte[] clientHello) throws IOException {
    Preconditions.checkNotNull(server, "server");
    Preconditions.checkNotNull(clientHello, "clientHello");
    Preconditions.checkArgument(clientHello.length > 0, () -> "clientHello is empty");
    InetSocketAddress target = server.isUnresolved() ? new InetSocketAddress(server.getHostString(), server.getPort()) : server;
    if (target.isUnresolved()) throw new IOException("cannot resolve " + server.getHostString());
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      ServerResponseParser parser = parserFor(clientHello);
      try {
        socket.connect(target, millis(connectTimeout));
      } catch (IOException e) {
        // A server that accepts and resets at once can do so before the connect returns: a refusal.
        if (isReset(e)) return Observation.from(parser.finish());
        throw new IOException("cannot connect to " + describe(server) + ": " + e.getMessage(), e);
      }
      try {
        socket.getOutputStream().write(clientHello);
        socket.getOutputStream().flush();
      } catch (IOException reset) {
        // A server that resets on accept refuses this client; it is an answer, not a failure to connect.
        return Observation.from(parser.finish());
      }
      return read(socket, parser);
    }
  }

  /** Whether a failed connect was the server resetting an accepted connection, not a refusal to accept it. */
  private static boolean isReset(IOException e) {
    return e instanceof SocketException && !(e instanceof ConnectException) && !(e instanceof NoRouteToHostException)
        && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("reset");
  }

  /**
   * A parser that checks the answer against the hello, when the hello decodes (a probe may send any
   * bytes); {@link EngineProbe} uses it too, so a live server and an in-process engine are judged alike.
   */
  static ServerResponseParser parserFor(byte[] clientHello) {
    try {
      return new ServerResponseParser(ClientHelloDecoder.decode(clientHello));
    } catch (IllegalArgumentException undecodable) {
      return new ServerResponseParser();
    }
  }

  /**
   * Sends each hello on its own connection, {@link #concurrency()} at a time, and returns the
   * answers in the order of {@code clientHellos}.
   *
   * @param progress told after each answer how many of how many are done; called from the probing
   *     threads, one call at a time
   * @throws IOException when any connection cannot be made (the first failure; the others are
   *     {@linkplain Throwable#getSuppressed() suppressed} in it), after every probe has finished
   * @throws InterruptedIOException when the calling thread is interrupted while it waits
   */
  public List<Observation> probeAll(InetSocketAddress server, List<byte[]> clientHellos, Progress progress)
      throws IOException {
    Preconditions.checkNotNull(server, "server");
    Preconditions.checkNotNull(progress, "progress");
    List<byte[]> hellos = List.copyOf(clientHellos);
    if (hellos.isEmpty()) return List.of();
    int total = hellos.size();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, total), daemonThreads());
    try {
      List<Future<Observation>> futures = new ArrayList<>(total);
      for (byte[] hello : hellos) {
        futures.add(pool.submit(() -> {
          try {
            return probe(server, hello);
          } finally {
            synchronized (progress) {
              progress.finished(done.incrementAndGet(), total);
            }
          }
        }));
      }
      List<Observation> results = new ArrayList<>(total);
      IOException failure = null;
      for (Future<Observation> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          if (failure == null) failure = cause;
          else failure.addSuppressed(cause);
          results.add(null);
        }
      }
      if (failure != null) throw failure;
      return List.copyOf(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while probing " + describe(server));
    } finally {
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  /** Waits for the pool's threads to end, so that no probe thread outlives the call. */
  private void awaitTermination(ExecutorService pool) {
    try {
      // Every probe has returned by now; the threads only have to notice the shutdown.
      pool.awaitTermination(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Observation read(Socket socket, ServerResponseParser parser) throws IOException {
    InputStream in = socket.getInputStream();
    byte[] chunk = new byte[READ_CHUNK];
    long deadline = System.nanoTime() + readTimeout.toNanos();
    while (!parser.isComplete()) {
      long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      if (deadline - System.nanoTime() <= 0) return timedOut(parser);
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
      int n;
      try {
        n = in.read(chunk);
      } catch (SocketTimeoutException e) {
        return timedOut(parser);
      } catch (SocketException reset) {
        // A reset instead of an alert is how some servers refuse; it ends the stream like a close.
        break;
      }
      if (n < 0) break;
      parser.feed(chunk, 0, n);
    }
    return Observation.from(parser.finish());
  }

  private Observation timedOut(ServerResponseParser parser) {
    // A read cut off by the timeout inside a record is a timeout, not a stream that ended there.
    boolean cut = parser.endsInsidePartialMessage();
    ServerResponse r = parser.finish();
    // Whatever decisive part came (a hello before a stalled ServerHelloDone) still counts.
    return r.status() == ServerResponse.Status.CLOSED || cut ? WireReading.timedOut(r, readTimeout.toMillis())
        : Observation.from(r);
  }

  private static String describe(InetSocketAddress a) {
    return a.getHostString() + ":" + a.getPort();
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "tls-compat-probe-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Told how far {@link #probeAll} has come. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing: for callers that do not show progress. */
    Progress NONE = (finished, total) -> {};

    /** {@code finished} of {@code total} probes have their answer (or failed to connect). */
    void finished(int finished, int total);
  }

  /** Settings for a {@link LiveProbe}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(5);
    private int concurrency = 16;

    private Builder() {}

    /** How long a connection may take to be accepted; positive, at most {@code Integer.MAX_VALUE} ms. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** How long the whole answer to one hello may take; positive, at most {@code Integer.MAX_VALUE} ms. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** How many connections to keep open at once in {@link #probeAll}; 1 probes one after another. */
    public Builder concurrency(int connections) {
      Preconditions.checkArgument(connections >= 1 && connections <= 1024,
          () -> "concurrency must be 1 to 1024, got " + connections);
      this.concurrency = connections;
      return this;
    }

    /** The probe. */
    public LiveProbe build() {
      return new LiveProbe(this);
    }

    private static Duration checkTimeout(Duration d, String name) {
      Preconditions.checkNotNull(d, name);
      Preconditions.checkArgument(d.toMillis() >= 1 && d.toMillis() <= Integer.MAX_VALUE,
          () -> name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms, got " + d);
      return d;
    }
  }
}
