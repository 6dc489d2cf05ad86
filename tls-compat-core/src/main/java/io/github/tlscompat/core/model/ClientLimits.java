package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.ParameterSet;

/**
 * What a client refuses after the server has chosen: the checks that fail a handshake once the
 * ServerHello, Certificate or ServerKeyExchange arrives, where no hello extension warned the server.
 *
 * <p>Bit limits of 0 mean "no limit". The classic cases: Java 6 and 7 abort on DH parameters above
 * 1024 bits; old Lync Phone Edition firmware cannot validate a SHA-256-signed certificate and never
 * accepts a wildcard one.
 *
 * @param minDhBits the smallest DHE prime accepted (0: any)
 * @param maxDhBits the largest DHE prime accepted (0: any)
 * @param minRsaBits the smallest RSA certificate key accepted (0: any)
 * @param maxRsaBits the largest RSA certificate key accepted (0: any)
 * @param minEcdsaBits the smallest ECDSA certificate key accepted (0: any)
 * @param certificateSignatureHashes the hashes the client can verify a certificate signature with;
 *     empty means any
 * @param acceptsWildcardCertificates whether a wildcard certificate name is accepted
 * @since 0.1.0
 */
public record ClientLimits(int minDhBits, int maxDhBits, int minRsaBits, int maxRsaBits, int minEcdsaBits,
    ParameterSet<HashAlgorithm> certificateSignatureHashes, boolean acceptsWildcardCertificates) {

  /** No limits: any DH and key size, any certificate hash, wildcards accepted. */
  public static final ClientLimits NONE = new ClientLimits(0, 0, 0, 0, 0,
      ParameterSet.noneOf(HashAlgorithm.class), true);

  /** Validates the components. */
  public ClientLimits {
    Preconditions.checkNotNull(certificateSignatureHashes, "certificateSignatureHashes");
    int[] all = {minDhBits, maxDhBits, minRsaBits, maxRsaBits, minEcdsaBits};
    for (int bits : all) Preconditions.checkArgument(bits >= 0, () -> "bit limits must be 0 (none) or positive, was " + bits);
    Preconditions.checkArgument(maxDhBits == 0 || minDhBits <= maxDhBits,
        () -> "minDhBits " + minDhBits + " is above maxDhBits " + maxDhBits);
    Preconditions.checkArgument(maxRsaBits == 0 || minRsaBits <= maxRsaBits,
        () -> "minRsaBits " + minRsaBits + " is above maxRsaBits " + maxRsaBits);
  }

  /** Whether a certificate signed with {@code hash} can be verified. */
  public boolean acceptsCertificateHash(HashAlgorithm hash) {
    return certificateSignatureHashes.isEmpty() || certificateSignatureHashes.contains(hash);
  }

  /** Whether a DHE prime of {@code bits} is accepted. */
  public boolean acceptsDhBits(int bits) {
    return bits >= minDhBits && (maxDhBits == 0 || bits <= maxDhBits);
  }
}
