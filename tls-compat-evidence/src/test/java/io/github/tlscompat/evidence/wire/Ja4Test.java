package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Ja4Test {
  static final Map<String, String[]> PUBLISHED = ClientHelloCapturesTest.readTsv("fingerprints.tsv");

  /**
   * Clients whose published JA4 does not describe the captured bytes, with the check that applies
   * instead: android-15-16-native's capture resumes a session (it carries pre_shared_key, 41), the
   * fingerprinted connection did not; libressl-3.3.6-macos's published value has a stray leading "R".
   */
  static Stream<String> matching() {
    return PUBLISHED.keySet().stream()
        .filter(id -> !List.of("android-15-16-native", "libressl-3.3.6-macos").contains(id));
  }

  @Test
  void published_has22Clients() {
    assertThat(PUBLISHED).hasSize(22);
    assertThat(matching()).hasSize(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matching")
  void of_capture_equalsPublishedJa4(String id) {
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture(id));
    assertThat(Ja4.of(hello)).isEqualTo(PUBLISHED.get(id)[2]);
  }

  @Test
  void of_resumingCaptureWithoutPreSharedKey_equalsPublishedJa4() {
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("android-15-16-native"));
    List<HelloLayout.Extension> fresh = hello.extensions().stream().filter(e -> e.type() != 41).toList();
    ClientHello withoutPsk = new ClientHello(hello.format(), hello.recordVersion(), hello.legacyVersion(),
        hello.random(), hello.sessionId(), hello.cipherSuites(), hello.compressionMethods(), fresh);

    assertThat(Ja4.of(hello)).isEqualTo("t13d1517h2_8daaf6152771_b6f405a00624");
    assertThat(Ja4.of(withoutPsk)).isEqualTo(PUBLISHED.get("android-15-16-native")[2]);
  }

  @Test
  void of_libressl_equalsPublishedWithoutItsStrayPrefix() {
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("libressl-3.3.6-macos"));
    assertThat("R" + Ja4.of(hello)).isEqualTo(PUBLISHED.get("libressl-3.3.6-macos")[2]);
  }

  @Test
  void of_specExample_chrome() {
    // JA4.md's worked example is this Chrome hello: t13d1516h2_8daaf6152771_e5627efa2ab1.
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("chrome-101-win10"));
    assertThat(Ja4.of(hello)).isEqualTo("t13d1516h2_8daaf6152771_e5627efa2ab1");
  }

  @Test
  void of_noExtensionsNoAlpn_zeroHashAndNoSni() {
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("android-2.3.7"));
    assertThat(Ja4.of(hello)).startsWith("t10i1600").endsWith("_000000000000");
  }

  @Test
  void of_alpnNotAlphanumeric_usesHexDigits() {
    // JA4.md "ALPN Extension Value": first hex digit of the first byte, last of the last byte.
    HelloLayout.Extension alpn = new HelloLayout.Extension(16, new byte[] {0, 3, 2, (byte) 0xAB, (byte) 0xCD});
    ClientHello hello = new ClientHello(HelloFormat.TLS_RECORD, 0x0301, 0x0303, new byte[32], new byte[0],
        List.of(0x1301), List.of(0), List.of(alpn));
    assertThat(Ja4.of(hello)).startsWith("t12i0101ad_");
  }
}
