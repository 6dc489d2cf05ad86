package io.github.tlscompat.core.cipherstring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.GnuTlsCommand;
import io.github.tlscompat.core.cipherstring.GnuTlsPriorityString.Expansion;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks {@link GnuTlsPriorityString} against the {@code gnutls-cli} on the PATH (GnuTLS
 * 3.7.9 on Debian 12, without a system priority file): for priority strings admins write, the
 * manual's examples and corner cases, our expansion must equal what {@code gnutls-cli --list
 * --priority P} prints, line by line and in order (suites, protocols, ciphers, MACs, key
 * exchanges, groups, signature algorithms); where GnuTLS rejects a string we must reject it too,
 * quoting its message. Fails, rather than skips, without {@code gnutls-cli}: CI installs it.
 */
@Tag("gnutls")
class GnuTlsPriorityStringGnuTlsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "NORMAL",
      "SECURE128",
      "SECURE256:+SECURE128",
      "PFS",
      "NORMAL:%SERVER_PRECEDENCE",
      "NORMAL:-VERS-ALL:+VERS-TLS1.2",
      "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1",
      "SECURE192:-VERS-ALL:+VERS-TLS1.3",
      "PERFORMANCE:%SERVER_PRECEDENCE",
      "NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL:+COMP-NULL",
      "LEGACY",
      "SECURE",
      "SECURE256",
      "SECURE192",
      "SUITEB128",
      "SUITEB192",
      "NORMAL:%COMPAT",
      "NORMAL: %SERVER_PRECEDENCE:%COMPAT",
      "normal:-vers-tls1.0:-VERS-TLS1.1",
      "NORMAL:+ARCFOUR-128:+3DES-CBC",
      "NORMAL:+VERS-SSL3.0",
      "NORMAL:-VERS-TLS-ALL:+VERS-TLS1.2:+VERS-TLS1.3",
      "NORMAL:-VERS-TLS1.2",
      "NORMAL:-VERS-ALL:+VERS-TLS1.0:+VERS-TLS1.3",
      "SECURE128:-VERS-TLS1.0:-VERS-TLS1.1:-RSA:%SERVER_PRECEDENCE",
      "SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.3:-RSA:-DHE-RSA",
      "NORMAL:-RSA:-DHE-RSA",
      "NORMAL:-CIPHER-ALL:+AES-256-GCM:+AES-128-GCM",
      "NORMAL:-GROUP-ALL:+GROUP-X25519:+GROUP-SECP256R1",
      "NORMAL:-KX-ALL:+ECDHE-RSA",
      "NORMAL:-MAC-ALL:+AEAD",
      "NORMAL:+NULL",
      "NORMAL:%NO_EXTENSIONS",
      "NORMAL:-SIGN-ALL",
      "NORMAL:+PSK:+DHE-PSK:+ECDHE-PSK",
      "NORMAL:+SRP",
      "NORMAL:+ANON-DH:+ANON-ECDH",
      "NORMAL:+CAMELLIA-128-GCM:+CAMELLIA-256-CBC:+SHA256:+SHA384",
      "NORMAL:+DHE-DSS:+3DES-CBC:+MD5",
      "PFS:-GROUP-DH-ALL",
      "PFS:-GROUP-EC-ALL",
      "NORMAL:+CURVE-SECP192R1:+CURVE-ALL",
      "NORMAL:%PROFILE_HIGH:%VERIFY_ALLOW_SIGN_WITH_SHA1:%NO_TICKETS:%SAFE_RENEGOTIATION:%NO_ETM",
      "NORMAL:+CTYPE-ALL:+RSA-EXPORT:+CIPHER-NONSENSE",
      "NONE:+VERS-TLS-ALL:+MAC-ALL:+RSA:+AES-128-CBC:+SIGN-ALL:+COMP-NULL",
      "NONE:+VERS-TLS-ALL:+AES-128-CBC:+ECDHE-RSA:+SHA1:+COMP-NULL:+SIGN-RSA-SHA1:+CURVE-SECP256R1",
      "NONE:+VERS-TLS1.3:+AES-128-GCM:+AEAD:+SIGN-ALL:+GROUP-ALL",
      "NONE:+VERS-TLS1.2:+AES-128-GCM:+DHE-RSA:+AEAD:+SIGN-ALL:+COMP-NULL:+GROUP-SECP256R1",
      "NONE:+VERS-TLS1.2:+VERS-TLS1.3:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL",
      "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-DTLS-ALL:-VERS-DTLS-ALL",
      "SECURE128:+GOST",
  })
  void expand_equalsGnutlsCliList(String priority) {
    // GIVEN
    GnuTlsCommand.Listing real = GnuTlsCommand.list(priority);
    assertThat(real.exitCode()).as("gnutls-cli --priority %s: %s", priority, real.error()).isZero();

    // WHEN
    Expansion ours = GnuTlsPriorityString.expand(priority);

    // THEN
    assertThat(ours.cipherSuites()).as("suites of %s", priority).containsExactlyElementsOf(real.suites());
    assertThat(prefixed("VERS-", ours.protocols())).as("protocols of %s", priority)
        .containsExactlyElementsOf(real.protocols());
    assertThat(ours.ciphers()).as("ciphers of %s", priority).containsExactlyElementsOf(real.ciphers());
    assertThat(ours.macs()).as("MACs of %s", priority).containsExactlyElementsOf(real.macs());
    assertThat(ours.keyExchanges()).as("key exchanges of %s", priority)
        .containsExactlyElementsOf(real.keyExchanges());
    assertThat(prefixed("GROUP-", ours.groupNames())).as("groups of %s", priority)
        .containsExactlyElementsOf(real.groups());
    assertThat(prefixed("SIGN-", ours.signatureNames())).as("signatures of %s", priority)
        .containsExactlyElementsOf(real.signatures());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "@SYSTEM",
      "@SYSTEM,NORMAL:-VERS-TLS1.0",
      "NORMAL:foo",
      "NORMAL:+VERS-TLS1.5:%COMPAT",
      "NORMAL:%FOO",
      "NORMAL:%server_precedence",
      "NORMAL:",
      "NORMAL:+GROUP-SECP999R1",
      "NORMAL:-SIGN-RSA-SHA999",
      "NONE:+VERS-TLS1.2",
      "NONE:+AES-128-GCM:+AEAD:+ECDHE-RSA",
      "NORMAL:-VERS-ALL",
      "NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+SHA1:+SIGN-ALL",
  })
  void expand_rejectsWhatGnutlsCliRejects_quotingIt(String priority) {
    // GIVEN
    GnuTlsCommand.Listing real = GnuTlsCommand.list(priority);
    assertThat(real.exitCode()).as("gnutls-cli --priority %s", priority).isNotZero();

    // WHEN / THEN
    assertThatThrownBy(() -> GnuTlsPriorityString.expand(priority)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("(gnutls-cli: " + real.error() + ")");
  }

  private static List<String> prefixed(String prefix, List<String> names) {
    return names.stream().map(n -> prefix + n).toList();
  }
}
