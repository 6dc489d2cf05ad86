package com.example.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The TLS settings of the provisioning endpoint: its certificate and what a client may negotiate.
 *
 * <p>Modern clients get TLS 1.3 or TLS 1.2 with ECDHE and AES-GCM. Lync Phone Edition desk phones
 * (Windows CE 6.0) speak only TLS 1.0 with RSA key exchange and RC4 or 3DES, so TLS 1.0 and
 * {@code TLS_RSA_WITH_3DES_EDE_CBC_SHA} stay enabled, last in the server's order, until the phones
 * are replaced. The JVM must allow both (see {@code config/legacy-phones.security}).
 */
public final class ProvisioningTls {
  /** The protocol versions the endpoint enables, JSSE names. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2", "TLSv1");

  /** The cipher suites the endpoint enables, in the server's order of preference. */
  public static final List<String> CIPHER_SUITES = List.of(
      "TLS_AES_128_GCM_SHA256",
      "TLS_AES_256_GCM_SHA384",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      // Lync Phone Edition: no ECDHE, no AES. Last, so only such a client ever gets it.
      "SSL_RSA_WITH_3DES_EDE_CBC_SHA");

  private static final String KEYSTORE = "provisioning.p12";
  private static final char[] KEYSTORE_PASSWORD = "changeit".toCharArray();

  private ProvisioningTls() {}

  /**
   * The endpoint's SSLContext, holding its RSA 2048 certificate (SHA-256-signed, which the last Lync
   * Phone Edition firmware accepts).
   */
  public static SSLContext sslContext() {
    try (InputStream in = ProvisioningTls.class.getResourceAsStream(KEYSTORE)) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, KEYSTORE_PASSWORD);
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, KEYSTORE_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + KEYSTORE, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load " + KEYSTORE, e);
    }
  }

  /** The endpoint's protocols and suites, in the server's order. */
  public static SSLParameters sslParameters() {
    SSLParameters parameters = new SSLParameters(
        CIPHER_SUITES.toArray(String[]::new), PROTOCOLS.toArray(String[]::new));
    parameters.setUseCipherSuitesOrder(true);
    return parameters;
  }
}
