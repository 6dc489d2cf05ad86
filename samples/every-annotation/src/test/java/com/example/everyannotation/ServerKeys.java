package com.example.everyannotation;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** A server SSLContext on the RSA 2048 (SHA-256) key in {@code server.p12}, as a JSSE service would load it. */
final class ServerKeys {
  private ServerKeys() {}

  static SSLContext serverContext() {
    try (InputStream in = ServerKeys.class.getResourceAsStream("/server.p12")) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, "changeit".toCharArray());
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, "changeit".toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("cannot load server.p12", e);
    }
  }

  /** TLS 1.2 only, the JDK's default suites for it, in the server's order. */
  static SSLParameters tls12Only(SSLContext context) {
    SSLParameters parameters = context.getDefaultSSLParameters();
    parameters.setProtocols(new String[] {"TLSv1.2"});
    parameters.setUseCipherSuitesOrder(true);
    return parameters;
  }
}
