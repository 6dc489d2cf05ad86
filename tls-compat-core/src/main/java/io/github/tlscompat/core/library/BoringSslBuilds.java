package io.github.tlscompat.core.library;

import static io.github.tlscompat.core.registry.NamedGroup.*;
import static io.github.tlscompat.core.registry.SignatureScheme.*;

import io.github.tlscompat.core.cipherstring.BoringSslCipherString;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.Optional;

/**
 * BoringSSL as a server runs on it: Google's fork of OpenSSL, under nginx and Envoy builds that
 * link it. BoringSSL has no releases; the build is a snapshot of google/boringssl, read from its
 * source ({@code ssl/ssl_cipher.cc}, {@code ssl/ssl_versions.cc}, {@code ssl/ssl_key_share.cc},
 * {@code ssl/extensions.cc}, {@code ssl/s3_both.cc}, {@code include/openssl/ssl.h}), not measured:
 * this machine has no BoringSSL.
 *
 * <p>What it decides:
 * <ul>
 *   <li><b>Versions.</b> TLS 1.2 and 1.3. BoringSSL still implements TLS 1.0 and 1.1, but a
 *       minimum of 0, which is what nginx sets ({@code SSL_CTX_set_min_proto_version(ctx, 0)}),
 *       means TLS 1.2 ({@code ssl_versions.cc} {@code set_min_version}), so a configuration's
 *       {@code TLSv1} and {@code TLSv1.1} are dropped. No SSL 3.0.</li>
 *   <li><b>Suites.</b> {@link BoringSslCipherString#SUITES}: ECDHE (RSA, ECDSA, PSK) with AES-GCM,
 *       ChaCha20 and AES-CBC, RSA key transport with AES and 3DES, plain PSK; no DHE, no RC4, no
 *       Camellia, no CCM, no CBC-SHA384. Cipher strings follow
 *       {@link io.github.tlscompat.core.cipherstring.CipherStringDialect#BORINGSSL}: BoringSSL's
 *       aliases (a word it does not know is skipped and reported), {@code DEFAULT} = {@code ALL},
 *       which leaves out the deprecated 3DES and ECDHE-CBC-SHA256 suites, and equal-preference groups
 *       {@code [A|B]}, within which the client's order decides; the model keeps a group's suites in
 *       the order the string lists them. {@code @SECLEVEL} is an invalid command: BoringSSL has no
 *       security levels.</li>
 *   <li><b>TLS 1.3.</b> The three suites are fixed ({@code TLS_AES_128_GCM_SHA256},
 *       {@code TLS_AES_256_GCM_SHA384}, {@code TLS_CHACHA20_POLY1305_SHA256}) and chosen in the
 *       client's order when the CPU has AES instructions ({@code s3_both.cc}
 *       {@code ssl_choose_tls13_cipher}); the model uses the policy's preference for TLS 1.3 too,
 *       so with server preference on it may pick a different TLS 1.3 suite than BoringSSL.</li>
 *   <li><b>Groups.</b> X25519MLKEM768, X25519, P-256, P-384 by default
 *       ({@code ssl_key_share.cc} {@code DefaultSupportedGroupIds}); also P-521 and ML-KEM-1024.</li>
 *   <li><b>Signatures.</b> {@code kSignSignatureAlgorithms} of {@code extensions.cc}: ML-DSA, then
 *       Ed25519, then ECDSA P-256, RSA-PSS and PKCS#1 with SHA-256, then SHA-384, SHA-512, and
 *       ECDSA and PKCS#1 with SHA-1 last. RSA key transport is not signed.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class BoringSslBuilds {

  private static final ParameterSet<CipherSuite> TLS13 = ParameterSet.of(CipherSuite.TLS_AES_128_GCM_SHA256,
      CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256);

  private static final PreferenceList<SignatureScheme> SIGALGS = PreferenceList.of(mldsa44, mldsa65, mldsa87,
      ed25519, ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ecdsa_secp384r1_sha384,
      rsa_pss_rsae_sha384, rsa_pkcs1_sha384, ecdsa_secp521r1_sha512, rsa_pss_rsae_sha512, rsa_pkcs1_sha512,
      ecdsa_sha1, rsa_pkcs1_sha1);

  /**
   * BoringSSL as of google/boringssl@a0689af29e8e460f1e5380e0fb74cef1b342e810 (2026-08-21), id
   * {@code boringssl-2026-08}. No security levels, so nothing is refused for its strength; the
   * model reads it with OpenSSL 1.0.2's (absent) level rules.
   */
  public static final OpenSslBuild BORINGSSL_2026_08 = new OpenSslBuild("boringssl-2026-08",
      "BoringSSL (2026-08 snapshot)", OpenSslVersion.OPENSSL_1_0_2, SecurityLevel.LEVEL_0,
      ParameterSet.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3), BoringSslCipherString.SUITES.asSet(),
      TLS13, "ALL", PreferenceList.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
          CipherSuite.TLS_CHACHA20_POLY1305_SHA256),
      ParameterSet.of(X25519MLKEM768, x25519, secp256r1, secp384r1, secp521r1, MLKEM1024),
      PreferenceList.of(X25519MLKEM768, x25519, secp256r1, secp384r1), SIGALGS.asSet(), SIGALGS, Optional.empty(),
      false, "google/boringssl@a0689af29e8e460f1e5380e0fb74cef1b342e810 (2026-08-21): ssl/ssl_cipher.cc kCiphers,"
          + " kCipherAliases, ssl_create_cipher_list, ssl_cipher_process_rulestr; include/openssl/ssl.h"
          + " SSL_DEFAULT_CIPHER_LIST; ssl/ssl_versions.cc set_min_version; ssl/ssl_key_share.cc"
          + " DefaultSupportedGroupIds; ssl/extensions.cc kSignSignatureAlgorithms; ssl/s3_both.cc"
          + " ssl_choose_tls13_cipher; modelled from source, not measured",
      LibraryFamily.BORINGSSL, "2026-08");

  private BoringSslBuilds() {}
}
