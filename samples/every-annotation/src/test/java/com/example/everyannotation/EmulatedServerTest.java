package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.EmulatedServer;
import io.github.tlscompat.junit.TlsServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @EmulatedServer}: a real server on 127.0.0.1 following a catalog policy, for testing client code. */
class EmulatedServerTest {

  @Test
  void emulatedServer_servesAJdkClient_andRecordsWhatWasNegotiated() {
    EngineExecutionResults results = Cases.run(JdkClientAgainstOffice365.class);

    assertThat(Cases.passed(results)).containsExactly("jdkClientConnects(TlsServer)");
    assertThat(Cases.failures(results)).containsOnly(entry("unknownServer(TlsServer)",
        "ParameterResolutionException: @EmulatedServer(\"office365-2020\"): no server 'office365-2020' in the catalog;"
            + " did you mean office365-2020-10?"));
  }

  static class JdkClientAgainstOffice365 {
    @Test
    void jdkClientConnects(@EmulatedServer("office365-2020-10") TlsServer office365) throws Exception {
      SSLParameters tls12 = new SSLParameters();
      tls12.setProtocols(new String[] {"TLSv1.2"});
      HttpClient client = HttpClient.newBuilder().sslContext(office365.clientContext()).sslParameters(tls12).build();

      HttpResponse<String> response = client.send(HttpRequest.newBuilder(office365.uri()).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(office365.awaitConnections(1, Duration.ofSeconds(5))).singleElement()
          .extracting(c -> c.result().negotiation().orElseThrow().toString()).asString()
          .startsWith("CONNECTED TLSv1.2 ");
    }

    @Test
    void unknownServer(@EmulatedServer("office365-2020") TlsServer office365) {
    }
  }
}
