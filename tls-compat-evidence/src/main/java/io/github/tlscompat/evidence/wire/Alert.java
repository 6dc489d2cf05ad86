package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.AlertDescription;
import java.util.Optional;

/**
 * A TLS alert as it came off the wire: its level and description code, kept raw so that a code
 * this library does not know is still a value (RFC 8446 6, RFC 5246 7.2).
 *
 * <p>{@link #toString()} renders it the way logs and Bouncy Castle do, e.g.
 * {@code fatal handshake_failure(40)}.
 *
 * @param level the AlertLevel byte: 1 warning, 2 fatal
 * @param description the AlertDescription byte, raw: see {@link #knownDescription()}
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

  /** A fatal alert of this description, as a peer that refuses sends it. */
  public static Alert fatal(AlertDescription description) {
    return new Alert(FATAL, description.code());
  }

  /** The description, when the registry knows its code. */
  public Optional<AlertDescription> knownDescription() {
    return AlertDescription.fromCode(description);
  }

  /** Whether the description is {@code d}. */
  public boolean is(AlertDescription d) {
    return description == d.code();
  }

  /** The IANA name of the description, e.g. {@code protocol_version}, or {@code UNKNOWN}. */
  public String descriptionName() {
    return AlertDescription.getName(description);
  }

  /** For example {@code fatal handshake_failure(40)} or {@code warning UNKNOWN(200)}. */
  @Override public String toString() {
    String lvl = level == FATAL ? "fatal" : level == WARNING ? "warning" : "level(" + level + ")";
    return lvl + " " + AlertDescription.getText(description);
  }
}
