package io.github.tlscompat.core.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptions of a TLS alert: every value of the IANA "TLS Alerts" registry
 * (tls-parameters-6), named exactly as IANA names them, so {@code toString()} is the IANA name
 * ({@code handshake_failure}); the retired ones keep IANA's {@code _RESERVED} suffix (RFC 8446 6,
 * RFC 5246 7.2).
 *
 * <p>Each constant says when it is sent and whether it is fatal. The level an alert arrives with
 * is a separate byte: TLS 1.3 treats every alert but {@code close_notify} and {@code user_canceled}
 * as fatal whatever its level (RFC 8446 6.2). Codes a peer sends may be outside this table, so the
 * wire keeps raw codes and renders them with {@link #getText(int)}; {@link #fromCode} never throws.
 * Code points are checked by tests against Bouncy Castle's {@code org.bouncycastle.tls.AlertDescription}.
 *
 * @see <a href="https://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml#tls-parameters-6">IANA
 *     TLS Alerts registry</a>
 * @since 0.1.0
 */
public enum AlertDescription {
  /** The sender will send no more records on this connection; not an error (6.1); RFC 8446. */
  close_notify(0, "RFC 8446"),
  /** An inappropriate message arrived, e.g. out of order; fatal; RFC 8446. */
  unexpected_message(10, "RFC 8446"),
  /** A record could not be deprotected; fatal; RFC 8446. */
  bad_record_mac(20, "RFC 8446"),
  /** Retired (TLS 1.0's decryption_failed); must not be sent; RFC 8446. */
  decryption_failed_RESERVED(21, "RFC 8446"),
  /** A record was longer than allowed; fatal; RFC 8446. */
  record_overflow(22, "RFC 8446"),
  /** Retired (decompression_failure of TLS 1.2 and earlier); must not be sent in TLS 1.3; RFC 8446. */
  decompression_failure_RESERVED(30, "RFC 8446"),
  /**
   * The sender could not agree on acceptable security parameters: the usual answer to no shared
   * suite, group or signature scheme; fatal; RFC 8446.
   */
  handshake_failure(40, "RFC 8446"),
  /** Retired (SSL 3.0's no_certificate); must not be sent; RFC 8446. */
  no_certificate_RESERVED(41, "RFC 8446"),
  /** A certificate was corrupt or its signature did not verify; fatal; RFC 8446. */
  bad_certificate(42, "RFC 8446"),
  /** A certificate of an unsupported type or key; fatal; RFC 8446. */
  unsupported_certificate(43, "RFC 8446"),
  /** A certificate was revoked by its signer; fatal; RFC 8446. */
  certificate_revoked(44, "RFC 8446"),
  /** A certificate has expired or is not yet valid; fatal; RFC 8446. */
  certificate_expired(45, "RFC 8446"),
  /** A certificate was unacceptable for another reason; fatal; RFC 8446. */
  certificate_unknown(46, "RFC 8446"),
  /** A field was out of range or inconsistent with others; fatal; RFC 8446. */
  illegal_parameter(47, "RFC 8446"),
  /** The chain did not lead to a trusted CA; fatal; RFC 8446. */
  unknown_ca(48, "RFC 8446"),
  /** The peer is authenticated but not allowed in; fatal; RFC 8446. */
  access_denied(49, "RFC 8446"),
  /** A message could not be decoded; fatal; RFC 8446. */
  decode_error(50, "RFC 8446"),
  /** A handshake cryptographic operation failed, e.g. a signature or Finished check; fatal; RFC 8446. */
  decrypt_error(51, "RFC 8446"),
  /** A DTLS peer asked for more connection ids than allowed; fatal; RFC 9146. */
  too_many_cids_requested(52, "RFC 9146"),
  /** Retired (export_restriction of TLS 1.0); must not be sent; RFC 8446. */
  export_restriction_RESERVED(60, "RFC 8446"),
  /** The sender supports no version the peer offered (4.2.1, RFC 5246 E.1); fatal; RFC 8446. */
  protocol_version(70, "RFC 8446"),
  /**
   * The peer's parameters are weaker than the sender requires; some servers send it for no shared
   * suite; fatal; RFC 8446.
   */
  insufficient_security(71, "RFC 8446"),
  /** The sender failed for a reason unrelated to the peer; fatal; RFC 8446. */
  internal_error(80, "RFC 8446"),
  /**
   * A fallback retry (TLS_FALLBACK_SCSV) reached a server that supports a higher version; fatal; RFC
   * 7507.
   */
  inappropriate_fallback(86, "RFC 7507"),
  /** The user cancelled the handshake; usually followed by close_notify; RFC 8446. */
  user_canceled(90, "RFC 8446"),
  /** Retired (no_renegotiation of TLS 1.2 and earlier, a warning); must not be sent in TLS 1.3; RFC 8446. */
  no_renegotiation_RESERVED(100, "RFC 8446"),
  /** A required extension is missing; fatal; RFC 8446. */
  missing_extension(109, "RFC 8446"),
  /** An extension the sender did not offer, or not allowed in the message; fatal; RFC 8446. */
  unsupported_extension(110, "RFC 8446"),
  /** Retired (RFC 6066's certificate_unobtainable); must not be sent in TLS 1.3; RFC 8446. */
  certificate_unobtainable_RESERVED(111, "RFC 8446"),
  /**
   * No server by the name in server_name (RFC 6066 3); a TLS 1.2 server may send it as a warning and
   * go on; RFC 8446.
   */
  unrecognized_name(112, "RFC 8446"),
  /** The stapled OCSP response was invalid; fatal; RFC 8446. */
  bad_certificate_status_response(113, "RFC 8446"),
  /** Retired (RFC 6066's bad_certificate_hash_value); must not be sent in TLS 1.3; RFC 8446. */
  bad_certificate_hash_value_RESERVED(114, "RFC 8446"),
  /** No known PSK identity; fatal (a server may send decrypt_error instead); RFC 8446. */
  unknown_psk_identity(115, "RFC 8446"),
  /** The server required a client certificate and got none (4.4.2.4); fatal; RFC 8446. */
  certificate_required(116, "RFC 8446"),
  /** No ALPN protocol both support; fatal; RFC 7301. */
  no_application_protocol(120, "RFC 7301"),
  /** The server wanted an encrypted ClientHello; fatal; draft-ietf-tls-esni. Experimental: a draft. */
  ech_required(121, "draft-ietf-tls-esni");

  private static final Map<Integer, AlertDescription> BY_CODE = new HashMap<>();

  static {
    for (AlertDescription d : values()) BY_CODE.put(d.code, d);
  }

  private final int code;
  private final String reference;

  AlertDescription(int code, String reference) {
    this.code = code;
    this.reference = reference;
  }

  /** The one-byte code, e.g. {@code 40} for {@code handshake_failure}. */
  public int code() {
    return code;
  }

  /** The document that defines the alert, as IANA cites it, e.g. {@code "RFC 8446"}. */
  public String reference() {
    return reference;
  }

  /** The alert with this code, or empty (never throws: codes come from the wire). */
  public static Optional<AlertDescription> fromCode(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The IANA name of a code, or {@code UNKNOWN}, as Bouncy Castle's {@code AlertDescription.getName}
   * answers.
   */
  public static String getName(int code) {
    AlertDescription d = BY_CODE.get(code);
    return d != null ? d.name() : "UNKNOWN";
  }

  /**
   * A code for logs, as Bouncy Castle's {@code getText}: e.g. {@code handshake_failure(40)} or
   * {@code UNKNOWN(200)}.
   */
  public static String getText(int code) {
    return getName(code) + "(" + code + ")";
  }

  /** This alert for logs, e.g. {@code handshake_failure(40)}. */
  public String text() {
    return name() + "(" + code + ")";
  }
}
