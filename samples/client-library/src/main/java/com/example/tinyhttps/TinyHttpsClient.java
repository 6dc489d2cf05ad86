package com.example.tinyhttps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;

/**
 * A small HTTPS client: GET a URL, get the status, the body and what TLS negotiated. The protocol
 * versions it offers are configurable, because that is the setting that breaks it: a client pinned to
 * {@code TLSv1} (once needed for an old server) is refused by every server that has since turned
 * TLS 1.0 off, Office 365 among them since 2020-10-15.
 *
 * <pre>{@code
 * TinyHttpsClient client = TinyHttpsClient.builder().protocols("TLSv1.3", "TLSv1.2").build();
 * TinyHttpsClient.Response r = client.get(URI.create("https://outlook.office365.com/"));
 * }</pre>
 */
public final class TinyHttpsClient {
  /** What the client offers unless told otherwise. */
  public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private final HttpClient http;
  private final Duration timeout;

  private TinyHttpsClient(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /** A builder with {@link #DEFAULT_PROTOCOLS}, the JDK's trusted CAs and a 10-second timeout. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * GETs {@code uri}.
   *
   * @throws IOException if the connection or the TLS handshake fails ({@link javax.net.ssl.SSLHandshakeException}
   *     when the server refuses what this client offers)
   * @throws InterruptedException if the thread is interrupted while it waits for the answer
   */
  public Response get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    SSLSession session = response.sslSession()
        .orElseThrow(() -> new IOException(uri + " did not answer over TLS"));
    return new Response(response.statusCode(), response.body(), session.getProtocol(), session.getCipherSuite());
  }

  /**
   * One answer and the TLS parameters it came over.
   *
   * @param status the HTTP status code
   * @param body the body, as text
   * @param protocol the negotiated protocol, JSSE name ({@code TLSv1.2})
   * @param cipherSuite the negotiated cipher suite, JSSE name
   */
  public record Response(int status, String body, String protocol, String cipherSuite) {}

  /** Configures a {@link TinyHttpsClient}. */
  public static final class Builder {
    private List<String> protocols = DEFAULT_PROTOCOLS;
    private KeyStore trustStore;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The protocol versions to offer, JSSE names ({@code "TLSv1.2"}); at least one. */
    public Builder protocols(String... protocols) {
      if (protocols.length == 0) throw new IllegalArgumentException("protocols: at least one, e.g. TLSv1.2");
      this.protocols = List.of(protocols);
      return this;
    }

    /** The certificates to trust instead of the JDK's CAs (e.g. a test server's). */
    public Builder trustStore(KeyStore trustStore) {
      this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
      return this;
    }

    /** How long to wait for a connection and for an answer. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The client. */
    public TinyHttpsClient build() {
      SSLParameters parameters = new SSLParameters();
      parameters.setProtocols(protocols.toArray(String[]::new));
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(timeout)
          .sslContext(sslContext())
          .sslParameters(parameters)
          .build();
      return new TinyHttpsClient(http, timeout);
    }

    private SSLContext sslContext() {
      try {
        if (trustStore == null) return SSLContext.getDefault();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot set up TLS", e);
      }
    }
  }
}
