package io.github.tlscompat.core.registry;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The versions of SSL and TLS, oldest first, so that {@link #compareTo} orders them by age.
 *
 * <p>Wire codes follow RFC 6101 (SSL 3.0, {@code 0x0300}), RFC 2246, 4346, 5246 and 8446
 * ({@code 0x0301} to {@code 0x0304}); SSL 2.0 says {@code 0x0002} in its CLIENT-HELLO (its own
 * framing, not a TLS record). Each version has three names: the RFC's ({@link #rfcName()}, "TLS
 * 1.2"), the JSSE standard name ({@link #jsseName()}, "TLSv1.2", "TLSv1"), which OpenSSL, nginx and
 * Apache configuration use too, and the one-token name tables and reports print
 * ({@link #displayName()}, "TLSv1.0"); {@link #fromName} accepts all of them.
 *
 * @since 0.1.0
 */
public enum ProtocolVersion {
  /** SSL 2.0 (draft-hickman-netscape-ssl-00; prohibited by RFC 6176). */
  SSL_2_0(0x0002, "SSL 2.0", "SSLv2"),
  /** SSL 3.0 (RFC 6101; deprecated by RFC 7568). */
  SSL_3_0(0x0300, "SSL 3.0", "SSLv3"),
  /** TLS 1.0 (RFC 2246; deprecated by RFC 8996). */
  TLS_1_0(0x0301, "TLS 1.0", "TLSv1"),
  /** TLS 1.1 (RFC 4346; deprecated by RFC 8996). */
  TLS_1_1(0x0302, "TLS 1.1", "TLSv1.1"),
  /** TLS 1.2 (RFC 5246). */
  TLS_1_2(0x0303, "TLS 1.2", "TLSv1.2"),
  /** TLS 1.3 (RFC 8446). */
  TLS_1_3(0x0304, "TLS 1.3", "TLSv1.3");

  private static final ProtocolVersion[] VALUES = values();

  private final int code;
  private final String rfcName;
  private final String jsseName;

  ProtocolVersion(int code, String rfcName, String jsseName) {
    this.code = code;
    this.rfcName = rfcName;
    this.jsseName = jsseName;
  }

  /** The two-byte wire code, e.g. {@code 0x0303} for TLS 1.2. */
  public int code() {
    return code;
  }

  /** The name the RFCs use, e.g. {@code "TLS 1.2"}. */
  public String rfcName() {
    return rfcName;
  }

  /**
   * The JSSE standard name, e.g. {@code "TLSv1.2"}, {@code "TLSv1"}, {@code "SSLv3"}; OpenSSL
   * ({@code -min_protocol}), nginx ({@code ssl_protocols}) and Apache ({@code SSLProtocol}) spell
   * versions the same way.
   */
  public String jsseName() {
    return jsseName;
  }

  /**
   * The name used in tables and reports, one token without spaces: {@code SSLv2}, {@code SSLv3},
   * {@code TLSv1.0}, {@code TLSv1.1}, {@code TLSv1.2}, {@code TLSv1.3}.
   */
  public String displayName() {
    return this == TLS_1_0 ? "TLSv1.0" : jsseName;
  }

  /** Whether this version is older than {@code other}. */
  public boolean isOlderThan(ProtocolVersion other) {
    return compareTo(other) < 0;
  }

  /** Whether this version is {@code other} or newer. */
  public boolean isAtLeast(ProtocolVersion other) {
    return compareTo(other) >= 0;
  }

  /** The version with this wire code, or empty for a code that names no version we know. */
  public static Optional<ProtocolVersion> fromCode(int code) {
    for (ProtocolVersion v : VALUES) {
      if (v.code == code) return Optional.of(v);
    }
    return Optional.empty();
  }

  /**
   * The version with this name, in any of the forms people write: the constant ({@code TLS_1_2}),
   * the RFC name ({@code TLS 1.2}), JSSE and OpenSSL names ({@code TLSv1.2}, {@code TLSv1},
   * {@code SSLv3}), {@code TLSv1.0}, and without the {@code v} ({@code TLS1.2}); case is ignored.
   *
   * @throws IllegalArgumentException if the name is none of these, with the closest names
   */
  public static ProtocolVersion fromName(String name) {
    String key = normalize(name);
    for (ProtocolVersion v : VALUES) {
      if (key.equals(normalize(v.name())) || key.equals(normalize(v.rfcName))
          || key.equals(normalize(v.jsseName)) || key.equals(normalize(v.displayName()))) {
        return v;
      }
    }
    List<String> known = new ArrayList<>();
    for (ProtocolVersion v : VALUES) known.add(v.displayName());
    throw new IllegalArgumentException("unknown protocol version '" + name + "'; expected one of "
        + String.join(", ", known) + ClosestNames.didYouMean(name, known).replace("; did", ". Did"));
  }

  /** Folds "TLS_1_2", "TLS 1.2", "tlsv1.2" and "TLS1.2" to one key; "TLSv1" and "TLS1.0" likewise. */
  private static String normalize(String name) {
    String s = name.trim().toUpperCase(Locale.ROOT).replace("V", "").replace(" ", "").replace("_", ".");
    s = s.replace("TLS.", "TLS").replace("SSL.", "SSL");
    if (s.equals("TLS1")) s = "TLS1.0";
    if (s.equals("SSL2.0")) s = "SSL2";
    if (s.equals("SSL3.0")) s = "SSL3";
    return s;
  }
}
