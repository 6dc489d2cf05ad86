package com.example.provisioning;

import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The running endpoint, on 127.0.0.1, asked on the wire: each client's own ClientHello goes to the
 * live port and the endpoint's answer (ServerHello or alert) is read back. This is what the phones
 * will meet in production, JVM security properties included.
 */
class ProvisioningEndpointOnTheWireTest {
  private static ProvisioningServer endpoint;

  @BeforeAll static void start() {
    endpoint = ProvisioningServer.startOnLoopback();
  }

  @AfterAll static void stop() {
    endpoint.close();
  }

  // tag::requires-client[]
  @ServerUnderTest
  static InetSocketAddress provisioningEndpoint() {
    return endpoint.address(); // started in @BeforeAll, on 127.0.0.1
  }

  @Test
  @RequiresClient("LPE-CE6")
  void lyncPhonesStillConnect() {
  }
  // end::requires-client[]

  @Test
  @RejectsClient({"ie-6-xp", "yandexbot-3.0"})
  void sslv3OnlyClientsAreRefused() {
  }
}
