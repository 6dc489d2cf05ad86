package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CipherSuiteTest {

  @Test
  void table_everyBouncyCastleConstant_presentWithSameCodeAndName() throws IllegalAccessException {
    // GIVEN Bouncy Castle's independent table of IANA code points
    Map<String, Integer> bc = IndependentSources.bouncyCastleConstants(org.bouncycastle.tls.CipherSuite.class);
    assertThat(bc).hasSizeGreaterThan(300);

    // WHEN each is looked up by code
    List<String> mismatches = new ArrayList<>();
    bc.forEach((name, code) -> {
      Optional<CipherSuite> ours = CipherSuite.fromCode(code);
      if (ours.isEmpty() || !ours.get().name().equals(name)) {
        mismatches.add(String.format("0x%04X %s -> %s", code, name, ours.map(Enum::name).orElse("missing")));
      }
    });

    // THEN every one is ours under the same name
    assertThat(mismatches).isEmpty();
  }

  @Test
  void table_everyCodePointCapturedClientsSend_resolves() throws IOException {
    List<String> unresolved = new ArrayList<>();
    List<Integer> tls = IndependentSources.observedCodes("observed-cipher-suites.txt", "TLS");
    List<Integer> ssl2 = IndependentSources.observedCodes("observed-cipher-suites.txt", "SSLv2");
    for (int code : tls) {
      if (fromCode(code).isEmpty()) unresolved.add("TLS " + IndependentSources.hex(code));
    }
    for (int code : ssl2) {
      if (fromSsl2Code(code).isEmpty()) unresolved.add(String.format("SSLv2 0x%06X", code));
    }
    int lines = tls.size() + ssl2.size();
    assertThat(lines).isEqualTo(135);
    assertThat(unresolved).isEmpty();
  }

  @Test
  void table_codesAndNames_areUnique() {
    Set<String> codes = new HashSet<>();
    Set<String> openSslNames = new HashSet<>();
    for (CipherSuite s : values()) {
      assertThat(codes.add(s.codeString())).as("code of %s", s).isTrue();
      if (!s.isSsl2()) s.openSslName().ifPresent(n -> assertThat(openSslNames.add(n)).as("OpenSSL name %s", n).isTrue());
    }
  }

  @Test
  void table_size_coversIanaRegistryAndSsl2Kinds() {
    long tls = java.util.Arrays.stream(values()).filter(s -> !s.isSsl2()).count();
    long ssl2 = java.util.Arrays.stream(values()).filter(CipherSuite::isSsl2).count();
    assertThat(tls).isGreaterThanOrEqualTo(320);
    assertThat(ssl2).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # suite                                | code   | openssl                      | jsse                                 | kx          | cipher            | eff | mac    | min     | max     | grade
      TLS_RSA_WITH_3DES_EDE_CBC_SHA          | 0x000A | DES-CBC3-SHA                 | SSL_RSA_WITH_3DES_EDE_CBC_SHA        | RSA         | TDES_EDE_CBC      | 112 | SHA1   | SSL_3_0 | TLS_1_2 | WEAK
      TLS_RSA_WITH_RC4_128_MD5               | 0x0004 | RC4-MD5                      | SSL_RSA_WITH_RC4_128_MD5             | RSA         | RC4_128           | 128 | MD5    | SSL_3_0 | TLS_1_2 | INSECURE
      TLS_RSA_EXPORT_WITH_RC4_40_MD5         | 0x0003 | EXP-RC4-MD5                  | SSL_RSA_EXPORT_WITH_RC4_40_MD5       | RSA         | RC4_40            | 40  | MD5    | SSL_3_0 | TLS_1_0 | INSECURE
      TLS_RSA_WITH_DES_CBC_SHA               | 0x0009 | DES-CBC-SHA                  | SSL_RSA_WITH_DES_CBC_SHA             | RSA         | DES_CBC           | 56  | SHA1   | SSL_3_0 | TLS_1_1 | INSECURE
      TLS_RSA_WITH_AES_128_CBC_SHA           | 0x002F | AES128-SHA                   | TLS_RSA_WITH_AES_128_CBC_SHA         | RSA         | AES_128_CBC       | 128 | SHA1   | SSL_3_0 | TLS_1_2 | WEAK
      TLS_DHE_RSA_WITH_AES_256_CBC_SHA       | 0x0039 | DHE-RSA-AES256-SHA           | TLS_DHE_RSA_WITH_AES_256_CBC_SHA     | DHE_RSA     | AES_256_CBC       | 256 | SHA1   | SSL_3_0 | TLS_1_2 | SECURE
      TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA     | 0xC013 | ECDHE-RSA-AES128-SHA         | TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA   | ECDHE_RSA   | AES_128_CBC       | 128 | SHA1   | TLS_1_0 | TLS_1_2 | SECURE
      TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256  | 0xC02F | ECDHE-RSA-AES128-GCM-SHA256  | TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256| ECDHE_RSA   | AES_128_GCM       | 128 | AEAD   | TLS_1_2 | TLS_1_2 | RECOMMENDED
      TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384| 0xC024 | ECDHE-ECDSA-AES256-SHA384    | TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384| ECDHE_ECDSA | AES_256_CBC     | 256 | SHA384 | TLS_1_2 | TLS_1_2 | SECURE
      TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256 | 0xCCAA | DHE-RSA-CHACHA20-POLY1305 | TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256 | DHE_RSA | CHACHA20_POLY1305 | 256 | AEAD | TLS_1_2 | TLS_1_2 | RECOMMENDED
      TLS_DH_anon_WITH_AES_128_GCM_SHA256    | 0x00A6 | ADH-AES128-GCM-SHA256        | TLS_DH_anon_WITH_AES_128_GCM_SHA256  | DH_anon     | AES_128_GCM       | 128 | AEAD   | TLS_1_2 | TLS_1_2 | INSECURE
      TLS_PSK_WITH_AES_128_CBC_SHA           | 0x008C | PSK-AES128-CBC-SHA           | TLS_PSK_WITH_AES_128_CBC_SHA         | PSK         | AES_128_CBC       | 128 | SHA1   | TLS_1_0 | TLS_1_2 | WEAK
      TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8     | 0xC0AE | ECDHE-ECDSA-AES128-CCM8      | TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8   | ECDHE_ECDSA | AES_128_CCM_8     | 128 | AEAD   | TLS_1_2 | TLS_1_2 | SECURE
      TLS_AES_128_GCM_SHA256                 | 0x1301 | TLS_AES_128_GCM_SHA256       | TLS_AES_128_GCM_SHA256               | ANY         | AES_128_GCM       | 128 | AEAD   | TLS_1_3 | TLS_1_3 | RECOMMENDED
      TLS_AES_256_GCM_SHA384                 | 0x1302 | TLS_AES_256_GCM_SHA384       | TLS_AES_256_GCM_SHA384               | ANY         | AES_256_GCM       | 256 | AEAD   | TLS_1_3 | TLS_1_3 | RECOMMENDED
      TLS_RSA_EXPORT1024_WITH_RC4_56_SHA     | 0x0064 | EXP1024-RC4-SHA              | TLS_RSA_EXPORT1024_WITH_RC4_56_SHA   | RSA         | RC4_56            | 56  | SHA1   | SSL_3_0 | TLS_1_0 | INSECURE
      """)
  void metadata_wellKnownSuites_matchTheirDefinitions(CipherSuite suite, String code, String openSsl, String jsse,
      KeyExchange kx, BulkCipher cipher, int effectiveBits, Mac mac, ProtocolVersion min, ProtocolVersion max,
      SecurityGrade grade) {
    assertThat(suite.codeString()).isEqualTo(code);
    assertThat(suite.openSslName()).contains(openSsl);
    assertThat(suite.jsseName()).isEqualTo(jsse);
    assertThat(suite.keyExchange()).isEqualTo(kx);
    assertThat(suite.cipher()).isEqualTo(cipher);
    assertThat(suite.cipher().effectiveBits()).isEqualTo(effectiveBits);
    assertThat(suite.mac()).isEqualTo(mac);
    assertThat(suite.minVersion()).contains(min);
    assertThat(suite.maxVersion()).contains(max);
    assertThat(suite.grade()).isEqualTo(grade);
  }

  @Test
  void flags_3desSuite_describeLyncPhoneEditionsLastSuite() {
    CipherSuite s = TLS_RSA_WITH_3DES_EDE_CBC_SHA;
    assertThat(s.authentication()).isEqualTo(Authentication.RSA);
    assertThat(s.cipher().keyBits()).isEqualTo(168);
    assertThat(s.cipher().blockBits()).isEqualTo(64);
    assertThat(s.isForwardSecret()).isFalse();
    assertThat(s.isAead()).isFalse();
    assertThat(s.isExport()).isFalse();
    assertThat(s.isRegistered()).isTrue();
    assertThat(s.isValidIn(ProtocolVersion.TLS_1_0)).isTrue();
    assertThat(s.isValidIn(ProtocolVersion.TLS_1_3)).isFalse();
    assertThat(s.isValidIn(ProtocolVersion.SSL_2_0)).isFalse();
  }

  @Test
  void versions_tls13SuitesOnlyIn13_aeadOnlyFrom12_signalingNowhere() {
    for (CipherSuite s : values()) {
      if (s.isSignaling()) {
        for (ProtocolVersion v : ProtocolVersion.values()) assertThat(s.isValidIn(v)).as("%s in %s", s, v).isFalse();
        continue;
      }
      assertThat(s.isValidIn(ProtocolVersion.TLS_1_3)).as(s.name()).isEqualTo(s.isTls13());
      if (s.isAead() && !s.isTls13()) assertThat(s.minVersion()).as(s.name()).contains(ProtocolVersion.TLS_1_2);
      assertThat(s.isValidIn(ProtocolVersion.SSL_2_0)).as(s.name()).isEqualTo(s.isSsl2());
    }
  }

  @Test
  void flags_ssl2KindsAndUnregisteredCodes_areMarked() {
    assertThat(SSL_CK_DES_192_EDE3_CBC_WITH_MD5.codeString()).isEqualTo("0x0700C0");
    assertThat(SSL_CK_DES_192_EDE3_CBC_WITH_MD5.isSsl2()).isTrue();
    assertThat(SSL_CK_DES_192_EDE3_CBC_WITH_MD5.grade()).isEqualTo(SecurityGrade.INSECURE);
    assertThat(fromSsl2Code(0x0700C0)).contains(SSL_CK_DES_192_EDE3_CBC_WITH_MD5);
    assertThat(fromCode(0x0700C0)).isEmpty();
    assertThat(SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA.isRegistered()).isFalse();
    assertThat(TLS_RSA_EXPORT1024_WITH_RC4_56_MD5.isRegistered()).isFalse();
    assertThat(TLS_EMPTY_RENEGOTIATION_INFO_SCSV.isSignaling()).isTrue();
    assertThat(TLS_FALLBACK_SCSV.codeString()).isEqualTo("0x5600");
  }

  @Test
  void grade_recommendedSuites_areExactlyForwardSecretStrongAead() {
    for (CipherSuite s : values()) {
      boolean expected = !s.isSignaling() && s.isForwardSecret() && !s.isAnonymous()
          && s.cipher().mode() == BulkCipher.Mode.AEAD && s.cipher().ianaName().matches("AES_\\d+_(GCM|CCM)|CHACHA20_POLY1305");
      assertThat(s.grade() == SecurityGrade.RECOMMENDED).as(s.name()).isEqualTo(expected);
    }
  }

  @Test
  void prfHashColumn_everyTlsSuite_agreesWithWhatItsIanaNameSays() {
    // The IANA name ends in the PRF hash (or names SM3 or a GOST suite): an independent check of the column.
    List<String> differ = new ArrayList<>();
    for (CipherSuite s : values()) {
      if (s.isSsl2()) continue;
      String n = s.name();
      HashAlgorithm byName = n.contains("SM3") ? HashAlgorithm.SM3
          : n.startsWith("TLS_GOSTR341112_256") ? HashAlgorithm.GOSTR3411_2012_256
          : n.startsWith("TLS_GOSTR3410") ? HashAlgorithm.GOSTR3411_94
          : n.endsWith("SHA384") ? HashAlgorithm.SHA384 : HashAlgorithm.SHA256;
      if (s.prfHash() != byName) differ.add(n + " has " + s.prfHash() + ", its name says " + byName);
    }
    assertThat(differ).isEmpty();
    assertThat(SSL_CK_DES_192_EDE3_CBC_WITH_MD5.prfHash()).isEqualTo(HashAlgorithm.MD5);
    assertThat(TLS_GOSTR341001_WITH_28147_CNT_IMIT.prfHash()).isEqualTo(HashAlgorithm.GOSTR3411_94);
    assertThat(TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC.prfHash()).isEqualTo(HashAlgorithm.GOSTR3411_2012_256);
  }

  @Test
  void exportColumn_isExactlyTheSuitesWhoseIanaNameSaysExport() {
    for (CipherSuite s : values()) {
      assertThat(s.isExport()).as(s.name()).isEqualTo(s.name().contains("EXPORT"));
    }
    assertThat(Arrays.stream(values()).filter(CipherSuite::isExport)).hasSize(23);
  }

  @Test
  void prfHash_followsTheSuiteName() {
    assertThat(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.prfHash()).isEqualTo(HashAlgorithm.SHA384);
    assertThat(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.prfHash()).isEqualTo(HashAlgorithm.SHA256);
    assertThat(TLS_RSA_WITH_3DES_EDE_CBC_SHA.prfHash()).isEqualTo(HashAlgorithm.SHA256);
    assertThat(TLS_AES_256_GCM_SHA384.prfHash()).isEqualTo(HashAlgorithm.SHA384);
    assertThat(TLS_SM4_GCM_SM3.prfHash()).isEqualTo(HashAlgorithm.SM3);
  }

  @Test
  void lookups_byEveryNameForm_findTheSameSuite() {
    assertThat(fromIanaName("tls_rsa_with_3des_ede_cbc_sha")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromOpenSslName("DES-CBC3-SHA")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromJsseName("SSL_RSA_WITH_3DES_EDE_CBC_SHA")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromJsseName("TLS_RSA_WITH_3DES_EDE_CBC_SHA")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromName("0x000A")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromName("0x00,0x0A")).isEqualTo(TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    assertThat(fromName("0x07,0x00,0xC0")).isEqualTo(SSL_CK_DES_192_EDE3_CBC_WITH_MD5);
    assertThat(fromName("RC4-MD5")).isEqualTo(TLS_RSA_WITH_RC4_128_MD5);
  }

  @Test
  void fromIanaName_typo_failsNamingTheInputAndTheClosestSuite() {
    assertThatThrownBy(() -> fromIanaName("TLS_RSA_WITH_3DES_CBC_SHA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown IANA cipher suite name 'TLS_RSA_WITH_3DES_CBC_SHA'; did you mean "
            + "TLS_RSA_WITH_3DES_EDE_CBC_SHA or TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA or TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA?");
  }

  @Test
  void fromOpenSslName_unknown_failsWithoutSuggestionsWhenNothingIsClose() {
    assertThatThrownBy(() -> fromOpenSslName("no-such-thing-at-all-here-zzzzz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown OpenSSL cipher name 'no-such-thing-at-all-here-zzzzz'");
  }
}
