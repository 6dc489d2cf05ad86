package io.github.tlscompat.junit;

import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.evidence.scan.ScanResult;
import io.github.tlscompat.evidence.scan.ServerScan;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.evidence.wire.EngineProbe;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server a test class declares with {@link ServerUnderTest}, as the evidence it offers: a
 * policy the model negotiates with, a wire to send ClientHellos to, or both (a JSSE server, a live
 * server and the policy its scan measured). Where both exist, each client is checked with both.
 */
final class ServerTarget {
  private static final LiveProbe LIVE = LiveProbe.create();

  /** How a client's hello reaches the server. */
  private interface Wire {
    Observation probe(byte[] hello) throws IOException;
  }

  private final String name;
  private final Optional<ServerPolicy> policy;
  private final Optional<Wire> wire;
  private final String sniHost;
  private final String seen;
  private final List<String> notes;

  private ServerTarget(String name, Optional<ServerPolicy> policy, Optional<Wire> wire, String sniHost, String seen,
      List<String> notes) {
    this.name = name;
    this.policy = policy;
    this.wire = wire;
    this.sniHost = sniHost;
    this.seen = seen;
    this.notes = List.copyOf(notes);
  }

  /** A server known by its policy: the model is the evidence. */
  static ServerTarget ofPolicy(ServerPolicy policy) {
    return ofPolicy(policy, List.of());
  }

  /**
   * A server known by its policy, with what reading it assumed (a configuration file's import
   * warnings), which each test reports.
   */
  static ServerTarget ofPolicy(ServerPolicy policy, List<String> notes) {
    return new ServerTarget(policy.id(), Optional.of(policy), Optional.empty(), null, "", notes);
  }

  /**
   * A JSSE server: the model negotiates with the policy its engine's parameters describe, and each
   * hello is also fed to a fresh engine.
   *
   * @throws IllegalArgumentException when the parameters name what the model does not know
   */
  static ServerTarget ofJsse(String name, JsseServer server) {
    SSLParameters parameters = server.newEngine().getSSLParameters();
    ServerPolicy policy = JsseConfig.read(name, parameters, namedGroups(server), server.certificate());
    if (parameters.getNeedClientAuth()) policy = policy.toBuilder().requiresClientCertificate(true).build();
    String seen = "The SSLEngine ran on Java " + System.getProperty("java.version") + " with enabled protocols "
        + Arrays.toString(parameters.getProtocols()) + " under this JVM's jdk.tls.disabledAlgorithms="
        + Security.getProperty("jdk.tls.disabledAlgorithms")
        + " (java.security applies JVM-wide; the model reads only the SSLParameters).";
    return new ServerTarget(name, Optional.of(policy), Optional.of(hello -> EngineProbe.probe(hello, server.newEngine())),
        "localhost", seen, List.of());
  }

  /**
   * A live server: the model negotiates with the policy a scan of it measured on the wire
   * ({@link ServerScan}, its defaults), and each client's hello is also sent to it.
   *
   * @throws UncheckedIOException naming the address and what failed, when the server cannot be scanned
   */
  static ServerTarget ofAddress(InetSocketAddress address) {
    String host = address.getHostString();
    String name = (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    // server_name carries host names only (RFC 6066 3): none for an address literal, as the scan does.
    String sni = host.matches("[0-9.]+|.*:.*") ? null : host;
    ScanResult scan;
    try {
      scan = ServerScan.builder(host, address.getPort()).build().run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + name + ": " + e.getMessage(), e);
    }
    String seen = "The model rests on a scan of " + name + " made once for this test class, before its first check:"
        + " a server reconfigured since, or a behaviour the scan could not settle (tls-compat scan " + name
        + " lists them), shows as such a disagreement.";
    return new ServerTarget(name, Optional.of(scan.policy()), Optional.of(hello -> LIVE.probe(address, hello)), sni,
        seen, List.of());
  }

  private static List<String> namedGroups(JsseServer server) {
    if (!server.namedGroups().isEmpty()) return server.namedGroups();
    String property = System.getProperty(JsseConfig.NAMED_GROUPS_PROPERTY, "").strip();
    return property.isEmpty() ? List.of() : Arrays.asList(property.split("\\s*,\\s*"));
  }

  /** How messages name the server: the policy id, the declaring member, or host:port. */
  String name() {
    return name;
  }

  /** Reports what reading the server assumed, one entry {@code tls-compat.server} each. */
  void reportNotes(ExtensionContext context) {
    for (String note : notes) context.publishReportEntry("tls-compat.server", name + ": " + note);
  }

  /** The policy the model negotiates with, if the server has one. */
  Optional<ServerPolicy> policy() {
    return policy;
  }

  /** Checks {@code client} with every kind of evidence the server offers. */
  Verdict check(ClientProfile client, Catalog catalog) {
    return new Verdict(client, name, policy, policy.map(p -> Negotiator.negotiate(client, p)),
        wire.map(w -> probe(w, client, catalog)), seen);
  }

  private Observation probe(Wire w, ClientProfile client, Catalog catalog) {
    Optional<byte[]> captured = catalog.findClient(client.id()).isPresent()
        ? catalog.capturedClientHello(client.id()) : Optional.empty();
    // A random seeded by the client keeps each run's hellos the same, so a failure repeats.
    byte[] hello = ClientHelloEncoder.forClient(client, captured, sniHost, new Random(client.id().hashCode()));
    try {
      return w.probe(hello);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send the ClientHello of " + client.id() + " to " + name + ": "
          + e.getMessage(), e);
    }
  }
}
