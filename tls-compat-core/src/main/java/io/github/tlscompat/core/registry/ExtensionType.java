package io.github.tlscompat.core.registry;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The extensions of a ClientHello and the server's answers: every value of the IANA "TLS
 * ExtensionType Values" registry (tls-extensiontype-values-1), named exactly as IANA names them, so
 * {@code toString()} is the IANA name ({@code server_name}, {@code key_share}).
 *
 * <p>Reserved ranges stay out of the enum: 40 and 46 (used by TLS 1.3 drafts), the RFC 8701 GREASE
 * values ({@code 0x0A0A}, {@code 0x1A1A}, ... {@code 0xFAFA}) and 65280 and 65282..65535 (private
 * use, RFC 8446 4.2). A ClientHello may carry any code, so the wire keeps raw codes and renders them
 * with {@link #getText(int)}; {@link #fromCode} never throws. Code points are checked by tests
 * against Bouncy Castle's {@code org.bouncycastle.tls.ExtensionType}.
 *
 * @see <a href="https://www.iana.org/assignments/tls-extensiontype-values/tls-extensiontype-values.xhtml">IANA
 *     TLS ExtensionType Values registry</a>
 * @since 0.1.0
 */
public enum ExtensionType {
  /** The host name the client is connecting to (SNI); RFC 6066. */
  server_name(0x0000, "RFC 6066"),
  /** A smaller maximum record size; RFC 6066. */
  max_fragment_length(0x0001, "RFC 6066"),
  /** The client sends URLs for its certificate chain; RFC 6066. */
  client_certificate_url(0x0002, "RFC 6066"),
  /** The CA keys the client trusts; RFC 6066. */
  trusted_ca_keys(0x0003, "RFC 6066"),
  /** 80-bit record MACs; RFC 6066. */
  truncated_hmac(0x0004, "RFC 6066"),
  /** An OCSP response stapled to the handshake; RFC 6066. */
  status_request(0x0005, "RFC 6066"),
  /** User mapping information; RFC 4681. */
  user_mapping(0x0006, "RFC 4681"),
  /** Authorization data from the client; RFC 5878. */
  client_authz(0x0007, "RFC 5878"),
  /** Authorization data from the server; RFC 5878. */
  server_authz(0x0008, "RFC 5878"),
  /** OpenPGP certificates; RFC 6091. */
  cert_type(0x0009, "RFC 6091"),
  /**
   * The key-exchange groups the client supports (called elliptic_curves before RFC 7919); RFC 8422,
   * RFC 7919.
   */
  supported_groups(0x000A, "RFC 8422, RFC 7919"),
  /** The EC point formats the client can parse; RFC 8422. */
  ec_point_formats(0x000B, "RFC 8422"),
  /** The SRP user name; RFC 5054. */
  srp(0x000C, "RFC 5054"),
  /** The signature schemes the client accepts (RFC 5246 7.4.1.4.1 before TLS 1.3); RFC 8446. */
  signature_algorithms(0x000D, "RFC 8446"),
  /** DTLS-SRTP protection profiles; RFC 5764. */
  use_srtp(0x000E, "RFC 5764"),
  /** The heartbeat mode; RFC 6520. */
  heartbeat(0x000F, "RFC 6520"),
  /** The application protocols offered (ALPN); RFC 7301. */
  application_layer_protocol_negotiation(0x0010, "RFC 7301"),
  /** OCSP stapling for the whole chain; RFC 6961. */
  status_request_v2(0x0011, "RFC 6961"),
  /** Certificate Transparency timestamps; RFC 6962. */
  signed_certificate_timestamp(0x0012, "RFC 6962"),
  /** The client certificate types (raw public keys); RFC 7250. */
  client_certificate_type(0x0013, "RFC 7250"),
  /** The server certificate types (raw public keys); RFC 7250. */
  server_certificate_type(0x0014, "RFC 7250"),
  /** Zero bytes that move the hello's length past a broken middlebox's range; RFC 7685. */
  padding(0x0015, "RFC 7685"),
  /** Encrypt-then-MAC for CBC suites; RFC 7366. */
  encrypt_then_mac(0x0016, "RFC 7366"),
  /** The session-hash master secret; RFC 7627. */
  extended_master_secret(0x0017, "RFC 7627"),
  /** Token Binding parameters; RFC 8472. */
  token_binding(0x0018, "RFC 8472"),
  /** Cached server information; RFC 7924. */
  cached_info(0x0019, "RFC 7924"),
  /** TLS-LTS (a draft); draft-gutmann-tls-lts. Experimental: a draft. */
  tls_lts(0x001A, "draft-gutmann-tls-lts"),
  /** Certificate compression algorithms; RFC 8879. */
  compress_certificate(0x001B, "RFC 8879"),
  /** The largest record the sender will accept; RFC 8449. */
  record_size_limit(0x001C, "RFC 8449"),
  /** A protected TLS-PWD user name; RFC 8492. */
  pwd_protect(0x001D, "RFC 8492"),
  /** A TLS-PWD user name in the clear; RFC 8492. */
  pwd_clear(0x001E, "RFC 8492"),
  /** The TLS-PWD salt; RFC 8492. */
  password_salt(0x001F, "RFC 8492"),
  /** TLS server identity pinning; RFC 8672. */
  ticket_pinning(0x0020, "RFC 8672"),
  /** Certificate authentication together with an external PSK; RFC 8773. */
  tls_cert_with_extern_psk(0x0021, "RFC 8773"),
  /** Delegated credentials; RFC 9345. */
  delegated_credential(0x0022, "RFC 9345"),
  /** A session ticket (SessionTicket TLS); RFC 5077, RFC 8447. */
  session_ticket(0x0023, "RFC 5077, RFC 8447"),
  /** TLMSP; ETSI TS 103 523-2. */
  TLMSP(0x0024, "ETSI TS 103 523-2"),
  /** TLMSP proxying; ETSI TS 103 523-2. */
  TLMSP_proxying(0x0025, "ETSI TS 103 523-2"),
  /** TLMSP delegation; ETSI TS 103 523-2. */
  TLMSP_delegate(0x0026, "ETSI TS 103 523-2"),
  /** EKT ciphers for DTLS-SRTP; RFC 8870. */
  supported_ekt_ciphers(0x0027, "RFC 8870"),
  /** The PSK identities for resumption (4.2.11); RFC 8446. */
  pre_shared_key(0x0029, "RFC 8446"),
  /** 0-RTT data follows (4.2.10); RFC 8446. */
  early_data(0x002A, "RFC 8446"),
  /** The versions the client supports, or the one the server chose (4.2.1); RFC 8446. */
  supported_versions(0x002B, "RFC 8446"),
  /** A HelloRetryRequest cookie (4.2.2); RFC 8446. */
  cookie(0x002C, "RFC 8446"),
  /** The PSK key-exchange modes (4.2.9); RFC 8446. */
  psk_key_exchange_modes(0x002D, "RFC 8446"),
  /** The CAs the sender trusts (4.2.4); RFC 8446. */
  certificate_authorities(0x002F, "RFC 8446"),
  /** Certificate extension filters (4.2.5); RFC 8446. */
  oid_filters(0x0030, "RFC 8446"),
  /** The client accepts post-handshake authentication (4.2.6); RFC 8446. */
  post_handshake_auth(0x0031, "RFC 8446"),
  /** The signature schemes accepted in certificates (4.2.3); RFC 8446. */
  signature_algorithms_cert(0x0032, "RFC 8446"),
  /** The key shares (4.2.8); RFC 8446. */
  key_share(0x0033, "RFC 8446"),
  /** Certificate Transparency 2.0 information; RFC 9162. */
  transparency_info(0x0034, "RFC 9162"),
  /** The draft DTLS connection id; IANA lists it as "connection_id (deprecated)"; RFC 9146. */
  connection_id_deprecated(0x0035, "RFC 9146"),
  /** A DTLS connection id; RFC 9146. */
  connection_id(0x0036, "RFC 9146"),
  /** A hash of the external identity (SRTP); RFC 8844. */
  external_id_hash(0x0037, "RFC 8844"),
  /** An external session id (SRTP); RFC 8844. */
  external_session_id(0x0038, "RFC 8844"),
  /** QUIC transport parameters; RFC 9001. */
  quic_transport_parameters(0x0039, "RFC 9001"),
  /** How many tickets the client wants; RFC 9149. */
  ticket_request(0x003A, "RFC 9149"),
  /** A DNSSEC authentication chain; RFC 9102. */
  dnssec_chain(0x003B, "RFC 9102"),
  /** DTLS sequence number encryption algorithms; RFC 9147. */
  sequence_number_encryption_algorithms(0x003C, "RFC 9147"),
  /** DTLS return-routability check; draft-ietf-tls-dtls-rrc. Experimental: a draft. */
  rrc(0x003D, "draft-ietf-tls-dtls-rrc"),
  /** The outer extensions an encrypted ClientHello reuses; draft-ietf-tls-esni. Experimental: a draft. */
  ech_outer_extensions(0xFD00, "draft-ietf-tls-esni"),
  /** An encrypted ClientHello (ECH); draft-ietf-tls-esni. Experimental: a draft. */
  encrypted_client_hello(0xFE0D, "draft-ietf-tls-esni"),
  /** Secure renegotiation; RFC 5746. */
  renegotiation_info(0xFF01, "RFC 5746");

  private static final Map<Integer, ExtensionType> BY_CODE = new HashMap<>();
  private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

  static {
    for (ExtensionType t : values()) BY_CODE.put(t.code, t);
  }

  private final int code;
  private final String reference;

  ExtensionType(int code, String reference) {
    this.code = code;
    this.reference = reference;
  }

  /** The two-byte code point, e.g. {@code 43} for {@code supported_versions}. */
  public int code() {
    return code;
  }

  /** The document that defines the extension, as IANA cites it, e.g. {@code "RFC 8446"}. */
  public String reference() {
    return reference;
  }

  /** The extension with this code point, or empty (never throws: codes come from the wire). */
  public static Optional<ExtensionType> fromCode(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Whether {@code code} is an RFC 8701 GREASE value: both bytes equal, each of the form {@code 0x?A}. */
  public static boolean isGrease(int code) {
    return (code & 0x0F0F) == 0x0A0A && (code >> 8) == (code & 0xFF);
  }

  /**
   * The IANA name of a code, {@code GREASE} for an RFC 8701 value, or {@code UNKNOWN}, as Bouncy
   * Castle's {@code ExtensionType.getName} answers.
   */
  public static String getName(int code) {
    ExtensionType t = BY_CODE.get(code);
    return t != null ? t.name() : isGrease(code) ? "GREASE" : "UNKNOWN";
  }

  /**
   * A code for logs: the name and the code in hex, e.g. {@code key_share(0x0033)},
   * {@code GREASE(0x0A0A)} or {@code UNKNOWN(0x5600)}.
   */
  public static String getText(int code) {
    // The decoders name every extension they read this way: a Formatter per call was most of a
    // ClientHello's decoding. Codes on the wire are 16-bit; others keep String.format's spelling.
    return getName(code) + (code >= 0 && code <= 0xFFFF
        ? "(0x" + UPPER_HEX.toHexDigits((short) code) + ")"
        : String.format("(0x%04X)", code));
  }
}
