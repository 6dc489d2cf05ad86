package io.github.tlscompat.evidence.handshake;

import java.lang.reflect.Method;
import java.util.Optional;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsServerContext;

/**
 * Makes a Bouncy Castle server read a ClientHello as a server that does not know supported_versions
 * does (RFC 5246 E.1): from legacy_version alone, as if the extension were not there
 * ({@link io.github.tlscompat.core.model.ServerHabit#IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13}).
 *
 * <p>BC reads supported_versions before its server sees the hello, and takes only a version the
 * extension lists; the list it keeps has no public setter. This sets it, by reflection on BC's
 * context, to what BC itself sets for a hello without the extension ({@code
 * legacy_version.downTo(SSLv3)}, RFC 5246 E.1), before the server picks its version. Where BC's
 * internals do not allow it (another BC version), {@link #isAvailable()} is false and
 * {@link BcHandshake#whyNotRunnable} says such a policy cannot be emulated.
 */
final class LegacyVersionReading {
  private static final Method SET_SUPPORTED_VERSIONS;
  private static final Method SET_CLIENT_VERSION;

  static {
    Method supported = null;
    Method client = null;
    try {
      Class<?> context = Class.forName("org.bouncycastle.tls.AbstractTlsContext");
      supported = context.getDeclaredMethod("setClientSupportedVersions", ProtocolVersion[].class);
      client = context.getDeclaredMethod("setClientVersion", ProtocolVersion.class);
      supported.setAccessible(true);
      client.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      supported = null;
      client = null;
    }
    SET_SUPPORTED_VERSIONS = supported;
    SET_CLIENT_VERSION = client;
  }

  private LegacyVersionReading() {}

  /** Whether this Bouncy Castle can be made to ignore supported_versions; empty if it can, else why not. */
  static Optional<String> unavailable() {
    return SET_SUPPORTED_VERSIONS != null ? Optional.empty() : Optional.of("this Bouncy Castle's server context "
        + "cannot be made to ignore supported_versions (no AbstractTlsContext.setClientSupportedVersions)");
  }

  /**
   * Sets the versions the server takes the client to support to those {@code legacyVersion} stands
   * for (clamped to TLS 1.2, down to SSL 3.0), and the client's version to it.
   */
  static ProtocolVersion apply(TlsServerContext context, ProtocolVersion legacyVersion) {
    ProtocolVersion version = legacyVersion.isLaterVersionOf(ProtocolVersion.TLSv12) ? ProtocolVersion.TLSv12
        : legacyVersion;
    try {
      SET_SUPPORTED_VERSIONS.invoke(context, (Object) version.downTo(ProtocolVersion.SSLv3));
      SET_CLIENT_VERSION.invoke(context, version);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make Bouncy Castle ignore supported_versions", e);
    }
    return version;
  }
}
