package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.ProtocolVersion.*;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
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
   * suite half of the sentence is taken as documenting Server 2003 only; the later FIPS builds
   * ({@link #WINDOWS_2008_FIPS} to {@link #WINDOWS_2025_FIPS}) keep what those pages say.
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
   * Windows Server 2025 (NT 10.0.26100, assumed: the build number of Windows 11 24H2, which
   * Microsoft's supported-groups page documents together with Server 2025; no page read here states
   * Server 2025's own): TLS 1.0 to 1.3
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

  private static final String FIPS_POLICY_DOC = "learn.microsoft.com, \"System cryptography: Use FIPS compliant"
      + " algorithms for encryption, hashing, and signing\" (security policy settings reference, Windows 10 and 11"
      + " edition, and jj852197(v=ws.10) for Windows 7 and Server 2008 R2): the provider \"only supports the TLS"
      + " protocol\"";
  private static final String VISTA_FIPS_COLUMN = "MicrosoftDocs/win32@3c1fd9cf483eb6d4026c4a4d0ae9461e7308572e"
      + " desktop-src/SecAuthN/schannel-cipher-suites-in-windows-vista.md (column \"FIPS mode enabled\": AES and"
      + " 3DES suites yes; RC4, MD5, NULL and SSL 2.0 suites no)";
  private static final String CURVES_FIPS_COLUMN = "desktop-src/SecAuthN/tls-elliptic-curves-in-windows-10-1607-and-later.md"
      + " and tls-supported-groups-in-windows-11-24h2-and-later.md (column \"Available in FIPS mode\": NIST P-256,"
      + " P-384 and P-521 yes, curve25519 and the rest no)";
  private static final String LATER_PAGES = "; the cipher suite pages from Windows 7 on drop the FIPS column as"
      + " \"misleading\" and point to NIST SP 800-52r2 section 3.3.1, so the Vista column's rule (AES or 3DES,"
      + " no MD5 MAC) is assumed to hold, not confirmed";

  /**
   * Windows Server 2008 with the FIPS policy: TLS 1.0 only (SSL 2.0 and 3.0 go: "only supports the
   * TLS protocol"), the suites the Vista page marks "FIPS mode enabled" (AES and 3DES; no RC4, no
   * MD5 MAC, no NULL), the NIST curves.
   */
  public static final SchannelBuild WINDOWS_2008_FIPS = fips(WINDOWS_2008, "2008", FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN);

  /** Windows Server 2008 R2 with the FIPS policy: TLS 1.0 to 1.2, as {@link #WINDOWS_2008_FIPS} keeps. */
  public static final SchannelBuild WINDOWS_2008_R2_FIPS = fips(WINDOWS_2008_R2, "2008r2",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES);

  /** Windows Server 2012 with the FIPS policy: TLS 1.0 to 1.2 (SSL 3.0 goes), as {@link #WINDOWS_2008_FIPS} keeps. */
  public static final SchannelBuild WINDOWS_2012_FIPS = fips(WINDOWS_2012, "2012",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES);

  /** Windows Server 2012 R2 with the FIPS policy: TLS 1.0 to 1.2 (SSL 3.0 goes), as {@link #WINDOWS_2008_FIPS} keeps. */
  public static final SchannelBuild WINDOWS_2012_R2_FIPS = fips(WINDOWS_2012_R2, "2012r2",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES);

  /** Windows Server 2016 with the FIPS policy: TLS 1.0 to 1.2; curve25519 goes, the NIST curves stay. */
  public static final SchannelBuild WINDOWS_2016_FIPS = fips(WINDOWS_2016, "2016",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES + "; " + CURVES_FIPS_COLUMN);

  /** Windows Server 2019 with the FIPS policy: as {@link #WINDOWS_2016_FIPS}. */
  public static final SchannelBuild WINDOWS_2019_FIPS = fips(WINDOWS_2019, "2019",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES + "; " + CURVES_FIPS_COLUMN);

  /**
   * Windows Server 2022 with the FIPS policy: TLS 1.0 to 1.3, the AES-GCM TLS 1.3 suites (no
   * ChaCha20), the NIST curves. That TLS 1.3 stays on under the policy is assumed: no page says.
   */
  public static final SchannelBuild WINDOWS_2022_FIPS = fips(WINDOWS_2022, "2022",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES + "; " + CURVES_FIPS_COLUMN
          + "; TLS 1.3 under the policy assumed, not documented");

  /**
   * Windows Server 2025 with the FIPS policy: as {@link #WINDOWS_2022_FIPS}. Microsoft's groups page
   * for Server 2025 calls the setting "legacy FIPS mode" and says it is "no longer recommended nor
   * required to operate with FIPS approval".
   */
  public static final SchannelBuild WINDOWS_2025_FIPS = fips(WINDOWS_2025, "2025",
      FIPS_POLICY_DOC + "; " + VISTA_FIPS_COLUMN + LATER_PAGES + "; " + CURVES_FIPS_COLUMN
          + " (the 2025 page: \"The legacy FIPS mode setting is no longer recommended nor required\")"
          + "; TLS 1.3 under the policy assumed, not documented");

  /** Every Schannel build, oldest first, each release's FIPS-policy build after it. */
  public static final List<SchannelBuild> ALL = List.of(WINDOWS_2003, WINDOWS_2003_FIPS, WINDOWS_2008,
      WINDOWS_2008_FIPS, WINDOWS_2008_R2, WINDOWS_2008_R2_FIPS, WINDOWS_2012, WINDOWS_2012_FIPS, WINDOWS_2012_R2,
      WINDOWS_2012_R2_FIPS, WINDOWS_2016, WINDOWS_2016_FIPS, WINDOWS_2019, WINDOWS_2019_FIPS, WINDOWS_2022,
      WINDOWS_2022_FIPS, WINDOWS_2025, WINDOWS_2025_FIPS);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a default version is not one the build implements
   */
  public SchannelBuild {
    // Tests and throws, not message suppliers: see Preconditions.
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a Schannel build needs an id");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(release, "release");
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(defaultVersions, "defaultVersions");
    Preconditions.checkNotNull(defaultsProfile, "defaultsProfile");
    Preconditions.checkNotNull(source, "source");
    if (!defaultVersions.minus(versions).isEmpty()) {
      throw new IllegalArgumentException(name + " enables by default versions it does not implement: "
          + defaultVersions.minus(versions));
    }
  }

  /**
   * The build of the same Windows release with the FIPS policy on: this build if it is one, else
   * the release's FIPS build in {@link #ALL}, or empty when there is none.
   *
   * @since 0.1.0
   */
  public Optional<SchannelBuild> withFipsPolicy() {
    if (fipsPolicy) return Optional.of(this);
    return ALL.stream().filter(b -> b.fipsPolicy && b.release.equals(release)).findFirst();
  }

  /**
   * Whether this build negotiates {@code suite} when a configuration enables it. Without the FIPS
   * policy every suite; on Server 2003 with it only {@code TLS_RSA_WITH_3DES_EDE_CBC_SHA}; on
   * Server 2008 and later with it the suites the Vista page marks "FIPS mode enabled": AES (CBC or
   * GCM) or 3DES encryption with a MAC other than MD5, so no RC4, DES, export, NULL or ChaCha20
   * suite, and no MD5.
   *
   * @since 0.1.0
   */
  public boolean permits(CipherSuite suite) {
    Preconditions.checkNotNull(suite, "suite");
    if (!fipsPolicy) return true;
    if (release.equals(WINDOWS_2003.release)) return suite == CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA;
    boolean approvedCipher = switch (suite.cipher()) {
      case AES_128_CBC, AES_256_CBC, AES_128_GCM, AES_256_GCM, TDES_EDE_CBC -> true;
      default -> false;
    };
    return approvedCipher && suite.mac() != Mac.MD5;
  }

  /**
   * Whether this build uses {@code group} for (EC)DHE when a configuration enables it: without the
   * FIPS policy every group; with it only the NIST curves P-256, P-384 and P-521 ("Available in
   * FIPS mode" on Microsoft's curve pages; curve25519, brainpool and the ML-KEM hybrids are not).
   *
   * @since 0.1.0
   */
  public boolean permits(NamedGroup group) {
    Preconditions.checkNotNull(group, "group");
    return !fipsPolicy || group == NamedGroup.secp256r1 || group == NamedGroup.secp384r1
        || group == NamedGroup.secp521r1;
  }

  /**
   * What {@code policy}, configured on a server running this build, negotiates: its versions this
   * build implements, its suites and groups this build {@link #permits(CipherSuite) permits} in its
   * order, and this build as its library. A Windows release's defaults profile narrowed by the
   * release's {@link #withFipsPolicy() FIPS build} is that server with the policy turned on.
   *
   * @throws IllegalArgumentException naming this build if no version or no suite is left
   * @since 0.1.0
   */
  public ServerPolicy narrow(ServerPolicy policy) {
    Preconditions.checkNotNull(policy, "policy");
    // Set operations and loops, not streams and suppliers: the built-in catalog narrows its Schannel
    // servers in a JVM that has compiled nothing yet.
    ParameterSet<ProtocolVersion> kept = policy.versions().intersect(versions);
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(name + " implements none of the versions " + policy.versions() + " of " + policy.id());
    }
    List<CipherSuite> suites = new ArrayList<>();
    for (CipherSuite s : policy.cipherSuites()) if (permits(s)) suites.add(s);
    if (suites.isEmpty()) throw new IllegalArgumentException(name + " keeps none of the cipher suites of " + policy.id());
    List<NamedGroup> groups = new ArrayList<>();
    for (NamedGroup g : policy.groups()) if (permits(g)) groups.add(g);
    return policy.toBuilder().versions(kept).cipherSuites(suites).groups(groups).library(ServerLibrary.of(this)).build();
  }

  // A release's build with the FIPS policy on: SSL 2.0 and 3.0 gone ("only supports the TLS protocol").
  private static SchannelBuild fips(SchannelBuild base, String idRelease, String source) {
    ParameterSet<ProtocolVersion> ssl = ParameterSet.of(SSL_2_0, SSL_3_0);
    return new SchannelBuild("schannel-" + idRelease + "-fips",
        base.name.replace(")", ", FIPS policy)"), base.release, base.versions.minus(ssl),
        base.defaultVersions.minus(ssl), Optional.empty(), true, source);
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
