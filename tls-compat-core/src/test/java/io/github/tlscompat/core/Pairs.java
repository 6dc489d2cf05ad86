package io.github.tlscompat.core;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;

import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;

/**
 * The hand-built clients and servers the model's tests and the handshake tests share, so that a
 * handshake checks the very pairs whose prediction {@code NegotiatorTest} pins.
 */
public final class Pairs {
  /** Lync Phone Edition's shape: SSL 3.0/TLS 1.0, RSA RC4/3DES suites, no SNI, no extensions. */
  public static final ClientProfile PHONE = ClientProfile.builder("phone", "TLS 1.0 RSA-only phone")
      .versions(SSL_3_0, TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .sendsSni(false)
      .limits(ClientLimits.builder().certificateSignatureHashes(HashAlgorithm.SHA1, HashAlgorithm.SHA256)
          .acceptsWildcardCertificates(false).build())
      .build();

  /** A TLS 1.2/1.3 browser with an x25519 key share. */
  public static final ClientProfile MODERN = ClientProfile.builder("modern", "TLS 1.2/1.3 browser")
      .versions(TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256)
      .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1))
      .keyShares(List.of(NamedGroup.x25519))
      .signatureAlgorithms(List.of(SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.rsa_pss_rsae_sha256,
          SignatureScheme.rsa_pkcs1_sha256))
      .build();

  /** The browser limited to TLS 1.2. */
  public static final ClientProfile MODERN_TLS12 = MODERN.toBuilder().id("modern-tls12").versions(TLS_1_2).build();

  /** TLS 1.2 only, ECDHE-RSA with AES-GCM, server order. */
  public static final ServerPolicy TLS12_ONLY = ServerPolicy.builder("tls12", "TLS 1.2 only, ECDHE-GCM")
      .versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
      .build();

  /** TLS 1.0-1.2 with AES and 3DES, as a FIPS template leaves it. */
  public static final ServerPolicy FIPS = ServerPolicy.builder("fips", "TLS 1.0-1.2, AES and 3DES")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();

  /** TLS 1.3 only, AES-256 first. */
  public static final ServerPolicy TLS13_ONLY = ServerPolicy.builder("tls13", "TLS 1.3 only").versions(TLS_1_3)
      .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256).build();

  /** TLS 1.0-1.2 with RC4 only, which Bouncy Castle cannot run. */
  public static final ServerPolicy RC4_ONLY = FIPS.toBuilder().id("rc4").cipherSuites(TLS_RSA_WITH_RC4_128_SHA).build();

  private Pairs() {}
}
