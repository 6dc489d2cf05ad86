package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.ParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a client refuses after the server has chosen: the checks that fail a handshake once the
 * ServerHello, Certificate or ServerKeyExchange arrives, where no hello extension warned the server.
 *
 * <p>Each bit limit is either set or absent (an empty {@link OptionalInt}: no limit). The classic
 * cases: Java 6 and 7 abort on DH parameters above 1024 bits; old Lync Phone Edition firmware
 * cannot validate a SHA-256-signed certificate and never accepts a wildcard one.
 *
 * <pre>{@code
 * ClientLimits java7 = ClientLimits.builder().maxDhBits(1024).build();
 * }</pre>
 *
 * <p>An immutable value, built by its {@link Builder}; two are equal when every limit is.
 *
 * @since 0.1.0
 */
public final class ClientLimits {
  /** No limits: any DH and key size, any certificate hash, wildcards accepted. */
  public static final ClientLimits NONE = builder().build();

  // 0 stands for "no limit" inside this class only; the accessors say it with an empty OptionalInt.
  private final int minDhBits;
  private final int maxDhBits;
  private final int minRsaBits;
  private final int maxRsaBits;
  private final int minEcdsaBits;
  private final ParameterSet<HashAlgorithm> certificateSignatureHashes;
  private final boolean acceptsWildcardCertificates;

  private ClientLimits(Builder b) {
    // Tests and throws, not message suppliers: see Preconditions.
    if (b.maxDhBits != 0 && b.minDhBits > b.maxDhBits) {
      throw new IllegalArgumentException("minDhBits " + b.minDhBits + " is above maxDhBits " + b.maxDhBits);
    }
    if (b.maxRsaBits != 0 && b.minRsaBits > b.maxRsaBits) {
      throw new IllegalArgumentException("minRsaBits " + b.minRsaBits + " is above maxRsaBits " + b.maxRsaBits);
    }
    this.minDhBits = b.minDhBits;
    this.maxDhBits = b.maxDhBits;
    this.minRsaBits = b.minRsaBits;
    this.maxRsaBits = b.maxRsaBits;
    this.minEcdsaBits = b.minEcdsaBits;
    this.certificateSignatureHashes = b.certificateSignatureHashes;
    this.acceptsWildcardCertificates = b.acceptsWildcardCertificates;
  }

  /** A builder with no limits; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these limits, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minDhBits = minDhBits;
    b.maxDhBits = maxDhBits;
    b.minRsaBits = minRsaBits;
    b.maxRsaBits = maxRsaBits;
    b.minEcdsaBits = minEcdsaBits;
    b.certificateSignatureHashes = certificateSignatureHashes;
    b.acceptsWildcardCertificates = acceptsWildcardCertificates;
    return b;
  }

  /** The smallest DHE prime accepted, in bits; empty: no lower limit. */
  public OptionalInt minDhBits() {
    return limit(minDhBits);
  }

  /** The largest DHE prime accepted, in bits; empty: no upper limit. */
  public OptionalInt maxDhBits() {
    return limit(maxDhBits);
  }

  /** The smallest RSA certificate key accepted, in bits; empty: no lower limit. */
  public OptionalInt minRsaBits() {
    return limit(minRsaBits);
  }

  /** The largest RSA certificate key accepted, in bits; empty: no upper limit. */
  public OptionalInt maxRsaBits() {
    return limit(maxRsaBits);
  }

  /** The smallest ECDSA certificate key accepted, in bits; empty: no lower limit. */
  public OptionalInt minEcdsaBits() {
    return limit(minEcdsaBits);
  }

  /** The hashes the client can verify a certificate signature with; empty means any. */
  public ParameterSet<HashAlgorithm> certificateSignatureHashes() {
    return certificateSignatureHashes;
  }

  /** Whether a wildcard certificate name is accepted. */
  public boolean acceptsWildcardCertificates() {
    return acceptsWildcardCertificates;
  }

  /** Whether a certificate signed with {@code hash} can be verified. */
  public boolean acceptsCertificateHash(HashAlgorithm hash) {
    return certificateSignatureHashes.isEmpty() || certificateSignatureHashes.contains(hash);
  }

  /** Whether a DHE prime of {@code bits} is accepted. */
  public boolean acceptsDhBits(int bits) {
    return bits >= minDhBits && (maxDhBits == 0 || bits <= maxDhBits);
  }

  /** Whether an RSA certificate key of {@code bits} is accepted. */
  public boolean acceptsRsaBits(int bits) {
    return bits >= minRsaBits && (maxRsaBits == 0 || bits <= maxRsaBits);
  }

  /** Whether an ECDSA certificate key of {@code bits} is accepted. */
  public boolean acceptsEcdsaBits(int bits) {
    return bits >= minEcdsaBits;
  }

  @Override public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof ClientLimits)) return false;
    ClientLimits that = (ClientLimits) o;
    return minDhBits == that.minDhBits && maxDhBits == that.maxDhBits && minRsaBits == that.minRsaBits
        && maxRsaBits == that.maxRsaBits && minEcdsaBits == that.minEcdsaBits
        && certificateSignatureHashes.equals(that.certificateSignatureHashes)
        && acceptsWildcardCertificates == that.acceptsWildcardCertificates;
  }

  @Override public int hashCode() {
    return Objects.hash(minDhBits, maxDhBits, minRsaBits, maxRsaBits, minEcdsaBits, certificateSignatureHashes,
        acceptsWildcardCertificates);
  }

  /** The limits that are set, e.g. {@code ClientLimits[maxDhBits=1024, wildcardCertificates=false]}. */
  @Override public String toString() {
    List<String> parts = new ArrayList<>();
    if (minDhBits > 0) parts.add("minDhBits=" + minDhBits);
    if (maxDhBits > 0) parts.add("maxDhBits=" + maxDhBits);
    if (minRsaBits > 0) parts.add("minRsaBits=" + minRsaBits);
    if (maxRsaBits > 0) parts.add("maxRsaBits=" + maxRsaBits);
    if (minEcdsaBits > 0) parts.add("minEcdsaBits=" + minEcdsaBits);
    if (!certificateSignatureHashes.isEmpty()) {
      parts.add("certificateSignatureHashes=" + String.join("/", certificateSignatureHashes.stream()
          .map(h -> h.name().toLowerCase(Locale.ROOT)).toList()));
    }
    if (!acceptsWildcardCertificates) parts.add("wildcardCertificates=false");
    return parts.isEmpty() ? "ClientLimits[none]" : "ClientLimits" + parts;
  }

  private static OptionalInt limit(int bits) {
    return bits == 0 ? OptionalInt.empty() : OptionalInt.of(bits);
  }

  /**
   * Builds {@link ClientLimits}. Defaults: no bit limit, any certificate hash, wildcards accepted.
   * A bit limit that is never set is no limit; {@link #noBitLimits()} takes all of them away.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    // Shared, immutable: see ClientProfile.Builder.
    private static final ParameterSet<HashAlgorithm> NO_HASHES = ParameterSet.noneOf(HashAlgorithm.class);

    private int minDhBits;
    private int maxDhBits;
    private int minRsaBits;
    private int maxRsaBits;
    private int minEcdsaBits;
    private ParameterSet<HashAlgorithm> certificateSignatureHashes = NO_HASHES;
    private boolean acceptsWildcardCertificates = true;

    private Builder() {}

    /**
     * Sets the smallest DHE prime accepted.
     *
     * @throws IllegalArgumentException if {@code bits} is not positive
     */
    public Builder minDhBits(int bits) {
      this.minDhBits = positive("minDhBits", bits);
      return this;
    }

    /**
     * Sets the largest DHE prime accepted.
     *
     * @throws IllegalArgumentException if {@code bits} is not positive
     */
    public Builder maxDhBits(int bits) {
      this.maxDhBits = positive("maxDhBits", bits);
      return this;
    }

    /**
     * Sets the smallest RSA certificate key accepted.
     *
     * @throws IllegalArgumentException if {@code bits} is not positive
     */
    public Builder minRsaBits(int bits) {
      this.minRsaBits = positive("minRsaBits", bits);
      return this;
    }

    /**
     * Sets the largest RSA certificate key accepted.
     *
     * @throws IllegalArgumentException if {@code bits} is not positive
     */
    public Builder maxRsaBits(int bits) {
      this.maxRsaBits = positive("maxRsaBits", bits);
      return this;
    }

    /**
     * Sets the smallest ECDSA certificate key accepted.
     *
     * @throws IllegalArgumentException if {@code bits} is not positive
     */
    public Builder minEcdsaBits(int bits) {
      this.minEcdsaBits = positive("minEcdsaBits", bits);
      return this;
    }

    /** Takes away every DH and key size limit. */
    public Builder noBitLimits() {
      minDhBits = 0;
      maxDhBits = 0;
      minRsaBits = 0;
      maxRsaBits = 0;
      minEcdsaBits = 0;
      return this;
    }

    /** Sets the hashes the client can verify a certificate signature with (empty: any). */
    public Builder certificateSignatureHashes(ParameterSet<HashAlgorithm> hashes) {
      this.certificateSignatureHashes = Preconditions.checkNotNull(hashes, "hashes");
      return this;
    }

    /** Sets the hashes the client can verify a certificate signature with. */
    public Builder certificateSignatureHashes(HashAlgorithm first, HashAlgorithm... rest) {
      return certificateSignatureHashes(ParameterSet.of(first, rest));
    }

    /** Sets whether a wildcard certificate name is accepted. */
    public Builder acceptsWildcardCertificates(boolean accepts) {
      this.acceptsWildcardCertificates = accepts;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @throws IllegalArgumentException if a lower limit is above its upper limit
     */
    public ClientLimits build() {
      return new ClientLimits(this);
    }

    private static int positive(String name, int bits) {
      if (bits <= 0) throw new IllegalArgumentException(name + " must be a positive number of bits, was " + bits);
      return bits;
    }
  }
}
