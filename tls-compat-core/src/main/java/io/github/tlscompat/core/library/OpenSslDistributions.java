package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.NamedGroup.*;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;

/**
 * OpenSSL as Linux distributions ship it: an upstream build ({@link OpenSslBuild#OPENSSL_1_1_1},
 * {@link OpenSslBuild#OPENSSL_3_0}) under the system-wide configuration the distribution installs,
 * {@code /etc/ssl/openssl.cnf} on Debian and the crypto policy back end
 * {@code /etc/crypto-policies/back-ends/opensslcnf.config} on RHEL. That configuration applies to
 * every {@code SSL_CTX} an application creates: its {@code CipherString} becomes the default cipher
 * string and its {@code @SECLEVEL} the security level, which stays when the application replaces
 * the cipher string without naming a level ({@code ssl_ciphers}, {@code SSLCipherSuite}); its
 * {@code Ciphersuites} becomes the default TLS 1.3 list, and its {@code MinProtocol} the lowest
 * version for servers that set no range of their own (see {@link OpenSslBuild#narrow}).
 *
 * <p>The RHEL builds are documented, not measured here. Their cipher strings are what the
 * crypto-policies generator writes for each policy ({@code python/policygenerators/openssl.py}:
 * the level from the policy's minimum RSA and DH sizes, below 2048 bits level 1, below 3072 level
 * 2, else 3; {@code tests/outputs/<POLICY>-opensslcnf.txt} of fedora-crypto-policies); their
 * minimum versions and SHA-1 rules are those of the RHEL 8 and RHEL 9 Security Hardening guides,
 * "Using system-wide cryptographic policies" (RHEL 8: {@code LEGACY} allows TLS 1.0 and 1.1, the
 * others TLS 1.2 and later; RHEL 9: every policy TLS 1.2 and later, SHA-1 signatures only in
 * {@code LEGACY}).
 *
 * @since 0.1.0
 */
public final class OpenSslDistributions {

  private static final String DEBIAN_CNF = "CipherString = DEFAULT@SECLEVEL=2";

  private static final String RHEL_DEFAULT = "@SECLEVEL=2:kEECDH:kRSA:kEDH:kPSK:kDHEPSK:kECDHEPSK:-aDSS:-3DES:!DES"
      + ":!RC4:!RC2:!IDEA:-SEED:!eNULL:!aNULL:!MD5:-SHA384:-CAMELLIA:-ARIA:-AESCCM8";
  private static final String RHEL_LEGACY = "@SECLEVEL=1:kEECDH:kRSA:kEDH:kPSK:kDHEPSK:kECDHEPSK:-aDSS:!DES:!RC4"
      + ":!RC2:!IDEA:-SEED:!eNULL:!aNULL:!MD5:-SHA384:-CAMELLIA:-ARIA:-AESCCM8";
  private static final String RHEL_FUTURE = "@SECLEVEL=3:kEECDH:kEDH:kPSK:kDHEPSK:kECDHEPSK:-kRSA:-aDSS:-AES128"
      + ":-SHA256:-3DES:!DES:!RC4:!RC2:!IDEA:-SEED:!eNULL:!aNULL:-SHA1:!MD5:-SHA384:-CAMELLIA:-ARIA:-AESCCM8";
  private static final String RHEL_FIPS = "@SECLEVEL=2:kEECDH:kEDH:kPSK:kDHEPSK:kECDHEPSK:-kRSA:-aDSS:-CHACHA20"
      + ":-3DES:!DES:!RC4:!RC2:!IDEA:-SEED:!eNULL:!aNULL:!MD5:-SHA384:-CAMELLIA:-ARIA:-AESCCM8";

  private static final PreferenceList<CipherSuite> TLS13_DEFAULT = PreferenceList.of(CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_128_CCM_SHA256);
  private static final PreferenceList<CipherSuite> TLS13_FUTURE = PreferenceList.of(CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
  private static final PreferenceList<CipherSuite> TLS13_FIPS = PreferenceList.of(CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_128_CCM_SHA256);


  /**
   * OpenSSL 1.1.1 as Debian 10 (buster) ships it: {@code /etc/ssl/openssl.cnf}
   * {@code [system_default_sect]} sets {@code MinProtocol = TLSv1.2} and
   * {@code CipherString = DEFAULT@SECLEVEL=2} (Debian's openssl 1.1.0f-5 and later,
   * {@code debian/changelog}); so level 2 under any cipher string that names none, and TLS 1.2 as
   * the floor of a server that sets no versions.
   */
  public static final OpenSslBuild DEBIAN_10 = debian("debian-10", "OpenSSL 1.1.1 (Debian 10)", "Debian 10 (buster)");

  /** OpenSSL 1.1.1 as Debian 11 (bullseye) ships it: the same {@code openssl.cnf} as {@link #DEBIAN_10}. */
  public static final OpenSslBuild DEBIAN_11 = debian("debian-11", "OpenSSL 1.1.1 (Debian 11)", "Debian 11 (bullseye)");

  /** OpenSSL 1.1.1 under RHEL 8's {@code DEFAULT} policy: level 2, TLS 1.2 and later, no 3DES, RC4, DES, Camellia or ARIA. */
  public static final OpenSslBuild RHEL_8_DEFAULT = rhel("rhel-8-default", "8", "DEFAULT", OpenSslBuild.OPENSSL_1_1_1,
      RHEL_DEFAULT, TLS13_DEFAULT, ProtocolVersion.TLS_1_2, false);

  /** OpenSSL 1.1.1 under RHEL 8's {@code LEGACY} policy: level 1, TLS 1.0 and later, 3DES allowed. */
  public static final OpenSslBuild RHEL_8_LEGACY = rhel("rhel-8-legacy", "8", "LEGACY", OpenSslBuild.OPENSSL_1_1_1,
      RHEL_LEGACY, TLS13_DEFAULT, ProtocolVersion.TLS_1_0, false);

  /** OpenSSL 1.1.1 under RHEL 8's {@code FUTURE} policy: level 3, TLS 1.2 and later, forward secrecy, 256-bit AEAD. */
  public static final OpenSslBuild RHEL_8_FUTURE = rhel("rhel-8-future", "8", "FUTURE", OpenSslBuild.OPENSSL_1_1_1,
      RHEL_FUTURE, TLS13_FUTURE, ProtocolVersion.TLS_1_2, false);

  /**
   * OpenSSL 1.1.1 under RHEL 8's {@code FIPS} policy, in FIPS mode: level 2, TLS 1.2 and later,
   * AES suites only (the FIPS module has no ChaCha20, Camellia, ARIA, SEED or IDEA), the NIST
   * curves only (no X25519 or X448 in FIPS mode).
   */
  public static final OpenSslBuild RHEL_8_FIPS = fips(rhel("rhel-8-fips", "8", "FIPS", OpenSslBuild.OPENSSL_1_1_1,
      RHEL_FIPS, TLS13_FIPS, ProtocolVersion.TLS_1_2, false));

  /**
   * OpenSSL 3.0 under RHEL 9's {@code DEFAULT} policy: level 2, TLS 1.2 and later, and SHA-1
   * refused in handshake signatures at any level ({@code rh-allow-sha1-signatures = no}), so
   * {@code @SECLEVEL=0} does not bring back SHA-1 signatures or TLS 1.0 and 1.1.
   */
  public static final OpenSslBuild RHEL_9_DEFAULT = rhel("rhel-9-default", "9", "DEFAULT", OpenSslBuild.OPENSSL_3_0,
      RHEL_DEFAULT.replace("kECDHEPSK:", "kECDHEPSK:kRSAPSK:"), TLS13_DEFAULT, ProtocolVersion.TLS_1_2, true);

  /**
   * OpenSSL 3.0 under RHEL 9's {@code LEGACY} policy: TLS 1.2 and later; SHA-1 signatures allowed
   * by the policy, but the level is 2 (the policy keeps RSA and DH at 2048 bits), at which OpenSSL
   * 3.0 still rates SHA-1 signatures 64 bits and refuses them unless a cipher string sets
   * {@code @SECLEVEL=0}.
   */
  public static final OpenSslBuild RHEL_9_LEGACY = rhel("rhel-9-legacy", "9", "LEGACY", OpenSslBuild.OPENSSL_3_0,
      RHEL_LEGACY.replace("@SECLEVEL=1", "@SECLEVEL=2").replace("kECDHEPSK:", "kECDHEPSK:kRSAPSK:"), TLS13_DEFAULT,
      ProtocolVersion.TLS_1_2, false);

  /** OpenSSL 3.0 under RHEL 9's {@code FUTURE} policy: level 3, TLS 1.2 and later, no SHA-1 signatures. */
  public static final OpenSslBuild RHEL_9_FUTURE = rhel("rhel-9-future", "9", "FUTURE", OpenSslBuild.OPENSSL_3_0,
      RHEL_FUTURE.replace("kECDHEPSK:", "kECDHEPSK:-kRSAPSK:"), TLS13_FUTURE, ProtocolVersion.TLS_1_2, true);

  /**
   * OpenSSL 3.0 under RHEL 9's {@code FIPS} policy, with the FIPS provider: level 2, TLS 1.2 and
   * later, AES suites only, the NIST curves and FFDHE groups only.
   */
  public static final OpenSslBuild RHEL_9_FIPS = fips(rhel("rhel-9-fips", "9", "FIPS", OpenSslBuild.OPENSSL_3_0,
      RHEL_FIPS.replace("kECDHEPSK:", "kECDHEPSK:-kRSAPSK:"), TLS13_FIPS, ProtocolVersion.TLS_1_2, true));

  private OpenSslDistributions() {}

  private static OpenSslBuild debian(String id, String name, String release) {
    OpenSslBuild b = OpenSslBuild.OPENSSL_1_1_1;
    return new OpenSslBuild(id, name, b.version(), SecurityLevel.LEVEL_2, b.versions(), b.cipherSuites(),
        b.tls13Suites(), b.defaultCipherString() + "@SECLEVEL=2", b.defaultTls13Suites(), b.groups(),
        b.defaultGroups(), b.signatureSchemes(), b.defaultSignatureSchemes(), Optional.of(ProtocolVersion.TLS_1_2),
        false, "/etc/ssl/openssl.cnf of Debian's openssl package on " + release + ": [system_default_sect]"
            + " MinProtocol = TLSv1.2, " + DEBIAN_CNF + " (debian/changelog 1.1.0f-5); documented, not measured");
  }

  private static OpenSslBuild rhel(String id, String release, String policy, OpenSslBuild b, String cipherString,
      PreferenceList<CipherSuite> tls13, ProtocolVersion minProtocol, boolean refusesSha1) {
    SecurityLevel level = leadingLevel(cipherString);
    return new OpenSslBuild(id, "OpenSSL " + b.release() + " (RHEL " + release + ", " + policy + " policy)",
        b.version(), level, b.versions(), b.cipherSuites(), b.tls13Suites(), cipherString, tls13, b.groups(),
        b.defaultGroups(), b.signatureSchemes(), b.defaultSignatureSchemes(), Optional.of(minProtocol), refusesSha1,
        // Concatenated, not String.formatted: a Formatter costs a cold matrix milliseconds, for this alone.
        "RHEL " + release + " Security Hardening, \"Using system-wide cryptographic policies\" (docs.redhat.com);"
            + " fedora-crypto-policies python/policygenerators/openssl.py and tests/outputs/" + policy
            + "-opensslcnf.txt (CipherString, Ciphersuites); documented, not measured");
  }

  /**
   * The level a policy's cipher string opens with ({@code @SECLEVEL=n:...}). Reading the prefix,
   * not parsing the string, keeps this class cheap to load: {@link ServerLibrary#knownBuilds()}
   * loads it in every command that reads a server, and eight parses cost a cold JVM a tenth of a
   * second. {@code OpenSslReleasesTest} checks that the parser reads the same level.
   */
  private static SecurityLevel leadingLevel(String cipherString) {
    if (cipherString.length() <= 11 || !cipherString.startsWith("@SECLEVEL=") || cipherString.charAt(11) != ':') {
      throw new IllegalArgumentException("a policy's cipher string opens with @SECLEVEL=n: " + cipherString);
    }
    return SecurityLevel.of(cipherString.charAt(10) - '0');
  }

  // FIPS mode: only the approved algorithms are there at all, whatever a configuration names.
  private static OpenSslBuild fips(OpenSslBuild b) {
    ParameterSet<NamedGroup> groups = b.groups().filter(OpenSslDistributions::isFipsGroup);
    return new OpenSslBuild(b.id(), b.name(), b.version(), b.defaultSecurityLevel(), b.versions(),
        b.cipherSuites().filter(OpenSslDistributions::isAes), b.tls13Suites()
            .filter(OpenSslDistributions::isAes), b.defaultCipherString(),
        b.defaultTls13Suites(), groups, b.defaultGroups().retainAll(groups), b.signatureSchemes(),
        b.defaultSignatureSchemes(), b.minProtocol(), b.refusesSha1Signatures(), b.source()
            + "; FIPS mode: AES suites, NIST curves and FFDHE groups only (FIPS 140 approved algorithms)");
  }

  private static boolean isAes(CipherSuite s) {
    return s.cipher().name().startsWith("AES_");
  }

  private static boolean isFipsGroup(NamedGroup g) {
    return g == secp256r1 || g == secp384r1 || g == secp521r1 || g == secp224r1 || g.name().startsWith("ffdhe");
  }
}
