package io.github.tlscompat.crosscheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The Java server {@link JsseAdminConfigCrossCheckTest} runs in a child JVM of the JDK under test:
 * {@code SSLContext.getInstance("TLS")} with the certificate and nothing else set, so that only the
 * JVM's {@code java.security} (and its {@code -Djava.security.properties} override) and
 * {@code -Djdk.tls.*} system properties decide, as for an application an administrator configures
 * without touching its code. Only the JDK is on its class path.
 *
 * <p>Arguments: the port on 127.0.0.1, the PKCS #8 key file and the certificate file (PEM). The one
 * setting an application makes, whose order wins, comes from the property
 * {@code SSLParameters.useCipherSuitesOrder} ({@code JsseConfig}'s key; default {@code true}, the
 * JDK's): a Tomcat connector, for one, leaves the order to the client unless
 * {@code honorCipherOrder} is set.
 */
public final class JsseChildServer {
  private JsseChildServer() {}

  /** Serves handshakes until killed: each connection gets a handshake, then is closed. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(Path.of(args[1]))));
    Certificate cert;
    try (var in = Files.newInputStream(Path.of(args[2]))) {
      cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    char[] password = "changeit".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("server", key, password, new Certificate[] {cert});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    ExecutorService handshakes = Executors.newFixedThreadPool(8);
    try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(port, 64, InetAddress.getLoopbackAddress())) {
      SSLParameters parameters = server.getSSLParameters();
      parameters.setUseCipherSuitesOrder(Boolean.parseBoolean(
          System.getProperty("SSLParameters.useCipherSuitesOrder", "true")));
      server.setSSLParameters(parameters);
      while (true) {
        Socket s = server.accept();
        handshakes.submit(() -> handshake((SSLSocket) s));
      }
    }
  }

  private static void handshake(SSLSocket s) {
    try (s) {
      s.setSoTimeout(5000);
      s.startHandshake();
    } catch (IOException | RuntimeException refused) {
      // the client learns of a refusal from the alert; nothing to do here
    }
  }

  private static byte[] der(Path pem) throws IOException {
    String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(text);
  }
}
