package io.github.tlscompat.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateSpecTest {

  @ParameterizedTest
  @CsvSource({"256, secp256r1", "384, secp384r1", "521, secp521r1"})
  void curve_ecKeyOfANistSize_isThatNistCurve(int bits, String curve) {
    assertThat(new CertificateSpec(KeyType.EC, bits, HashAlgorithm.SHA256, false).curve())
        .contains(NamedGroup.valueOf(curve));
  }

  @Test
  void curve_rsaKeyOrOtherEcSize_isEmpty() {
    assertThat(CertificateSpec.RSA_2048_SHA256.curve()).isEmpty();
    assertThat(new CertificateSpec(KeyType.EC, 224, HashAlgorithm.SHA256, false).curve()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"ecdsa:256:sha256", "ecdsa:p256:sha256", "ecdsa:p-256:sha256", "EC:P-256:SHA256"})
  void parse_curveBitsWithOrWithoutPPrefix_samePolicy(String text) {
    assertThat(CertificateSpec.parse(text)).isEqualTo(new CertificateSpec(KeyType.EC, 256, HashAlgorithm.SHA256, false));
  }
}
