package io.github.tlscompat.evidence.handshake;

import static io.github.tlscompat.core.Pairs.FIPS;
import static io.github.tlscompat.core.Pairs.PHONE;
import static io.github.tlscompat.core.Pairs.RC4_ONLY;
import static io.github.tlscompat.core.Pairs.TLS12_ONLY;
import static io.github.tlscompat.core.Pairs.TLS13_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.Pairs;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.evidence.wire.Evidence;
import io.github.tlscompat.evidence.wire.ServerResponseParser;
import io.github.tlscompat.evidence.wire.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Emulated servers on 127.0.0.1, met by a real JSSE client and by raw ClientHellos. */
class EmulatedServerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Nested
  class WithJsseClients {
    @Test
    void httpsGet_tls13Policy_answers200AndRecordsTheHandshake() throws Exception {
      try (EmulatedServer server = EmulatedServer.start(TLS13_ONLY)) {
        // WHEN a JDK client that trusts the server's certificate fetches https://localhost:port/
        HttpsURLConnection https = (HttpsURLConnection) new URL("https://localhost:" + server.port() + "/")
            .openConnection();
        https.setSSLSocketFactory(JsseServers.sunJsseClient(server.trustStore()).getSocketFactory());
        String body;
        try (InputStream in = https.getInputStream()) {
          body = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }

        // THEN it gets the fixed answer, and the server recorded what was negotiated
        assertThat(https.getResponseCode()).isEqualTo(200);
        assertThat(body).isEqualTo("TLSv1.3 TLS_AES_256_GCM_SHA384\n");
        ServedConnection c = server.awaitConnections(1, WAIT).get(0);
        assertThat(c.result().evidence()).contains(Evidence.HANDSHAKE);
        Connected connected = (Connected) c.result().negotiation().orElseThrow();
        assertThat(connected.version()).isEqualTo(ProtocolVersion.TLS_1_3);
        assertThat(connected.cipherSuite()).isEqualTo(CipherSuite.TLS_AES_256_GCM_SHA384);
        assertThat(connected.certificate()).contains(server.certificate().spec());
        // The JDK sends no server_name for "localhost", a name without a dot.
        assertThat(c.clientHello().orElseThrow().extension(ExtensionType.supported_versions)).as("supported_versions").isPresent();
        assertThat(c.client().getAddress().isLoopbackAddress()).isTrue();
      }
    }

    @Test
    void sslSocket_tls12Policy_negotiatesTheServersFirstSuite() throws Exception {
      try (EmulatedServer server = EmulatedServer.start(TLS12_ONLY);
           SSLSocket socket = (SSLSocket) JsseServers.sunJsseClient(server.trustStore()).getSocketFactory()
               .createSocket("localhost", server.port())) {
        socket.startHandshake();
        socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

        assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
        assertThat(socket.getSession().getCipherSuite()).isEqualTo("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
        assertThat(response).startsWith("HTTP/1.0 200 OK\r\n").endsWith("\r\n\r\nTLSv1.2 "
            + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n");
        Connected c = (Connected) server.awaitConnections(1, WAIT).get(0).result().negotiation().orElseThrow();
        assertThat(c.cipherSuite()).isEqualTo(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384);
      }
    }

    @Test
    void sslSocket_tls13ClientVsTls10Policy_recordsTheRefusal() throws Exception {
      ServerPolicy tls10 = FIPS.toBuilder().versions(ProtocolVersion.TLS_1_0).build();
      try (EmulatedServer server = EmulatedServer.start(tls10);
           SSLSocket socket = (SSLSocket) JsseServers.sunJsseClient(server.trustStore()).getSocketFactory()
               .createSocket("localhost", server.port())) {
        assertThatThrownBy(socket::startHandshake).isInstanceOf(IOException.class);

        Observation r = server.awaitConnections(1, WAIT).get(0).result();
        assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(((Refused) r.negotiation().orElseThrow()).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      }
    }
  }

  @Nested
  class WithRawClientHellos {
    @Test
    void rawHello_phoneVsFips_serverHelloAgreesWithTheModel() throws Exception {
      try (EmulatedServer server = EmulatedServer.start(FIPS)) {
        Observation wire = exchange(server, PHONE);

        assertThat(wire.disagreementWith(Negotiator.negotiate(PHONE, FIPS))).isEmpty();
        assertThat(((Connected) wire.negotiation().orElseThrow()).cipherSuite())
            .isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
        // The raw client stops after the server's hello: the server records the handshake as unfinished.
        ServedConnection c = server.awaitConnections(1, WAIT).get(0);
        assertThat(c.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(c.result().detail()).isEqualTo("the handshake stopped before both Finished messages: the client "
            + "closed the connection after the server's hello");
        assertThat(c.clientHello().orElseThrow().cipherSuites()).contains(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA.code());
      }
    }

    @Test
    void rawHello_phoneVsTls12Only_refusedAndRecordedAsSuch() throws Exception {
      try (EmulatedServer server = EmulatedServer.start(TLS12_ONLY)) {
        Observation wire = exchange(server, PHONE);

        assertThat(wire.disagreementWith(Negotiator.negotiate(PHONE, TLS12_ONLY))).isEmpty();
        Observation r = server.awaitConnections(1, WAIT).get(0).result();
        assertThat(r.disagreementWith(Negotiator.negotiate(PHONE, TLS12_ONLY))).isEmpty();
        assertThat(((Refused) r.negotiation().orElseThrow()).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      }
    }

    @Test
    void rawHello_rc4OnlyPolicy_sendsAServerHelloForRc4() throws Exception {
      try (EmulatedServer server = EmulatedServer.start(RC4_ONLY)) {
        Observation wire = exchange(server, PHONE);

        assertThat(((Connected) wire.negotiation().orElseThrow()).cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_RC4_128_SHA);
        Observation r = server.awaitConnections(1, WAIT).get(0).result();
        assertThat(r.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(r.evidence()).contains(Evidence.WIRE);
        assertThat(r.disagreementWith(Negotiator.negotiate(PHONE, RC4_ONLY))).isEmpty();
      }
    }

    @Test
    void rawHello_serverThatChecksSniAfterVersion_refusesThePhonesVersionFirst() throws Exception {
      ServerPolicy nginxLike = TLS12_ONLY.toBuilder().requiresSni(true)
          .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build();
      try (EmulatedServer server = EmulatedServer.start(nginxLike)) {
        Observation wire = exchange(server, PHONE);

        assertThat(wire.disagreementWith(Negotiator.negotiate(PHONE, nginxLike))).isEmpty();
        Observation r = server.awaitConnections(1, WAIT).get(0).result();
        assertThat(r.disagreementWith(Negotiator.negotiate(PHONE, nginxLike))).isEmpty();
        assertThat(((Refused) r.negotiation().orElseThrow()).reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION);
      }
    }

    @Test
    void rawHello_serverThatIgnoresSupportedVersions_answersFromLegacyVersion() throws Exception {
      // GIVEN a TLS 1.2/1.3 hello with a suite TLS 1.0 can use, at a TLS 1.0 server of GnuTLS 3.7's habit
      ClientProfile chrome = ClientProfile.builder("chrome", "TLS 1.2/1.3 browser")
          .versions(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3)
          .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA).build();
      ServerPolicy gnutlsLike = FIPS.toBuilder().versions(ProtocolVersion.TLS_1_0)
          .habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true).build();
      try (EmulatedServer server = EmulatedServer.start(gnutlsLike)) {
        Observation wire = exchange(server, chrome);

        // THEN it answers with a TLS 1.0 ServerHello, which the client cannot take, as the model says
        assertThat(wire.disagreementWith(Negotiator.negotiate(chrome, gnutlsLike))).isEmpty();
        assertThat(wire.response().orElseThrow().serverHello().orElseThrow().protocolVersion()).contains(ProtocolVersion.TLS_1_0);
      }
    }

    @Test
    void ssl2FramedHello_policyWithoutThatFraming_refusedWithHandshakeFailure() throws Exception {
      ClientProfile ie6 = PHONE.toBuilder().helloFormat(HelloFormat.SSL2_COMPATIBLE).build();
      ServerPolicy jsseLike = FIPS.toBuilder().habit(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO, false).build();
      try (EmulatedServer server = EmulatedServer.start(jsseLike)) {
        Observation wire = exchange(server, ie6);

        assertThat(wire.disagreementWith(Negotiator.negotiate(ie6, jsseLike))).isEmpty();
        Observation r = server.awaitConnections(1, WAIT).get(0).result();
        assertThat(((Refused) r.negotiation().orElseThrow()).reason()).isEqualTo(Reason.HELLO_FORMAT_REJECTED);
        assertThat(r.detail()).isEqualTo("the client sent an SSL 2.0-framed ClientHello; fips reads only TLS records "
            + "(server sent handshake_failure(40))");
      }
    }

    @Test
    void ssl2FramedHello_policyThatReadsIt_recordedAsNotRunnable() throws Exception {
      ClientProfile ie6 = PHONE.toBuilder().helloFormat(HelloFormat.SSL2_COMPATIBLE).build();
      try (EmulatedServer server = EmulatedServer.start(FIPS)) {
        Observation wire = exchange(server, ie6);

        assertThat(wire.outcome()).isEqualTo(Observation.Outcome.CLOSED);
        ServedConnection c = server.awaitConnections(1, WAIT).get(0);
        assertThat(c.result().outcome()).isEqualTo(Outcome.NOT_RUNNABLE);
        assertThat(c.result().detail()).isEqualTo("the client sent an SSL 2.0-framed ClientHello, which fips reads but "
            + "Bouncy Castle cannot; the connection was closed unanswered");
        assertThat(c.clientHello().orElseThrow().format()).isEqualTo(HelloFormat.SSL2_COMPATIBLE);
      }
    }
  }

  @Test
  void start_listensOnLoopbackOnly_notOnTheMachinesOtherAddresses() throws Exception {
    // GIVEN a server started without an address
    try (EmulatedServer server = EmulatedServer.start(TLS12_ONLY)) {
      // THEN it listens on 127.0.0.1 ...
      assertThat(server.address().getAddress()).isEqualTo(java.net.InetAddress.getLoopbackAddress());
      // ... and nothing on the network reaches it through any other address of this machine
      List<java.net.InetAddress> others = java.net.NetworkInterface.networkInterfaces()
          .filter(i -> { try { return i.isUp(); } catch (java.net.SocketException e) { return false; } })
          .flatMap(java.net.NetworkInterface::inetAddresses)
          .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
          .toList();
      for (java.net.InetAddress other : others) {
        assertThatThrownBy(() -> {
          try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(other, server.port()), 2_000);
          }
        }).as("connecting through %s", other).isInstanceOf(IOException.class);
      }
    }
  }

  @Test
  void close_stopsAccepting() throws Exception {
    EmulatedServer server = EmulatedServer.start(TLS12_ONLY);
    int port = server.port();

    server.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    assertThat(server.connections()).isEmpty();
  }

  @Test
  void start_policyBouncyCastleCannotServe_failsSayingWhy() {
    ServerPolicy ssl2Only = FIPS.toBuilder().versions(ProtocolVersion.SSL_2_0).build();

    assertThatThrownBy(() -> EmulatedServer.start(ssl2Only)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot emulate fips: fips speaks only SSL 2.0, which Bouncy Castle does not implement");
  }

  /** Sends the profile's ClientHello and reads the server's answer up to its first flight. */
  private static Observation exchange(EmulatedServer server, ClientProfile client) throws IOException {
    try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(ClientHelloEncoder.encode(client, null, new Random(1)));
      ServerResponseParser parser = new ServerResponseParser();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      for (int n; !parser.isComplete() && (n = in.read(buffer)) > 0; ) parser.feed(buffer, 0, n);
      return Observation.from(parser.finish());
    }
  }
}
