package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.NamedGroup.*;
import static io.github.tlscompat.core.registry.SignatureScheme.*;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.Optional;

/**
 * LibreSSL as a server runs on it: OpenBSD's fork of OpenSSL 1.0.1, with OpenSSL's API and
 * cipher-string syntax, so nginx, Apache httpd's mod_ssl and {@code openssl s_server} configurations
 * mean something on it ({@link OpenSslBuild#narrow}), but its own suite table, order and
 * {@code DEFAULT} ({@link io.github.tlscompat.core.cipherstring.CipherStringDialect#LIBRESSL}).
 *
 * <p>Every fact is read from the source of the release line, libressl/openbsd's
 * {@code src/lib/libssl} on the OpenBSD branch that ships it ({@code ssl.h},
 * {@code ssl_ciph.c}, {@code s3_lib.c}, {@code ssl_versions.c}, {@code ssl_methods.c},
 * {@code ssl_seclevel.c}, {@code t1_lib.c}, {@code ssl_sigalgs.c}), not measured: this machine has
 * no LibreSSL. What both builds share:
 * <ul>
 *   <li>no SSL 3.0 or SSL 2.0; TLS 1.3 with its three suites
 *       {@code TLS_AES_256_GCM_SHA384}, {@code TLS_CHACHA20_POLY1305_SHA256},
 *       {@code TLS_AES_128_GCM_SHA256} (no CCM), which a cipher string keeps unless it names TLS
 *       1.3 suites itself;</li>
 *   <li>the suite table: RSA, DHE-RSA and ECDHE key exchange (no DHE-DSS, PSK, SRP, static DH or
 *       ECDH), AES (CBC and GCM), Camellia CBC, ChaCha20-Poly1305, 3DES, RC4 and NULL, anonymous DH
 *       and ECDH; no single DES, IDEA, SEED, ARIA or CCM;</li>
 *   <li>{@code DEFAULT} = {@code ALL:!aNULL:!eNULL:!SSLv2}, which keeps RC4 and 3DES, where OpenSSL
 *       3.0's drops them;</li>
 *   <li>groups X25519, secp256r1, secp384r1 by default on a server ({@code ecgroups_server_default});
 *       no X448, no FFDHE groups, no ML-KEM;</li>
 *   <li>signature schemes SHA-512 first: {@code tls12_sigalgs}, RSA-PSS, PKCS#1 and ECDSA from
 *       SHA-512 down to SHA-256, then PKCS#1 and ECDSA with SHA-1; no EdDSA.</li>
 * </ul>
 * LibreSSL keeps its TLS 1.3 suites in the same list as the others, so a cipher string's words
 * apply to them too ({@code !AESGCM} there also removes {@code TLS_AES_128_GCM_SHA256} and
 * {@code TLS_AES_256_GCM_SHA384}); this model applies cipher strings to TLS 1.2-and-earlier
 * suites only, as for OpenSSL, and keeps the three TLS 1.3 suites.
 *
 * @since 0.1.0
 */
public final class LibreSslBuilds {

  // src/lib/libssl/s3_lib.c ssl3_ciphers: the TLS 1.2-and-earlier suites both lines have.
  private static final ParameterSet<CipherSuite> SUITES = ParameterSet.of(
      TLS_RSA_WITH_NULL_MD5, TLS_RSA_WITH_NULL_SHA, TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA,
      TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA, TLS_DH_anon_WITH_RC4_128_MD5,
      TLS_DH_anon_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_DHE_RSA_WITH_AES_128_CBC_SHA,
      TLS_DH_anon_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA, TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
      TLS_DH_anon_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_NULL_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA256,
      TLS_RSA_WITH_AES_256_CBC_SHA256, TLS_RSA_WITH_CAMELLIA_128_CBC_SHA, TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA,
      TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA, TLS_DHE_RSA_WITH_AES_128_CBC_SHA256,
      TLS_DHE_RSA_WITH_AES_256_CBC_SHA256, TLS_DH_anon_WITH_AES_128_CBC_SHA256, TLS_DH_anon_WITH_AES_256_CBC_SHA256,
      TLS_RSA_WITH_CAMELLIA_256_CBC_SHA, TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA,
      TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA, TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_256_GCM_SHA384,
      TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DH_anon_WITH_AES_128_GCM_SHA256,
      TLS_DH_anon_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256,
      TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256, TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256,
      TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256, TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256,
      TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256, TLS_ECDHE_ECDSA_WITH_NULL_SHA, TLS_ECDHE_ECDSA_WITH_RC4_128_SHA,
      TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
      TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_NULL_SHA, TLS_ECDHE_RSA_WITH_RC4_128_SHA,
      TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
      TLS_ECDH_anon_WITH_NULL_SHA, TLS_ECDH_anon_WITH_RC4_128_SHA, TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA,
      TLS_ECDH_anon_WITH_AES_128_CBC_SHA, TLS_ECDH_anon_WITH_AES_256_CBC_SHA,
      TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
      TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
      TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
      TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
      TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
      TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256);

  private static final ParameterSet<CipherSuite> TLS13 = ParameterSet.of(TLS_AES_128_GCM_SHA256,
      TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256);

  // ssl_ciph.c: TLS 1.3 suites first, by strength, AES before ChaCha20 on AES hardware.
  private static final PreferenceList<CipherSuite> TLS13_ORDER = PreferenceList.of(TLS_AES_256_GCM_SHA384,
      TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_GCM_SHA256);

  private static final String DEFAULT = "ALL:!aNULL:!eNULL:!SSLv2";

  // t1_lib.c nid_list: every group a configuration can name; ecgroups_server_default: the default.
  private static final ParameterSet<NamedGroup> GROUPS = ParameterSet.of(sect163k1, sect163r1, sect163r2,
      sect193r1, sect193r2, sect233k1, sect233r1, sect239k1, sect283k1, sect283r1, sect409k1, sect409r1, sect571k1,
      sect571r1, secp160k1, secp160r1, secp160r2, secp192k1, secp192r1, secp224k1, secp224r1, secp256k1, secp256r1,
      secp384r1, secp521r1, brainpoolP256r1, brainpoolP384r1, brainpoolP512r1, x25519);
  private static final PreferenceList<NamedGroup> DEFAULT_GROUPS = PreferenceList.of(x25519, secp256r1, secp384r1);

  // ssl_sigalgs.c tls12_sigalgs, in preference order.
  private static final PreferenceList<SignatureScheme> SIGALGS = PreferenceList.of(rsa_pss_rsae_sha512,
      rsa_pkcs1_sha512, ecdsa_secp521r1_sha512, rsa_pss_rsae_sha384, rsa_pkcs1_sha384, ecdsa_secp384r1_sha384,
      rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ecdsa_secp256r1_sha256, rsa_pkcs1_sha1, ecdsa_sha1);

  /**
   * LibreSSL 3.3, the line macOS ships as {@code /usr/bin/openssl} (3.3.6; not checked on this
   * machine, which has no macOS): TLS 1.0
   * to 1.3 ({@code ssl_versions.c}: the enabled range starts at TLS 1.0 unless an option says
   * otherwise); no security levels ({@code ssl_seclevel.c} came in 3.6.0), so nothing is refused
   * for its strength and {@code @SECLEVEL=n} fails the cipher string ({@code ssl_ciph.c} knows only
   * {@code @STRENGTH}: {@code SSL_R_INVALID_COMMAND}); the GOST 2001 and GOST 2012 suites too (they
   * need GOST keys). Read from the OPENBSD_6_9 branch (LibreSSL 3.3.2 in {@code opensslv.h}; the
   * 3.3.x patch releases changed none of this).
   */
  public static final OpenSslBuild LIBRESSL_3_3 = new OpenSslBuild("libressl-3.3", "LibreSSL 3.3",
      OpenSslVersion.OPENSSL_1_0_2, SecurityLevel.LEVEL_0, ParameterSet.of(ProtocolVersion.TLS_1_0,
          ProtocolVersion.TLS_1_1, ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3),
      SUITES.union(ParameterSet.of(TLS_GOSTR341001_WITH_28147_CNT_IMIT, TLS_GOSTR341001_WITH_NULL_GOSTR3411,
          TLS_GOSTR341112_256_WITH_28147_CNT_IMIT_OLD)), TLS13, DEFAULT, TLS13_ORDER, GROUPS, DEFAULT_GROUPS,
      SIGALGS.asSet(), SIGALGS, Optional.empty(), false,
      "libressl/openbsd@15f3857c4527a0091bfd5e9bf62cf9d16e9e42f3 (OPENBSD_6_9, LibreSSL 3.3.2) src/lib/libssl:"
          + " ssl.h SSL_DEFAULT_CIPHER_LIST, ssl_ciph.c ssl_create_cipher_list, s3_lib.c ssl3_ciphers, ssl_versions.c,"
          + " t1_lib.c eccurves_server_default, ssl_sigalgs.c tls12_sigalgs; modelled from source, not measured",
      LibraryFamily.LIBRESSL, "3.3");

  /**
   * LibreSSL 4.2, current as of OpenBSD 7.8: TLS 1.2 and 1.3 only ("Disable TLS 1.0 and TLS 1.1 in
   * libssl", 2023-07-02, LibreSSL 3.8.0: {@code ssl_versions.c} no longer starts the range below
   * TLS 1.2); security levels as OpenSSL 1.1.1 states them, default 1
   * ({@code OPENSSL_TLS_SECURITY_LEVEL} in {@code tls1.h}; {@code ssl_seclevel.c}: 80, 112, 128,
   * 192, 256 bits; no anonymous or MD5 suites at 1, no RC4 at 2, forward secrecy at 3, no SHA-1 MAC
   * at 4; TLS 1.1 and later at 3, TLS 1.2 at 4); the GOST suites are gone. LibreSSL rates a
   * handshake signature by its key, not by its hash, so SHA-1 signatures pass every level its key
   * passes; the model rates them as OpenSSL 1.1.1 does (80 bits), which agrees at the default
   * level 1.
   */
  public static final OpenSslBuild LIBRESSL_4_2 = new OpenSslBuild("libressl-4.2", "LibreSSL 4.2",
      OpenSslVersion.OPENSSL_1_1_1, SecurityLevel.LEVEL_1, ParameterSet.of(ProtocolVersion.TLS_1_2,
          ProtocolVersion.TLS_1_3), SUITES, TLS13, DEFAULT, TLS13_ORDER, GROUPS, DEFAULT_GROUPS, SIGALGS.asSet(),
      SIGALGS, Optional.empty(), false,
      "libressl/openbsd@3af81c05117c0432f15903e9e8c488243a7c3b7b (OPENBSD_7_8, LibreSSL 4.2.0) src/lib/libssl:"
          + " ssl.h SSL_DEFAULT_CIPHER_LIST, ssl_ciph.c ssl_create_cipher_list, s3_lib.c ssl3_ciphers,"
          + " ssl_versions.c ssl_enabled_tls_version_range, ssl_seclevel.c, tls1.h OPENSSL_TLS_SECURITY_LEVEL,"
          + " t1_lib.c ecgroups_server_default, ssl_sigalgs.c tls12_sigalgs; modelled from source, not measured",
      LibraryFamily.LIBRESSL, "4.2");

  private LibreSslBuilds() {}
}
