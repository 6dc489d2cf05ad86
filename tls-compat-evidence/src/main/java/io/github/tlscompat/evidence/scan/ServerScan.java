package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Measures a live server's TLS policy on the wire: the versions it enables (SSL 2.0 to TLS 1.3, and
 * whether it reads an SSL 2.0-compatible hello), its suites per version and whose order wins (its
 * own order where it does), its groups and their order, signature schemes, DH prime size,
 * certificates, what it does without server_name, whether it wants a client certificate, and the
 * {@linkplain io.github.tlscompat.core.model.ServerHabit habits} a probe can tell. The result is a
 * {@link io.github.tlscompat.core.model.ServerPolicy} the model can diff, simulate and remedy,
 * every field marked measured or assumed ({@link ScanResult}).
 *
 * <p>Each probe is a crafted ClientHello on its own connection, read as far as the server's first
 * flight ({@link LiveProbe}); suites are found by offering every suite of a version (in chunks of
 * at most 128, for servers that refuse longer lists) and taking away the one the server picked
 * until it refuses. A TLS 1.3 certificate, which travels encrypted, and whether a server that asks
 * for a client certificate goes on without one, come from real Bouncy Castle handshakes. Probes
 * run {@link Builder#concurrency} at a time, each bounded by the {@link Builder#timeout}; only the
 * named host is ever contacted.
 *
 * <pre>{@code
 * ScanResult scan = ServerScan.builder("127.0.0.1", 8443).sni("www.example.com").build().run();
 * ServerPolicy measured = scan.policy();
 * }</pre>
 *
 * <p>Immutable; each {@link #run()} scans anew with its own pool of daemon threads.
 *
 * @since 0.1.0
 */
public final class ServerScan {
  private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|.*:.*");

  private final String host;
  private final int port;
  private final String sni;
  private final Duration timeout;
  private final int concurrency;
  private final String id;

  private ServerScan(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.sni = b.sniSet ? b.sni : IP_LITERAL.matcher(b.host).matches() ? null : b.host;
    this.timeout = b.timeout;
    this.concurrency = b.concurrency;
    this.id = b.id != null ? b.id : defaultId(b.host, b.port);
  }

  /** Starts a scan of {@code host:port}; see {@link Builder} for the defaults. */
  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  /** The server as {@code HOST:PORT} ({@code [IPv6]:PORT} for an IPv6 literal). */
  public String target() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** The server_name the probes send, or null for none. */
  public String sni() {
    return sni;
  }

  /** How long each probe may take to connect, and then to be answered. */
  public Duration timeout() {
    return timeout;
  }

  /** How many probes run at once. */
  public int concurrency() {
    return concurrency;
  }

  /** The id the measured policy gets. */
  public String id() {
    return id;
  }

  /**
   * Scans the server.
   *
   * @throws IOException when the host does not resolve, a connection cannot be made, or the server
   *     answers no hello at all (it does not speak TLS, or refuses every offer)
   */
  public ScanResult run() throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) throw new IOException("cannot resolve host '" + host + "'");
    LiveProbe probe = LiveProbe.builder().connectTimeout(timeout).readTimeout(timeout).concurrency(1).build();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "tls-compat-scan-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      String name = target() + " as scanned on " + LocalDate.now(ZoneOffset.UTC);
      return new Scan(new Prober(probe, address), pool, sni, timeout).run(target(), id, name);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@code 127.0.0.1-8443}, {@code www.example.com-443}: an id a profile file accepts. */
  static String defaultId(String host, int port) {
    return host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "") + "-" + port;
  }

  /** Settings for a {@link ServerScan}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private String sni;
    private boolean sniSet;
    private Duration timeout = Duration.ofSeconds(5);
    private int concurrency = 16;
    private String id;

    private Builder(String host, int port) {
      Preconditions.checkNotNull(host, "host");
      Preconditions.checkArgument(!host.isBlank(), () -> "host is blank");
      Preconditions.checkArgument(port >= 1 && port <= 65535, () -> "port must be 1 to 65535, got " + port);
      this.host = host;
      this.port = port;
    }

    /**
     * The server_name the probes send, or null for none (default: the host when it is a name, none
     * for an IP address, RFC 6066 3).
     */
    public Builder sni(String name) {
      Preconditions.checkArgument(name == null || !name.isBlank(), () -> "sni is blank; give null for no server_name");
      this.sni = name;
      this.sniSet = true;
      return this;
    }

    /** How long each probe may take to connect, and then to be answered (default 5 s); 1 ms to 10 minutes. */
    public Builder timeout(Duration timeout) {
      Preconditions.checkNotNull(timeout, "timeout");
      Preconditions.checkArgument(timeout.toMillis() >= 1 && timeout.compareTo(Duration.ofMinutes(10)) <= 0,
          () -> "timeout must be between 1 ms and 10 minutes, got " + timeout);
      this.timeout = timeout;
      return this;
    }

    /** How many probes run at once (default 16); 1 to 256. */
    public Builder concurrency(int probes) {
      Preconditions.checkArgument(probes >= 1 && probes <= 256, () -> "concurrency must be 1 to 256, got " + probes);
      this.concurrency = probes;
      return this;
    }

    /** The id the measured policy gets (default: the host and port, e.g. {@code 127.0.0.1-8443}). */
    public Builder id(String id) {
      Preconditions.checkArgument(id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
          () -> "id '" + id + "' is not an id; expected letters, digits, '.', '_' and '-', starting with a letter or digit");
      this.id = id;
      return this;
    }

    /** The scan. */
    public ServerScan build() {
      return new ServerScan(this);
    }
  }
}
