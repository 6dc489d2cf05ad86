package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * {@code jdk.tls.disabledAlgorithms} with the values JDK 17 and JDK 25 ship (copied from
 * {@code conf/security/java.security} of Debian's OpenJDK 17.0.15 and Temurin 25), and against the
 * running JDK's own filtering.
 */
class JdkDisabledAlgorithmsTest {
  /** JDK 17.0.15, conf/security/java.security. */
  static final String JDK17 = "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\\n"
      + "    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\\n    ECDH";
  /** JDK 25 (Temurin), conf/security/java.security. */
  static final String JDK25 = "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\\n"
      + "    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\\n"
      + "    ECDH, TLS_RSA_*, rsa_pkcs1_sha1 usage HandshakeSignature, \\\n"
      + "    ecdsa_sha1 usage HandshakeSignature, dsa_sha1 usage HandshakeSignature";

  private static final ServerPolicy LEGACY = ServerPolicy.builder("legacy", "everything").versions(SSL_3_0, TLS_1_0,
      TLS_1_1, TLS_1_2, TLS_1_3).cipherSuites(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
      TLS_DHE_RSA_WITH_AES_128_CBC_SHA, TLS_ECDH_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_GCM_SHA256,
      TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_DES_CBC_SHA,
      TLS_DH_anon_WITH_AES_128_CBC_SHA, TLS_ECDH_anon_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_NULL_SHA256,
      TLS_RSA_EXPORT_WITH_RC4_40_MD5)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp192r1, NamedGroup.ffdhe2048))
      .signatureSchemes(List.of(SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pkcs1_sha256,
          SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.ecdsa_sha1))
      .build();

  @Test
  void apply_jdk17Value_leavesTls12And13WithoutRc4DesAnonNullOrStaticEcdh() {
    ServerPolicy p = JdkDisabledAlgorithms.apply(LEGACY, JDK17.replace("\\\n", ""));

    assertThat(p.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(p.cipherSuites()).containsExactly(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TLS_DHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(p.groups()).as("EC keySize < 224").containsExactly(NamedGroup.x25519, NamedGroup.secp256r1,
        NamedGroup.ffdhe2048);
    assertThat(p.signatureSchemes()).isEqualTo(LEGACY.signatureSchemes());
  }

  @Test
  void apply_jdk25Value_alsoDropsTlsRsaPatternAndSha1HandshakeSignatures() {
    ServerPolicy p = JdkDisabledAlgorithms.apply(LEGACY, JDK25.replace("\\\n", ""));

    assertThat(p.cipherSuites()).containsExactly(TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(p.signatureSchemes()).containsExactly(SignatureScheme.rsa_pss_rsae_sha256,
        SignatureScheme.rsa_pkcs1_sha256);
  }

  @Test
  void apply_runningJdksValueToItsSupportedSuites_givesWhatItEnables() throws Exception {
    // GIVEN what this JDK supports, and its own disabledAlgorithms (not blanked, as in the legacy-jsse fork)
    String property = Security.getProperty(JdkDisabledAlgorithms.PROPERTY);
    assumeThat(property).isNotBlank();
    SSLEngine engine = SSLContext.getDefault().createSSLEngine();
    engine.setUseClientMode(false);
    List<String> supported = Arrays.stream(engine.getSupportedCipherSuites()).filter(n -> !n.endsWith("_SCSV")).toList();
    ServerPolicy base = JsseConfig.read("supported", Arrays.asList(engine.getSupportedProtocols()), supported, true,
        List.of(), CertificateSpec.RSA_2048_SHA256);

    // WHEN
    ServerPolicy p = JdkDisabledAlgorithms.apply(base, property);

    // THEN the JDK's default enabled suites are exactly the supported ones its property leaves
    assertThat(p.cipherSuites().stream().map(CipherSuite::jsseName).toList()).containsExactlyElementsOf(
        Arrays.stream(engine.getEnabledCipherSuites()).filter(n -> !n.endsWith("_SCSV")).toList());
    assertThat(p.versions().stream().map(v -> v.jsseName()).toList())
        .containsExactlyInAnyOrder(engine.getEnabledProtocols());
  }

  @Test
  void apply_keepsTheBasesImplementationHabits() {
    ServerPolicy jsse = LEGACY.toBuilder().habit(ServerHabit.ORDERS_GROUPS_BY_CLIENT, true)
        .habit(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE, true).build();
    ServerPolicy other = LEGACY.toBuilder().habit(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13, true)
        .habit(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS, true).requiresSni(true)
        .habit(ServerHabit.CHECKS_SNI_AFTER_VERSION, true).build();

    ServerPolicy p = JdkDisabledAlgorithms.apply(jsse, JDK17.replace("\\\n", ""));
    ServerPolicy q = JdkDisabledAlgorithms.apply(other, JDK17.replace("\\\n", ""));

    assertThat(p.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT)).isTrue();
    assertThat(p.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE)).isTrue();
    assertThat(p.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13)
        || p.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS) || p.has(ServerHabit.CHECKS_SNI_AFTER_VERSION))
        .isFalse();
    assertThat(List.of(q.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13),
        q.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS), q.has(ServerHabit.CHECKS_SNI_AFTER_VERSION),
        q.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT), q.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE)))
        .containsExactly(true, true, true, false, false);
  }

  @Test
  void apply_includeNamedCurves_resolvesFromTheGivenProperties() {
    ServerPolicy p = JdkDisabledAlgorithms.apply(LEGACY, "include jdk.disabled.namedCurves",
        Map.of("jdk.disabled.namedCurves", "secp256r1, x25519"));

    assertThat(p.groups()).containsExactly(NamedGroup.secp192r1, NamedGroup.ffdhe2048);
    assertThat(JdkDisabledAlgorithms.apply(LEGACY, "include jdk.disabled.namedCurves")).isEqualTo(LEGACY);
  }

  @Test
  void apply_dhKeySizeAboveThePolicysPrime_dropsDheSuitesAndSmallFfdheGroups() {
    ServerPolicy p = JdkDisabledAlgorithms.apply(LEGACY, "DH keySize < 3072");

    assertThat(p.cipherSuites()).doesNotContain(TLS_DHE_RSA_WITH_AES_128_CBC_SHA, TLS_DH_anon_WITH_AES_128_CBC_SHA);
    assertThat(p.groups()).doesNotContain(NamedGroup.ffdhe2048);
  }

  @Test
  void apply_malformedEntries_nameTheEntryAndWhatWasExpected() {
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(LEGACY, "RC4, DH keySise < 1024"))
        .hasMessage("entry 2 'DH keySise < 1024' of jdk.tls.disabledAlgorithms: unknown constraint"
            + " 'keySise < 1024'; expected keySize <op> <bits>, jdkCA, denyAfter YYYY-MM-DD or usage ...;"
            + " did you mean keySize?");
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(LEGACY, "include jdk.disabled.namedCurve"))
        .hasMessage("entry 1 'include jdk.disabled.namedCurve' of jdk.tls.disabledAlgorithms: include names"
            + " 'jdk.disabled.namedCurve'; expected jdk.disabled.namedCurves, the one includable property;"
            + " did you mean jdk.disabled.namedCurves?");
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(LEGACY, "RSA_*"))
        .hasMessageContaining("only cipher suite names starting with TLS_ may have wildcards");
    assertThatThrownBy(() -> JdkDisabledAlgorithms.apply(LEGACY, "TLSv1.2, TLSv1.3, SSLv3, TLSv1, TLSv1.1"))
        .hasMessageEndingWith("has no protocol version left");
  }

  @Test
  void components_areDecomposedOncePerSuite() {
    // Found profiling the fuzz target: every entry of the property decomposed every suite again,
    // hundreds of sets per entry; the decomposition is a fact of the suite.
    assertThat(JdkDisabledAlgorithms.components(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256))
        .isSameAs(JdkDisabledAlgorithms.components(TLS_DHE_RSA_WITH_AES_128_GCM_SHA256))
        .containsExactlyInAnyOrder("RSA", "DH", "DHE", "DIFFIEHELLMAN", "DHE_RSA", "AES_128_GCM", "AES", "GCM",
            "SHA256", "SHA-256", "HMACSHA256");
    assertThat(JdkDisabledAlgorithms.components(TLS_RSA_EXPORT_WITH_RC4_40_MD5))
        .containsExactlyInAnyOrder("RSA", "RSA_EXPORT", "RC4_40", "RC4", "MD5", "HMACMD5");
  }

  @Test
  void foldCase_twoNames_equalExactlyWhenEqualsIgnoreCaseSaysSo() {
    // The suites are looked up by folded name where each used to be compared with equalsIgnoreCase:
    // the lookup must match the same entries, odd letters included (dotless i, long s, the Kelvin
    // sign, which equalsIgnoreCase matches with I, S and K; sharp s, which it does not match with SS).
    String odd = "\u0131\u0130\u017F\u212A\u00DF\u00B5\u00FFsSkKiI_x";
    java.util.Random random = new java.util.Random(14);
    CipherSuite[] all = CipherSuite.values();
    for (int n = 0; n < 20_000; n++) {
      CipherSuite suite = all[random.nextInt(all.length)];
      String name = random.nextBoolean() ? suite.ianaName() : suite.jsseName();
      StringBuilder variant = new StringBuilder(name);
      for (int edits = random.nextInt(4); edits > 0; edits--) {
        int at = random.nextInt(variant.length());
        char c = variant.charAt(at);
        variant.setCharAt(at, random.nextBoolean() ? odd.charAt(random.nextInt(odd.length()))
            : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
      String v = variant.toString();
      for (String other : List.of(name, all[random.nextInt(all.length)].jsseName())) {
        assertThat(JdkDisabledAlgorithms.foldCase(v).equals(JdkDisabledAlgorithms.foldCase(other)))
            .as("%s against %s", v, other).isEqualTo(v.equalsIgnoreCase(other));
      }
    }
    assertThat(JdkDisabledAlgorithms.foldCase("TLS_\u212ARB5_\u017FHA")).isEqualTo("tls_krb5_sha");
  }

  /**
   * Groups and signature schemes are looked up by folded name, and a {@code <digest>with<key>}
   * entry's hash and key type once per entry, where each scheme used to be compared by name: what
   * each entry removes must be what the comparisons removed (they are written out here as they were).
   */
  @Test
  void apply_groupAndSchemeEntries_removeWhatComparingEveryNameRemoved() {
    List<SignatureScheme> allSchemes = Arrays.stream(SignatureScheme.values())
        .filter(s -> s.usableInTls12() || s.usableInTls13Handshake()).toList();
    List<NamedGroup> allGroups = List.of(NamedGroup.values());
    ServerPolicy base = LEGACY.toBuilder().signatureSchemes(allSchemes).groups(allGroups)
        .certificates(CertificateSpec.RSA_2048_SHA256, CertificateSpec.ECDSA_P256_SHA256).build();
    List<String> names = new java.util.ArrayList<>();
    for (SignatureScheme s : allSchemes) names.add(s.ianaName());
    for (NamedGroup g : allGroups) names.add(g.ianaName());
    names.addAll(List.of("SHA1withRSA", "sha256WithECDSA", "SHA384withRSASSA-PSS", "SHA512withDSA", "MD5withRSA",
        "SHA224withECDSA", "withRSA", "SHA256with", "SHA256withEd25519", "ed25519", "Ed448", "ECDSA", "x25519"));
    java.util.Random random = new java.util.Random(18);
    int checked = 0;
    for (int round = 0; round < 3; round++) {
      for (String name : names) {
        StringBuilder variant = new StringBuilder(name);
        for (int at = 0; at < variant.length(); at++) {
          if (round > 0 && random.nextBoolean()) {
            char c = variant.charAt(at);
            variant.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
        String n = variant.toString();
        ServerPolicy after;
        try {
          after = JdkDisabledAlgorithms.apply(base, n);
        } catch (IllegalArgumentException nothingLeft) {
          continue;
        }
        assertThat(after.signatureSchemes()).as(n).containsExactlyElementsOf(allSchemes.stream()
            .filter(s -> !(s.ianaName().equalsIgnoreCase(n) || signatureMatches(n, s))).toList());
        assertThat(after.groups()).as(n).containsExactlyElementsOf(allGroups.stream()
            .filter(g -> !g.ianaName().equalsIgnoreCase(n)).toList());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(2 * names.size());
  }

  /** The comparison apply made with every scheme before the look-ups. */
  private static boolean signatureMatches(String name, SignatureScheme scheme) {
    String n = name.toUpperCase(java.util.Locale.ROOT);
    int with = n.indexOf("WITH");
    if (with < 0) return false;
    String key = switch (scheme.keyType()) {
      case EC -> "ECDSA";
      case RSASSA_PSS -> "RSASSA-PSS";
      default -> scheme.keyType().name();
    };
    return n.substring(0, with).equals(scheme.hash().name().toUpperCase(java.util.Locale.ROOT))
        && n.substring(with + 4).equals(key.toUpperCase(java.util.Locale.ROOT));
  }
}
