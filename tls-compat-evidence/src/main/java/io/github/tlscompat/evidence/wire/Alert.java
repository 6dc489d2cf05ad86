package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;

/**
 * A TLS alert as it came off the wire: its level and description code, kept raw so that a code
 * this library does not know is still a value (RFC 8446 6, RFC 5246 7.2).
 *
 * <p>{@link #toString()} renders it the way logs and Bouncy Castle do, e.g.
 * {@code fatal handshake_failure(40)}.
 *
 * @param level the AlertLevel byte: 1 warning, 2 fatal
 * @param description the AlertDescription byte
 * @since 0.1.0
 */
public record Alert(int level, int description) {

  /** AlertLevel {@code warning} (RFC 5246 7.2). */
  public static final int WARNING = 1;
  /** AlertLevel {@code fatal} (RFC 5246 7.2). */
  public static final int FATAL = 2;

  /** Validates that both values are octets. */
  public Alert {
    Preconditions.checkArgument(level >= 0 && level <= 0xFF, () -> "alert level must be an octet, was " + level);
    Preconditions.checkArgument(description >= 0 && description <= 0xFF,
        () -> "alert description must be an octet, was " + description);
  }

  /**
   * Whether the level says fatal. A warning can still end the connection: TLS 1.3 treats every
   * alert but {@code close_notify} and {@code user_canceled} as fatal whatever its level (RFC 8446
   * 6.2), while a TLS 1.2 server may send a warning {@code unrecognized_name} and go on (RFC 6066 3).
   * Only the rest of the stream tells, so the parser, not this method, decides whether it refused.
   */
  public boolean isFatal() {
    return level == FATAL;
  }

  /** The RFC 8446 6 name of the description, e.g. {@code protocol_version}, or {@code UNKNOWN}. */
  public String descriptionName() {
    return nameOf(description);
  }

  /** The name of a description code as RFC 8446 6 (and RFC 5246 7.2 for the retired ones) spell it, or {@code UNKNOWN}. */
  public static String nameOf(int description) {
    return switch (description) {
      case 0 -> "close_notify";
      case 10 -> "unexpected_message";
      case 20 -> "bad_record_mac";
      case 21 -> "decryption_failed_RESERVED";
      case 22 -> "record_overflow";
      case 30 -> "decompression_failure_RESERVED";
      case 40 -> "handshake_failure";
      case 41 -> "no_certificate_RESERVED";
      case 42 -> "bad_certificate";
      case 43 -> "unsupported_certificate";
      case 44 -> "certificate_revoked";
      case 45 -> "certificate_expired";
      case 46 -> "certificate_unknown";
      case 47 -> "illegal_parameter";
      case 48 -> "unknown_ca";
      case 49 -> "access_denied";
      case 50 -> "decode_error";
      case 51 -> "decrypt_error";
      case 60 -> "export_restriction_RESERVED";
      case 70 -> "protocol_version";
      case 71 -> "insufficient_security";
      case 80 -> "internal_error";
      case 86 -> "inappropriate_fallback";
      case 90 -> "user_canceled";
      case 100 -> "no_renegotiation_RESERVED";
      case 109 -> "missing_extension";
      case 110 -> "unsupported_extension";
      case 111 -> "certificate_unobtainable_RESERVED";
      case 112 -> "unrecognized_name";
      case 113 -> "bad_certificate_status_response";
      case 114 -> "bad_certificate_hash_value_RESERVED";
      case 115 -> "unknown_psk_identity";
      case 116 -> "certificate_required";
      case 120 -> "no_application_protocol";
      default -> "UNKNOWN";
    };
  }

  /** For example {@code fatal handshake_failure(40)} or {@code warning UNKNOWN(200)}. */
  @Override public String toString() {
    String lvl = level == FATAL ? "fatal" : level == WARNING ? "warning" : "level(" + level + ")";
    return lvl + " " + descriptionName() + "(" + description + ")";
  }
}
