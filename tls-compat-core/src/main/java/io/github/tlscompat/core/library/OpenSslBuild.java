package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.NamedGroup.*;
import static io.github.tlscompat.core.registry.SignatureScheme.*;

import io.github.tlscompat.core.cipherstring.CipherStringDialect;
import io.github.tlscompat.core.cipherstring.OpenSslCipherString;
import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One build of OpenSSL, or of a library that kept OpenSSL's API and cipher-string syntax
 * (LibreSSL, {@link LibreSslBuilds}; BoringSSL, {@link BoringSslBuilds}), as a server runs on it: its version, default security level,
 * what it implements and what it uses when a configuration says nothing. {@link #narrow} turns what
 * a configuration names into what this build negotiates.
 *
 * @param id a stable identifier, e.g. {@code debian-12}
 * @param name a human name, e.g. {@code OpenSSL 3.0 (Debian 12)}
 * @param version the release line; for a LibreSSL build, the OpenSSL line whose security-level
 *     rules it shares ({@link OpenSslVersion#OPENSSL_1_0_2}: none, before LibreSSL 3.6;
 *     {@link OpenSslVersion#OPENSSL_1_1_1}: levels 0 to 5 with default 1 and SHA-1 signatures
 *     allowed at level 1)
 * @param defaultSecurityLevel the level when nothing sets one
 * @param versions the protocol versions the build has
 * @param cipherSuites the TLS 1.2-and-earlier suites the build implements (what
 *     {@code openssl ciphers 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'} lists)
 * @param tls13Suites the TLS 1.3 suites it implements
 * @param defaultCipherString what {@code DEFAULT} means ({@code SSL_DEFAULT_CIPHER_LIST})
 * @param defaultTls13Suites the TLS 1.3 suites it enables by default, in order
 *     ({@code TLS_DEFAULT_CIPHERSUITES})
 * @param groups the named groups it implements
 * @param defaultGroups the groups it uses by default, in order
 * @param signatureSchemes the signature schemes it implements
 * @param defaultSignatureSchemes the schemes it uses by default, in order ({@code tls12_sigalgs})
 * @param minProtocol the lowest version the system configuration lets a server use when the server
 *     sets no range of its own ({@code MinProtocol} in {@code openssl.cnf}), or empty when it sets
 *     none; see {@link #narrow}
 * @param refusesSha1Signatures whether the system refuses SHA-1 in handshake signatures at every
 *     security level (RHEL 9's {@code rh-allow-sha1-signatures = no})
 * @param source where these facts come from
 * @param family {@link LibraryFamily#OPENSSL}, {@link LibraryFamily#LIBRESSL} or
 *     {@link LibraryFamily#BORINGSSL}
 * @param release the release as its vendor writes it, e.g. {@code 3.0}, or {@code 4.2} for
 *     LibreSSL 4.2; what a profile's {@code library.version} says
 * @since 0.1.0
 */
public record OpenSslBuild(String id, String name, OpenSslVersion version, SecurityLevel defaultSecurityLevel,
    ParameterSet<ProtocolVersion> versions, ParameterSet<CipherSuite> cipherSuites,
    ParameterSet<CipherSuite> tls13Suites, String defaultCipherString, PreferenceList<CipherSuite> defaultTls13Suites,
    ParameterSet<NamedGroup> groups, PreferenceList<NamedGroup> defaultGroups,
    ParameterSet<SignatureScheme> signatureSchemes, PreferenceList<SignatureScheme> defaultSignatureSchemes,
    Optional<ProtocolVersion> minProtocol, boolean refusesSha1Signatures, String source, LibraryFamily family,
    String release) implements LibraryBuild {

  // ssl/ssl_local.h SSL_DEFAULT_CIPHER_LIST, 1.1.0 to 3.x.
  private static final String DEFAULT_CIPHER_STRING = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

  // include/openssl/ssl.h TLS_DEFAULT_CIPHERSUITES, 1.1.1 to 3.x.
  private static final PreferenceList<CipherSuite> DEFAULT_TLS13_SUITES = PreferenceList.of(
      CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_GCM_SHA256);

  // ssl/s3_lib.c: the five RFC 8446 suites; the CCM ones are not enabled by default.
  private static final ParameterSet<CipherSuite> TLS13_SUITES = ParameterSet.of(CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_AES_128_CCM_SHA256, CipherSuite.TLS_AES_128_CCM_8_SHA256);

  private static final ParameterSet<ProtocolVersion> TLS_1_0_TO_1_3 = ParameterSet.of(ProtocolVersion.TLS_1_0,
      ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);

  // ssl/t1_lib.c tls12_sigalgs (1.1.1 and 3.0), measured as the signature_algorithms of
  // openssl s_client -cipher 'DEFAULT:@SECLEVEL=0' on Debian 12, 2026-12-03.
  private static final PreferenceList<SignatureScheme> SIGALGS = PreferenceList.of(ecdsa_secp256r1_sha256,
      ecdsa_secp384r1_sha384, ecdsa_secp521r1_sha512, ed25519, ed448, rsa_pss_pss_sha256, rsa_pss_pss_sha384,
      rsa_pss_pss_sha512, rsa_pss_rsae_sha256, rsa_pss_rsae_sha384, rsa_pss_rsae_sha512, rsa_pkcs1_sha256,
      rsa_pkcs1_sha384, rsa_pkcs1_sha512, ecdsa_sha224, ecdsa_sha1, rsa_sha224, rsa_pkcs1_sha1, dsa_sha224,
      dsa_sha1, dsa_sha256, dsa_sha384, dsa_sha512);

  // ssl/t1_lib.c tls12_sigalgs of 1.0.2: SHA-512 down to SHA-1, each with RSA, DSA and ECDSA.
  private static final PreferenceList<SignatureScheme> SIGALGS_1_0_2 = PreferenceList.of(rsa_pkcs1_sha512,
      dsa_sha512, ecdsa_secp521r1_sha512, rsa_pkcs1_sha384, dsa_sha384, ecdsa_secp384r1_sha384, rsa_pkcs1_sha256,
      dsa_sha256, ecdsa_secp256r1_sha256, rsa_sha224, dsa_sha224, ecdsa_sha224, rsa_pkcs1_sha1, dsa_sha1, ecdsa_sha1);

  // The curves of ssl/t1_lib.c nid_list (1.1.1) and providers/common/capabilities.c (3.0).
  private static final ParameterSet<NamedGroup> CURVES = ParameterSet.of(sect163k1, sect163r1, sect163r2,
      sect193r1, sect193r2, sect233k1, sect233r1, sect239k1, sect283k1, sect283r1, sect409k1, sect409r1, sect571k1,
      sect571r1, secp160k1, secp160r1, secp160r2, secp192k1, secp192r1, secp224k1, secp224r1, secp256k1, secp256r1,
      secp384r1, secp521r1, brainpoolP256r1, brainpoolP384r1, brainpoolP512r1, x25519, x448);

  private static final ParameterSet<NamedGroup> FFDHE = ParameterSet.of(ffdhe2048, ffdhe3072, ffdhe4096,
      ffdhe6144, ffdhe8192);

  private static final ParameterSet<CipherSuite> SUITES_3_0 =
      OpenSslCipherString.defaultUniverse().filter(OpenSslBuild::isIn30Table);

  private static final Set<BulkCipher> WEAK_OR_LEGACY_PROVIDER = EnumSet.of(BulkCipher.TDES_EDE_CBC,
      BulkCipher.IDEA_CBC, BulkCipher.SEED_CBC);

  /**
   * OpenSSL 3.0 as Debian 12 (bookworm) ships it, the {@code openssl} of this project's machines:
   * security level 2 compiled in ({@code -DOPENSSL_TLS_SECURITY_LEVEL=2} in
   * {@code openssl version -a}; {@code /etc/ssl/openssl.cnf} sets no {@code CipherString}); no SSL
   * 3.0; no 3DES, RC4, DES, IDEA or SEED suite even at level 0; otherwise as
   * {@link #OPENSSL_3_0}. Measured on 3.0.19, 2026-12-03.
   */
  public static final OpenSslBuild DEBIAN_12 = new OpenSslBuild("debian-12", "OpenSSL 3.0 (Debian 12)",
      OpenSslVersion.OPENSSL_3_0, SecurityLevel.LEVEL_2, TLS_1_0_TO_1_3, SUITES_3_0, TLS13_SUITES,
      DEFAULT_CIPHER_STRING, DEFAULT_TLS13_SUITES, CURVES.union(FFDHE), groups3_0(), SIGALGS.asSet(), SIGALGS,
      Optional.empty(), false, "openssl version -a, openssl ciphers -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0' and openssl s_client -trace"
          + " on Debian 12, OpenSSL 3.0.19, 2026-12-03");

  /**
   * OpenSSL 3.0 built with its default options: security level 1; no SSL 3.0 ({@code no-ssl3} is
   * a default); 3DES, RC4 and single DES suites only with {@code enable-weak-ssl-ciphers}, IDEA and
   * SEED only with the legacy provider, GOST only with the GOST engine, so none of them; no static
   * (EC)DH, Kerberos or export suites, which 1.1.0 removed; none of the draft ChaCha20 code points
   * (0xCC13 to 0xCC15), which OpenSSL never had.
   */
  public static final OpenSslBuild OPENSSL_3_0 = new OpenSslBuild("openssl-3.0", "OpenSSL 3.0",
      OpenSslVersion.OPENSSL_3_0, SecurityLevel.LEVEL_1, TLS_1_0_TO_1_3, SUITES_3_0, TLS13_SUITES,
      DEFAULT_CIPHER_STRING, DEFAULT_TLS13_SUITES, CURVES.union(FFDHE), groups3_0(), SIGALGS.asSet(), SIGALGS,
      Optional.empty(), false, "doc/man3/SSL_CTX_set_security_level.pod (default level 1), ssl/s3_lib.c, Configure (no-ssl3,"
          + " no-weak-ssl-ciphers by default), providers/common/capabilities.c, ssl/t1_lib.c");

  /**
   * OpenSSL 1.1.1 built with its default options: security level 1; no SSL 3.0; the 3.0 suites
   * plus 3DES, IDEA and SEED, which 1.1.1 builds without the weak-ciphers option; no FFDHE groups
   * in TLS (3.0 added them); default groups x25519, secp256r1, x448, secp521r1, secp384r1
   * ({@code ssl/t1_lib.c} {@code eccurves_default}). Documented, not measured here: this machine
   * has no 1.1.1. Cipher strings are expanded with 3.0's aliases and order, which 1.1.1 shares
   * except that 3.0 keeps 3DES out of {@code DEFAULT}.
   */
  public static final OpenSslBuild OPENSSL_1_1_1 = new OpenSslBuild("openssl-1.1.1", "OpenSSL 1.1.1",
      OpenSslVersion.OPENSSL_1_1_1, SecurityLevel.LEVEL_1, TLS_1_0_TO_1_3,
      SUITES_3_0.union(OpenSslCipherString.defaultUniverse().filter(OpenSslBuild::isAddedIn111Table)),
      TLS13_SUITES, DEFAULT_CIPHER_STRING, DEFAULT_TLS13_SUITES, CURVES,
      PreferenceList.of(x25519, secp256r1, x448, secp521r1, secp384r1), SIGALGS.asSet(), SIGALGS,
      Optional.empty(), false,
      "ssl/s3_lib.c, ssl/t1_lib.c and doc/man3/SSL_CTX_set_security_level.pod of OpenSSL 1.1.1");

  /**
   * OpenSSL 1.0.2g and later built with their default options: no security levels (they came in
   * 1.1.0), so nothing is refused for its strength and {@code @SECLEVEL=n} in a cipher string is an
   * unknown command that fails the whole string; SSL 3.0 to TLS 1.2, no TLS 1.3; RC4, 3DES, IDEA,
   * SEED, Camellia (SHA-1 MAC only), AES (CBC, GCM), static DH and ECDH, PSK, SRP and NULL suites,
   * but no export, single-DES or SSL 2.0 ("Disable weak ciphers in SSLv3 and up in default builds"
   * and "Disable SSLv2 default build", 1.0.2g, {@code NEWS.md}), no CCM, ChaCha20 or ARIA (1.1.0 and
   * 1.1.1 added them) and no ECDHE-PSK; {@code DEFAULT} is {@code ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2}
   * ({@code ssl/ssl.h} {@code SSL_DEFAULT_CIPHER_LIST}), so it keeps RC4 and 3DES; ECDHE only on
   * secp256r1, the curve {@code s_server} and nginx before 1.11.0 set (1.0.2 has no X25519); TLS 1.2
   * signature schemes SHA-512 to SHA-1 with RSA, DSA and ECDSA, no RSA-PSS or EdDSA. Not measured
   * here: this machine has no 1.0.2. A cipher string's {@code DEFAULT} keyword is still expanded
   * as 3.0 expands it (without RC4 and 3DES); the build's own default is the 1.0.2 string above.
   */
  public static final OpenSslBuild OPENSSL_1_0_2 = new OpenSslBuild("openssl-1.0.2", "OpenSSL 1.0.2",
      OpenSslVersion.OPENSSL_1_0_2, SecurityLevel.LEVEL_0, ParameterSet.of(ProtocolVersion.SSL_3_0,
          ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2),
      OpenSslCipherString.defaultUniverse().filter(OpenSslBuild::isIn102Table), ParameterSet.noneOf(CipherSuite.class),
      "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2", PreferenceList.empty(CipherSuite.class),
      CURVES.filter(g -> g != x25519 && g != x448), PreferenceList.of(secp256r1), SIGALGS_1_0_2.asSet(), SIGALGS_1_0_2,
      Optional.empty(), false, "NEWS.md and CHANGES of OpenSSL 1.0.2 (1.0.2g: no SSLv2, export or single-DES"
          + " in default builds), ssl/ssl.h SSL_DEFAULT_CIPHER_LIST and doc/apps/ciphers.pod of the"
          + " OpenSSL_1_0_2-stable branch, HISTORY of doc/man3/SSL_CTX_set_security_level.pod (levels added in"
          + " 1.1.0); documented, not measured");

  /**
   * OpenSSL 3.5 built with its default options: as {@link #OPENSSL_3_0} (security level 1 by
   * default, verified on master's {@code doc/man3/SSL_CTX_set_security_level.pod}: "If not set
   * then 1 is used"), plus the ML-KEM hybrid groups, and a new default group list:
   * X25519MLKEM768, x25519, secp256r1, x448, secp384r1, secp521r1, ffdhe2048, ffdhe3072 ({@code
   * ssl/t1_lib.c} {@code DEFAULT_GROUP_LIST} {@code ?*X25519MLKEM768 / ?*X25519:?secp256r1 /
   * ?X448:?secp384r1:?secp521r1 / ?ffdhe2048:?ffdhe3072}; "GOST groups and FFDHE groups larger than
   * 3072 bits are no longer enabled by default", {@code CHANGES.md} of 3.5). Documented, not
   * measured here.
   */
  public static final OpenSslBuild OPENSSL_3_5 = new OpenSslBuild("openssl-3.5", "OpenSSL 3.5",
      OpenSslVersion.OPENSSL_3_5, SecurityLevel.LEVEL_1, TLS_1_0_TO_1_3, SUITES_3_0, TLS13_SUITES,
      DEFAULT_CIPHER_STRING, DEFAULT_TLS13_SUITES,
      CURVES.union(FFDHE).union(ParameterSet.of(X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024)),
      PreferenceList.of(X25519MLKEM768, x25519, secp256r1, x448, secp384r1, secp521r1, ffdhe2048, ffdhe3072),
      SIGALGS.asSet(), SIGALGS, Optional.empty(), false,
      "CHANGES.md of OpenSSL 3.5 (default TLS group list), ssl/t1_lib.c DEFAULT_GROUP_LIST,"
          + " doc/man3/SSL_CTX_set_security_level.pod on master (default level 1); otherwise as OpenSSL 3.0");

  /**
   * An OpenSSL build ({@link LibraryFamily#OPENSSL}) of release {@code version.displayName()}.
   *
   * @since 0.1.0
   */
  public OpenSslBuild(String id, String name, OpenSslVersion version, SecurityLevel defaultSecurityLevel,
      ParameterSet<ProtocolVersion> versions, ParameterSet<CipherSuite> cipherSuites,
      ParameterSet<CipherSuite> tls13Suites, String defaultCipherString, PreferenceList<CipherSuite> defaultTls13Suites,
      ParameterSet<NamedGroup> groups, PreferenceList<NamedGroup> defaultGroups,
      ParameterSet<SignatureScheme> signatureSchemes, PreferenceList<SignatureScheme> defaultSignatureSchemes,
      Optional<ProtocolVersion> minProtocol, boolean refusesSha1Signatures, String source) {
    this(id, name, version, defaultSecurityLevel, versions, cipherSuites, tls13Suites, defaultCipherString,
        defaultTls13Suites, groups, defaultGroups, signatureSchemes, defaultSignatureSchemes, minProtocol,
        refusesSha1Signatures, source, LibraryFamily.OPENSSL, version == null ? null : version.displayName());
  }

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code family} is not OpenSSL or LibreSSL
   */
  public OpenSslBuild {
    // Tests and throws, not message suppliers: see Preconditions.
    if (id == null || id.isBlank()) throw new IllegalArgumentException("an OpenSSL build needs an id");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(version, "version");
    Preconditions.checkNotNull(defaultSecurityLevel, "defaultSecurityLevel");
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(cipherSuites, "cipherSuites");
    Preconditions.checkNotNull(tls13Suites, "tls13Suites");
    Preconditions.checkNotNull(defaultCipherString, "defaultCipherString");
    Preconditions.checkNotNull(defaultTls13Suites, "defaultTls13Suites");
    Preconditions.checkNotNull(groups, "groups");
    Preconditions.checkNotNull(defaultGroups, "defaultGroups");
    Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
    Preconditions.checkNotNull(defaultSignatureSchemes, "defaultSignatureSchemes");
    Preconditions.checkNotNull(minProtocol, "minProtocol");
    Preconditions.checkNotNull(source, "source");
    if (family != LibraryFamily.OPENSSL && family != LibraryFamily.LIBRESSL && family != LibraryFamily.BORINGSSL) {
      throw new IllegalArgumentException("an OpenSSL-API build is OpenSSL, LibreSSL or BoringSSL, not " + family);
    }
    Preconditions.checkNotNull(release, "release");
  }

  /**
   * The rules cipher strings follow on this build: {@link CipherStringDialect#LIBRESSL} for a
   * LibreSSL build, {@link CipherStringDialect#BORINGSSL} for a BoringSSL one, else
   * {@link CipherStringDialect#OPENSSL}.
   *
   * @since 0.1.0
   */
  public CipherStringDialect cipherStringDialect() {
    return switch (family) {
      case LIBRESSL -> CipherStringDialect.LIBRESSL;
      case BORINGSSL -> CipherStringDialect.BORINGSSL;
      default -> CipherStringDialect.OPENSSL;
    };
  }

  /**
   * What {@code config} amounts to on this build: the versions, suites, groups, signature schemes,
   * certificates and DH parameters a handshake can use, and each configured name the build drops,
   * with why. The rules, in the order they are applied to each name:
   * <ol>
   *   <li><b>Not in the build</b> ({@link Dropped.Reason#NOT_IN_BUILD}): versions, suites, groups
   *       and schemes the build does not implement. A cipher string is expanded twice: over every
   *       suite OpenSSL ever named, and over this build's suites ({@link OpenSslCipherString#of(String,
   *       ParameterSet)}); what only the first selects is dropped. If the build has none, the whole
   *       string is dropped ({@link Dropped.Kind#CIPHER_STRING}): OpenSSL's "no cipher match",
   *       and the server does not start.</li>
   *   <li><b>Credentials</b> ({@link Dropped.Reason#NEEDS_CREDENTIALS}): PSK and SRP suites.</li>
   *   <li><b>Security level</b> ({@link Dropped.Reason#SECURITY_LEVEL}): the level in effect is
   *       the cipher string's {@code @SECLEVEL=n}, else {@link ConfiguredTls#securityLevel()},
   *       else {@link #defaultSecurityLevel()}. Suites and versions as {@link SecurityLevel} says;
   *       groups, certificate keys and signatures by their {@link SecurityBits}; DH parameters by
   *       {@link SecurityLevel#permitsDhBits}. A refused certificate or DH parameters stop the
   *       server ("ee key too small", "ca md too weak", "dh key too small").</li>
   *   <li><b>Signatures are not narrowed here.</b> Signature schemes the level refuses stay in
   *       {@link Narrowed#signatureSchemes()}, and so do TLS 1.0 and 1.1 when only the signature
   *       rule stops them (OpenSSL 3.0 at level 1 and above: before TLS 1.2 a server signs with
   *       MD5+SHA-1 or SHA-1, rated 67 and 64 bits, so every such handshake fails with
   *       {@code internal_error}, RSA key exchange included). Which signature a handshake may use
   *       depends on the client, so the negotiation decides it, with the library's rules
   *       ({@link ServerLibrary#signatureRefusal}), and a client refused for it is told so
   *       ({@code Refused.Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY}) rather than "no shared protocol
   *       version".</li>
   * </ol>
   * <b>No levels</b>: on a build without security levels (1.0.2) nothing is refused for its
   * strength, and a cipher string with {@code @SECLEVEL=n} is dropped whole ({@link
   * Dropped.Kind#CIPHER_STRING}, {@link Dropped.Reason#NOT_IN_BUILD}): 1.0.2 knows only
   * {@code @STRENGTH} and fails the string ({@code ssl/ssl_ciph.c}, {@code SSL_R_INVALID_COMMAND}).
   * Where the system refuses SHA-1 signatures ({@link #refusesSha1Signatures()}, RHEL 9), that too
   * is a signature rule the negotiation applies ({@link ServerLibrary#signatureRefusal}).
   *
   * <p>Versions and groups left empty in {@code config} become this build's defaults, filtered by
   * the level without being reported as dropped; so do the cipher string and the TLS 1.3 list.
   * Signature schemes left empty become the build's default list, whole. Default versions also stop
   * at {@link #minProtocol()}: a server that sets no range of its own ({@code openssl s_server}
   * without a version option) keeps the one the system configuration sets. A configuration that
   * names versions sets its own range and is not bound by it: nginx resets the minimum
   * ({@code SSL_CTX_set_min_proto_version(ctx, 0)} in {@code ngx_ssl_create}, current source) and
   * Apache httpd sets it from {@code SSLProtocol} ({@code ssl_engine_init.c}, OpenSSL 1.1.0 and
   * later).
   *
   * @throws IllegalArgumentException if the cipher string or the TLS 1.3 list is not valid
   *     OpenSSL syntax (see {@link OpenSslCipherString#of(String)} and
   *     {@link OpenSslCipherString#parseTls13})
   */
  public Narrowed narrow(ConfiguredTls config) {
    Preconditions.checkNotNull(config, "config");
    return new Narrowing(this, config).run();
  }

  /** {@link LibraryFamily#OPENSSL}, or the fork's family for a LibreSSL or BoringSSL build. */
  @Override public LibraryFamily family() {
    return family;
  }

  /** The release, e.g. {@code 3.0}: {@link OpenSslVersion#displayName()} for an OpenSSL build. */
  @Override public String release() {
    return release;
  }

  /** The build's name, e.g. {@code OpenSSL 3.0 (Debian 12)}. */
  @Override public String toString() {
    return name;
  }

  private static PreferenceList<NamedGroup> groups3_0() {
    // ssl/t1_lib.c supported_groups_default; measured as s_client's supported_groups on Debian 12.
    return PreferenceList.of(x25519, secp256r1, x448, secp521r1, secp384r1, ffdhe2048, ffdhe3072, ffdhe4096,
        ffdhe6144, ffdhe8192);
  }

  // ssl/s3_lib.c ssl3_ciphers of 3.0, less what a default build cannot run.
  private static boolean isIn30Table(CipherSuite s) {
    if (s.isExport() || s.name().endsWith("_OLD")) return false;
    if (!hasTableKeyExchange(s.keyExchange())) return false;
    return switch (s.cipher()) {
      case AES_128_CBC, AES_256_CBC, AES_128_GCM, AES_256_GCM, AES_128_CCM, AES_256_CCM, AES_128_CCM_8,
          AES_256_CCM_8, CAMELLIA_128_CBC, CAMELLIA_256_CBC, CHACHA20_POLY1305, NULL -> true;
      // RFC 6209's GCM suites, but neither the anonymous nor the ECDHE-PSK ones (ARIA CBC never).
      case ARIA_128_GCM, ARIA_256_GCM -> !s.isAnonymous() && s.keyExchange() != KeyExchange.ECDHE_PSK;
      default -> false;
    };
  }

  // ssl/s3_lib.c ssl3_ciphers of 1.0.2, less the export and single-DES suites a default 1.0.2g+ build lacks.
  private static boolean isIn102Table(CipherSuite s) {
    if (s.isExport() || s.name().endsWith("_OLD")) return false;
    KeyExchange kx = s.keyExchange();
    if (kx.agreement() == KeyExchange.Agreement.KRB5 || kx.agreement() == KeyExchange.Agreement.GOST) return false;
    if (kx.isPsk() && kx != KeyExchange.PSK) return false;
    return switch (s.cipher()) {
      case AES_128_CBC, AES_256_CBC, AES_128_GCM, AES_256_GCM, RC4_128, TDES_EDE_CBC, IDEA_CBC, SEED_CBC, NULL -> true;
      case CAMELLIA_128_CBC, CAMELLIA_256_CBC -> s.mac() == Mac.SHA1;
      default -> false;
    };
  }

  private static boolean isAddedIn111Table(CipherSuite s) {
    return !s.isExport() && WEAK_OR_LEGACY_PROVIDER.contains(s.cipher()) && hasTableKeyExchange(s.keyExchange());
  }

  // No static (EC)DH, Kerberos or GOST key exchange: removed in 1.1.0, or an engine's.
  private static boolean hasTableKeyExchange(KeyExchange kx) {
    return switch (kx.agreement()) {
      case DH, ECDH, KRB5, GOST -> false;
      default -> true;
    };
  }
}
