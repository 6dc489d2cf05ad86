package io.github.tlscompat.junit;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.evidence.handshake.EphemeralCertificate;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** JSSE server contexts on a fresh RSA 2048-bit key for localhost, as a test's own server would have. */
final class ServerKeys {
  private ServerKeys() {}

  static SSLContext rsa2048() {
    try {
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(EphemeralCertificate.of(CertificateSpec.RSA_2048_SHA256).keyStore(),
          EphemeralCertificate.KEY_PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
