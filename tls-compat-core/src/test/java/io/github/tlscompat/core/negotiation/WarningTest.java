package io.github.tlscompat.core.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarningTest {

  @ParameterizedTest
  @CsvSource({
      "SSL_2_0, 'negotiated SSLv2, prohibited by RFC 6176'",
      "SSL_3_0, 'negotiated SSLv3, deprecated by RFC 7568'",
      "TLS_1_0, 'negotiated TLSv1.0, deprecated by RFC 8996'",
      "TLS_1_1, 'negotiated TLSv1.1, deprecated by RFC 8996'"})
  void deprecatedVersion_describe_namesTheVersionAndTheRfc(ProtocolVersion version, String text) {
    assertThat(new Warning.DeprecatedVersion(version).describe()).isEqualTo(text);
  }

  @Test
  void deprecatedVersion_tls12_isRejected() {
    assertThatThrownBy(() -> new Warning.DeprecatedVersion(ProtocolVersion.TLS_1_2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("TLSv1.2 is not deprecated");
  }

  @Test
  void weakCipherSuite_gradeAndDescribe_comeFromTheSuite() {
    Warning.WeakCipherSuite w = new Warning.WeakCipherSuite(CipherSuite.TLS_RSA_WITH_RC4_128_SHA);

    assertThat(w.grade()).isEqualTo(SecurityGrade.INSECURE);
    assertThat(w.describe()).isEqualTo("negotiated a suite graded insecure: TLS_RSA_WITH_RC4_128_SHA");
    assertThatThrownBy(() -> new Warning.WeakCipherSuite(CipherSuite.TLS_AES_128_GCM_SHA256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TLS_AES_128_GCM_SHA256 is graded RECOMMENDED, not weak");
  }

  @Test
  void evidenceWarnings_describe_asTheProbesPrintedThem() {
    assertThat(List.<Warning>of(new Warning.ServerFlightIncomplete(), new Warning.CompressionChosen(1),
        new Warning.DowngradeSentinel(), new Warning.ClientCertificateRequested(), new Warning.ClientChecksNotObserved(),
        new Warning.Ssl2CipherList(List.of(CipherSuite.SSL_CK_RC4_128_WITH_MD5)), new Warning.SignatureSchemeHidden(),
        new Warning.UnrunnableSuite(CipherSuite.TLS_RSA_WITH_RC4_128_SHA), new Warning.WireNote("a second ServerHello ignored")))
        .extracting(Warning::describe).containsExactly(
            "the server's flight ended before ServerHelloDone",
            "the server chose compression method 1 (CRIME)",
            "the random carries the RFC 8446 4.1.3 downgrade sentinel: the server speaks TLS 1.3",
            "the server requests a client certificate",
            "the client's own checks (certificate, DH size) are not part of a server's answer",
            "SSL 2.0: the client picks the cipher from the server's list [SSL_CK_RC4_128_WITH_MD5]; the first is shown",
            "the CertificateVerify scheme is not known: TLS 1.3 encrypts it, and the server did not say",
            "Bouncy Castle cannot run TLS_RSA_WITH_RC4_128_SHA, so the handshake stopped at the server's ServerHello:"
                + " the server's choice is proven, the rest of the handshake and the client's checks are not",
            "a second ServerHello ignored");
  }
}
