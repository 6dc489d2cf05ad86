package com.example.provisioning;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;

/**
 * The HTTPS endpoint desk phones fetch their configuration from: {@code GET /config} answers the
 * SIP registrar to use. TLS as {@link ProvisioningTls} says.
 *
 * <pre>{@code
 * java -Djava.security.properties=config/legacy-phones.security \
 *      -cp target/classes com.example.provisioning.ProvisioningServer 8443
 * }</pre>
 */
public final class ProvisioningServer implements AutoCloseable {
  /** What {@code GET /config} answers. */
  public static final String CONFIG = "registrar=sip.contoso.example:5061\n";

  private final HttpsServer server;

  private ProvisioningServer(HttpsServer server) {
    this.server = server;
  }

  /** Starts the endpoint on {@code address} (port 0: any free port) with {@code sslContext}. */
  public static ProvisioningServer start(InetSocketAddress address, SSLContext sslContext) {
    try {
      HttpsServer server = HttpsServer.create(address, 0);
      server.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
        @Override public void configure(HttpsParameters parameters) {
          parameters.setSSLParameters(ProvisioningTls.sslParameters());
        }
      });
      server.createContext("/config", ProvisioningServer::config);
      server.start();
      return new ProvisioningServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
  }

  /** Starts the endpoint on 127.0.0.1, any free port, with its own certificate. */
  public static ProvisioningServer startOnLoopback() {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ProvisioningTls.sslContext());
  }

  /** The address the endpoint listens on. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The configuration URL, e.g. {@code https://127.0.0.1:8443/config}. */
  public URI configUri() {
    InetSocketAddress address = address();
    return URI.create("https://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/config");
  }

  /** Stops the endpoint at once. */
  @Override public void close() {
    server.stop(0);
  }

  private static void config(HttpExchange exchange) throws IOException {
    byte[] body = CONFIG.getBytes(StandardCharsets.US_ASCII);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=us-ascii");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Runs the endpoint on all interfaces, port {@code args[0]} (default 8443), until killed. */
  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8443;
    ProvisioningServer server = start(new InetSocketAddress(port), ProvisioningTls.sslContext());
    System.out.println("provisioning endpoint on " + server.address());
  }
}
