package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.List;
import java.util.Optional;

/**
 * Schannel, the Windows TLS provider under IIS, http.sys, AD FS, Exchange and Lync/Skype for
 * Business Server, as one Windows release ships it: the protocol versions it implements, the ones
 * a server enables when the registry says nothing, and the catalog profile holding its default
 * cipher suite order. Schannel cannot run on this machine: every fact is Microsoft's
 * documentation, cited in {@link #source()}.
 *
 * @param id a stable identifier, e.g. {@code schannel-2012r2}
 * @param name a human name, e.g. {@code Schannel (Windows Server 2012 R2)}
 * @param release the Windows NT version, e.g. {@code 6.3}; what a profile's
 *     {@code library.version} says
 * @param versions the versions this release implements (what the {@code SCHANNEL\Protocols}
 *     registry keys can enable)
 * @param defaultVersions the versions a server enables with no such key
 * @param defaultsProfile the catalog id of the server profile with this release's defaults, or
 *     empty when the catalog has none
 * @param fipsPolicy whether this build models the "System cryptography: Use FIPS compliant
 *     algorithms for encryption, hashing, and signing" policy turned on
 * @param source where these facts come from
 * @since 0.1.0
 */
public record SchannelBuild(String id, String name, String release, ParameterSet<ProtocolVersion> versions,
    ParameterSet<ProtocolVersion> defaultVersions, Optional<String> defaultsProfile, boolean fipsPolicy,
    String source) implements LibraryBuild {

  private static final String PROTOCOLS_DOC = "MicrosoftDocs/win32 desktop-src/SecAuthN/protocols-in-tls-ssl--schannel-ssp-.md"
      + " (ms.date 2021-01-20)";

  private static final ParameterSet<ProtocolVersion> SSL2_TO_TLS10 = ParameterSet.of(SSL_2_0, SSL_3_0, TLS_1_0);
  private static final ParameterSet<ProtocolVersion> SSL2_TO_TLS12 =
      ParameterSet.of(SSL_2_0, SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2);

  /** Windows XP and Server 2003 (NT 5.2): SSL 2.0, SSL 3.0 and TLS 1.0, all enabled. */
  public static final SchannelBuild WINDOWS_2003 = new SchannelBuild("schannel-2003", "Schannel (Windows Server 2003)",
      "5.2", SSL2_TO_TLS10, SSL2_TO_TLS10, Optional.of("windows-xp-2003-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites.md and secure-sockets-layer-protocol.md; "
          + PROTOCOLS_DOC);

  /**
   * Windows Server 2003 with "System cryptography: Use FIPS compliant algorithms for encryption,
   * hashing, and signing" enabled: TLS 1.0 only, and only {@code TLS_RSA_WITH_3DES_EDE_CBC_SHA}
   * ("the TLS/SSL security provider supports only the FIPS-compliant strong cipher suite known as
   * TLS_RSA_WITH_3DES_EDE_CBC_SHA, which means that the provider only supports the TLS protocol").
   * Microsoft's page for the policy still carries that sentence for Windows 10 and 11, but the
   * cipher suite pages of Vista and later list AES and ECDHE suites usable in FIPS mode, so the
   * sentence is taken as documenting Server 2003 only, and no later release has a FIPS build.
   */
  public static final SchannelBuild WINDOWS_2003_FIPS = new SchannelBuild("schannel-2003-fips",
      "Schannel (Windows Server 2003, FIPS policy)", "5.2", ParameterSet.of(TLS_1_0), ParameterSet.of(TLS_1_0),
      Optional.empty(), true, "learn.microsoft.com, \"System cryptography: Use FIPS compliant algorithms for"
          + " encryption, hashing, and signing\" (security policy settings reference), TLS/SSL section; KB 811833");

  /** Windows Vista and Server 2008 (NT 6.0): SSL 2.0, SSL 3.0 and TLS 1.0, all enabled. */
  public static final SchannelBuild WINDOWS_2008 = new SchannelBuild("schannel-2008", "Schannel (Windows Server 2008)",
      "6.0", SSL2_TO_TLS10, SSL2_TO_TLS10, Optional.of("windows-vista-2008-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/schannel-cipher-suites-in-windows-vista.md; " + PROTOCOLS_DOC);

  /**
   * Windows 7 and Server 2008 R2 (NT 6.1): TLS 1.1 and 1.2 implemented but off unless the registry
   * enables them; SSL 2.0, SSL 3.0 and TLS 1.0 on.
   */
  public static final SchannelBuild WINDOWS_2008_R2 = new SchannelBuild("schannel-2008r2",
      "Schannel (Windows Server 2008 R2)", "6.1", SSL2_TO_TLS12, SSL2_TO_TLS10,
      Optional.of("windows-7-2008r2-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-7.md; " + PROTOCOLS_DOC);

  /** Windows 8 and Server 2012 (NT 6.2): SSL 3.0 to TLS 1.2 on, SSL 2.0 off. */
  public static final SchannelBuild WINDOWS_2012 = new SchannelBuild("schannel-2012", "Schannel (Windows Server 2012)",
      "6.2", SSL2_TO_TLS12, ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2),
      Optional.of("windows-8-2012-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-8.md; " + PROTOCOLS_DOC);

  /** Windows 8.1 and Server 2012 R2 (NT 6.3): SSL 3.0 to TLS 1.2 on, SSL 2.0 off. */
  public static final SchannelBuild WINDOWS_2012_R2 = new SchannelBuild("schannel-2012r2",
      "Schannel (Windows Server 2012 R2)", "6.3", SSL2_TO_TLS12, ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2),
      Optional.of("windows-8.1-2012r2-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-8-1.md; " + PROTOCOLS_DOC);

  /**
   * Windows 10 1607 and Server 2016 (NT 10.0.14393): TLS 1.0 to 1.2 on; SSL 3.0 implemented but
   * off; SSL 2.0 gone.
   */
  public static final SchannelBuild WINDOWS_2016 = new SchannelBuild("schannel-2016", "Schannel (Windows Server 2016)",
      "10.0.14393", ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2), ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2),
      Optional.of("windows-10-1607-2016-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-10-v1607.md; " + PROTOCOLS_DOC);

  /** Windows 10 1809 and Server 2019 (NT 10.0.17763): as Server 2016 in versions. */
  public static final SchannelBuild WINDOWS_2019 = new SchannelBuild("schannel-2019", "Schannel (Windows Server 2019)",
      "10.0.17763", ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2), ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2),
      Optional.of("windows-10-1809-2019-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-10-v1809.md; " + PROTOCOLS_DOC);

  /** Windows Server 2022 (NT 10.0.20348): TLS 1.0 to 1.3 on, SSL 3.0 implemented but off. */
  public static final SchannelBuild WINDOWS_2022 = new SchannelBuild("schannel-2022", "Schannel (Windows Server 2022)",
      "10.0.20348", ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3),
      ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3), Optional.of("windows-server-2022-schannel-default"), false,
      "MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-server-2022.md; " + PROTOCOLS_DOC);

  /**
   * Windows Server 2025 (NT 10.0.26100, the build it shares with Windows 11 24H2): TLS 1.0 to 1.3
   * on, SSL 3.0 implemented but off, as the protocols page's Windows Server 2025 row says
   * (ms.date 2025-03-20). Microsoft announced TLS 1.0 and 1.1 off by default for Insider builds
   * from 2024 "but won't impact in-market operating system versions"
   * ({@code tls-10-11-deprecation-in-windows.md}); the protocols page, written after Server 2025
   * shipped, still says enabled, and that is what this build follows. The default suites drop the
   * DHE and 3DES suites Server 2022 had; the default groups are curve25519, NIST P-256 and P-384
   * (the ML-KEM hybrids are off by default).
   */
  public static final SchannelBuild WINDOWS_2025 = new SchannelBuild("schannel-2025", "Schannel (Windows Server 2025)",
      "10.0.26100", ParameterSet.of(SSL_3_0, TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3),
      ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3), Optional.of("windows-server-2025-schannel-default"), false,
      "MicrosoftDocs/win32@3630e3685e83afde698680384a45e0e8244d5c68 desktop-src/SecAuthN/"
          + "tls-cipher-suites-in-windows-server-2025.md (ms.date 2025-08-18) and"
          + " tls-supported-groups-in-windows-11-24h2-and-later.md (ms.date 2026-05-20);"
          + " protocols-in-tls-ssl--schannel-ssp-.md (ms.date 2025-03-20)");

  /** Every Schannel build, oldest first. */
  public static final List<SchannelBuild> ALL = List.of(WINDOWS_2003, WINDOWS_2003_FIPS, WINDOWS_2008,
      WINDOWS_2008_R2, WINDOWS_2012, WINDOWS_2012_R2, WINDOWS_2016, WINDOWS_2019, WINDOWS_2022, WINDOWS_2025);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a default version is not one the build implements
   */
  public SchannelBuild {
    Preconditions.checkArgument(id != null && !id.isBlank(), () -> "a Schannel build needs an id");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(release, "release");
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(defaultVersions, "defaultVersions");
    Preconditions.checkNotNull(defaultsProfile, "defaultsProfile");
    Preconditions.checkNotNull(source, "source");
    Preconditions.checkArgument(defaultVersions.minus(versions).isEmpty(),
        () -> name + " enables by default versions it does not implement: " + defaultVersions.minus(versions));
  }

  /** {@link LibraryFamily#SCHANNEL}. */
  @Override public LibraryFamily family() {
    return LibraryFamily.SCHANNEL;
  }

  /** The build's name, e.g. {@code Schannel (Windows Server 2012 R2)}. */
  @Override public String toString() {
    return name;
  }
}
