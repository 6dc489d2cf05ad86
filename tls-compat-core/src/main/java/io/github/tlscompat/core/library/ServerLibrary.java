package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.ClosestNames;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The TLS library a server runs on: a {@link LibraryBuild} and, for an OpenSSL build whose
 * configuration or system sets one outside the build, its security level. A {@link
 * io.github.tlscompat.core.model.ServerPolicy} carries one when it was imported for a known library
 * ({@link io.github.tlscompat.core.model.ServerPolicy#library()}).
 *
 * @param build the library build
 * @param securityLevel the level set outside the build's default ({@code openssl.cnf},
 *     {@code SSL_CTX_set_security_level}, {@code @SECLEVEL=n}), or empty for
 *     {@link OpenSslBuild#defaultSecurityLevel()}; always empty for a library without security
 *     levels
 * @since 0.1.0
 */
public record ServerLibrary(LibraryBuild build, Optional<SecurityLevel> securityLevel) {

  /** The order of {@link #knownBuilds()}: the order the builds were added in, which the schema lists too. */
  private static final List<LibraryFamily> LISTED = List.of(LibraryFamily.OPENSSL, LibraryFamily.SCHANNEL,
      LibraryFamily.SUNJSSE, LibraryFamily.BCJSSE, LibraryFamily.GNUTLS, LibraryFamily.LIBRESSL, LibraryFamily.BORINGSSL);

  /**
   * The builds a library id can name, by {@link LibraryBuild#id()}: every family's, OpenSSL's first.
   * Each call loads every family's builds; {@link #knownBuilds(LibraryFamily)} loads one family's.
   *
   * @since 0.1.0
   */
  public static List<LibraryBuild> knownBuilds() {
    List<LibraryBuild> all = new ArrayList<>();
    for (LibraryFamily family : LISTED) all.addAll(knownBuilds(family));
    return List.copyOf(all);
  }

  /**
   * The known builds of {@code family}, in order.
   *
   * @since 0.1.0
   */
  public static List<LibraryBuild> knownBuilds(LibraryFamily family) {
    Preconditions.checkNotNull(family, "family");
    // Only the family asked for is loaded: the built-in servers that name a library run on Schannel,
    // SunJSSE or (two of them) OpenSSL, and matrix loaded BoringSSL's, LibreSSL's and GnuTLS's tables
    // too, and OpenSSL's for a catalog with no OpenSSL server.
    return switch (family) {
      case OPENSSL -> List.of(OpenSslBuild.DEBIAN_12, OpenSslBuild.OPENSSL_3_0, OpenSslBuild.OPENSSL_1_1_1,
          OpenSslBuild.OPENSSL_1_0_2, OpenSslBuild.OPENSSL_3_5, OpenSslDistributions.DEBIAN_10,
          OpenSslDistributions.DEBIAN_11, OpenSslDistributions.RHEL_8_DEFAULT, OpenSslDistributions.RHEL_8_LEGACY,
          OpenSslDistributions.RHEL_8_FUTURE, OpenSslDistributions.RHEL_8_FIPS, OpenSslDistributions.RHEL_9_DEFAULT,
          OpenSslDistributions.RHEL_9_LEGACY, OpenSslDistributions.RHEL_9_FUTURE, OpenSslDistributions.RHEL_9_FIPS);
      case SCHANNEL -> List.of(SchannelBuild.WINDOWS_2003, SchannelBuild.WINDOWS_2003_FIPS, SchannelBuild.WINDOWS_2008,
          SchannelBuild.WINDOWS_2008_FIPS, SchannelBuild.WINDOWS_2008_R2, SchannelBuild.WINDOWS_2008_R2_FIPS,
          SchannelBuild.WINDOWS_2012, SchannelBuild.WINDOWS_2012_FIPS, SchannelBuild.WINDOWS_2012_R2,
          SchannelBuild.WINDOWS_2012_R2_FIPS, SchannelBuild.WINDOWS_2016, SchannelBuild.WINDOWS_2016_FIPS,
          SchannelBuild.WINDOWS_2019, SchannelBuild.WINDOWS_2019_FIPS, SchannelBuild.WINDOWS_2022,
          SchannelBuild.WINDOWS_2022_FIPS, SchannelBuild.WINDOWS_2025, SchannelBuild.WINDOWS_2025_FIPS);
      case SUNJSSE -> List.of(JsseBuild.SUNJSSE_8, JsseBuild.SUNJSSE_11, JsseBuild.SUNJSSE_17, JsseBuild.SUNJSSE_21,
          JsseBuild.SUNJSSE_25);
      case BCJSSE -> List.of(JsseBuild.BCJSSE_1_83, JsseBuild.BCJSSE_1_84);
      case GNUTLS -> List.of(GnuTlsBuild.DEBIAN_12, GnuTlsBuild.GNUTLS_3_7, GnuTlsBuild.GNUTLS_3_8);
      case LIBRESSL -> List.of(LibreSslBuilds.LIBRESSL_3_3, LibreSslBuilds.LIBRESSL_4_2);
      case BORINGSSL -> List.of(BoringSslBuilds.BORINGSSL_2026_08);
    };
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a security level is given for a library that has none
   */
  public ServerLibrary {
    Preconditions.checkNotNull(build, "build");
    Preconditions.checkNotNull(securityLevel, "securityLevel");
    // Tests and throws, not message suppliers: see Preconditions.
    if (securityLevel.isPresent() && !(build instanceof OpenSslBuild)) {
      throw new IllegalArgumentException(build.name() + " has no security levels; only OpenSSL builds do");
    }
    if (securityLevel.isPresent() && build instanceof OpenSslBuild o && !o.version().hasSecurityLevels()) {
      throw new IllegalArgumentException(build.name() + " has no security levels" + levelsCameIn(build));
    }
  }

  /**
   * Where security levels came from for {@code build}'s family, after "has no security levels":
   * "; they came in OpenSSL 1.1.0" or "; they came in LibreSSL 3.6.0"; empty for BoringSSL, which
   * has none.
   *
   * @since 0.1.0
   */
  public static String levelsCameIn(LibraryBuild build) {
    return switch (build.family()) {
      case OPENSSL -> "; they came in OpenSSL 1.1.0";
      case LIBRESSL -> "; they came in LibreSSL 3.6.0";
      default -> "";
    };
  }

  /** {@code build} at its default level. */
  public static ServerLibrary of(LibraryBuild build) {
    return new ServerLibrary(build, Optional.empty());
  }

  /**
   * The build with id {@code id} (one of {@link #knownBuilds()}, e.g. {@code debian-12},
   * {@code openssl-3.0}; case ignored) at its default level.
   *
   * @throws IllegalArgumentException naming the known builds and the closest one
   */
  public static ServerLibrary fromId(String id) {
    Preconditions.checkNotNull(id, "id");
    return of(findBuild(id).orElseThrow(() -> new IllegalArgumentException("unknown TLS library '" + id
        + "'; expected one of " + String.join(", ", knownIds()) + ClosestNames.didYouMean(id, knownIds()))));
  }

  /**
   * The build of {@code family} with id {@code id} (case ignored) at its default level: what an
   * importer of that family's configurations takes.
   *
   * @throws IllegalArgumentException naming the known builds of the family and the closest one
   */
  public static ServerLibrary fromId(String id, LibraryFamily family) {
    Preconditions.checkNotNull(id, "id");
    Preconditions.checkNotNull(family, "family");
    Optional<LibraryBuild> build = find(id, knownBuilds(family));
    if (build.isEmpty()) {
      List<String> ids = knownIds(family);
      throw new IllegalArgumentException("unknown " + family + " build '" + id + "'; expected one of "
          + String.join(", ", ids) + ClosestNames.didYouMean(id, ids));
    }
    return of(build.get());
  }

  /** The build with id {@code id} (case ignored), or empty. */
  public static Optional<LibraryBuild> findBuild(String id) {
    Preconditions.checkNotNull(id, "id");
    return find(id, knownBuilds());
  }

  private static Optional<LibraryBuild> find(String id, List<LibraryBuild> builds) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (LibraryBuild b : builds) {
      if (b.id().equals(wanted)) return Optional.of(b);
    }
    return Optional.empty();
  }

  /**
   * The build with id {@code id} (case ignored) of one of {@code families}, at its default level:
   * what an importer of configurations several families read takes (nginx runs on OpenSSL and on
   * LibreSSL).
   *
   * @throws IllegalArgumentException naming the known builds of those families and the closest one
   * @since 0.1.0
   */
  public static ServerLibrary fromId(String id, List<LibraryFamily> families) {
    Preconditions.checkNotNull(id, "id");
    Preconditions.checkArgument(!families.isEmpty(), () -> "no family given");
    List<String> ids = families.stream().flatMap(f -> knownIds(f).stream()).toList();
    String names = families.size() == 1 ? families.get(0).toString()
        : String.join(", ", families.subList(0, families.size() - 1).stream().map(LibraryFamily::toString).toList())
            + " or " + families.get(families.size() - 1);
    return of(findBuild(id).filter(b -> families.contains(b.family())).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + names + " build '" + id + "'; expected one of " + String.join(", ", ids)
            + ClosestNames.didYouMean(id, ids))));
  }

  /**
   * The ids of the {@link #knownBuilds()} of {@code family}, in order: what an importer for that
   * family's configurations lists (nginx, Apache httpd and {@code openssl s_server} take the
   * {@link LibraryFamily#OPENSSL} ones).
   */
  public static List<String> knownIds(LibraryFamily family) {
    return knownBuilds(family).stream().map(LibraryBuild::id).toList();
  }

  /** The ids of {@link #knownBuilds()}, in order. */
  public static List<String> knownIds() {
    return knownBuilds().stream().map(LibraryBuild::id).toList();
  }

  /**
   * The OpenSSL build, when {@link #build()} is one, LibreSSL's included (an {@link OpenSslBuild}
   * of {@link LibraryFamily#LIBRESSL}): what OpenSSL-based configurations (nginx, Apache httpd,
   * {@code openssl s_server}) are narrowed by.
   */
  public Optional<OpenSslBuild> openSsl() {
    return build instanceof OpenSslBuild b ? Optional.of(b) : Optional.empty();
  }

  /**
   * The GnuTLS build, when {@link #build()} is one: what GnuTLS priority strings ({@code gnutls-serv
   * --priority}, mod_gnutls {@code GnuTLSPriorities}) are expanded by.
   */
  public Optional<GnuTlsBuild> gnuTls() {
    return build instanceof GnuTlsBuild b ? Optional.of(b) : Optional.empty();
  }

  /**
   * The level in effect for an OpenSSL build: {@link #securityLevel()}, else the build's default;
   * empty for a library without security levels (OpenSSL 1.0.2 and every non-OpenSSL build).
   */
  public Optional<SecurityLevel> effectiveSecurityLevel() {
    SecurityLevel level = levelOrNull();
    return level == null ? Optional.empty() : Optional.of(level);
  }

  /**
   * {@link #effectiveSecurityLevel()} without the {@code Optional}: a negotiation asks for every
   * scheme and suite it tries, and in a JVM that has compiled nothing yet the lambdas and optionals
   * of the public form were a measurable share of a whole matrix.
   */
  private SecurityLevel levelOrNull() {
    if (!(build instanceof OpenSslBuild b) || !b.version().hasSecurityLevels()) return null;
    return securityLevel.isPresent() ? securityLevel.get() : b.defaultSecurityLevel();
  }

  /**
   * Why this library, at its level, will not sign a handshake with {@code hash}, or empty if it
   * will: an OpenSSL build refuses a hash its {@link SecurityBits#ofSignatureHash} rates below the
   * level's minimum ({@code ssl/t1_lib.c} {@code tls12_sigalg_allowed}, {@code sigalg_security_bits}),
   * so OpenSSL 3.0 at level 1 and above signs with neither SHA-1 (64 bits) nor MD5+SHA-1 (67 bits);
   * a build whose system refuses SHA-1 signatures ({@link OpenSslBuild#refusesSha1Signatures()},
   * RHEL 9) signs with neither at any level.
   * Libraries without security levels refuse nothing here. The reason reads after "refuses to sign
   * with SHA1: ", e.g. "OpenSSL 3.0 (Debian 12) at security level 2 rates it 64 bits of security,
   * below the level's 112".
   *
   * @since 0.1.0
   */
  public Optional<String> signatureRefusal(HashAlgorithm hash) {
    if (permitsSignatureHash(hash)) return Optional.empty();
    OpenSslBuild b = openSsl().orElseThrow();
    if (refusesSha1(b, hash)) {
      return Optional.of(b.name() + " refuses SHA-1 in signatures at every security level"
          + " (rh-allow-sha1-signatures = no)");
    }
    SecurityLevel level = effectiveSecurityLevel().orElseThrow();
    return Optional.of(b.name() + " at security level " + level.level() + " rates it "
        + SecurityBits.ofSignatureHash(hash, b.version()) + " bits of security, below the level's " + level.minimumBits());
  }

  /**
   * Whether this library, at its level, signs a handshake with {@code hash}: the question
   * {@link #signatureRefusal} answers, without writing the reason (the negotiation asks it for
   * every suite it tries, and reads the reason only for the refusal it reports).
   *
   * @since 0.1.0
   */
  public boolean permitsSignatureHash(HashAlgorithm hash) {
    Preconditions.checkNotNull(hash, "hash");
    if (!(build instanceof OpenSslBuild b)) return true;
    if (refusesSha1(b, hash)) return false;
    // 1.0.2 has no levels and signs with anything.
    SecurityLevel level = levelOrNull();
    return level == null || level.permitsBits(SecurityBits.ofSignatureHash(hash, b.version()));
  }

  private static boolean refusesSha1(OpenSslBuild build, HashAlgorithm hash) {
    return build.refusesSha1Signatures() && (hash == HashAlgorithm.SHA1 || hash == HashAlgorithm.MD5_SHA1);
  }

  /**
   * Whether this library, at its level, signs a handshake with {@code scheme}: Ed25519 and Ed448 by
   * their own rating, every other scheme as {@link #signatureRefusal} says of its hash.
   *
   * @since 0.1.0
   */
  public boolean permitsSignatureScheme(SignatureScheme scheme) {
    Preconditions.checkNotNull(scheme, "scheme");
    if (!(build instanceof OpenSslBuild b)) return true;
    if (b.refusesSha1Signatures() && scheme.hash() == HashAlgorithm.SHA1) return false;
    SecurityLevel level = levelOrNull();
    return level == null || level.permitsBits(SecurityBits.ofSignatureScheme(scheme, b.version()));
  }

  /**
   * Whether this library chooses a signature for every suite that authenticates with a
   * certificate, RSA key exchange included, and refuses the handshake when it finds none, although
   * an RSA key exchange sends no signature: true for OpenSSL ({@code ssl/t1_lib.c}
   * {@code tls_choose_sigalg} runs for every {@code SSL_aCERT} suite; before TLS 1.2 it needs the
   * MD5+SHA-1 or SHA-1 signature of {@code tls1_get_legacy_sigalg}). Measured on Debian 12's
   * OpenSSL 3.0.19: a TLS 1.2 client offering only RSA key exchange with signature_algorithms
   * listing only ECDSA schemes is refused ({@code handshake_failure}) at every level, and a TLS 1.0
   * one is refused ({@code internal_error}) at level 1 and above.
   *
   * @since 0.1.0
   */
  public boolean signsForEveryCertificateSuite() {
    // BoringSSL chooses a signature only for suites that sign (ssl_cipher_uses_certificate_auth).
    return build instanceof OpenSslBuild b && b.family() != LibraryFamily.BORINGSSL;
  }

  /**
   * The library in words, e.g. {@code OpenSSL 3.0 (Debian 12) at security level 2} or
   * {@code OpenSSL 3.0 at security level 1 (its default)}.
   */
  @Override public String toString() {
    return build.name() + effectiveSecurityLevel().map(l -> " at security level " + l.level()
        + (securityLevel.isEmpty() ? " (its default)" : "")).orElse("");
  }
}
