package io.github.tlscompat.core.cipherstring;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Operators, aliases and errors of {@link OpenSslCipherString} over the default universe; the
 * expected lists inside Debian's OpenSSL 3.0 build were checked with {@code openssl ciphers -V},
 * which {@code OpenSslCipherStringOpenSslTest} repeats for whole configurations.
 */
class OpenSslCipherStringTest {

  @Test
  void parse_keyExchangePlusCipher_selectsTheIntersectionStrongestFirst() {
    assertThat(OpenSslCipherString.parse("kRSA+AESGCM"))
        .containsExactly(TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(OpenSslCipherString.parse("ECDHE+AESGCM")).containsExactly(
        TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
  }

  @Test
  void parse_plainWords_appendInTheirOrderAndIgnoreRepeats() {
    assertThat(OpenSslCipherString.parse("AES128-SHA AES256-SHA,CAMELLIA128-SHA;AES128-SHA256:AES128-SHA"))
        .containsExactly(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA,
            TLS_RSA_WITH_CAMELLIA_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA256);
  }

  @Test
  void parse_minus_removesButLetsALaterWordAddBackAheadOfTheRest() {
    assertThat(OpenSslCipherString.parse("kRSA+SHA1+AES"))
        .containsExactly(TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(OpenSslCipherString.parse("AES128-SHA:-AES128-SHA:kRSA+SHA1+AES"))
        .containsExactly(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA);
    assertThat(OpenSslCipherString.parse("AES128-SHA:-AES128-SHA:CAMELLIA128-SHA:AES128-SHA"))
        .containsExactly(TLS_RSA_WITH_CAMELLIA_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void parse_bang_removesForGood() {
    assertThat(OpenSslCipherString.parse("AES128-SHA:!AES128-SHA:kRSA+SHA1+AES"))
        .containsExactly(TLS_RSA_WITH_AES_256_CBC_SHA);
    assertThat(OpenSslCipherString.parse("AES128-SHA:!AES128-SHA:CAMELLIA128-SHA:AES128-SHA"))
        .containsExactly(TLS_RSA_WITH_CAMELLIA_128_CBC_SHA);
  }

  @Test
  void parse_plus_movesSelectedToTheEndWithoutAdding() {
    assertThat(OpenSslCipherString.parse("AES256-SHA:AES128-SHA:CAMELLIA128-SHA:+AES256-SHA"))
        .containsExactly(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_CAMELLIA_128_CBC_SHA,
            TLS_RSA_WITH_AES_256_CBC_SHA);
    assertThat(OpenSslCipherString.parse("AES128-SHA:+AES256-SHA")).containsExactly(TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void parse_atStrength_sortsByStrengthKeepingOrderWithinEach() {
    assertThat(OpenSslCipherString.parse("AES128-SHA:CAMELLIA128-SHA:AES256-SHA:CAMELLIA256-SHA:@STRENGTH"))
        .containsExactly(TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_CAMELLIA_256_CBC_SHA,
            TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_CAMELLIA_128_CBC_SHA);
    // 3DES counts its 112 effective bits, not its 168-bit key.
    assertThat(OpenSslCipherString.parse("DES-CBC3-SHA:AES128-SHA:@STRENGTH"))
        .containsExactly(TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }

  @Test
  void parse_twentyThousandAtStrengths_isOneSortEach() {
    // Found by fuzzing (tls-compat-fuzz): one pass per bit of strength made each @STRENGTH, and
    // every parse, cost milliseconds; 20,000 of them took minutes. The bound is generous.
    String many = "ALL" + ":@STRENGTH".repeat(20_000);
    PreferenceList<CipherSuite> sorted = assertTimeoutPreemptively(Duration.ofSeconds(15),
        () -> OpenSslCipherString.parse(many));
    assertThat(sorted).isEqualTo(OpenSslCipherString.parse("ALL:@STRENGTH"));
  }

  @Test
  void of_atSeclevel_isRecordedWithoutFiltering() {
    OpenSslCipherString lowered = OpenSslCipherString.of("DEFAULT:@SECLEVEL=0");
    assertThat(lowered.securityLevel()).isEqualTo(OptionalInt.of(0));
    assertThat(lowered.suites()).isEqualTo(OpenSslCipherString.parse("DEFAULT"));
    assertThat(OpenSslCipherString.of("DEFAULT").securityLevel()).isEmpty();
    assertThat(OpenSslCipherString.of("@SECLEVEL=5:kRSA:@SECLEVEL=3").securityLevel()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void parse_default_isAllButTheComplementOfDefaultAndNullCiphers() {
    PreferenceList<CipherSuite> defaults = OpenSslCipherString.parse("DEFAULT");
    assertThat(defaults).isEqualTo(OpenSslCipherString.parse("ALL:!COMPLEMENTOFDEFAULT:!eNULL"));
    assertThat(defaults).hasSize(59).startsWith(TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256);
    assertThat(defaults).noneMatch(s -> s.isAnonymous() || s.isExport() || s.cipher() == BulkCipher.TDES_EDE_CBC
        || s.cipher().name().startsWith("RC4") || s.cipher().name().startsWith("CAMELLIA"));
    // Debian's build has 57 of them: the default universe adds the two GOST suites of the engine.
    assertThat(defaults).contains(TLS_GOSTR341001_WITH_28147_CNT_IMIT, TLS_GOSTR341112_256_WITH_28147_CNT_IMIT_OLD);
  }

  @Test
  void parse_strengthAliases_gradeAsOpenSsl3() {
    assertThat(OpenSslCipherString.parse("MEDIUM+kRSA")).containsExactly(TLS_RSA_WITH_SEED_CBC_SHA,
        TLS_RSA_WITH_IDEA_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_RC4_128_MD5,
        TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(OpenSslCipherString.parse("LOW+kRSA")).containsExactly(TLS_RSA_WITH_DES_CBC_SHA);
    assertThat(OpenSslCipherString.parse("kRSA+3DES")).containsExactly(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(OpenSslCipherString.parse("COMPLEMENTOFALL+kRSA"))
        .containsExactly(TLS_RSA_WITH_NULL_SHA256, TLS_RSA_WITH_NULL_SHA, TLS_RSA_WITH_NULL_MD5);
  }

  @Test
  void parse_legacyAliases_selectSuitesOpenSsl3Dropped() {
    assertThat(OpenSslCipherString.parse("EXPORT+kRSA")).containsExactly(
        TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA, TLS_RSA_EXPORT1024_WITH_RC2_56_MD5,
        TLS_RSA_EXPORT1024_WITH_RC4_56_SHA, TLS_RSA_EXPORT1024_WITH_RC4_56_MD5,
        TLS_RSA_EXPORT_WITH_DES40_CBC_SHA, TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5,
        TLS_RSA_EXPORT_WITH_RC4_40_MD5);
    assertThat(OpenSslCipherString.parse("kDH+AES256+SHA1"))
        .containsExactly(TLS_DH_RSA_WITH_AES_256_CBC_SHA, TLS_DH_DSS_WITH_AES_256_CBC_SHA);
    assertThat(OpenSslCipherString.parse("KRB5+3DES"))
        .containsExactly(TLS_KRB5_WITH_3DES_EDE_CBC_SHA, TLS_KRB5_WITH_3DES_EDE_CBC_MD5);
    // DH means ephemeral DH in OpenSSL 3.0, as it did not in 1.0.2.
    assertThat(OpenSslCipherString.parse("DH+AES256+SHA1")).containsExactly(TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
        TLS_DHE_DSS_WITH_AES_256_CBC_SHA, TLS_DH_anon_WITH_AES_256_CBC_SHA);
  }

  @Test
  void parse_versionAndMacAliases_useOpenSslsMinimumVersions() {
    assertThat(OpenSslCipherString.parse("TLSv1.2+kRSA+AES128")).containsExactly(
        TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CCM_8, TLS_RSA_WITH_AES_128_CCM,
        TLS_RSA_WITH_AES_128_CBC_SHA256);
    // OpenSSL offers the RFC 5487 PSK suites from TLS 1.0, although their HMAC is SHA-256.
    assertThat(OpenSslCipherString.parse("TLSv1+kPSK+SHA256"))
        .containsExactly(TLS_PSK_WITH_AES_128_CBC_SHA256, TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256, TLS_PSK_WITH_NULL_SHA256);
    assertThat(OpenSslCipherString.parse("SHA384+aECDSA")).containsExactly(
        TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384,
        TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384);
  }

  @Test
  void parse_complementOfDefaultPlusStrength_dropsTheComplementAsOpenSslDoes() {
    // OpenSSL assigns the strength class over the earlier COMPLEMENTOFDEFAULT instead of narrowing.
    assertThat(OpenSslCipherString.parse("COMPLEMENTOFDEFAULT+HIGH")).contains(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
    assertThat(OpenSslCipherString.parse("HIGH+COMPLEMENTOFDEFAULT")).doesNotContain(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);
  }

  @Test
  void parse_suiteB_replacesTheString() {
    assertThat(OpenSslCipherString.parse("SUITEB128"))
        .containsExactly(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384);
    assertThat(OpenSslCipherString.parse("SUITEB128ONLY")).containsExactly(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
    assertThat(OpenSslCipherString.parse("SUITEB192")).containsExactly(TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384);
  }

  @Test
  void parse_everything_neverSelectsTls13OrSsl2() {
    PreferenceList<CipherSuite> all = OpenSslCipherString.parse("ALL:COMPLEMENTOFALL");
    assertThat(all).hasSize(OpenSslCipherString.defaultUniverse().size()).noneMatch(s -> s.isTls13() || s.isSsl2());
  }

  @Test
  void defaultUniverse_isEveryTls12SuiteOpenSslNamed() {
    ParameterSet<CipherSuite> universe = OpenSslCipherString.defaultUniverse();
    assertThat(universe).contains(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_EXPORT_WITH_RC4_40_MD5, TLS_ECDH_RSA_WITH_AES_128_CBC_SHA)
        .doesNotContain(TLS_AES_128_GCM_SHA256, SSL_CK_RC4_128_WITH_MD5, TLS_NULL_WITH_NULL_NULL,
            TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256);
    assertThat(universe).allMatch(s -> s.openSslName().isPresent());
  }

  @Test
  void parse_universe_limitsTheSelectionLikeASmallerBuild() {
    ParameterSet<CipherSuite> build = ParameterSet.of(TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA,
        TLS_AES_128_GCM_SHA256);
    assertThat(OpenSslCipherString.parse("kRSA+AESGCM", build)).containsExactly(TLS_RSA_WITH_AES_128_GCM_SHA256);
    // A name the build lacks is ignored, as OpenSSL ignores it; TLS 1.3 suites never count.
    assertThat(OpenSslCipherString.parse("DES-CBC3-SHA:ALL", build))
        .containsExactly(TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA);
  }

  @Test
  void parse_namesOfOpenSsl11_resolveToTheRegistrysSuites() {
    assertThat(OpenSslCipherString.parse("DHE-RSA-DES-CBC3-SHA:EDH-DSS-DES-CBC3-SHA"))
        .containsExactly(TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA, TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA);
    assertThat(OpenSslCipherString.parse("NULL+kRSA")).contains(TLS_RSA_WITH_NULL_SHA);
  }

  @Test
  void parse_unknownWord_failsNamingItItsPositionAndTheClosestNames() {
    assertThatThrownBy(() -> OpenSslCipherString.parse("HIGH:!aNUL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown cipher alias or name 'aNUL' at position 6; did you mean aNULL or ALL or NULL?");
    assertThatThrownBy(() -> OpenSslCipherString.parse("ECDHE-RSA-AES128-GCM-SHA265"))
        .hasMessage("unknown cipher alias or name 'ECDHE-RSA-AES128-GCM-SHA265' at position 0; did you mean "
            + "ECDHE-RSA-AES128-GCM-SHA256 or ECDH-RSA-AES128-GCM-SHA256 or DHE-RSA-AES128-GCM-SHA256?");
  }

  @Test
  void parse_ianaName_failsNamingTheOpenSslName() {
    assertThatThrownBy(() -> OpenSslCipherString.parse("kRSA:TLS_RSA_WITH_AES_128_CBC_SHA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'TLS_RSA_WITH_AES_128_CBC_SHA' at position 5 is an IANA name; OpenSSL cipher strings"
            + " take OpenSSL names: AES128-SHA");
    assertThatThrownBy(() -> OpenSslCipherString.parse("TLS_AES_128_GCM_SHA256"))
        .hasMessage("'TLS_AES_128_GCM_SHA256' at position 0 is a TLS 1.3 suite, which OpenSSL takes from a"
            + " separate list (-ciphersuites), not from the cipher string; see parseTls13");
  }

  @Test
  void parse_syntaxErrors_failWithThePosition() {
    assertThatThrownBy(() -> OpenSslCipherString.parse("ALL:$"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid character '$' at position 4");
    assertThatThrownBy(() -> OpenSslCipherString.parse("ALL::!:"))
        .hasMessage("expected an alias or cipher name at position 6, found ':'");
    assertThatThrownBy(() -> OpenSslCipherString.parse("AES128-SHA+"))
        .hasMessage("expected an alias or cipher name at the end of 'AES128-SHA+'");
    assertThatThrownBy(() -> OpenSslCipherString.parse("AES128-SHA:@SECLEVEL=6"))
        .hasMessage("unknown command '@SECLEVEL=6' at position 11; OpenSSL knows @STRENGTH and @SECLEVEL=0 to @SECLEVEL=5");
  }

  @Test
  void parse_wordsOpenSslWouldIgnore_fail() {
    assertThatThrownBy(() -> OpenSslCipherString.parse("RC4:DEFAULT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'DEFAULT' at position 4 would be ignored: OpenSSL expands DEFAULT only at the start of a cipher string");
    assertThatThrownBy(() -> OpenSslCipherString.parse("AES128-SHA:@STRENGTH+AES"))
        .hasMessage("OpenSSL ignores '+AES' after '@STRENGTH' at position 20; separate it with ':'");
    assertThatThrownBy(() -> OpenSslCipherString.parse("SUITEB128:AES128-SHA"))
        .hasMessage("OpenSSL ignores 'AES128-SHA' after 'SUITEB128' at position 10; Suite B keywords stand alone");
  }

  @Test
  void parse_emptySelection_failsWithNoCipherMatch() {
    assertThatThrownBy(() -> OpenSslCipherString.parse("kRSA+kDHE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no cipher match: 'kRSA+kDHE' selects no suite");
    assertThatThrownBy(() -> OpenSslCipherString.parse("AES128-SHA:-ALL"))
        .hasMessage("no cipher match: 'AES128-SHA:-ALL' selects no suite");
  }

  @Test
  void parseTls13_colonList_keepsOrderAndSkipsBlanksAndRepeats() {
    assertThat(OpenSslCipherString.parseTls13("TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"))
        .containsExactly(TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256);
    assertThat(OpenSslCipherString.parseTls13(" TLS_AES_128_CCM_8_SHA256 ::TLS_AES_128_CCM_8_SHA256"))
        .containsExactly(TLS_AES_128_CCM_8_SHA256);
    assertThat(OpenSslCipherString.parseTls13("")).isEmpty();
  }

  @Test
  void parseTls13_badNames_failNamingThem() {
    assertThatThrownBy(() -> OpenSslCipherString.parseTls13("TLS_AES_128_GCM_SHA256:tls_aes_256_gcm_sha384"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown TLS 1.3 cipher suite 'tls_aes_256_gcm_sha384' at position 23; did you mean "
            + "TLS_AES_256_GCM_SHA384?");
    assertThatThrownBy(() -> OpenSslCipherString.parseTls13("TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256"))
        .hasMessage("unknown TLS 1.3 cipher suite 'TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256' at position 0;"
            + " separate TLS 1.3 suites with ':'");
    assertThatThrownBy(() -> OpenSslCipherString.parseTls13("ECDHE-RSA-AES128-GCM-SHA256"))
        .hasMessage("'ECDHE-RSA-AES128-GCM-SHA256' at position 0 is not a TLS 1.3 suite; TLS 1.2 and earlier"
            + " suites belong in the cipher string");
  }

  @Test
  void of_sameText_isEqualAndPrintsAsWritten() {
    OpenSslCipherString nginx = OpenSslCipherString.of("HIGH:!aNULL:!MD5");
    assertThat(nginx).isEqualTo(OpenSslCipherString.of("HIGH:!aNULL:!MD5")).hasToString("HIGH:!aNULL:!MD5");
    assertThat(nginx.text()).isEqualTo("HIGH:!aNULL:!MD5");
    assertThat(nginx).isNotEqualTo(OpenSslCipherString.of("HIGH:!aNULL"));
  }
}
