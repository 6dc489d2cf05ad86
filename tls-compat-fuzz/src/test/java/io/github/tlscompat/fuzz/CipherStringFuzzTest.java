package io.github.tlscompat.fuzz;

import static io.github.tlscompat.fuzz.Contract.check;
import static io.github.tlscompat.fuzz.Contract.returnsOrRejects;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.registry.CipherSuite;
import java.nio.charset.StandardCharsets;

/**
 * The OpenSSL cipher-string parser ({@link OpenSslCipherString}), fed mutated strings as
 * {@code -cipher}, {@code ssl_ciphers} and {@code SSLCipherSuite} give it, and as a TLS 1.3
 * {@code -ciphersuites} list: each parses to suites a cipher string can select (TLS 1.3 suites for
 * the list), or is
 * rejected with an {@link IllegalArgumentException} naming the word.
 */
class CipherStringFuzzTest {

  @FuzzTest
  void openSslCipherString(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    returnsOrRejects(() -> OpenSslCipherString.parse(text)).ifPresent(suites ->
        check(suites.stream().allMatch(OpenSslCipherString.defaultUniverse()::contains),
            () -> "a suite a cipher string cannot select: " + suites));
    returnsOrRejects(() -> OpenSslCipherString.parseTls13(text)).ifPresent(suites ->
        check(suites.stream().allMatch(CipherSuite::isTls13), () -> "a TLS 1.2 suite in a TLS 1.3 list: " + suites));
  }
}
