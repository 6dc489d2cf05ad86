package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.tlscompat.core.model.CertificateSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.apiguardian.api.API;

/**
 * A JSSE server as a {@link ServerUnderTest @ServerUnderTest} value: an {@link SSLContext} with a
 * server key, the {@link SSLParameters} the server applies (enabled protocols and suites, cipher
 * order, client authentication), and what the model cannot read from the context itself.
 *
 * <pre>{@code
 * @ServerUnderTest
 * static JsseServer server() {
 *   SSLParameters parameters = context.getDefaultSSLParameters();
 *   parameters.setProtocols(new String[] {"TLSv1.2"});
 *   parameters.setUseCipherSuitesOrder(true);
 *   return JsseServer.of(context, parameters).withCertificate(CertificateSpec.ECDSA_P256_SHA256);
 * }
 * }</pre>
 *
 * <p>A bare {@code SSLContext} as the value is the same as {@code JsseServer.of(context)}.
 * Immutable: each {@code with...} returns a new value.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JsseServer {
  private final SSLContext context;
  private final Optional<SSLParameters> parameters;
  private final CertificateSpec certificate;
  private final List<String> namedGroups;

  private JsseServer(SSLContext context, Optional<SSLParameters> parameters, CertificateSpec certificate,
      List<String> namedGroups) {
    this.context = Objects.requireNonNull(context, "context");
    this.parameters = parameters;
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.namedGroups = List.copyOf(namedGroups);
  }

  /**
   * A server on {@code context} with the settings of a server engine from it: the context's
   * defaults, or what its provider was configured with.
   */
  public static JsseServer of(SSLContext context) {
    return new JsseServer(context, Optional.empty(), CertificateSpec.RSA_2048_SHA256, List.of());
  }

  /** A server on {@code context} that applies {@code parameters} to each engine ({@code SSLEngine.setSSLParameters}). */
  public static JsseServer of(SSLContext context, SSLParameters parameters) {
    return new JsseServer(context, Optional.of(Objects.requireNonNull(parameters, "parameters")),
        CertificateSpec.RSA_2048_SHA256, List.of());
  }

  /**
   * The same server, its key described as {@code certificate} to the model (default: RSA 2048-bit
   * signed with SHA-256). The wire shows the real certificate, so a wrong description is reported
   * as a disagreement.
   */
  public JsseServer withCertificate(CertificateSpec certificate) {
    return new JsseServer(context, parameters, certificate, namedGroups);
  }

  /**
   * The same server, with the named groups it enables, by IANA name ({@code x25519}): what
   * {@code jdk.tls.namedGroups} sets, which {@code SSLParameters} cannot carry before JDK 20
   * (default: that system property, else the JDK's defaults).
   */
  public JsseServer withNamedGroups(String... groups) {
    return new JsseServer(context, parameters, certificate, Arrays.asList(groups));
  }

  /** The context the server's engines come from. */
  public SSLContext context() {
    return context;
  }

  /** The parameters applied to each engine; empty for the engine's own. */
  public Optional<SSLParameters> parameters() {
    return parameters;
  }

  /** The server's key and certificate, as the model sees them. */
  public CertificateSpec certificate() {
    return certificate;
  }

  /** The named groups given with {@link #withNamedGroups}; empty for the default. */
  public List<String> namedGroups() {
    return namedGroups;
  }

  /** A new server-mode engine from the context, with the parameters applied: what each connection gets. */
  public SSLEngine newEngine() {
    SSLEngine engine = context.createSSLEngine();
    // Server mode first: switching modes afterwards resets default protocols and suites.
    engine.setUseClientMode(false);
    parameters.ifPresent(engine::setSSLParameters);
    return engine;
  }

  @Override public String toString() {
    return "JsseServer[" + context.getProtocol() + " " + context.getProvider().getName()
        + parameters.map(p -> ", " + Arrays.toString(p.getProtocols())).orElse("") + "]";
  }
}
