package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.evidence.wire.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TLS server on the loopback interface that behaves as a {@link ServerPolicy} says, so that real
 * client code can be tested against, say, "Office 365 as of 2018", and a test can assert what each
 * connection negotiated or why it was refused.
 *
 * <pre>{@code
 * try (EmulatedServer server = EmulatedServer.start(policy)) {
 *   // point the client under test at https://localhost:<server.port()>/, trusting server.trustStore()
 *   ServedConnection c = server.awaitConnections(1, Duration.ofSeconds(5)).get(0);
 *   assertThat(c.result().outcome()).isEqualTo(Observation.Outcome.CONNECTED);
 * }
 * }</pre>
 *
 * <p>Each connection runs on its own thread from a pool of at most {@value #MAX_THREADS} daemon
 * threads (further connections wait, up to {@value #MAX_QUEUED}, then are closed unanswered). The
 * server is the Bouncy Castle server {@link BcHandshake} uses, on the policy's
 * {@link EphemeralCertificate}s: it decodes each ClientHello and answers what
 * {@link io.github.tlscompat.core.negotiation.Negotiator#serverHello} decides for it, so a client
 * meets the policy exactly as the model reads it (a hello that does not decode gets
 * {@code handshake_failure}); see {@link BcHandshake} for what it cannot do. After a handshake
 * it reads the client's first data (waiting up to 5 seconds), answers {@code HTTP/1.0 200 OK} with
 * a {@code text/plain} body naming the version and suite (e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256}),
 * and closes. A server that chose a suite Bouncy Castle cannot run sends its ServerHello,
 * Certificate and ServerHelloDone and closes once the client answers: the connection is recorded
 * as connected on that hello's evidence. An SSL 2.0-framed ClientHello is recorded as such:
 * refused with {@code handshake_failure} when the policy does not read that framing, closed
 * unanswered (not runnable) when it does, since Bouncy Castle cannot.
 *
 * <p>Thread-safe. {@link #close()} stops accepting, closes open connections and waits for their
 * threads.
 *
 * @since 0.1.0
 */
public final class EmulatedServer implements AutoCloseable {
  /** The most connections served at once. */
  public static final int MAX_THREADS = 8;
  /** The most accepted connections waiting for a thread. */
  public static final int MAX_QUEUED = 64;

  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final ServerPolicy policy;
  private final ServerSocket socket;
  private final ThreadPoolExecutor pool;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<ServedConnection> connections = new ArrayList<>();
  private volatile boolean closed;

  private EmulatedServer(ServerPolicy policy, ServerSocket socket) {
    this.policy = policy;
    this.socket = socket;
    String name = "tls-compat-" + policy.id() + "-" + SERVERS.incrementAndGet();
    AtomicInteger workers = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(MAX_QUEUED), r -> daemon(r, name + "-connection-" + workers.incrementAndGet()));
    pool.allowCoreThreadTimeOut(true);
    this.acceptor = daemon(this::acceptLoop, name + "-acceptor");
  }

  /** Starts a server for {@code policy} on an ephemeral port of 127.0.0.1; see {@link #start(ServerPolicy, int)}. */
  public static EmulatedServer start(ServerPolicy policy) {
    return start(policy, 0);
  }

  /**
   * Starts a server for {@code policy} on {@code port} of 127.0.0.1 (0: an ephemeral port). The
   * policy's certificates are made first, so the first start in a JVM may take a few hundred ms.
   *
   * @throws IllegalArgumentException if Bouncy Castle cannot serve the policy (see
   *     {@link BcHandshake#whyNotRunnable}), or the port is out of range
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static EmulatedServer start(ServerPolicy policy, int port) {
    Preconditions.checkNotNull(policy, "policy");
    Preconditions.checkArgument(port >= 0 && port <= 0xFFFF, () -> "port must be 0..65535, was " + port);
    Optional<NotRunnable> why = BcHandshake.whyNotRunnable(policy);
    if (why.isPresent()) throw new IllegalArgumentException("cannot emulate " + policy.id() + ": " + why.get().describe());
    certificateSpecs(policy).forEach(EphemeralCertificate::of);
    try {
      ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      EmulatedServer server = new EmulatedServer(policy, socket);
      server.acceptor.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " for " + policy.id(), e);
    }
  }

  /** The policy this server follows. */
  public ServerPolicy policy() {
    return policy;
  }

  /** The address it listens on: 127.0.0.1 and {@link #port()}. */
  public InetSocketAddress address() {
    return new InetSocketAddress(socket.getInetAddress(), socket.getLocalPort());
  }

  /** The port it listens on. */
  public int port() {
    return socket.getLocalPort();
  }

  /** The certificate of the policy's first certificate spec: the one most clients get. */
  public EphemeralCertificate certificate() {
    return EphemeralCertificate.of(policy.certificates().get(0));
  }

  /** Every certificate the server may present: the policy's, then its fallback certificate. */
  public List<EphemeralCertificate> certificates() {
    return certificateSpecs(policy).stream().map(EphemeralCertificate::of).toList();
  }

  /** A new in-memory PKCS#12 key store trusting every certificate the server may present. */
  public KeyStore trustStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      List<EphemeralCertificate> all = certificates();
      for (int i = 0; i < all.size(); i++) store.setCertificateEntry("tls-compat-" + i, all.get(i).certificate());
      return store;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a trust store for " + policy.id(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The connections served so far, oldest first: a snapshot. */
  public List<ServedConnection> connections() {
    synchronized (connections) {
      return List.copyOf(connections);
    }
  }

  /**
   * Waits until at least {@code count} connections have a result, and returns them all, oldest first.
   *
   * @throws IllegalStateException if they do not within {@code timeout}, listing those that did
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public List<ServedConnection> awaitConnections(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (connections) {
      while (connections.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("expected " + count + " connections to " + policy.id() + " within "
              + timeout + ", but " + connections.size() + " came: " + connections);
        }
        TimeUnit.NANOSECONDS.timedWait(connections, left);
      }
      return List.copyOf(connections);
    }
  }

  /** Stops accepting, closes the open connections and waits for their threads (at most 10 seconds). */
  @Override public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is all that is wanted.
    }
    for (Socket s : open) closeQuietly(s);
    pool.shutdown();
    try {
      acceptor.join(10_000);
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override public String toString() {
    return "EmulatedServer[" + policy.id() + " on " + address() + (closed ? ", closed" : "") + "]";
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(s);
      try {
        pool.execute(() -> {
          try {
            ConnectionHandler.serve(s, policy, this::record);
          } finally {
            open.remove(s);
          }
        });
      } catch (RejectedExecutionException e) {
        open.remove(s);
        closeQuietly(s);
      }
    }
  }

  private void record(ServedConnection connection) {
    synchronized (connections) {
      connections.add(connection);
      connections.notifyAll();
    }
  }

  private static List<CertificateSpec> certificateSpecs(ServerPolicy policy) {
    Set<CertificateSpec> specs = new LinkedHashSet<>(policy.certificates());
    policy.fallbackCertificate().ifPresent(specs::add);
    return List.copyOf(specs);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // Closing is all that is wanted.
    }
  }
}
