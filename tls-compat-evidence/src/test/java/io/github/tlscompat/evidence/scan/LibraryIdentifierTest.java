package io.github.tlscompat.evidence.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.library.LibraryFamily;
import io.github.tlscompat.evidence.scan.LibraryIdentification.Confidence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The library told from what scans of the real servers measured (2026-12-03, the lists below are
 * theirs): each family told where its answers single it out, unknown where they do not.
 */
class LibraryIdentifierTest {
  private static final int SERVER_NAME = 0x0000;
  private static final int EC_POINT_FORMATS = 0x000B;
  private static final int ALPN = 0x0010;
  private static final int ENCRYPT_THEN_MAC = 0x0016;
  private static final int EXTENDED_MASTER_SECRET = 0x0017;
  private static final int SESSION_TICKET = 0x0023;
  private static final int SUPPORTED_VERSIONS = 0x002B;
  private static final int COOKIE = 0x002C;
  private static final int KEY_SHARE = 0x0033;
  private static final int RENEGOTIATION_INFO = 0xFF01;

  private static ServerBehaviour behaviour(List<Integer> tls12, List<Integer> tls13, List<Integer> retry,
      Boolean ffdhe, Boolean share, Boolean groupsByClient, Boolean ignoresVersions, Boolean tls12ForLegacy) {
    return new ServerBehaviour(tls12, tls13, retry, Optional.ofNullable(ffdhe), Optional.ofNullable(share),
        Optional.ofNullable(groupsByClient), Optional.empty(), Optional.empty(), Optional.ofNullable(ignoresVersions),
        Optional.ofNullable(tls12ForLegacy), !tls13.isEmpty());
  }

  @Test
  void identify_opensslSServer_isOpenSsl111OrLaterWithHighConfidence() {
    // GIVEN what openssl s_server 3.0 answered, TLS 1.0 to 1.3 in the client's order
    ServerBehaviour b = behaviour(List.of(RENEGOTIATION_INFO, SESSION_TICKET, ENCRYPT_THEN_MAC, EXTENDED_MASTER_SECRET),
        List.of(SUPPORTED_VERSIONS, KEY_SHARE), List.of(SUPPORTED_VERSIONS, KEY_SHARE), false, true, null, null, null);

    // WHEN
    LibraryIdentification l = LibraryIdentifier.identify(b);

    // THEN
    assertThat(l.family()).contains(LibraryFamily.OPENSSL);
    assertThat(l.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(l.describe()).isEqualTo("library: OpenSSL 1.1.1 or later (high confidence, from behaviour): ServerHello extensions"
        + " answering TLS 1.2 [renegotiation_info, session_ticket, encrypt_then_mac,"
        + " extended_master_secret] in OpenSSL's order; TLS 1.3 ServerHello extensions"
        + " [supported_versions, key_share] in the order of OpenSSL or SunJSSE or BCJSSE;"
        + " HelloRetryRequest extensions [supported_versions, key_share] in OpenSSL's order; DHE ignores"
        + " the client's ffdhe3072 (RFC 7919) for a prime of its own (OpenSSL); TLS 1.3 takes a key share"
        + " for its second group (OpenSSL or SunJSSE or BCJSSE)");
  }

  @Test
  void identify_nginxWithoutTls13_isOpenSslWithNoReleaseRange() {
    ServerBehaviour b = behaviour(List.of(RENEGOTIATION_INFO, SERVER_NAME, EC_POINT_FORMATS, SESSION_TICKET, ALPN,
        EXTENDED_MASTER_SECRET), List.of(), List.of(), null, null, false, false, null);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.describe()).isEqualTo("library: OpenSSL (high confidence, from behaviour): ServerHello extensions answering TLS 1.2"
        + " [renegotiation_info, server_name, ec_point_formats, session_ticket,"
        + " application_layer_protocol_negotiation, extended_master_secret] in OpenSSL's order; groups"
        + " follow the server's order (OpenSSL or GnuTLS); without TLS 1.3, supported_versions is read"
        + " (OpenSSL or SunJSSE or BCJSSE)");
  }

  @Test
  void identify_gnutlsServ_isGnuTlsWithHighConfidence() {
    ServerBehaviour b = behaviour(List.of(EC_POINT_FORMATS, ENCRYPT_THEN_MAC, EXTENDED_MASTER_SECRET,
        RENEGOTIATION_INFO), List.of(), List.of(), null, null, false, true, null);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.describe()).isEqualTo("library: GnuTLS (high confidence, from behaviour): ServerHello extensions answering TLS 1.2"
        + " [ec_point_formats, encrypt_then_mac, extended_master_secret, renegotiation_info] in GnuTLS's"
        + " order; groups follow the server's order (OpenSSL or GnuTLS); without TLS 1.3,"
        + " supported_versions is ignored (GnuTLS)");
  }

  @Test
  void identify_sunJsseTls13Only_isSunJsseWithMediumConfidence_onlyTheRetryTellsItFromBcjsse() {
    ServerBehaviour b = behaviour(List.of(), List.of(SUPPORTED_VERSIONS, KEY_SHARE),
        List.of(SUPPORTED_VERSIONS, COOKIE, KEY_SHARE), null, true, true, null, false);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.describe()).isEqualTo("library: SunJSSE in JDK 11 or later (or 8u261 or later) (medium confidence, from behaviour):"
        + " TLS 1.3 ServerHello extensions [supported_versions, key_share] in the order of OpenSSL or"
        + " SunJSSE or BCJSSE; HelloRetryRequest extensions [supported_versions, cookie, key_share] in"
        + " SunJSSE's order; TLS 1.3 takes a key share for its second group (OpenSSL or SunJSSE or"
        + " BCJSSE); groups follow the client's order (SunJSSE or BCJSSE); a TLS 1.2 hello to a TLS"
        + " 1.3-only server is refused for its version (OpenSSL or SunJSSE or BCJSSE)");
  }

  @Test
  void identify_emulatedServerFollowingTheServersGroupOrder_isBcjsseWithTheContradictionSaid() {
    ServerBehaviour b = behaviour(List.of(), List.of(SUPPORTED_VERSIONS, KEY_SHARE),
        List.of(SUPPORTED_VERSIONS, KEY_SHARE, COOKIE), null, true, false, null, false);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.describe()).isEqualTo("library: BCJSSE (medium confidence, from behaviour): TLS 1.3 ServerHello extensions"
        + " [supported_versions, key_share] in the order of OpenSSL or SunJSSE or BCJSSE;"
        + " HelloRetryRequest extensions [supported_versions, key_share, cookie] in BCJSSE's order; TLS"
        + " 1.3 takes a key share for its second group (OpenSSL or SunJSSE or BCJSSE); a TLS 1.2 hello to"
        + " a TLS 1.3-only server is refused for its version (OpenSSL or SunJSSE or BCJSSE); groups"
        + " follow the server's order (OpenSSL or GnuTLS), unlike BCJSSE's default (a setting, or an"
        + " emulation)");
  }

  @Test
  void identify_tls13ServerHelloAlone_isUnknownNamingTheCandidates() {
    ServerBehaviour b = behaviour(List.of(), List.of(SUPPORTED_VERSIONS, KEY_SHARE), List.of(), null, null, null, null,
        null);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.family()).isEmpty();
    assertThat(l.confidence()).isEqualTo(Confidence.NONE);
    assertThat(l.describe()).isEqualTo("library: unknown: the answers fit OpenSSL or SunJSSE or BCJSSE alike; what tells them apart"
        + " was not read (no TLS 1.0 to 1.2 hello was answered, no HelloRetryRequest was read)");
  }

  @Test
  void identify_anOrderNoMeasuredLibraryWrites_isUnknown() {
    ServerBehaviour b = behaviour(List.of(EXTENDED_MASTER_SECRET, EC_POINT_FORMATS, RENEGOTIATION_INFO), List.of(),
        List.of(), null, null, null, null, null);

    LibraryIdentification l = LibraryIdentifier.identify(b);

    assertThat(l.describe()).isEqualTo("library: unknown: its extension orders match none of the libraries measured (OpenSSL or GnuTLS"
        + " or SunJSSE or BCJSSE)");
  }

  @Test
  void identify_nothingRead_isUnknown() {
    LibraryIdentification l = LibraryIdentifier.identify(behaviour(List.of(), List.of(), List.of(), null, null, null,
        null, null));

    assertThat(l.describe()).isEqualTo("library: unknown: no probe read an answer that tells libraries apart (no ServerHello to a TLS"
        + " 1.0 to 1.3 hello)");
  }
}
