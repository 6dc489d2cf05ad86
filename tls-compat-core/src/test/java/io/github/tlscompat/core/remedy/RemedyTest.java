package io.github.tlscompat.core.remedy;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.library.OpenSslBuild;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemedyTest {
  static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 phone").versions(SSL_3_0, TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA).sendsSni(false)
      .limits(ClientLimits.builder().certificateSignatureHashes(HashAlgorithm.SHA1)
          .acceptsWildcardCertificates(false).build()).build();
  static final ServerPolicy HARDENED = ServerPolicy.builder("hardened", "TLS 1.2 only").versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
      .certificates(CertificateSpec.RSA_2048_SHA1).build();

  @Test
  void find_tls10AndRc4And3desGone_needsVersionPlusSuite_weakestLast() {
    // WHEN
    List<Remedy> remedies = Remedy.find(PHONE, HARDENED);

    // THEN every remedy is proven, and 3DES (weak) ranks before RC4 (insecure)
    assertThat(remedies).isNotEmpty().allSatisfy(r ->
        assertThat(Negotiator.negotiate(PHONE, r.policy()).isConnected()).isTrue());
    assertThat(remedies.get(0).describe())
        .isEqualTo("enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak)");
    assertThat(remedies.get(remedies.size() - 1).outcome().cipherSuite().grade().name()).isEqualTo("INSECURE");
    assertThat(remedies.get(0).changes()).containsExactly(new PolicyChange.EnableVersion(TLS_1_0),
        new PolicyChange.AddCipherSuite(TLS_RSA_WITH_3DES_EDE_CBC_SHA));
  }

  @Test
  void find_everyRemedy_isItsChangesAppliedToTheServerInOrder() {
    // WHEN a tool applies the typed changes itself
    for (Remedy r : Remedy.find(PHONE, HARDENED)) {
      ServerPolicy applied = HARDENED;
      for (PolicyChange c : r.changes()) applied = c.applyTo(applied);

      // THEN it gets the policy the remedy was proven with
      assertThat(applied).as(r.describe()).isEqualTo(r.policy());
    }
  }

  @Test
  void find_sameTwoChangesInEitherOrder_isOneRemedy() {
    List<Remedy> remedies = Remedy.find(PHONE, HARDENED);

    assertThat(remedies).extracting(r -> java.util.Set.copyOf(r.changes())).doesNotHaveDuplicates();
  }

  @Test
  void find_sniOnlyServer_offersFallbackCertificate() {
    ServerPolicy wap = ServerPolicy.builder("wap", "SNI only").versions(TLS_1_0, TLS_1_2)
        .cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA).certificates(CertificateSpec.RSA_2048_SHA1).requiresSni(true).build();

    List<Remedy> remedies = Remedy.find(PHONE, wap);

    assertThat(remedies).extracting(r -> r.changes().get(0))
        .contains(new PolicyChange.AddFallbackCertificate(CertificateSpec.RSA_2048_SHA1));
    assertThat(remedies).extracting(r -> r.changes().get(0).describe()).contains("add a fallback certificate for clients without SNI");
  }

  @Test
  void find_sha256CertificateToSha1OnlyFirmware_resignsTheCertificate() {
    ServerPolicy fe = HARDENED.toBuilder().versions(TLS_1_0).cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA)
        .certificates(CertificateSpec.RSA_2048_SHA256).build();

    List<Remedy> remedies = Remedy.find(PHONE, fe);

    assertThat(remedies).hasSize(1);
    assertThat(remedies.get(0).changes()).containsExactly(new PolicyChange.ReplaceCertificate(CertificateSpec.RSA_2048_SHA256,
        CertificateSpec.RSA_2048_SHA1));
    assertThat(remedies.get(0).describeChanges()).isEqualTo("present a certificate signed with SHA1 (the client cannot verify SHA256)");
  }

  @Test
  void find_alreadyConnected_isEmpty() {
    ServerPolicy open = HARDENED.toBuilder().versions(TLS_1_0).cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA).build();
    assertThat(Remedy.find(PHONE, open)).isEmpty();
  }

  @Test
  void find_tls10ClientRefusedForTheLibrarysSignatureRule_lowersTheSecurityLevel_notEnablesAVersion() {
    // GIVEN s_server as Debian 12 ships it (level 2), with TLS 1.0 enabled, and a TLS 1.0-only client
    ServerPolicy sServer = OpenSslConfig.readArguments("s_server", "", CertificateSpec.RSA_2048_SHA256,
        ServerLibrary.of(OpenSslBuild.DEBIAN_12), path -> Optional.empty()).policy();
    ClientProfile tls10 = ClientProfile.builder("tls10", "TLS 1.0 only").versions(TLS_1_0)
        .cipherSuites(TLS_RSA_WITH_AES_128_CBC_SHA).build();

    // WHEN
    List<Remedy> remedies = Remedy.find(tls10, sServer);

    // THEN level 1 would not do (OpenSSL 3.0 rates MD5+SHA-1 67 bits, below 80): only level 0
    assertThat(remedies).extracting(Remedy::describe).containsExactly("lower the OpenSSL security level to 0"
        + " (@SECLEVEL=0): connects with TLSv1.0 TLS_RSA_WITH_AES_128_CBC_SHA (graded weak)");
    assertThat(remedies.get(0).policy().library()).contains(
        new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0)));
  }

  @Test
  void find_onOpenSsl111AtLevel2_theHighestLevelThatSignsIsProposed() {
    // GIVEN OpenSSL 1.1.1 at level 2 with an ECDSA key: TLS 1.0 signs with SHA-1, rated 80 bits
    ServerPolicy server = OpenSslConfig.readArguments("s_server", "", CertificateSpec.ECDSA_P256_SHA256,
        new ServerLibrary(OpenSslBuild.OPENSSL_1_1_1, Optional.of(SecurityLevel.LEVEL_2)), path -> Optional.empty())
        .policy();
    ClientProfile tls10 = ClientProfile.builder("tls10", "TLS 1.0 only").versions(TLS_1_0)
        .cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA).groups(List.of(NamedGroup.secp256r1)).build();

    // WHEN
    List<Remedy> remedies = Remedy.find(tls10, server);

    // THEN level 1 re-admits it, so level 0 is not proposed
    assertThat(remedies).extracting(Remedy::describeChanges)
        .containsExactly("lower the OpenSSL security level to 1 (@SECLEVEL=1)");
  }

  @Test
  void lowerSecurityLevel_onAPolicyWithoutOpenSsl_saysWhy() {
    assertThatThrownBy(() -> new PolicyChange.LowerSecurityLevel(SecurityLevel.LEVEL_0).applyTo(HARDENED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy hardened names no OpenSSL library whose level could be lowered");
  }

  @Test
  void concession_perKindOfChange_isTheWeakestGradeLetIn() {
    // GIVEN: a server whose suites are secure, so that only the change decides
    Connected secure = (Connected) Negotiator.negotiate(
        ClientProfile.builder("c", "c").versions(TLS_1_2).cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build(),
        HARDENED);

    // THEN
    assertThat(remedy(secure, new PolicyChange.AddCipherSuite(TLS_RSA_WITH_3DES_EDE_CBC_SHA)).concession())
        .isEqualTo(SecurityGrade.WEAK);
    assertThat(remedy(secure, new PolicyChange.AddCipherSuite(TLS_RSA_WITH_RC4_128_SHA)).concession())
        .isEqualTo(SecurityGrade.INSECURE);
    assertThat(remedy(secure, new PolicyChange.AddCipherSuite(TLS_RSA_EXPORT_WITH_RC4_40_MD5)).concession())
        .isEqualTo(SecurityGrade.INSECURE);
    assertThat(remedy(secure, new PolicyChange.AddCipherSuite(TLS_RSA_WITH_DES_CBC_SHA)).concession())
        .isEqualTo(SecurityGrade.INSECURE);
    assertThat(remedy(secure, new PolicyChange.EnableVersion(SSL_3_0)).concession()).isEqualTo(SecurityGrade.INSECURE);
    assertThat(remedy(secure, new PolicyChange.EnableVersion(TLS_1_0)).concession()).isEqualTo(SecurityGrade.WEAK);
    assertThat(remedy(secure, new PolicyChange.UseDhParameters(512)).concession()).isEqualTo(SecurityGrade.INSECURE);
    assertThat(remedy(secure, new PolicyChange.UseDhParameters(1024)).concession()).isEqualTo(SecurityGrade.WEAK);
    assertThat(remedy(secure, new PolicyChange.ReplaceCertificate(CertificateSpec.RSA_2048_SHA1,
        CertificateSpec.RSA_2048_SHA256)).concession()).isEqualTo(SecurityGrade.SECURE);
    assertThat(remedy(secure, new PolicyChange.ReplaceCertificate(CertificateSpec.RSA_2048_SHA256,
        CertificateSpec.RSA_2048_SHA1)).concession()).isEqualTo(SecurityGrade.WEAK);
    assertThat(remedy(secure, new PolicyChange.AddFallbackCertificate(CertificateSpec.RSA_2048_SHA256)).concession())
        .isEqualTo(SecurityGrade.SECURE);
    assertThat(remedy(secure, new PolicyChange.StopRequiringClientCertificate()).concession())
        .isEqualTo(SecurityGrade.WEAK);
  }

  @Test
  void concession_weakSuiteNegotiated_isWeakEvenWhenTheChangeIsNot() {
    List<Remedy> remedies = Remedy.find(PHONE, HARDENED);

    // "enable TLSv1.0, add 3DES": TLS 1.0 and 3DES are both weak
    assertThat(remedies.get(0).concession()).isEqualTo(SecurityGrade.WEAK);
    assertThat(remedies).filteredOn(r -> r.outcome().cipherSuite() == TLS_RSA_WITH_RC4_128_MD5)
        .isNotEmpty().allSatisfy(r -> assertThat(r.concession()).isEqualTo(SecurityGrade.INSECURE));
  }

  private static Remedy remedy(Connected outcome, PolicyChange change) {
    return new Remedy(List.of(change), HARDENED, outcome);
  }
}
