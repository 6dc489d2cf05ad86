package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.evidence.handshake.ServedConnection;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@EmulatedServer")
class EmulatedServerTests {

  @Nested
  @DisplayName("serves a real JSSE client")
  class ServesARealJsseClient {

    @Test
    @DisplayName("a TLS 1.2 client connects to office365-2020-10; the handshake is recorded and reported")
    void tls12Client_passes() {
      EngineExecutionResults results = run(Tls12ClientCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(Tls12ClientCase.response).startsWith("HTTP/1.0 200 OK").endsWith("TLSv1.2 "
          + Tls12ClientCase.handshake.split(" ")[3]);
      assertThat(Tls12ClientCase.handshake).startsWith("HANDSHAKE CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_");
      assertThat(reportEntries(results)).containsExactly("tls-compat.emulated.office365-2020-10="
          + Tls12ClientCase.handshake);
    }

    @Test
    @DisplayName("an HttpClient reaches uri() through clientContext(), host name verified")
    void httpClient_uriAndTrust() {
      EngineExecutionResults results = run(HttpClientCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(HttpClientCase.status).isEqualTo(200);
      assertThat(HttpClientCase.body).startsWith("TLSv1.2 TLS_");
    }

    @Test
    @DisplayName("a TLS 1.0-only client fails against office365-2020-10")
    void tls10OnlyClient_fails() {
      EngineExecutionResults results = run(Tls10ClientCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      // On a JDK whose java.security disables TLSv1 the client gives up before sending; where it is
      // enabled, the server refuses with protocol_version. Either way the client under test fails.
      assertThat(failures(results)).singleElement().isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    @DisplayName("a legacy ClientHello is refused by the server and recorded with the reason")
    void legacyHello_refusedAndRecorded() {
      EngineExecutionResults results = run(LegacyHelloCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(LegacyHelloCase.handshake).startsWith("HANDSHAKE REFUSED NO_SHARED_PROTOCOL_VERSION");
    }

    @Test
    @DisplayName("is closed after the test")
    void closedAfterTheTest() {
      run(Tls12ClientCase.class);

      assertThatThrownBy(() -> new Socket("127.0.0.1", Tls12ClientCase.port).close())
          .isInstanceOf(ConnectException.class);
    }
  }

  @Nested
  @DisplayName("reports illegal usage")
  class ReportsIllegalUsage {

    @Test
    @DisplayName("on a parameter of another type")
    void wrongType() {
      EngineExecutionResults results = run(WrongTypeCase.class);

      assertThat(failures(results)).singleElement().isInstanceOf(ParameterResolutionException.class);
      assertThat(failureMessage(results)).isEqualTo("@EmulatedServer can only resolve a parameter of type"
          + " io.github.tlscompat.junit.TlsServer but was: java.lang.String");
    }

    @Test
    @DisplayName("with an id the catalog lacks, naming the closest")
    void unknownId() {
      EngineExecutionResults results = run(UnknownIdCase.class);

      assertThat(failures(results)).singleElement().isInstanceOf(ParameterResolutionException.class);
      assertThat(failureMessage(results)).isEqualTo("@EmulatedServer(\"office365-2020-11\"): no server"
          + " 'office365-2020-11' in the catalog; did you mean office365-2020-10?");
    }
  }

  /** Connects a JSSE client with only {@code protocol} enabled and sends one request; returns the answer. */
  static String get(TlsServer server, String protocol) throws IOException {
    try (SSLSocket socket = (SSLSocket) server.clientContext().getSocketFactory().createSocket("localhost", server.port())) {
      socket.setEnabledProtocols(new String[] {protocol});
      socket.setSoTimeout(5_000);
      socket.startHandshake();
      socket.getOutputStream().write("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
  }

  static class Tls12ClientCase {
    static String response;
    static String handshake;
    static int port;

    @Test
    void clientConnects(@EmulatedServer("office365-2020-10") TlsServer server) throws Exception {
      port = server.port();
      response = get(server, "TLSv1.2");
      List<ServedConnection> served = server.awaitConnections(1, Duration.ofSeconds(5));
      handshake = served.get(0).result().toString();
    }
  }

  static class HttpClientCase {
    static int status;
    static String body;

    @Test
    void getsThePage(@EmulatedServer("office365-2020-10") TlsServer server) throws Exception {
      SSLParameters tls12 = new SSLParameters();
      tls12.setProtocols(new String[] {"TLSv1.2"});
      HttpClient client = HttpClient.newBuilder().sslContext(server.clientContext()).sslParameters(tls12)
          .version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri()).build(),
          HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      body = response.body();
    }
  }

  static class Tls10ClientCase {
    @Test
    void clientConnects(@EmulatedServer("office365-2020-10") TlsServer server) throws Exception {
      get(server, "TLSv1");
    }
  }

  static class LegacyHelloCase {
    static String handshake;

    @Test
    void lyncPhoneIsRefused(@EmulatedServer("office365-2020-10") TlsServer server) throws Exception {
      byte[] hello = ClientHelloEncoder.forClient(Catalog.builtIn().client("LPE-CE6"), Optional.empty(), null,
          new Random(1));
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        out.write(hello);
        out.flush();
        InputStream in = socket.getInputStream();
        in.readAllBytes();
      }
      handshake = server.awaitConnections(1, Duration.ofSeconds(5)).get(0).result().toString();
    }
  }

  static class WrongTypeCase {
    @Test
    void test(@EmulatedServer("office365-2020-10") String server) {}
  }

  static class UnknownIdCase {
    @Test
    void test(@EmulatedServer("office365-2020-11") TlsServer server) {}
  }
}
