package io.github.tlscompat.crosscheck;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server policies every real server is checked with: each stresses one rule of the model
 * (version selection, suite order, a weak cipher, whose order wins, TLS 1.3, SNI, the certificate's
 * key type). See README.md for why each is in the grid.
 */
final class Grid {
  private Grid() {}

  /** TLS 1.2 only, ECDHE with AES-GCM only, server order: what "modern TLS 1.2" hardening leaves. */
  static final ServerPolicy TLS12_ECDHE_GCM = ServerPolicy.builder("tls12-ecdhe-gcm", "TLS 1.2 only, ECDHE AES-GCM")
      .versions(TLS_1_2)
      .cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)
      .build();

  /**
   * The IIS Crypto 3.2 "FIPS 140-2" template from the catalog: TLS 1.0 to 1.2, ECDHE, DHE and RSA key
   * exchange, AES and 3DES, server order, three NIST curves.
   */
  static final ServerPolicy FIPS_140_2 = Catalog.builtIn().server("iiscrypto-3.2-fips-140-2-win2012r2");

  /** TLS 1.0 only with 3DES first: the remedy that keeps Lync Phone Edition connected. */
  static final ServerPolicy TLS10_3DES = ServerPolicy.builder("tls10-3des", "TLS 1.0 only, 3DES first")
      .versions(TLS_1_0)
      .cipherSuites(TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
      .build();

  /** A broad TLS 1.0 to 1.3 list where the client's order wins (OpenSSL's and nginx's default). */
  static final ServerPolicy CLIENT_PREFERENCE = ServerPolicy.builder("client-preference",
          "TLS 1.0 to 1.3, client's order")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
          TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_DHE_RSA_WITH_AES_128_CBC_SHA,
          TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA,
          TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .serverPreference(false)
      .build();

  /** TLS 1.3 only, its three common suites, server order. */
  static final ServerPolicy TLS13_ONLY = ServerPolicy.builder("tls13-only", "TLS 1.3 only")
      .versions(TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256)
      .build();

  /** TLS 1.2 and 1.3 behind a virtual host that refuses a hello without server_name. */
  static final ServerPolicy REQUIRES_SNI = ServerPolicy.builder("requires-sni", "TLS 1.2 and 1.3, SNI required")
      .versions(TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
      .requiresSni(true)
      .build();

  /**
   * {@link #REQUIRES_SNI}, but a hello without server_name gets a fallback certificate (ECDSA)
   * instead of a refusal, as a default virtual host with its own certificate does.
   */
  static final ServerPolicy SNI_FALLBACK = REQUIRES_SNI.toBuilder().id("sni-fallback-ecdsa")
      .name("TLS 1.2 and 1.3, ECDSA fallback certificate without SNI")
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
          TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA)
      .fallbackCertificate(CertificateSpec.ECDSA_P256_SHA256)
      .build();

  /** An ECDSA P-256 certificate only: the RSA-authenticated suites it enables can never run. */
  static final ServerPolicy ECDSA_CERTIFICATE = ServerPolicy.builder("ecdsa-certificate",
          "TLS 1.0 to 1.3, ECDSA P-256 certificate")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2, TLS_1_3)
      .cipherSuites(TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
          TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
          TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
      .certificates(CertificateSpec.ECDSA_P256_SHA256)
      .build();

  /** The policies every server that can serve them is checked with; the SNI ones need nginx. */
  static List<ServerPolicy> policies() {
    return List.of(TLS12_ECDHE_GCM, FIPS_140_2, TLS10_3DES, CLIENT_PREFERENCE, TLS13_ONLY, ECDSA_CERTIFICATE);
  }

  /** The policies whose point is what a server does without server_name. */
  static List<ServerPolicy> sniPolicies() {
    return List.of(REQUIRES_SNI, SNI_FALLBACK);
  }

  static Stream<ServerPolicy> all() {
    return Stream.concat(policies().stream(), sniPolicies().stream());
  }
}
