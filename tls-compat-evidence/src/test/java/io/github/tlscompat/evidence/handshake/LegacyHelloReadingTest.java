package io.github.tlscompat.evidence.handshake;

import static io.github.tlscompat.core.Pairs.MODERN;
import static io.github.tlscompat.core.Pairs.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.ClientHelloDecoder;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LegacyHelloReadingTest {
  private static final int SUPPORTED_VERSIONS = 43;

  @Test
  void withoutSupportedVersions_tls13Hello_removesOnlyThatExtension() {
    // GIVEN a TLS 1.3 browser's hello, which carries supported_versions
    byte[] flight = ClientHelloEncoder.encode(MODERN, "localhost", new Random(7));
    ClientHello before = ClientHelloDecoder.decode(flight);

    // WHEN the extension is taken out
    ClientHello after = ClientHelloDecoder.decode(LegacyHelloReading.withoutSupportedVersions(flight).orElseThrow());

    // THEN the hello is the same, less supported_versions, and reads as TLS 1.2 and below
    List<Integer> expected = new ArrayList<>(before.extensionTypes());
    expected.remove(Integer.valueOf(SUPPORTED_VERSIONS));
    assertThat(after.extensionTypes()).containsExactlyElementsOf(expected);
    assertThat(after.extension(SUPPORTED_VERSIONS)).isEmpty();
    assertThat(after.legacyVersion()).isEqualTo(before.legacyVersion());
    assertThat(after.random()).isEqualTo(before.random());
    assertThat(after.cipherSuites()).isEqualTo(before.cipherSuites());
    assertThat(after.toProfile("c", "c").versions()).doesNotContain(ProtocolVersion.TLS_1_3);
  }

  @Test
  void withoutSupportedVersions_helloWithoutTheExtensionOrNotAHello_isEmpty() {
    byte[] legacy = ClientHelloEncoder.encode(PHONE, null, new Random(7));

    assertThat(LegacyHelloReading.withoutSupportedVersions(legacy)).isEmpty();
    assertThat(LegacyHelloReading.withoutSupportedVersions(new byte[] {21, 3, 1, 0, 2, 2, 40})).isEmpty();
    assertThat(LegacyHelloReading.withoutSupportedVersions(new byte[0])).isEmpty();
  }
}
