package io.github.tlscompat.core.cipherstring;

import static io.github.tlscompat.core.registry.NamedGroup.*;
import static io.github.tlscompat.core.registry.SignatureScheme.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.cipherstring.GnuTlsPriorityString.Expansion;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link GnuTlsPriorityString} makes of a string beyond what {@code gnutls-cli --list} prints
 * ({@code GnuTlsPriorityStringGnuTlsTest} checks that part against the binary): the groups and
 * signature schemes a handshake uses, the DH prime, the options, and the messages of errors.
 */
class GnuTlsPriorityStringTest {

  @Test
  void expand_normal_tls13SuitesFirstThenKeyExchangeByCipherByMac() {
    // WHEN
    Expansion normal = GnuTlsPriorityString.expand("NORMAL");

    // THEN
    assertThat(normal.cipherSuites()).startsWith(CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_128_CCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256);
    assertThat(normal.cipherSuites()).hasSize(29).endsWith(CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(normal.versions()).isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
        ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3));
    assertThat(normal.protocols()).containsExactly("TLS1.3", "TLS1.2", "TLS1.1", "TLS1.0", "DTLS1.2", "DTLS1.0");
    assertThat(normal.serverPrecedence()).isFalse();
  }

  @Test
  void expand_groups_areTheKindsTheKeyExchangesUse_inTheOrderTheyFirstAppear() {
    assertThat(GnuTlsPriorityString.expand("NORMAL").groups()).isEqualTo(PreferenceList.of(secp256r1, secp384r1,
        secp521r1, x25519, x448, ffdhe2048, ffdhe3072, ffdhe4096, ffdhe6144, ffdhe8192));
    // no DHE suite and no TLS 1.3: no FFDHE group is offered or accepted
    assertThat(GnuTlsPriorityString.expand("NORMAL:-VERS-ALL:+VERS-TLS1.2:-DHE-RSA").groups())
        .isEqualTo(PreferenceList.of(secp256r1, secp384r1, secp521r1, x25519, x448));
    // DHE before ECDHE: the FFDHE groups first
    assertThat(GnuTlsPriorityString.expand(
        "NONE:+VERS-TLS1.2:+AES-128-GCM:+DHE-RSA:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-X25519:+GROUP-FFDHE3072").groups())
        .isEqualTo(PreferenceList.of(ffdhe3072, x25519));
  }

  @Test
  void expand_signatureSchemes_areTheDefaultListByCodePoint() {
    assertThat(GnuTlsPriorityString.expand("NORMAL").signatureSchemes()).isEqualTo(PreferenceList.of(
        rsa_pkcs1_sha256, rsa_pss_pss_sha256, rsa_pss_rsae_sha256, ecdsa_secp256r1_sha256, ed25519, rsa_pkcs1_sha384,
        rsa_pss_pss_sha384, rsa_pss_rsae_sha384, ecdsa_secp384r1_sha384, ed448, rsa_pkcs1_sha512, rsa_pss_pss_sha512,
        rsa_pss_rsae_sha512, ecdsa_secp521r1_sha512, rsa_pkcs1_sha1, ecdsa_sha1));
  }

  @Test
  void knownDhPrimeBits_isTheFirstFfdheGroupOfAtLeastTheAskedSize() {
    assertThat(GnuTlsPriorityString.expand("NORMAL").knownDhPrimeBits(2048)).hasValue(2048);
    assertThat(GnuTlsPriorityString.expand("NORMAL").knownDhPrimeBits(3072)).hasValue(3072);
    // SECURE256's only FFDHE group is ffdhe8192
    assertThat(GnuTlsPriorityString.expand("SECURE256").knownDhPrimeBits(2048)).hasValue(8192);
    // SECURE128 appends ffdhe2048 and the others after SECURE256's ffdhe8192 (measured: 8192 bits)
    assertThat(GnuTlsPriorityString.expand("SECURE256:+SECURE128").knownDhPrimeBits(2048)).hasValue(8192);
    assertThat(GnuTlsPriorityString.expand(
        "NONE:+VERS-TLS1.2:+AES-128-GCM:+DHE-RSA:+AEAD:+SIGN-ALL:+GROUP-SECP256R1").knownDhPrimeBits(2048)).isEmpty();
  }

  @Test
  void expand_options_serverPrecedenceIsModelled_theOthersListed() {
    // WHEN
    Expansion x = GnuTlsPriorityString.expand(
        "NORMAL:%SERVER_PRECEDENCE:%COMPAT:+COMP-NULL:+CIPHER-NONSENSE:%PROFILE_HIGH:%NO_TICKETS");

    // THEN
    assertThat(x.serverPrecedence()).isTrue();
    assertThat(x.unmodelled()).containsExactly("%COMPAT", "+COMP-NULL", "+CIPHER-NONSENSE (ignored by GnuTLS)",
        "%PROFILE_HIGH", "%NO_TICKETS");
    assertThat(x.cipherSuites()).isEqualTo(GnuTlsPriorityString.expand("NORMAL").cipherSuites());
  }

  @Test
  void expand_noExtensions_turnsTls13Off() {
    assertThat(GnuTlsPriorityString.expand("NORMAL:%NO_EXTENSIONS").versions()).isEqualTo(
        ParameterSet.of(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2));
  }

  @Test
  void expand_systemKeyword_takesTheFirstDefinedOne_andAppendsTheRest() {
    // WHEN
    Expansion x = GnuTlsPriorityString.expand("@LIBVIRT,SYSTEM:-VERS-TLS1.0",
        Map.of("SYSTEM", "NORMAL:-VERS-TLS1.1"));

    // THEN
    assertThat(x.resolved()).isEqualTo("NORMAL:-VERS-TLS1.1:-VERS-TLS1.0");
    assertThat(x.versions()).isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3));
  }

  @Test
  void expand_systemKeywordNotDefined_isASyntaxErrorAtTheStart() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("@SYSTEM")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error at character 1 of '@SYSTEM', '@SYSTEM': no entry SYSTEM in the system priority"
            + " file (it defines no keyword) (gnutls-cli: Syntax error at: @SYSTEM)");
  }

  @Test
  void expand_unknownVersion_namesTheWordItsPositionAndTheVersions() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL:+VERS-TLS1.5:%COMPAT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error at character 8 of 'NORMAL:+VERS-TLS1.5:%COMPAT', '+VERS-TLS1.5': unknown protocol"
            + " version 'TLS1.5'; expected SSL3.0, TLS1.0, TLS1.1, TLS1.2, TLS1.3, DTLS0.9, DTLS1.0, DTLS1.2, ALL,"
            + " TLS-ALL or DTLS-ALL (gnutls-cli: Syntax error at: +VERS-TLS1.5:%COMPAT)");
  }

  @Test
  void expand_wordWithoutSign_isNotALevel() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL: VERS-TLS1.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error at character 9 of 'NORMAL: VERS-TLS1.2', 'VERS-TLS1.2': not a level keyword"
            + " (NONE, NORMAL, PFS, SECURE128, SECURE, SECURE192, SECURE256, SUITEB128, SUITEB192, LEGACY,"
            + " PERFORMANCE), a +, - or ! algorithm or a % option (gnutls-cli: Syntax error at: VERS-TLS1.2)");
  }

  @Test
  void expand_misspelledCipher_suggestsTheClosest() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL:+AES-129-GCM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error at character 8 of 'NORMAL:+AES-129-GCM', '+AES-129-GCM': 'AES-129-GCM' is no MAC,"
            + " cipher, key exchange, level or VERS-, GROUP-, CURVE-, SIGN-, CIPHER-, MAC-, KX-, COMP- or CTYPE- name"
            + " GnuTLS knows; did you mean AES-128-GCM or AES-128-CCM or AES-192-GCM? (gnutls-cli: Syntax error at:"
            + " +AES-129-GCM)");
  }

  @Test
  void expand_unknownGroup_listsTheGroups() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL:+GROUP-SECP999R1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error at character 8 of 'NORMAL:+GROUP-SECP999R1', '+GROUP-SECP999R1': unknown group"
            + " 'SECP999R1'; expected ALL or one of SECP192R1, SECP224R1, SECP256R1, SECP384R1, SECP521R1, X25519,"
            + " GC256B, GC512A, X448, GC256A, GC256C, GC256D, GC512B, GC512C, FFDHE2048, FFDHE3072, FFDHE4096,"
            + " FFDHE6144, FFDHE8192; did you mean SECP192R1? (gnutls-cli: Syntax error at:"
            + " +GROUP-SECP999R1)");
  }

  @Test
  void expand_optionsAreCaseSensitive() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL:%server_precedence"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("syntax error at character 8 of 'NORMAL:%server_precedence', '%server_precedence':"
            + " unknown option '%server_precedence'; expected one of %COMPAT, %DUMBFW, %NO_EXTENSIONS,")
        .hasMessageEndingWith(", %DISABLE_TLS13_COMPAT_MODE; did you mean SERVER_PRECEDENCE? (gnutls-cli: Syntax"
            + " error at: %server_precedence)");
  }

  @Test
  void expand_noSuite_isGnutlsNoPriorities() {
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NONE:+VERS-TLS1.2:+SIGN-ALL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'NONE:+VERS-TLS1.2:+SIGN-ALL' enables no cipher suite (gnutls-cli: Error in priorities: No or"
            + " insufficient priorities were set.)");
    // NONE clears the signature algorithms too, and without one TLS 1.2 goes
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NONE:+VERS-TLS1.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'NONE:+VERS-TLS1.2' leaves no protocol version (none without a signature algorithm)"
            + " (gnutls-cli: Error in priorities: No or insufficient priorities were set.)");
    assertThatThrownBy(() -> GnuTlsPriorityString.expand("NORMAL:-VERS-ALL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'NORMAL:-VERS-ALL' enables no protocol version (gnutls-cli: Error in priorities: No or"
            + " insufficient priorities were set.)");
  }
}
