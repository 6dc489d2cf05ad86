package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.IndependentSources.bouncyCastleConstants;
import static io.github.tlscompat.core.registry.IndependentSources.hex;
import static io.github.tlscompat.core.registry.IndependentSources.isGrease;
import static io.github.tlscompat.core.registry.IndependentSources.observedCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamedGroupTest {

  @Test
  void bouncyCastleGroups_allAssignedCodes_areInTheEnum() throws IllegalAccessException {
    // GIVEN every group constant of Bouncy Castle's table
    List<String> missing = new ArrayList<>();
    List<String> wrongCode = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, Integer> bc : bouncyCastleConstants(org.bouncycastle.tls.NamedGroup.class).entrySet()) {
      int code = bc.getValue();
      checked++;

      // WHEN looked up by code, and by name where BC spells it as IANA does
      if (NamedGroup.fromCode(code).isEmpty()) missing.add(bc.getKey() + "=" + hex(code));
      for (NamedGroup x : NamedGroup.values()) {
        if (x.name().equals(bc.getKey()) && x.code() != code) {
          wrongCode.add(x + " is " + x.codeString() + ", BC says " + hex(code));
        }
      }
    }

    // THEN
    assertThat(checked).as("BC group constants found by reflection").isGreaterThan(50);
    assertThat(missing).as("BC groups missing from NamedGroup").isEmpty();
    assertThat(wrongCode).as("groups whose code differs from BC's").isEmpty();
  }

  @Test
  void observedClientGroups_exceptGrease_allResolveByCode() throws IOException {
    List<Integer> codes = observedCodes("observed-codes.txt", "group");
    List<String> unknown = new ArrayList<>();
    for (int code : codes) {
      if (!isGrease(code) && NamedGroup.fromCode(code).isEmpty()) unknown.add(hex(code));
    }

    assertThat(codes).as("group lines in observed-codes.txt").hasSizeGreaterThan(30);
    assertThat(unknown).as("observed groups NamedGroup does not know").isEmpty();
  }

  /** The JDK's standard names for named groups ("Java Security Standard Algorithm Names"). */
  @ParameterizedTest
  @ValueSource(strings = {"secp256r1", "secp384r1", "secp521r1", "x25519", "x448",
      "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"})
  void fromName_jdkStandardName_isTheGroupOfThatIanaName(String jdkName) {
    assertThat(NamedGroup.fromName(jdkName).name()).isEqualTo(jdkName);
  }

  @ParameterizedTest
  @CsvSource({
      "SECP256R1, secp256r1",
      "X25519, x25519",
      "X448, x448",
      "x25519mlkem768, X25519MLKEM768",
      "P-256, secp256r1",
      "p256, secp256r1",
      "prime256v1, secp256r1",
      "P-384, secp384r1",
      "P-521, secp521r1",
      "prime192v1, secp192r1",
      "K-163, sect163k1",
      "B-571, sect571r1",
      "' FFDHE2048 ', ffdhe2048",
      "Arbitrary_Explicit_Prime_Curves, arbitrary_explicit_prime_curves",
  })
  void fromName_caseVariantOrAlias_resolves(String name, String expected) {
    assertThat(NamedGroup.fromName(name)).hasToString(expected);
  }

  @Test
  void fromName_unknownName_throwsNamingItWithClosestNames() {
    assertThatThrownBy(() -> NamedGroup.fromName("secp256r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown named group 'secp256r'; did you mean secp256r1 or secp256k1?");
  }

  @Test
  void fromName_nothingClose_throwsWithoutSuggestions() {
    assertThatThrownBy(() -> NamedGroup.fromName("nonsense"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown named group 'nonsense'");
  }

  @ParameterizedTest
  @CsvSource({
      // group, usableInTls13, usableBeforeTls13  (RFC 8446 4.2.7 and the RFCs cited in NamedGroup)
      "secp256r1, true, true",
      "secp521r1, true, true",
      "x25519, true, true",
      "x448, true, true",
      "ffdhe2048, true, true",
      "ffdhe8192, true, true",
      "sect163k1, false, true",
      "secp160r1, false, true",
      "secp224r1, false, true",
      "secp256k1, false, true",
      "brainpoolP256r1, false, true",
      "brainpoolP512r1tls13, true, false",
      "GC256A, true, true",
      "curveSM2, true, false",
      "MLKEM768, true, false",
      "X25519MLKEM768, true, false",
      "SecP384r1MLKEM1024, true, false",
      "X25519Kyber768Draft00, true, false",
      "arbitrary_explicit_prime_curves, false, true",
      "arbitrary_explicit_char2_curves, false, true",
  })
  void usability_perVersion_followsTheRfcs(String name, boolean tls13, boolean beforeTls13) {
    NamedGroup g = NamedGroup.valueOf(name);

    assertThat(g.usableInTls13()).as("usableInTls13").isEqualTo(tls13);
    assertThat(g.usableBeforeTls13()).as("usableBeforeTls13").isEqualTo(beforeTls13);
  }

  @Test
  void isValidIn_versionWithoutGroups_isFalse() {
    assertThat(NamedGroup.secp256r1.isValidIn(ProtocolVersion.SSL_3_0)).isFalse();
    assertThat(NamedGroup.secp256r1.isValidIn(ProtocolVersion.TLS_1_0)).isTrue();
    assertThat(NamedGroup.X25519MLKEM768.isValidIn(ProtocolVersion.TLS_1_2)).isFalse();
    assertThat(NamedGroup.X25519MLKEM768.isValidIn(ProtocolVersion.TLS_1_3)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "0x0001, sect163k1, ELLIPTIC_CURVE, 163",
      "0x0017, secp256r1, ELLIPTIC_CURVE, 256",
      "0x0019, secp521r1, ELLIPTIC_CURVE, 521",
      "0x001D, x25519, MONTGOMERY, 255",
      "0x001E, x448, MONTGOMERY, 448",
      "0x0020, brainpoolP384r1tls13, ELLIPTIC_CURVE, 384",
      "0x0026, GC512A, ELLIPTIC_CURVE, 512",
      "0x0029, curveSM2, ELLIPTIC_CURVE, 256",
      "0x0100, ffdhe2048, FFDHE, 2048",
      "0x0104, ffdhe8192, FFDHE, 8192",
      "0x0200, MLKEM512, ML_KEM, 512",
      "0x0202, MLKEM1024, ML_KEM, 1024",
      "0x11EB, SecP256r1MLKEM768, HYBRID, 768",
      "0x11EC, X25519MLKEM768, HYBRID, 768",
      "0x11ED, SecP384r1MLKEM1024, HYBRID, 1024",
      "0x11EE, curveSM2MLKEM768, HYBRID, 768",
      "0x6399, X25519Kyber768Draft00, HYBRID, 768",
      "0x639A, SecP256r1Kyber768Draft00, HYBRID, 768",
      "0xFF02, arbitrary_explicit_char2_curves, EXPLICIT, 0",
  })
  void fromCode_knownCode_hasIanaNameKindAndBits(String code, String name, NamedGroup.Kind kind, int bits) {
    NamedGroup g = NamedGroup.fromCode(Integer.decode(code)).orElseThrow();

    assertThat(g).hasToString(name);
    assertThat(g.kind()).isEqualTo(kind);
    assertThat(g.bits()).isEqualTo(bits);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0000, 0x002A, 0x0105, 0x0A0A, 0xFAFA, 0x11EF, 0xFFFF, -1, 0x10017})
  void fromCode_unassignedOrGreaseCode_isEmpty(int code) {
    assertThat(NamedGroup.fromCode(code)).isEmpty();
  }

  @Test
  void fromCode_everyGroup_findsItself() {
    // Fails if two constants share a code point.
    for (NamedGroup g : NamedGroup.values()) {
      assertThat(NamedGroup.fromCode(g.code())).as(g.name()).contains(g);
      assertThat(NamedGroup.fromName(g.name())).as(g.name()).isEqualTo(g);
    }
  }

  @Test
  void kindHelpers_classifyByKind() {
    assertThat(NamedGroup.x25519.isEcdhe()).isTrue();
    assertThat(NamedGroup.arbitrary_explicit_prime_curves.isEcdhe()).isTrue();
    assertThat(NamedGroup.X25519MLKEM768.isEcdhe()).isFalse();
    assertThat(NamedGroup.X25519MLKEM768.isPostQuantum()).isTrue();
    assertThat(NamedGroup.MLKEM768.isPostQuantum()).isTrue();
    assertThat(NamedGroup.secp256r1.isPostQuantum()).isFalse();
    assertThat(NamedGroup.ffdhe3072.isFfdhe()).isTrue();
    assertThat(NamedGroup.secp256r1.isFfdhe()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "secp256r1, P-256",
      "secp384r1, P-384",
      "secp521r1, P-521",
      "x25519, X25519",
      "x448, X448",
      "ffdhe2048, ffdhe2048",
      "sect163k1, sect163k1",
      "brainpoolP256r1tls13, brainpoolP256r1tls13",
      "X25519MLKEM768, X25519MLKEM768",
  })
  void openSslName_groupOpenSslKnows_isTheDocumentedName(String name, String openSsl) {
    assertThat(NamedGroup.valueOf(name).openSslName()).contains(openSsl);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GC256A", "GC512C", "X25519Kyber768Draft00", "arbitrary_explicit_prime_curves"})
  void openSslName_groupOpenSslLacks_isEmpty(String name) {
    assertThat(NamedGroup.valueOf(name).openSslName()).isEmpty();
  }

  @Test
  void openSslName_everyOne_resolvesBackToItsGroup() {
    for (NamedGroup g : NamedGroup.values()) {
      g.openSslName().ifPresent(n -> assertThat(NamedGroup.fromName(n)).as(n).isEqualTo(g));
    }
  }

  @Test
  void registered_onlyTheObsoleteKyberDrafts_areNot() {
    List<NamedGroup> unregistered = new ArrayList<>();
    for (NamedGroup g : NamedGroup.values()) {
      if (!g.isRegistered()) unregistered.add(g);
    }

    assertThat(unregistered).containsExactly(
        NamedGroup.X25519Kyber768Draft00, NamedGroup.SecP256r1Kyber768Draft00);
  }
}
