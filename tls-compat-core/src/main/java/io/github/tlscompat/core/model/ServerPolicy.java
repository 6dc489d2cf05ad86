package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Optional;

/**
 * What a TLS server accepts, and how it chooses: enabled versions, suites in its order, whose order
 * wins, its groups and signature schemes, the certificates it holds and what it requires of clients.
 *
 * <p>Where real servers differ by habit, the habit is a setting here with the common default,
 * never a special case in the engine: {@code acceptsSsl2CompatibleHello} (SChannel and OpenSSL
 * accept the SSL 2.0-framed hello, JSSE and Bouncy Castle do not).
 *
 * @param id a stable identifier, e.g. {@code iiscrypto-fips-140-2}
 * @param name a human name
 * @param versions the enabled versions
 * @param cipherSuites the enabled suites in the server's order
 * @param serverPreference whether the server's order wins (else the client's does)
 * @param groups the groups the server accepts for (EC)DHE and key shares, in its order (empty: the
 *     ones in {@link #DEFAULT_GROUPS})
 * @param signatureSchemes the schemes the server will sign with, in its order (empty: any its
 *     certificate can make)
 * @param certificates the certificates it holds, in the order it prefers them (at least one)
 * @param dhBits the size of its DHE prime
 * @param requiresSni whether it refuses clients that send no server_name
 * @param fallbackCertificate the certificate served to clients without server_name when
 *     {@code requiresSni} is set (an AD FS / WAP "fallback binding"), if any
 * @param requiresClientCertificate whether it requires a client certificate (mutual TLS)
 * @param acceptsSsl2CompatibleHello whether it reads an SSL 2.0-framed ClientHello
 * @since 0.1.0
 */
public record ServerPolicy(String id, String name, ParameterSet<ProtocolVersion> versions,
    PreferenceList<CipherSuite> cipherSuites, boolean serverPreference, PreferenceList<NamedGroup> groups,
    PreferenceList<SignatureScheme> signatureSchemes, List<CertificateSpec> certificates, int dhBits,
    boolean requiresSni, Optional<CertificateSpec> fallbackCertificate, boolean requiresClientCertificate,
    boolean acceptsSsl2CompatibleHello) {

  /**
   * The groups a server uses when its policy names none: x25519, secp256r1, secp384r1, secp521r1
   * and ffdhe2048/3072 — OpenSSL 3.0's default list less x448 (which SChannel and JSSE lack).
   */
  public static final PreferenceList<NamedGroup> DEFAULT_GROUPS = PreferenceList.of(NamedGroup.x25519,
      NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.ffdhe2048, NamedGroup.ffdhe3072);

  /** Validates the components and copies the certificate list. */
  public ServerPolicy {
    Preconditions.checkArgument(id != null && !id.isBlank(), () -> "a server policy needs an id");
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkArgument(versions != null && !versions.isEmpty(),
        () -> "server policy '" + id + "' enables no protocol version");
    Preconditions.checkArgument(cipherSuites != null && !cipherSuites.isEmpty(),
        () -> "server policy '" + id + "' enables no cipher suite");
    Preconditions.checkNotNull(groups, "groups");
    Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
    Preconditions.checkArgument(certificates != null && !certificates.isEmpty(),
        () -> "server policy '" + id + "' holds no certificate");
    certificates = List.copyOf(certificates);
    Preconditions.checkArgument(dhBits > 0, () -> "server policy '" + id + "': dhBits must be positive");
    Preconditions.checkNotNull(fallbackCertificate, "fallbackCertificate");
  }

  /** The groups in effect: {@link #groups()}, or {@link #DEFAULT_GROUPS} when that is empty. */
  public PreferenceList<NamedGroup> effectiveGroups() {
    return groups.isEmpty() ? DEFAULT_GROUPS : groups;
  }

  /** The newest enabled version. */
  public ProtocolVersion maxVersion() {
    ProtocolVersion max = null;
    for (ProtocolVersion v : versions) max = v;
    return max;
  }

  /** A builder for a policy with this id and name; see {@link Builder} for the defaults. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** A builder holding this policy's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.versions = versions;
    b.cipherSuites = cipherSuites;
    b.serverPreference = serverPreference;
    b.groups = groups;
    b.signatureSchemes = signatureSchemes;
    b.certificates = certificates;
    b.dhBits = dhBits;
    b.requiresSni = requiresSni;
    b.fallbackCertificate = fallbackCertificate;
    b.requiresClientCertificate = requiresClientCertificate;
    b.acceptsSsl2CompatibleHello = acceptsSsl2CompatibleHello;
    return b;
  }

  @Override public String toString() {
    return id + " (" + name + ")";
  }

  /**
   * Builds a {@link ServerPolicy}. Defaults: server preference on (what hardening guides and
   * SChannel do), {@link #DEFAULT_GROUPS}, any signature scheme, one
   * {@link CertificateSpec#RSA_2048_SHA256} certificate, a 2048-bit DH prime, SNI not required,
   * no client certificate required, SSL 2.0-framed hellos accepted.
   */
  public static final class Builder {
    private String id;
    private String name;
    private ParameterSet<ProtocolVersion> versions = ParameterSet.noneOf(ProtocolVersion.class);
    private PreferenceList<CipherSuite> cipherSuites = PreferenceList.empty(CipherSuite.class);
    private boolean serverPreference = true;
    private PreferenceList<NamedGroup> groups = PreferenceList.empty(NamedGroup.class);
    private PreferenceList<SignatureScheme> signatureSchemes = PreferenceList.empty(SignatureScheme.class);
    private List<CertificateSpec> certificates = List.of(CertificateSpec.RSA_2048_SHA256);
    private int dhBits = 2048;
    private boolean requiresSni;
    private Optional<CertificateSpec> fallbackCertificate = Optional.empty();
    private boolean requiresClientCertificate;
    private boolean acceptsSsl2CompatibleHello = true;

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Sets the id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the human name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the enabled versions. */
    public Builder versions(ProtocolVersion first, ProtocolVersion... rest) {
      this.versions = ParameterSet.of(first, rest);
      return this;
    }

    /** Sets the enabled versions. */
    public Builder versions(ParameterSet<ProtocolVersion> versions) {
      this.versions = versions;
      return this;
    }

    /** Sets the enabled suites, in the server's order. */
    public Builder cipherSuites(CipherSuite first, CipherSuite... rest) {
      this.cipherSuites = PreferenceList.of(first, rest);
      return this;
    }

    /** Sets the enabled suites, in the server's order. */
    public Builder cipherSuites(List<CipherSuite> suites) {
      this.cipherSuites = PreferenceList.copyOf(CipherSuite.class, suites);
      return this;
    }

    /** Sets whether the server's order wins. */
    public Builder serverPreference(boolean serverPreference) {
      this.serverPreference = serverPreference;
      return this;
    }

    /** Sets the accepted groups, in the server's order. */
    public Builder groups(List<NamedGroup> groups) {
      this.groups = PreferenceList.copyOf(NamedGroup.class, groups);
      return this;
    }

    /** Sets the schemes the server signs with, in its order. */
    public Builder signatureSchemes(List<SignatureScheme> schemes) {
      this.signatureSchemes = PreferenceList.copyOf(SignatureScheme.class, schemes);
      return this;
    }

    /** Sets the certificates the server holds, preferred first. */
    public Builder certificates(CertificateSpec first, CertificateSpec... rest) {
      this.certificates = java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
          java.util.Arrays.stream(rest)).toList();
      return this;
    }

    /** Sets the DHE prime size in bits. */
    public Builder dhBits(int dhBits) {
      this.dhBits = dhBits;
      return this;
    }

    /** Sets whether clients without server_name are refused (unless a fallback certificate is set). */
    public Builder requiresSni(boolean requiresSni) {
      this.requiresSni = requiresSni;
      return this;
    }

    /** Sets the certificate served to clients without server_name. */
    public Builder fallbackCertificate(CertificateSpec certificate) {
      this.fallbackCertificate = Optional.of(certificate);
      return this;
    }

    /** Sets whether a client certificate is required. */
    public Builder requiresClientCertificate(boolean requiresClientCertificate) {
      this.requiresClientCertificate = requiresClientCertificate;
      return this;
    }

    /** Sets whether an SSL 2.0-framed ClientHello is read. */
    public Builder acceptsSsl2CompatibleHello(boolean accepts) {
      this.acceptsSsl2CompatibleHello = accepts;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException if the id is blank, or no version, suite or certificate is set
     */
    public ServerPolicy build() {
      return new ServerPolicy(id, name, versions, cipherSuites, serverPreference, groups, signatureSchemes,
          certificates, dhBits, requiresSni, fallbackCertificate, requiresClientCertificate,
          acceptsSsl2CompatibleHello);
    }
  }
}
