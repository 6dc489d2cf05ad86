package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.CertificateSpec;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;

/** SunJSSE contexts on the ephemeral certificates, for servers and for clients that trust them. */
final class JsseServers {
  private JsseServers() {}

  /** A SunJSSE server engine holding the certificate of {@code spec}, with the JVM's default settings. */
  static SSLEngine sunJsseEngine(CertificateSpec spec) {
    try {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(EphemeralCertificate.of(spec).keyStore(), EphemeralCertificate.KEY_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
      context.init(kmf.getKeyManagers(), null, null);
      return context.createSSLEngine();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A SunJSSE client context that trusts {@code trustStore}. */
  static SSLContext sunJsseClient(java.security.KeyStore trustStore) {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
