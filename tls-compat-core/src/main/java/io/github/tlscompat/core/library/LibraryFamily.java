package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import java.util.Arrays;
import java.util.Locale;

/**
 * A TLS implementation a server can run on, as a family of releases: what a profile's
 * {@code library.name} names. Each family decides the same questions its own way (which suites
 * exist, what a cipher or priority string expands to, which defaults apply), so a server
 * configuration means something only together with the family and {@link LibraryBuild} under it.
 *
 * @since 0.1.0
 */
public enum LibraryFamily {
  /** OpenSSL (openssl.org), the library under nginx, Apache httpd's mod_ssl and most Linux servers. */
  OPENSSL("openssl", "OpenSSL"),
  /** LibreSSL (libressl.org), OpenBSD's fork of OpenSSL 1.0.1, with the same cipher-string syntax. */
  LIBRESSL("libressl", "LibreSSL"),
  /** BoringSSL (boringssl.googlesource.com), Google's fork of OpenSSL, with no security levels. */
  BORINGSSL("boringssl", "BoringSSL"),
  /** GnuTLS (gnutls.org), configured with priority strings. */
  GNUTLS("gnutls", "GnuTLS"),
  /** Schannel, the Windows security support provider under IIS, http.sys, AD FS and Lync Server. */
  SCHANNEL("schannel", "Schannel"),
  /** SunJSSE, the JDK's own JSSE provider. */
  SUNJSSE("sunjsse", "SunJSSE"),
  /** Bouncy Castle's JSSE provider (BCJSSE). */
  BCJSSE("bcjsse", "BCJSSE");

  private final String jsonName;
  private final String displayName;

  LibraryFamily(String jsonName, String displayName) {
    this.jsonName = jsonName;
    this.displayName = displayName;
  }

  /** The name a profile's {@code library.name} uses, e.g. {@code openssl}. */
  public String jsonName() {
    return jsonName;
  }

  /** The name its vendor uses, e.g. {@code OpenSSL}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The family named {@code name} ({@link #jsonName()} or {@link #displayName()}, case ignored).
   *
   * @throws IllegalArgumentException naming the families and the closest one
   */
  public static LibraryFamily fromName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (LibraryFamily f : values()) {
      if (f.jsonName.equals(wanted) || f.displayName.toLowerCase(Locale.ROOT).equals(wanted)) return f;
    }
    var names = Arrays.stream(values()).map(LibraryFamily::jsonName).toList();
    throw new IllegalArgumentException("unknown TLS library '" + name + "'; expected one of "
        + String.join(", ", names) + ClosestNames.didYouMean(wanted, names));
  }

  /** {@link #displayName()}. */
  @Override public String toString() {
    return displayName;
  }
}
