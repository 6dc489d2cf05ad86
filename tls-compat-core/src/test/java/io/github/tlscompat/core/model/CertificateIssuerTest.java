package io.github.tlscompat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {
  @Test
  void new_distinguishedName_upperCasesTypesAndDropsSpacesAroundSeparators() {
    CertificateIssuer issuer = new CertificateIssuer(" cn = Contoso Issuing CA , dc=contoso,  DC = com ");

    assertThat(issuer.name()).isEqualTo("CN=Contoso Issuing CA,DC=contoso,DC=com");
    assertThat(issuer.isDistinguishedName()).isTrue();
    assertThat(issuer.commonName()).contains("Contoso Issuing CA");
    assertThat(issuer).isEqualTo(new CertificateIssuer("CN=Contoso Issuing CA,DC=contoso,DC=com"));
  }

  @Test
  void new_escapedCommaAndQuotedValue_stayInsideTheValue() {
    CertificateIssuer escaped = new CertificateIssuer("CN=Contoso\\, Ltd CA, O=Contoso");
    CertificateIssuer quoted = new CertificateIssuer("CN=\"Contoso, Ltd CA\" ,O=Contoso");

    assertThat(escaped.name()).isEqualTo("CN=Contoso\\, Ltd CA,O=Contoso");
    assertThat(escaped.commonName()).contains("Contoso\\, Ltd CA");
    assertThat(quoted.name()).isEqualTo("CN=\"Contoso, Ltd CA\",O=Contoso");
  }

  @Test
  void new_multiValuedRdn_keepsThePlus() {
    assertThat(new CertificateIssuer("CN=Gateway CA + O=Contoso, C=US").name()).isEqualTo("CN=Gateway CA+O=Contoso,C=US");
  }

  @Test
  void new_nameWithoutEquals_isTheNameOfACa() {
    CertificateIssuer ca = new CertificateIssuer("  Contoso Enterprise Root CA ");

    assertThat(ca.name()).isEqualTo("Contoso Enterprise Root CA");
    assertThat(ca.isDistinguishedName()).isFalse();
    assertThat(ca.commonName()).isEmpty();
  }

  @Test
  void new_badNames_sayWhatIsWrong() {
    assertThatThrownBy(() -> new CertificateIssuer("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an issuer needs a name, was '  '");
    assertThatThrownBy(() -> new CertificateIssuer("CN=Contoso CA,,O=Contoso")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuer 'CN=Contoso CA,,O=Contoso': '' is not an attribute type=value; a distinguished name reads"
            + " like CN=Contoso Issuing CA,DC=contoso,DC=com");
    assertThatThrownBy(() -> new CertificateIssuer("CN=,O=Contoso")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuer 'CN=,O=Contoso': 'CN=' is not an attribute type=value; a distinguished name reads"
            + " like CN=Contoso Issuing CA,DC=contoso,DC=com");
    assertThatThrownBy(() -> new CertificateIssuer("Contoso\u0000CA")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuer name 'Contoso?CA' holds a control character at 7");
    assertThatThrownBy(() -> new CertificateIssuer("x".repeat(1025))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuer name is 1025 characters long; at most 1024 are accepted");
  }

  @Test
  void matches_sameDistinguishedNameInOtherCaseAndSpacing_matches() {
    CertificateIssuer issued = new CertificateIssuer("CN=Contoso  Issuing CA,DC=contoso,DC=com");

    assertThat(issued.matches(new CertificateIssuer("cn=contoso issuing ca, dc=CONTOSO, dc=com"))).isTrue();
    assertThat(issued.matches(new CertificateIssuer("CN=Contoso Issuing CA,DC=fabrikam,DC=com"))).isFalse();
  }

  @Test
  void matches_caNameAgainstDistinguishedName_comparesTheFirstCommonName() {
    CertificateIssuer dn = new CertificateIssuer("CN=Contoso Root CA,O=Contoso,C=US");
    CertificateIssuer ca = new CertificateIssuer("contoso root ca");

    assertThat(dn.matches(ca)).isTrue();
    assertThat(ca.matches(dn)).isTrue();
    assertThat(new CertificateIssuer("O=Contoso,C=US").matches(ca)).isFalse();
    assertThat(ca.matches(new CertificateIssuer("Fabrikam Root CA"))).isFalse();
  }

  @Test
  void matches_runsOfSpacesAnywhere_countAsOneSpace() {
    CertificateIssuer ca = new CertificateIssuer("Contoso   Root  CA");

    assertThat(ca.matches(new CertificateIssuer("contoso root ca"))).isTrue();
    assertThat(new CertificateIssuer("CN=Contoso Root   CA,O=Contoso").matches(new CertificateIssuer("CONTOSO ROOT CA"))).isTrue();
    assertThat(ca.matches(new CertificateIssuer("ContosoRoot CA"))).isFalse();
  }

  @Test
  void isAmong_anyTrustedIssuerMatching_isTrusted() {
    CertificateIssuer issued = new CertificateIssuer("CN=Gateway CA");

    assertThat(issued.isAmong(List.of(new CertificateIssuer("CN=Other CA"), new CertificateIssuer("Gateway CA")))).isTrue();
    assertThat(issued.isAmong(List.of(new CertificateIssuer("CN=Other CA")))).isFalse();
    assertThat(issued.isAmong(List.of())).isFalse();
  }

  @Test
  void certificateSpecParse_issuerAfterTheFirstAt_roundTrips() {
    CertificateSpec spec = CertificateSpec.parse("RSA:2048:SHA256@CN=Gateway CA, E=pki@contoso.com");

    assertThat(spec).isEqualTo(new CertificateSpec(KeyType.RSA, 2048, HashAlgorithm.SHA256, false,
        Optional.of(new CertificateIssuer("CN=Gateway CA,E=pki@contoso.com"))));
    assertThat(spec.toString()).isEqualTo("rsa:2048:sha256@CN=Gateway CA,E=pki@contoso.com");
    assertThat(CertificateSpec.parse(spec.toString())).isEqualTo(spec);
    assertThat(CertificateSpec.parse("ecdsa:p256:sha256:wildcard@Contoso Root CA"))
        .isEqualTo(CertificateSpec.ECDSA_P256_SHA256.asWildcard().withIssuer(new CertificateIssuer("Contoso Root CA")));
  }

  @Test
  void certificateSpecParse_badIssuer_namesTheCertificate() {
    assertThatThrownBy(() -> CertificateSpec.parse("rsa:2048:sha256@")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certificate 'rsa:2048:sha256@': an issuer needs a name, was ''");
    assertThatThrownBy(() -> CertificateSpec.parse("rsa:2048@CN=X")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certificate 'rsa:2048@CN=X' must be type:bits:hash[:wildcard][@issuer], e.g. rsa:2048:sha256");
  }

  @Test
  void certificateSpecTypical_eachKeyType_parsesBackFromItsShortForm() {
    for (KeyType type : List.of(KeyType.RSA, KeyType.EC, KeyType.DSA, KeyType.ED25519, KeyType.ED448)) {
      CertificateSpec typical = CertificateSpec.typical(type);
      assertThat(typical.keyType()).isEqualTo(type);
      assertThat(CertificateSpec.parse(typical.toString())).isEqualTo(typical);
    }
    assertThatThrownBy(() -> CertificateSpec.typical(KeyType.ML_DSA_44)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no typical certificate for a ML_DSA_44 key; expected RSA, EC, DSA, ED25519 or ED448");
  }
}
