package io.github.tlscompat.core.algebra;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatrixTest {
  static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 RSA-only phone")
      .versions(SSL_3_0, TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false).build();
  static final ClientProfile MODERN = ClientProfile.builder("modern", "TLS 1.2/1.3 browser")
      .versions(TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).keyShares(List.of(NamedGroup.x25519))
      .signatureAlgorithms(List.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256)).build();
  /** A TLS 1.0-1.2 embedded client with CBC suites only. */
  static final ClientProfile LEGACY = ClientProfile.builder("legacy", "TLS 1.0-1.2 CBC-only terminal")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
      .groups(List.of(NamedGroup.secp256r1)).signatureAlgorithms(List.of(SignatureScheme.rsa_pkcs1_sha256)).build();

  static final ServerPolicy FIPS = ServerPolicy.builder("fips", "TLS 1.0-1.2, AES and 3DES")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();
  static final ServerPolicy TLS12_ONLY = ServerPolicy.builder("tls12", "TLS 1.2 only, ECDHE-GCM")
      .versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();
  static final ServerPolicy SSL3_LEFT_ON = FIPS.toBuilder().id("fips-ssl3").versions(SSL_3_0, TLS_1_1, TLS_1_2).build();

  private static Matrix matrix() {
    return Matrix.of(List.of(PHONE, MODERN, LEGACY), List.of(FIPS, TLS12_ONLY, SSL3_LEFT_ON));
  }

  @Test
  void cells_threeByThree_everyPairNegotiatedRowByRow() {
    // GIVEN
    Matrix matrix = matrix();

    // WHEN
    List<Matrix.Cell> cells = matrix.cells();

    // THEN
    assertThat(cells).hasSize(9);
    assertThat(cells).extracting(c -> c.client().id() + "/" + c.server().id()).containsExactly(
        "phone/fips", "phone/tls12", "phone/fips-ssl3", "modern/fips", "modern/tls12", "modern/fips-ssl3",
        "legacy/fips", "legacy/tls12", "legacy/fips-ssl3");
    assertThat(cells).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Negotiator.negotiate(c.client(), c.server())));
  }

  @Test
  void get_phoneAgainstEachServer_returnsItsOutcome() {
    // GIVEN
    Matrix matrix = matrix();

    // WHEN / THEN
    assertThat(matrix.get("phone", "fips")).isInstanceOfSatisfying(Connected.class, c -> {
      assertThat(c.version()).isEqualTo(TLS_1_0);
      assertThat(c.cipherSuite()).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    });
    assertThat(matrix.get("phone", "fips-ssl3")).isInstanceOfSatisfying(Connected.class,
        c -> assertThat(c.version()).isEqualTo(SSL_3_0));
    assertThat(matrix.get("phone", "tls12")).isInstanceOfSatisfying(Refused.class,
        r -> assertThat(r.reason()).isEqualTo(Reason.NO_SHARED_PROTOCOL_VERSION));
  }

  @Test
  void counts_threeByThree_tallyPerServerPerClientAndReason() {
    // GIVEN
    Matrix matrix = matrix();

    // WHEN / THEN
    assertThat(matrix.connectedCount("fips")).isEqualTo(2);
    assertThat(matrix.refusedCount("fips")).isEqualTo(1);
    assertThat(matrix.connectedCount("tls12")).isEqualTo(1);
    assertThat(matrix.refusedCount("tls12")).isEqualTo(2);
    assertThat(matrix.connectedCountForClient("modern")).isEqualTo(1);
    assertThat(matrix.refusedCountForClient("modern")).isEqualTo(2);
    assertThat(matrix.connectedCountForClient("legacy")).isEqualTo(2);
    assertThat(matrix.connectedTotal()).isEqualTo(5);
    assertThat(matrix.refusedTotal()).isEqualTo(4);
    assertThat(matrix.size()).isEqualTo(9);
    assertThat(matrix.reasonCounts()).containsExactly(
        entry(Reason.NO_SHARED_PROTOCOL_VERSION, 1), entry(Reason.NO_SHARED_CIPHER_SUITE, 3));
  }

  @Test
  void reasonCounts_perServer_mostFrequentFirstThenTheReasonAnEarlierClientMeets() {
    // GIVEN: tls12 refuses the phone for its version, then the CBC-only terminal for its suites;
    // a second phone makes the version the most frequent reason.
    ClientProfile secondPhone = PHONE.toBuilder().id("phone-2").build();
    Matrix tie = Matrix.of(List.of(PHONE, MODERN, LEGACY), List.of(FIPS, TLS12_ONLY));
    Matrix tieLegacyFirst = Matrix.of(List.of(LEGACY, MODERN, PHONE), List.of(TLS12_ONLY));
    Matrix twoPhones = Matrix.of(List.of(LEGACY, PHONE, secondPhone), List.of(TLS12_ONLY));

    // WHEN / THEN
    assertThat(tie.reasonCounts("tls12")).containsExactly(
        entry(Reason.NO_SHARED_PROTOCOL_VERSION, 1), entry(Reason.NO_SHARED_CIPHER_SUITE, 1));
    assertThat(tieLegacyFirst.reasonCounts("tls12")).containsExactly(
        entry(Reason.NO_SHARED_CIPHER_SUITE, 1), entry(Reason.NO_SHARED_PROTOCOL_VERSION, 1));
    assertThat(twoPhones.reasonCounts("tls12")).containsExactly(
        entry(Reason.NO_SHARED_PROTOCOL_VERSION, 2), entry(Reason.NO_SHARED_CIPHER_SUITE, 1));
    assertThat(tie.reasonCounts("fips")).containsExactly(entry(Reason.NO_SHARED_CIPHER_SUITE, 1));
    assertThatThrownBy(() -> tie.reasonCounts("tls13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no server 'tls13' in this matrix; servers are [fips, tls12]");
  }

  @Test
  void reasonCounts_perServer_addUpToTheColumnsRefusedCells() {
    Matrix matrix = matrix();
    for (ServerPolicy server : matrix.servers()) {
      Map<Reason, Long> fromCells = matrix.cells().stream()
          .filter(c -> c.server() == server && c.outcome() instanceof Refused)
          .collect(Collectors.groupingBy(c -> ((Refused) c.outcome()).reason(), Collectors.counting()));
      assertThat(matrix.reasonCounts(server.id())).as(server.id()).hasSameSizeAs(fromCells)
          .allSatisfy((reason, count) -> assertThat(fromCells.get(reason)).isEqualTo(count.longValue()));
    }
  }

  @Test
  void of_150ClientsBy60Servers_countsAgreeWithCells() {
    // GIVEN
    List<ClientProfile> clients = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      for (ClientProfile c : List.of(PHONE, MODERN, LEGACY)) clients.add(c.toBuilder().id(c.id() + "-" + i).build());
    }
    List<ServerPolicy> servers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      for (ServerPolicy s : List.of(FIPS, TLS12_ONLY, SSL3_LEFT_ON)) servers.add(s.toBuilder().id(s.id() + "-" + i).build());
    }

    // WHEN
    Matrix matrix = Matrix.of(clients, servers);

    // THEN
    assertThat(matrix.size()).isEqualTo(9000);
    assertThat(matrix.connectedTotal()).isEqualTo(5 * 1000);
    assertThat(matrix.cells().stream().filter(c -> c.outcome().isConnected()).count()).isEqualTo(5000);
    assertThat(matrix.connectedCount("tls12-19")).isEqualTo(50);
    assertThat(matrix.refusedCountForClient("phone-49")).isEqualTo(20);
    assertThat(matrix.cells().get(8999).client().id()).isEqualTo("legacy-49");
    assertThat(matrix.cells().get(8999).server().id()).isEqualTo("fips-ssl3-19");
  }

  @Test
  void get_unknownServerId_rejectedListingTheServers() {
    assertThatThrownBy(() -> matrix().get("phone", "tls13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no server 'tls13' in this matrix; servers are [fips, tls12, fips-ssl3]");
  }

  @Test
  void connectedCountForClient_unknownClientId_rejectedListingTheClients() {
    assertThatThrownBy(() -> matrix().connectedCountForClient("fips"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no client 'fips' in this matrix; clients are [phone, modern, legacy]");
  }

  @Test
  void of_duplicateServerId_rejectedNamingTheId() {
    assertThatThrownBy(() -> Matrix.of(List.of(PHONE), List.of(FIPS, TLS12_ONLY.toBuilder().id("fips").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two servers share the id 'fips'; ids must be unique");
  }

  @Test
  void of_fleetWithoutServers_isEmptyAndCountsZero() {
    // GIVEN
    Fleet fleet = Fleet.of("floor", List.of(PHONE, MODERN));

    // WHEN
    Matrix matrix = Matrix.of(fleet, List.of());

    // THEN
    assertThat(matrix.cells()).isEmpty();
    assertThat(matrix.reasonCounts()).isEmpty();
    assertThat(matrix.refusedCountForClient("phone")).isZero();
    assertThatThrownBy(() -> matrix.cells().get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
