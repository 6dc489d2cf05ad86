package com.example.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint works for a modern client: TLS 1.3, the configuration in the body. */
class ProvisioningServerTest {
  private static ProvisioningServer server;

  @BeforeAll static void start() {
    server = ProvisioningServer.startOnLoopback();
  }

  @AfterAll static void stop() {
    server.close();
  }

  @Test void getConfig_modernClient_tls13AndTheRegistrar() throws Exception {
    // GIVEN a client that trusts the endpoint's own certificate
    HttpClient client = HttpClient.newBuilder().sslContext(trustingTheEndpoint()).build();

    // WHEN it asks for its configuration
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.configUri()).build(),
        HttpResponse.BodyHandlers.ofString());

    // THEN it gets it, over TLS 1.3
    assertEquals(200, response.statusCode());
    assertEquals(ProvisioningServer.CONFIG, response.body());
    assertEquals("TLSv1.3", response.sslSession().orElseThrow().getProtocol());
  }

  private static SSLContext trustingTheEndpoint() throws Exception {
    KeyStore endpoint = KeyStore.getInstance("PKCS12");
    try (InputStream in = ProvisioningTls.class.getResourceAsStream("provisioning.p12")) {
      endpoint.load(in, "changeit".toCharArray());
    }
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("provisioning", endpoint.getCertificate("provisioning"));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
