package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.List;
import java.util.Optional;

/**
 * Whether a server's hello picks only what the client offered: its version (RFC 8446 4.2.1: from
 * supported_versions when the client sent it, else at most legacy_version, RFC 5246 E.1), its
 * cipher suite (RFC 5246 7.4.1.3), and SSL 2.0 only for an SSL 2.0-framed hello that lists an SSL
 * 2.0 cipher kind. A real client aborts on anything else, so a probe must not call it a connection.
 */
final class OfferCheck {
  /** The first TLS 1.3 version code; anything below is chosen through legacy_version. */
  private static final int TLS_1_3 = 0x0304;

  private OfferCheck() {}

  /** What the server picked that the client never offered, or empty when the pick is within the offer. */
  static Optional<String> violation(ClientHello offered, ServerHello picked) {
    int version = picked.version();
    List<Integer> supported = supportedVersions(offered);
    // A server that predates supported_versions picks through legacy_version even when the list came.
    boolean versionOffered = version >= TLS_1_3 ? supported.contains(version) : version <= offered.legacyVersion();
    if (!versionOffered) {
      String what = supported.isEmpty()
          ? "it offered " + version(offered.legacyVersion()) + " and below (legacy_version, no supported_versions)"
          : "it offered " + supported.stream().map(OfferCheck::version).toList() + " (supported_versions) and "
              + version(offered.legacyVersion()) + " and below (legacy_version)";
      return Optional.of("the server picked " + version(version) + ", which the client never offered: " + what);
    }
    if (!offered.cipherSuites().contains(picked.cipherSuite())) {
      return Optional.of("the server picked " + suite(picked.cipherSuite()) + ", which the client never offered: it"
          + " offered " + offered.cipherSuites().size() + " cipher suites");
    }
    return Optional.empty();
  }

  /** Whether an SSL 2.0 SERVER-HELLO answers an offer of SSL 2.0, or empty when it does. */
  static Optional<String> violation(ClientHello offered, ServerHelloSsl2 picked) {
    if (offered.format() != HelloFormat.SSL2_COMPATIBLE) {
      return Optional.of("the server answered with an SSL 2.0 SERVER-HELLO, which the client never offered: its hello"
          + " is TLS-framed");
    }
    // SSL 2.0 cipher kinds are three bytes with a non-zero first byte; TLS suites read as 0x00XXYY.
    if (offered.cipherSuites().stream().noneMatch(c -> c > 0xFFFF)) {
      return Optional.of("the server answered with an SSL 2.0 SERVER-HELLO, which the client never offered: its"
          + " SSL 2.0-framed hello lists no SSL 2.0 cipher kind");
    }
    return Optional.empty();
  }

  private static List<Integer> supportedVersions(ClientHello offered) {
    try {
      return offered.supportedVersions().stream().filter(v -> !ClientHello.isGrease(v)).toList();
    } catch (RuntimeException malformed) {
      // A hello whose supported_versions does not decode cannot narrow the offer.
      return List.of();
    }
  }

  private static String version(int code) {
    String hex = String.format("0x%04X", code).replace("0X", "0x");
    return ProtocolVersion.fromCode(code).map(v -> v.rfcName() + " (" + hex + ")").orElse(hex);
  }

  private static String suite(int code) {
    String hex = String.format("0x%04X", code).replace("0X", "0x");
    return CipherSuite.fromCode(code).map(s -> s + " (" + hex + ")").orElse(hex);
  }
}
