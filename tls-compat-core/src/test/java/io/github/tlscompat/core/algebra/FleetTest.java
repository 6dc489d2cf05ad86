package io.github.tlscompat.core.algebra;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetTest {
  static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 RSA-only phone")
      .versions(SSL_3_0, TLS_1_0).cipherSuites(TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false).build();
  static final ClientProfile MODERN = ClientProfile.builder("modern", "TLS 1.2/1.3 browser")
      .versions(TLS_1_2, TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build();
  static final ClientProfile SCANNER = ClientProfile.builder("scanner", "TLS 1.2 barcode scanner")
      .versions(TLS_1_2).cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA).build();

  @Test
  void of_duplicateId_rejectedNamingTheId() {
    // GIVEN
    ClientProfile renamedModern = MODERN.toBuilder().id("phone").build();

    // WHEN / THEN
    assertThatThrownBy(() -> Fleet.of("floor", List.of(PHONE, MODERN, renamedModern)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fleet 'floor' lists client id 'phone' twice; ids must be unique");
  }

  @Test
  void of_blankName_rejected() {
    assertThatThrownBy(() -> Fleet.of(" ", List.of(PHONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fleet needs a name");
  }

  @Test
  void of_inputListChangedAfterwards_fleetKeepsItsClients() {
    // GIVEN
    List<ClientProfile> input = new ArrayList<>(List.of(PHONE, MODERN));
    Fleet fleet = Fleet.of("floor", input);

    // WHEN
    input.add(SCANNER);

    // THEN
    assertThat(fleet.clients()).containsExactly(PHONE, MODERN);
    assertThat(fleet.size()).isEqualTo(2);
    assertThatThrownBy(() -> fleet.clients().add(SCANNER)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void get_knownAndUnknownIds_returnProfileOrEmpty() {
    // GIVEN
    Fleet fleet = Fleet.of("floor", List.of(PHONE, MODERN));

    // WHEN / THEN
    assertThat(fleet.get("modern")).contains(MODERN);
    assertThat(fleet.get("scanner")).isEmpty();
    assertThat(fleet.contains("phone")).isTrue();
  }

  @Test
  void union_overlappingFleets_keepsThisOrderThenAddsNewIds() {
    // GIVEN
    ClientProfile otherPhone = PHONE.toBuilder().name("same id, other firmware").build();
    Fleet floor = Fleet.of("floor", List.of(MODERN, PHONE));
    Fleet warehouse = Fleet.of("warehouse", List.of(SCANNER, otherPhone));

    // WHEN
    Fleet all = floor.union(warehouse);

    // THEN
    assertThat(all.name()).isEqualTo("floor + warehouse");
    assertThat(all.clients()).containsExactly(MODERN, PHONE, SCANNER);
    assertThat(all.get("phone")).containsSame(PHONE);
  }

  @Test
  void intersect_overlappingFleets_keepsSharedIdsInThisOrder() {
    // GIVEN
    Fleet floor = Fleet.of("floor", List.of(PHONE, MODERN, SCANNER));
    Fleet warehouse = Fleet.of("warehouse", List.of(SCANNER, PHONE));

    // WHEN
    Fleet both = floor.intersect(warehouse);

    // THEN
    assertThat(both.name()).isEqualTo("floor & warehouse");
    assertThat(both.clients()).containsExactly(PHONE, SCANNER);
  }

  @Test
  void minus_overlappingFleets_dropsSharedIds() {
    // GIVEN
    Fleet floor = Fleet.of("floor", List.of(PHONE, MODERN, SCANNER));
    Fleet retired = Fleet.of("retired", List.of(PHONE));

    // WHEN
    Fleet remaining = floor.minus(retired);

    // THEN
    assertThat(remaining.name()).isEqualTo("floor - retired");
    assertThat(remaining.clients()).containsExactly(MODERN, SCANNER);
    assertThat(remaining.minus(floor).isEmpty()).isTrue();
  }

  @Test
  void named_setOperationResult_renamesKeepingClients() {
    // GIVEN
    Fleet floor = Fleet.of("floor", List.of(PHONE, MODERN));

    // WHEN
    Fleet renamed = floor.minus(Fleet.of("none", List.of())).named("current floor");

    // THEN
    assertThat(renamed).isEqualTo(Fleet.of("current floor", List.of(PHONE, MODERN)));
    assertThat(renamed).isNotEqualTo(floor);
  }
}
