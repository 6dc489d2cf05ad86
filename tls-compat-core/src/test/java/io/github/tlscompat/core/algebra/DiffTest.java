package io.github.tlscompat.core.algebra;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.algebra.Diff.Change;
import io.github.tlscompat.core.algebra.Diff.Entry;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTest {
  static final ClientProfile PHONE = ClientProfile.builder("LPE-CE6", "TLS 1.0 RSA-only phone")
      .versions(SSL_3_0, TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false).build();
  static final ClientProfile MODERN = ClientProfile.builder("modern", "TLS 1.2/1.3 browser")
      .versions(TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1)).keyShares(List.of(NamedGroup.x25519))
      .signatureAlgorithms(List.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256)).build();
  static final Fleet FLEET = Fleet.of("floor", List.of(PHONE, MODERN));

  static final ServerPolicy FIPS = ServerPolicy.builder("fips", "TLS 1.0-1.2, AES and 3DES")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();
  static final ServerPolicy TLS12_ONLY = ServerPolicy.builder("tls12", "TLS 1.2 only, ECDHE-GCM")
      .versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();

  @Test
  void between_fipsToTls12Only_phoneLostModernGained() {
    // GIVEN / WHEN
    Diff diff = Diff.between(FIPS, TLS12_ONLY, FLEET);

    // THEN
    assertThat(diff.hasLosses()).isTrue();
    assertThat(diff.lost()).singleElement().satisfies(e -> {
      assertThat(e.client()).isEqualTo(PHONE);
      assertThat(e.before()).isInstanceOf(Connected.class);
      assertThat(e.after()).isInstanceOf(Refused.class);
      assertThat(e.explanation()).isEqualTo("LPE-CE6: connected TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA before, now "
          + "refused NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only");
    });
    assertThat(diff.entries(Change.GAINED)).singleElement().satisfies(e -> assertThat(e.explanation()).isEqualTo(
        "modern: refused NO_SHARED_CIPHER_SUITE - for TLSv1.2 client offers [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "
            + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256], server enables "
            + "[TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA] "
            + "before, now connected TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
    assertThat(diff.entries()).extracting(Entry::change).containsExactly(Change.LOST, Change.GAINED);
  }

  @Test
  void between_tls10DisabledButSsl3LeftOn_phoneDowngradedToSsl3() {
    // GIVEN
    ServerPolicy ssl3LeftOn = FIPS.toBuilder().id("fips-ssl3").versions(SSL_3_0, TLS_1_1, TLS_1_2).build();

    // WHEN
    Diff diff = Diff.between(FIPS, ssl3LeftOn, Fleet.of("phones", List.of(PHONE)));

    // THEN
    assertThat(diff.hasLosses()).isFalse();
    assertThat(diff.entries()).singleElement().satisfies(e -> {
      assertThat(e.change()).isEqualTo(Change.DOWNGRADED);
      assertThat(e.suiteChanged()).isFalse();
      assertThat(e.explanation()).isEqualTo("LPE-CE6: TLSv1.0 -> SSLv3 (older protocol version)");
    });
  }

  @Test
  void between_tls13Enabled_modernUpgradedWithNewSuiteNamed() {
    // GIVEN
    ServerPolicy withTls13 = TLS12_ONLY.toBuilder().id("tls13").versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384).build();

    // WHEN
    Diff diff = Diff.between(TLS12_ONLY, withTls13, FLEET);

    // THEN
    assertThat(diff.entries(Change.UPGRADED)).singleElement().satisfies(e -> {
      assertThat(e.client()).isEqualTo(MODERN);
      assertThat(e.suiteChanged()).isTrue();
      assertThat(e.explanation()).isEqualTo("modern: TLSv1.2 -> TLSv1.3 (newer protocol version), "
          + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 -> TLS_AES_128_GCM_SHA256");
    });
    assertThat(diff.entries(Change.UNCHANGED)).singleElement().satisfies(e -> assertThat(e.explanation())
        .isEqualTo("LPE-CE6: still refused NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, "
            + "server enables TLSv1.2..TLSv1.3"));
  }

  @Test
  void between_sameVersionNonForwardSecretSuiteFirst_downgradedByGrade() {
    // GIVEN
    ServerPolicy staticRsaFirst = TLS12_ONLY.toBuilder().id("rsa-first")
        .cipherSuites(TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384).build();
    Fleet modernOnly = FLEET.minus(Fleet.of("phones", List.of(PHONE)));

    // WHEN
    Diff worse = Diff.between(TLS12_ONLY, staticRsaFirst, modernOnly);
    Diff better = Diff.between(staticRsaFirst, TLS12_ONLY, modernOnly);

    // THEN
    assertThat(worse.entries()).singleElement().satisfies(e -> {
      assertThat(e.change()).isEqualTo(Change.DOWNGRADED);
      assertThat(e.explanation()).isEqualTo("modern: TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 -> "
          + "TLS_RSA_WITH_AES_128_GCM_SHA256 on TLSv1.2 (weaker suite: recommended -> weak)");
    });
    assertThat(better.entries()).singleElement().satisfies(e -> {
      assertThat(e.change()).isEqualTo(Change.UPGRADED);
      assertThat(e.explanation()).isEqualTo("modern: TLS_RSA_WITH_AES_128_GCM_SHA256 -> "
          + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 on TLSv1.2 (stronger suite: weak -> recommended)");
    });
  }

  @Test
  void between_sameVersionOtherSuiteOfSameGrade_unchangedButSuiteChangeRecorded() {
    // GIVEN
    ServerPolicy aes128First = TLS12_ONLY.toBuilder().id("aes128-first")
        .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384).build();

    // WHEN
    Diff diff = Diff.between(TLS12_ONLY, aes128First, FLEET);

    // THEN
    assertThat(diff.entries(Change.UNCHANGED)).hasSize(2);
    Entry modern = diff.entries().get(1);
    assertThat(modern.suiteChanged()).isTrue();
    assertThat(modern.explanation()).isEqualTo("modern: still connects TLSv1.2 with another suite of the same grade, "
        + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 -> TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (recommended)");
    assertThat(diff.entries().get(0).suiteChanged()).isFalse();
  }

  @Test
  void between_samePolicy_everyEntryUnchangedAndNoLosses() {
    // GIVEN / WHEN
    Diff diff = Diff.between(FIPS, FIPS, FLEET);

    // THEN
    assertThat(diff.hasLosses()).isFalse();
    assertThat(diff.lost()).isEmpty();
    assertThat(diff.entries()).extracting(Entry::change).containsOnly(Change.UNCHANGED);
    assertThat(diff.entries().get(0).explanation())
        .isEqualTo("LPE-CE6: still connects TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(diff.toString()).isEqualTo("Diff fips -> fips over floor: 2 clients, 0 lost");
  }
}
