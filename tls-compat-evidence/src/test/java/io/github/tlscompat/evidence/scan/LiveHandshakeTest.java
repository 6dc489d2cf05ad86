package io.github.tlscompat.evidence.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.handshake.EmulatedServer;
import io.github.tlscompat.evidence.handshake.EphemeralCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.tls.AlertDescription;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Whether a TLS 1.3 server that asks for a client certificate goes on without one is settled by
 * what the server sends after the client's Finished, never by how fast its alert arrives: a
 * SunJSSE server that wants a certificate sends a NewSessionTicket, one that needs one sends an
 * alert, and the emulated server refuses as its policy says.
 */
class LiveHandshakeTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int[] TLS13 = LiveHandshake.runnable(List.of(CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_AES_256_GCM_SHA384), ProtocolVersion.TLS_1_3);

  @RepeatedTest(5)
  void run_tls13ServerThatWantsAClientCertificate_wentOnWithoutOne() throws Exception {
    try (JsseTls13Server server = new JsseTls13Server(false)) {
      LiveHandshake.Result r = LiveHandshake.run(server.address(), "localhost", ProtocolVersion.TLS_1_3, TLS13, KeyType.RSA,
          TIMEOUT);

      assertThat(r.certificateRequested()).isTrue();
      assertThat(r.completed()).as(r.failure()).isTrue();
      assertThat(r.alert()).isEmpty();
    }
  }

  @RepeatedTest(5)
  void run_tls13ServerThatNeedsAClientCertificate_endsWithItsAlert() throws Exception {
    try (JsseTls13Server server = new JsseTls13Server(true)) {
      LiveHandshake.Result r = LiveHandshake.run(server.address(), "localhost", ProtocolVersion.TLS_1_3, TLS13, KeyType.RSA,
          TIMEOUT);

      assertThat(r.certificateRequested()).isTrue();
      assertThat(r.completed()).isFalse();
      assertThat(r.endedByServer()).isTrue();
      // SunJSSE on JDK 17 sends bad_certificate where RFC 8446 4.4.2.4 says certificate_required.
      assertThat(r.alert()).hasValueSatisfying(a -> assertThat(a).isIn(AlertDescription.bad_certificate,
          AlertDescription.certificate_required));
      assertThat(r.failure()).isEqualTo("server sent " + AlertDescription.getText(r.alert().orElseThrow()));
    }
  }

  @RepeatedTest(5)
  void run_tls13EmulatedServerThatRequiresAClientCertificate_endsWithItsAlert() throws Exception {
    ServerPolicy required = io.github.tlscompat.core.Pairs.TLS13_ONLY.toBuilder().id("required13")
        .requiresClientCertificate(true).build();
    try (EmulatedServer server = EmulatedServer.start(required)) {
      LiveHandshake.Result r = LiveHandshake.run(server.address(), "localhost", ProtocolVersion.TLS_1_3, TLS13,
          KeyType.RSA, TIMEOUT);

      assertThat(r.certificateRequested()).isTrue();
      assertThat(r.completed()).isFalse();
      assertThat(r.endedByServer()).isTrue();
      assertThat(r.alert()).isPresent();
    }
  }

  @Test
  void scan_tls13ServerThatWantsAClientCertificate_doesNotRequireOne() throws Exception {
    try (JsseTls13Server server = new JsseTls13Server(false)) {
      ScanResult result = ServerScan.builder("127.0.0.1", server.address().getPort()).sni("localhost").timeout(TIMEOUT)
          .build().run();

      assertThat(result.policy().requiresClientCertificate()).isFalse();
      assertThat(result.measured()).contains("requiresClientCertificate");
      assertThat(result.notes()).contains("asks for a client certificate but goes on without one");
    }
  }

  /**
   * A SunJSSE TLS 1.3 server on a loopback port that asks for a client certificate: wants one
   * ({@code setWantClientAuth}) or needs one ({@code setNeedClientAuth}). Each connection is served
   * on its own thread until the client closes it.
   */
  private static final class JsseTls13Server implements AutoCloseable {
    private final SSLServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "jsse-tls13-server");
      t.setDaemon(true);
      return t;
    });

    JsseTls13Server(boolean needs) throws IOException, GeneralSecurityException {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(EphemeralCertificate.of(CertificateSpec.RSA_2048_SHA256).keyStore(),
          EphemeralCertificate.KEY_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
      context.init(kmf.getKeyManagers(), null, null);
      socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
      socket.setEnabledProtocols(new String[] {"TLSv1.3"});
      if (needs) {
        socket.setNeedClientAuth(true);
      } else {
        socket.setWantClientAuth(true);
      }
      threads.execute(this::accept);
    }

    InetSocketAddress address() {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          threads.execute(() -> serve((SSLSocket) client));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private static void serve(SSLSocket client) {
      try (client; InputStream in = client.getInputStream()) {
        client.setSoTimeout(10_000);
        client.startHandshake();
        while (in.read() >= 0) {
          // Reads until the client closes: the server has nothing to say after its handshake.
        }
      } catch (IOException refusedOrClosed) {
        // A probe's hello refused, or a client gone: the next connection is another probe.
      }
    }

    @Override public void close() throws IOException {
      socket.close();
      threads.shutdownNow();
    }
  }
}
