package io.github.tlscompat.profiles;

import static io.github.tlscompat.profiles.CatalogLoadingTest.PHONE;
import static io.github.tlscompat.profiles.CatalogLoadingTest.PROXY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import org.junit.jupiter.api.Test;

/** The selector language of {@code Catalog.selectClients}, {@code selectServers} and {@code --clients}. */
class SelectorTest {

  /** my-phone (tags phone, mine), a client whose id is the tag "phone", and my-proxy. */
  private static final Catalog CATALOG = Catalog.builder()
      .addJson("phone.json", PHONE)
      .addJson("phone-id.json", PHONE.replace("my-phone", "phone").replace("\"desk-phone\"", "\"handset\"")
          .replace("[\"phone\", \"mine\"]", "[\"other\"]"))
      .addJson("proxy.json", PROXY)
      .buildStrict();

  @Test
  void select_partIsAnIdAndATag_takesTheIdOnly() {
    // WHEN
    var selected = CATALOG.selectClients("phone");

    // THEN: the tag "phone" would also take my-phone
    assertThat(selected).extracting(ClientProfile::id).containsExactly("phone");
  }

  @Test
  void select_sameClientNamedTwice_keepsTheFirstPlace() {
    // WHEN
    var selected = CATALOG.selectClients("MY-PHONE, other, desk-phone, all");

    // THEN
    assertThat(selected).extracting(ClientProfile::id).containsExactly("my-phone", "phone");
  }

  @Test
  void select_onlyCommas_namesNothing() {
    // THEN
    assertThatThrownBy(() -> CATALOG.selectServers(" , "))
        .isInstanceOf(NoSuchProfileException.class)
        .hasMessage("the selector ' , ' names no server")
        .extracting(e -> ((NoSuchProfileException) e).query()).isEqualTo(" , ");
  }

  @Test
  void select_clientIdAsServer_saysItIsAClient() {
    // THEN
    assertThatThrownBy(() -> CATALOG.selectServers("handset"))
        .isInstanceOf(NoSuchProfileException.class)
        .hasMessage("no server id, alias or tag 'handset' in the catalog ('handset' is a client)");
  }
}
