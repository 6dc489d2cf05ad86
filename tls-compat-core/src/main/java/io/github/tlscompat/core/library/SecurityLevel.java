package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.BulkCipher;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.Mac;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.Optional;

/**
 * An OpenSSL security level, 0 to 5: the floor OpenSSL's default security callback puts under
 * every parameter of a handshake, whatever the configuration names. Set by {@code @SECLEVEL=n} in
 * a cipher string, {@code SSL_CTX_set_security_level}, or the build
 * ({@code -DOPENSSL_TLS_SECURITY_LEVEL}; 1 upstream, 2 in Debian 12).
 *
 * <p>The rules, all from {@code ssl/ssl_cert.c} {@code ssl_security_default_callback} (OpenSSL
 * 1.1.1 and 3.0 alike) unless said otherwise:
 * <ul>
 *   <li><b>Bits.</b> Level n needs {@link #minimumBits()} bits of security: 80, 112, 128, 192,
 *       256 for levels 1 to 5 ({@code minbits_table}), measured by {@link SecurityBits}. This
 *       bounds cipher suites, certificate keys and signatures, DH primes, named groups and
 *       signature schemes. Level 0 permits everything except DH primes under 1024 bits (80 bits;
 *       {@link #permitsDhBits}).</li>
 *   <li><b>Cipher suites</b> ({@link #refusalOf(CipherSuite)}, the {@code SSL_SECOP_CIPHER_*}
 *       cases): at level 1 and above no suite under the minimum (export, DES, NULL), none without
 *       authentication ({@code aNULL}), none with an HMAC-MD5 MAC; from level 2 no RC4; from level 3
 *       only forward-secret key exchange (DHE, ECDHE, DHE-PSK, ECDHE-PSK) besides TLS 1.3 suites;
 *       from level 4, where the minimum exceeds SHA-1's 160 bits, no HMAC-SHA1 MAC.</li>
 *   <li><b>Versions</b> ({@link #refusalOf(ProtocolVersion)}, {@code SSL_SECOP_VERSION}): no SSL
 *       3.0 from level 2, no TLS 1.0 from level 3, no TLS 1.1 from level 4. OpenSSL 3.0 completes
 *       no TLS 1.0 or 1.1 handshake already at level 1, by a different rule: it has no signature
 *       for them ({@link ServerLibrary#signatureRefusal}).</li>
 *   <li>Compression is off from level 2 and session tickets from level 3; neither changes what is
 *       negotiated, so neither is modelled.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum SecurityLevel {
  /** Level 0: everything is permitted, except DH primes under 1024 bits. */
  LEVEL_0(0),
  /** Level 1: 80 bits; OpenSSL's default upstream before 3.2. */
  LEVEL_1(80),
  /** Level 2: 112 bits (RSA and DH 2048, EC 224); Debian 12's default. */
  LEVEL_2(112),
  /** Level 3: 128 bits (RSA and DH 3072, EC 256), forward secrecy only. */
  LEVEL_3(128),
  /** Level 4: 192 bits (RSA and DH 7680, EC 384), no SHA-1 MAC. */
  LEVEL_4(192),
  /** Level 5: 256 bits (RSA and DH 15360, EC 512). */
  LEVEL_5(256);

  private final int minimumBits;

  SecurityLevel(int minimumBits) {
    this.minimumBits = minimumBits;
  }

  /**
   * The level numbered {@code level}, as {@code @SECLEVEL=n} writes it.
   *
   * @throws IllegalArgumentException unless {@code level} is 0 to 5
   */
  public static SecurityLevel of(int level) {
    if (level < 0 || level > 5) {
      throw new IllegalArgumentException("security level must be 0 to 5, as in @SECLEVEL=2, was " + level);
    }
    return values()[level];
  }

  /** The level's number, 0 to 5. */
  public int level() {
    return ordinal();
  }

  /** The bits of security every parameter must give at this level: 0, 80, 112, 128, 192 or 256. */
  public int minimumBits() {
    return minimumBits;
  }

  /** Whether a parameter rated {@code bits} (see {@link SecurityBits}) passes this level. */
  public boolean permitsBits(int bits) {
    return bits >= minimumBits;
  }

  /**
   * Whether DH parameters of {@code primeBits} pass this level: their security
   * ({@link SecurityBits#ofFiniteField}) must reach the minimum, and at level 0 still 80 bits
   * ("No EDH keys weaker than 1024-bits even at level 0", {@code ssl_security_default_callback},
   * {@code SSL_SECOP_TMP_DH}).
   */
  public boolean permitsDhBits(int primeBits) {
    return SecurityBits.ofFiniteField(primeBits) >= Math.max(80, minimumBits);
  }

  /**
   * Why this level refuses {@code suite}, or empty if it permits it; see the class description.
   * The reason reads after "refused: ", e.g. "it has no authentication (aNULL)".
   */
  public Optional<String> refusalOf(CipherSuite suite) {
    Preconditions.checkNotNull(suite, "suite");
    if (this == LEVEL_0) return Optional.empty();
    int bits = SecurityBits.ofCipherSuite(suite);
    if (bits < minimumBits) {
      return Optional.of("its cipher gives " + bits + " bits of security, below the level's " + minimumBits);
    }
    if (suite.isAnonymous()) return Optional.of("it has no authentication (aNULL)");
    if (suite.mac() == Mac.MD5) return Optional.of("its MAC is HMAC-MD5");
    if (minimumBits > 160 && suite.mac() == Mac.SHA1) {
      return Optional.of("its MAC is HMAC-SHA1, 160 bits, below the level's " + minimumBits);
    }
    if (ordinal() >= 2 && suite.cipher().mode() == BulkCipher.Mode.STREAM) {
      return Optional.of("it uses RC4, refused from level 2 on");
    }
    if (ordinal() >= 3 && !suite.isTls13() && !isForwardSecretForOpenSsl(suite.keyExchange())) {
      return Optional.of("it has no forward secrecy, required from level 3 on");
    }
    return Optional.empty();
  }

  /**
   * Why this level refuses {@code version} by OpenSSL's version rule ({@code SSL_SECOP_VERSION}),
   * or empty: SSL 3.0 from level 2, TLS 1.0 from level 3, TLS 1.1 from level 4, SSL 2.0 from level
   * 1 (the level 1 documentation; OpenSSL 1.1.0 and later have no SSL 2.0 at all).
   */
  public Optional<String> refusalOf(ProtocolVersion version) {
    Preconditions.checkNotNull(version, "version");
    int from = switch (version) {
      case SSL_2_0 -> 1;
      case SSL_3_0 -> 2;
      case TLS_1_0 -> 3;
      case TLS_1_1 -> 4;
      case TLS_1_2, TLS_1_3 -> 6;
    };
    if (ordinal() < from) return Optional.empty();
    return Optional.of(version.rfcName() + " is refused from security level " + from + " on");
  }

  // OpenSSL's pfs_mask: kDHE | kECDHE | kDHEPSK | kECDHEPSK; anonymous (EC)DH counts, SRP does not.
  private static boolean isForwardSecretForOpenSsl(KeyExchange kx) {
    return kx.isForwardSecret();
  }

  /** The level as {@code @SECLEVEL=n} writes it, e.g. {@code @SECLEVEL=2}. */
  @Override public String toString() {
    return "@SECLEVEL=" + ordinal();
  }
}
