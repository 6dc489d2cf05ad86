package io.github.tlscompat.cli;

import io.github.tlscompat.core.negotiation.Warning;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.LiveProbe;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code simulate --connect}: the catalog's clients sent to a live server, each on its own
 * connection, and their answers written like the model's pairs (same TSV columns and JSON keys),
 * with the wire's own words where the model would give a reason.
 *
 * <p>A refusal's reason column holds a reason only when the wire pins one ({@code protocol_version}
 * means NO_SHARED_PROTOCOL_VERSION); a {@code handshake_failure} could be any of several, so it
 * is {@code -} there and the alert is in {@code detail}.
 */
final class LiveSimulation {
  private static final Pattern HOST_PORT = Pattern.compile("(?:\\[([^]]+)]|([^:\\[\\]]+)):(\\d{1,5})");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** One client's answer. */
  record Row(ClientProfile client, Observation result) {
    String outcome() {
      return result.outcome() == Outcome.CONNECTED ? Outcomes.CONNECTED : Outcomes.REFUSED;
    }

    Optional<Negotiation> negotiation() {
      return result.negotiation();
    }

    String version() {
      return negotiation().map(Outcomes::version).orElse(null);
    }

    String cipherSuite() {
      return negotiation().map(Outcomes::cipherSuite).orElse(null);
    }

    /** The reason, when the wire pins exactly one. */
    String reason() {
      return result.consistentReasons().size() == 1 ? result.consistentReasons().iterator().next().name() : null;
    }

    /** What the server did, in its own terms: the alert, the close, the silence, or the hello. */
    String detail() {
      return result.alert().map(Alert::toString).map(a -> a + " alert").orElse(result.detail());
    }
  }

  private final String target;
  private final InetSocketAddress address;
  private final String sniHost;

  private LiveSimulation(String target, InetSocketAddress address, String sniHost) {
    this.target = target;
    this.address = address;
    this.sniHost = sniHost;
  }

  /**
   * Parses {@code HOST:PORT} ({@code [IPv6]:PORT} for IPv6). The server_name sent is {@code sni}
   * when given, else the host when it is a name, and none for an IP address, as browsers do (RFC
   * 6066 3: "Literal IPv4 and IPv6 addresses are not permitted").
   *
   * @throws IllegalArgumentException with a message for the user
   */
  static LiveSimulation of(String connect, String sni) {
    Matcher m = HOST_PORT.matcher(connect);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected HOST:PORT, such as 127.0.0.1:8443 or [::1]:443, but got '" + connect + "'");
    }
    int port = Integer.parseInt(m.group(3));
    if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
    boolean ipv6 = m.group(1) != null;
    String host = ipv6 ? m.group(1) : m.group(2);
    boolean literal = ipv6 || IPV4.matcher(host).matches();
    String serverName = sni != null ? sni : literal ? null : host;
    return new LiveSimulation(connect, InetSocketAddress.createUnresolved(host, port), serverName);
  }

  /** The {@code server} column: what was given to {@code --connect}. */
  String target() {
    return target;
  }

  /** The server_name the clients that send one put in their hello, or empty for none. */
  Optional<String> sniHost() {
    return Optional.ofNullable(sniHost);
  }

  /**
   * Sends every client's hello and reads the answers, in the order of {@code clients}.
   *
   * @param progress where to show how far it is, or null to stay quiet
   * @throws IOException when the server cannot be reached
   */
  List<Row> run(Catalog catalog, List<ClientProfile> clients, LiveProbe probe, PrintWriter progress) throws IOException {
    SecureRandom random = new SecureRandom();
    List<byte[]> hellos = new ArrayList<>(clients.size());
    for (ClientProfile c : clients) {
      hellos.add(ClientHelloEncoder.forClient(c, catalog.capturedClientHello(c.id()), sniHost, random));
    }
    InetSocketAddress resolved = new InetSocketAddress(address.getHostString(), address.getPort());
    if (resolved.isUnresolved()) throw new IOException("cannot resolve host '" + address.getHostString() + "'");
    LiveProbe.Progress shown = progress == null ? LiveProbe.Progress.NONE : (done, total) -> {
      // A carriage return redraws one line; the last call clears it so the results start clean.
      progress.print(done < total ? "\rprobing " + target + ": " + done + " of " + total + " clients" : "\r\033[K");
      progress.flush();
    };
    List<Observation> results = probe.probeAll(resolved, hellos, shown);
    List<Row> rows = new ArrayList<>(clients.size());
    for (int i = 0; i < clients.size(); i++) rows.add(new Row(clients.get(i), results.get(i)));
    return rows;
  }

  List<String> text(List<Row> rows) {
    TextTable table = new TextTable("").row("client", "outcome", "version", "cipher suite or server's answer");
    for (Row r : rows) {
      table.row(r.client().id(), r.outcome(), Outcomes.orDash(r.version()),
          r.result().outcome() == Outcome.CONNECTED ? r.cipherSuite() : r.detail());
    }
    List<String> lines = new ArrayList<>(table.lines());
    lines.add("");
    lines.add(summary(rows));
    return lines;
  }

  List<String> tsv(List<Row> rows) {
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(Outcomes.tsvHeader());
    for (Row r : rows) lines.add(Tsv.line(r.client().id(), target, r.outcome(), r.version(), r.cipherSuite(), r.reason()));
    return lines;
  }

  /** The pair's JSON keys, then {@code detail}, {@code evidence} and {@code alert}. */
  List<String> json(List<Row> rows) {
    List<ObjectNode> objects = new ArrayList<>(rows.size());
    for (Row r : rows) {
      ObjectNode o = Json.object();
      o.put("client", r.client().id());
      o.put("server", target);
      o.put("outcome", r.outcome());
      o.put("version", r.version());
      o.put("cipherSuite", r.cipherSuite());
      o.put("reason", r.reason());
      o.put("detail", r.detail());
      o.put("evidence", r.result().evidence().map(Enum::name).orElse(null));
      o.put("alert", r.result().alert().map(Alert::toString).orElse(null));
      o.set("consistentReasons", Json.array(r.result().consistentReasons().stream().map(Reason::name).sorted().toList()));
      o.set("warnings", Json.array(r.negotiation().filter(Connected.class::isInstance)
          .map(n -> ((Connected) n).warnings().stream().map(Warning::describe).toList()).orElse(List.of())));
      objects.add(o);
    }
    return Json.lines(objects);
  }

  MarkdownTable markdown(List<Row> rows) {
    MarkdownTable table = new MarkdownTable("client", "server", "outcome", "version", "cipher suite", "server's answer");
    for (Row r : rows) {
      boolean ok = r.result().outcome() == Outcome.CONNECTED;
      table.row(r.client().id(), target, (ok ? "✅ " : "❌ ") + r.outcome(), Outcomes.orDash(r.version()),
          Outcomes.orDash(r.cipherSuite()), ok ? "-" : r.detail());
    }
    return table;
  }

  /** "150 of 186 clients connect to host:port (server_name host)". */
  String summary(List<Row> rows) {
    long connected = rows.stream().filter(r -> r.result().outcome() == Outcome.CONNECTED).count();
    return connected + " of " + rows.size() + " clients connect to " + target
        + sniHost().map(h -> " (server_name " + h + ")").orElse(" (no server_name)") + ", on the wire";
  }
}
