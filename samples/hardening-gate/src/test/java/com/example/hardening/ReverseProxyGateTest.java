package com.example.hardening;

import io.github.tlscompat.junit.RejectsClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CI gate on the reverse proxy's configuration: the nginx.conf checked into this repository is
 * read as {@code tls-compat import --library openssl-1.1.1} reads it, and a change to it that would cut off a Lync client, or
 * let an SSLv3-only client in, fails the build with the client, the reason and the remedy.
 */
class ReverseProxyGateTest {
  // tag::config-file[]
  // The proxy's OpenSSL still has 3DES (OpenSSL 3.0 builds have none): the phones need it.
  @ServerUnderTest(library = "openssl-1.1.1")
  static Path reverseProxy = Path.of("nginx/nginx.conf");

  @Test
  @LyncPhonesSupported
  void lyncClientsStillConnect() {
  }

  @Test
  @RejectsClient({"ie-6-xp", "yandexbot-3.0"})
  void sslv3OnlyClientsAreRefused() {
  }
  // end::config-file[]
}
