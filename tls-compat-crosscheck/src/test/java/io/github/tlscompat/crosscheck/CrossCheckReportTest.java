package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Difference;
import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.ServerResponseParser;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.crosscheck.HandshakeCheck.HandshakeReport;
import io.github.tlscompat.profiles.Catalog;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness itself: a server that answers differently from the model, on the wire or in a Bouncy
 * Castle handshake, fails with every cell named.
 */
class CrossCheckReportTest {

  /** A fatal protocol_version alert in a TLS 1.2 record, whatever the hello. */
  private static final byte[] PROTOCOL_VERSION = {21, 3, 3, 0, 2, 2, 70};

  @Test
  void run_serverThatRefusesEveryone_failsListingEachCellOnItsOwnLine() {
    // GIVEN a "server" that refuses every client for its version, serving a TLS 1.3-only policy
    Implemented implemented = new Implemented(Grid.TLS13_ONLY, Grid.TLS13_ONLY, List.of("nothing changed"));
    int clients = Catalog.builtIn().clients().size();

    // WHEN
    Report report = CrossCheck.run("fake server", implemented,
        hellos -> Collections.nCopies(hellos.size(), Observation.from(ServerResponseParser.parse(PROTOCOL_VERSION))));

    // THEN the clients the model connects disagree, the ones it refuses for their version agree
    long modelConnects = report.cells().stream()
        .filter(c -> c.model() instanceof Connected).count();
    assertThat(report.disagreements()).hasSize((int) modelConnects).isNotEmpty();
    assertThat(report.summary()).isEqualTo("fake server | tls13-only: " + clients + " clients, 0 connected, " + clients
        + " refused with a reason the wire names, 0 refused without one, " + modelConnects + " disagreements");
    String message = report.describeDisagreements();
    assertThat(message).startsWith(modelConnects + " of " + clients + " clients disagree with the model on fake server"
        + " serving tls13-only:\n");
    assertThat(message).contains("\nfake server | tls13-only | chrome-101-win10 | model: CONNECTED TLSv1.3 "
        + "TLS_AES_128_GCM_SHA256 x25519 | wire: WIRE REFUSED NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) "
        + "alert (fatal protocol_version(70) instead of a ServerHello)\n"
        + "    model predicts CONNECTED TLSv1.3 TLS_AES_128_GCM_SHA256 x25519, but the server answered WIRE REFUSED"
        + " NO_SHARED_PROTOCOL_VERSION - from a protocol_version(70) alert\n");
    assertThat(message).endsWith("  - nothing changed\n");
    assertThatThrownBy(() -> Reports.assertAgrees(report)).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  @Test
  void handshakeCheck_engineThatDisagrees_failsListingEachCellOnItsOwnLine() {
    // GIVEN SunJSSE serving tls12-ecdhe-gcm, and a model told, wrongly, that it takes groups in its own order
    JsseServer jsse = new JsseServer(JsseServer.Provider.SUN_JSSE);
    Implemented real = jsse.implement(Grid.TLS12_ECDHE_GCM);
    Implemented wrong = new Implemented(Grid.TLS12_ECDHE_GCM, real.policy().toBuilder()
        .habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, false).build(), List.of("groups in the server's order"));

    // WHEN Bouncy Castle clients complete handshakes with the real engine
    HandshakeReport handshakes = HandshakeCheck.againstEngine(jsse.kind(), wrong, jsse.engines(real));

    // THEN the clients whose first group is not the server's first disagree, each on its own line
    assertThat(handshakes.disagreements()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.disagreement().orElseThrow()).isInstanceOfSatisfying(Disagreement.ParametersDiffer.class,
            d -> assertThat(d.differences().get(0)).isInstanceOf(Difference.GroupDiffers.class)))
        .allSatisfy(c -> assertThat(c.disagreement().orElseThrow().describe()).contains(": group "));
    String against = jsse.kind() + " met by a Bouncy Castle client";
    String message = handshakes.describeDisagreements();
    assertThat(message).startsWith(handshakes.disagreements().size() + " of " + handshakes.ran().size() + " clients"
        + " disagree with the model in a Bouncy Castle handshake with " + against + " serving tls12-ecdhe-gcm:\n");
    assertThat(message).contains("\n" + against + " | tls12-ecdhe-gcm | android-4.4.2 | model: CONNECTED TLSv1.2 "
        + "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 secp256r1 | handshake: HANDSHAKE CONNECTED TLSv1.2 "
        + "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 secp521r1 (both Finished messages exchanged: ");
    assertThat(message).contains("\n    model predicts CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 secp256r1,"
        + " but the handshake gave HANDSHAKE CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 secp521r1: group"
        + " secp521r1 not secp256r1\n");
    assertThat(message).endsWith("  - groups in the server's order\n");
    Report agreeingWire = new Report("fake server", real, List.of());
    assertThatThrownBy(() -> Reports.assertAgrees(agreeingWire, handshakes)).isInstanceOf(AssertionError.class)
        .hasMessage(message);
  }
}
