package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Ja3Test {
  static final Map<String, String[]> PUBLISHED = Ja4Test.PUBLISHED;

  /**
   * Clients whose published JA3 cannot describe the captured bytes: the two Android 15/16 entries
   * send Chrome 110+'s hello (ECH GREASE, ALPS), whose BoringSSL permutes the extension order on
   * every connection, so JA3, which keeps wire order, differs from one connection to the next (their
   * JA4, which sorts, is checked in Ja4Test);
   * safari-26.4-macos-ios-ipados-26.4's published "JA3" is no MD5 at all (a hex fragment of its
   * groups list).
   */
  static Stream<String> matching() {
    return PUBLISHED.keySet().stream().filter(id -> !List.of("android-15-16-native", "android-16-native",
        "safari-26.4-macos-ios-ipados-26.4").contains(id));
  }

  @Test
  void published_has22Clients_19Comparable() {
    assertThat(matching()).hasSize(19);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matching")
  void hash_capture_equalsPublishedJa3(String id) {
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture(id));
    assertThat(Ja3.hash(hello)).isEqualTo(PUBLISHED.get(id)[1]);
  }

  @Test
  void hash_safari26macOs_equalsItsIosTwin() {
    // Same Safari 26.4 hello on macOS and iOS (same published JA4); the macOS JA3 field is corrupt.
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("safari-26.4-macos-ios-ipados-26.4"));
    assertThat(PUBLISHED.get("safari-26.4-macos-ios-ipados-26.4")[1]).hasSize(36).doesNotMatch("[0-9a-f]{32}");
    assertThat(Ja3.hash(hello)).isEqualTo(PUBLISHED.get("safari-26.4-ios-ipados-26.4")[1]);
  }

  @Test
  void string_greaseDroppedAndNoExtensions_emptyFields() {
    ClientHello android = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("android-2.3.7"));
    ClientHello chrome = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("chrome-101-win10"));

    assertThat(Ja3.string(android)).isEqualTo("769,4-5-47-51-50-10-22-19-9-21-18-3-8-20-17-255,,,");
    int grease = chrome.cipherSuites().get(0);
    assertThat(ClientHello.isGrease(grease)).isTrue();
    assertThat(Ja3.string(chrome)).startsWith("771,4865-4866-4867-49195-").doesNotContain(Integer.toString(grease));
  }

  @Test
  void string_ssl2Hello_fails() {
    ClientHello ie6 = ClientHelloDecoder.decode(ClientHelloCapturesTest.capture("ie-6-xp"));
    assertThatThrownBy(() -> Ja3.string(ie6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JA3 is defined over a TLS ClientHello, not an SSL 2.0 CLIENT-HELLO");
  }
}
