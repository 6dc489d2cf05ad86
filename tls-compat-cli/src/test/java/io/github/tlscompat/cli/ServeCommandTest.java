package io.github.tlscompat.cli;

import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.profiles.Catalog;
import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}: an emulated server that real clients connect to, reporting each connection. */
class ServeCommandTest {

  @Test
  void servesRealClientsAndReportsEachConnection(@TempDir Path dir) throws Exception {
    int port = freePort();
    Path pem = dir.resolve("server.pem");
    CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("serve", "--server",
        "office365-2020-10", "--port", String.valueOf(port), "--connections", "2", "--cert-out", pem.toString(),
        "--format", "tsv"));
    awaitListening(pem);

    // A JDK 17 client that trusts the certificate written by --cert-out: a real handshake.
    SSLContext context = SSLContext.getInstance("TLS");
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore(pem));
    context.init(null, trust.getTrustManagers(), new SecureRandom());
    String body;
    try (SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
      s.setEnabledProtocols(new String[] {"TLSv1.2"});
      s.startHandshake();
      s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      body = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertThat(body).startsWith("HTTP/1.0 200");
    // The phone's hello: Office 365 refuses TLS 1.0 since 2020-10-15.
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(ClientHelloEncoder.forClient(Catalog.builtIn().client("LPE-CE6"), Optional.empty(), null,
          new SecureRandom()));
      s.getInputStream().readAllBytes();
    }

    CliRun result = run.get(30, TimeUnit.SECONDS);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("tls-compat serve: serving office365-2020-10 on 127.0.0.1:" + port + " with [rsa:2048:sha256]")
        .endsWith("certificate in " + pem + "; stops after 2 connections");
    assertThat(result.lines()).hasSize(3);
    assertThat(result.lines().get(0)).isEqualTo("peer\tserver\toutcome\tversion\tcipherSuite\treason\tja4");
    String[] jdk = result.lines().get(1).split("\t");
    assertThat(jdk[0]).startsWith("127.0.0.1:");
    assertThat(jdk).extracting(i -> i).containsSequence("office365-2020-10", "CONNECTED", "TLSv1.2");
    assertThat(jdk[6]).startsWith("t12");
    String[] phone = result.lines().get(2).split("\t");
    assertThat(phone).containsSequence("office365-2020-10", "REFUSED", "-", "-", "NO_SHARED_PROTOCOL_VERSION");
  }

  @Test
  void badInput_isOneLine() throws IOException {
    assertThat(CliRun.of("serve", "--server", "office365-2020-10", "--format", "markdown").errLines())
        .containsExactly("tls-compat serve: Invalid value for option '--format': serve writes text, tsv or json,"
            + " one line per connection as it comes, not markdown");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--server", "office365-2020-10", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.errLines()).singleElement().asString()
          .startsWith("tls-compat serve: Invalid value for option '--port': cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * The certificate file is written after the server listens (a probing connection would count
   * as one served), so a complete file means it is ready.
   */
  private static void awaitListening(Path pem) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (Files.exists(pem) && Files.readString(pem).endsWith("-----END CERTIFICATE-----\n")) return;
      Thread.sleep(50);
    }
    throw new AssertionError("serve wrote no certificate to " + pem);
  }

  private static KeyStore trustStore(Path pem) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(pem))) {
      X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      store.setCertificateEntry("serve", c);
    }
    return store;
  }
}
