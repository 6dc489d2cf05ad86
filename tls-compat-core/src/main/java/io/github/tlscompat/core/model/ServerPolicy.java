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
 * never a special case in the engine:
 * <ul>
 *   <li>{@code acceptsSsl2CompatibleHello}: SChannel and OpenSSL accept the SSL 2.0-framed hello,
 *       JSSE and Bouncy Castle do not;</li>
 *   <li>{@code ignoresSupportedVersionsWithoutTls13} and {@code negotiatesTls12ForLegacyHellos}:
 *       how a server that predates TLS 1.3, or GnuTLS, picks the version;</li>
 *   <li>{@code ordersGroupsByClient} and {@code bindsEcdsaSchemesToCurve}: SunJSSE and BCJSSE take
 *       groups in the client's order, SunJSSE signs TLS 1.2 with an ECDSA scheme only on its
 *       curve;</li>
 *   <li>{@code checksSniAfterVersion}: OpenSSL and the servers built on it settle the version
 *       before they read server_name.</li>
 * </ul>
 * The cross-check module ({@code tls-compat-crosscheck}) finds these against the real servers. The
 * Bouncy Castle server that emulates a policy ({@code BcHandshake}, {@code EmulatedServer}) follows
 * each of them as the model does.
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
 * @param ignoresSupportedVersionsWithoutTls13 whether, when it does not enable TLS 1.3, it ignores
 *     the client's supported_versions extension and answers with its newest version not above
 *     legacy_version (RFC 5246 E.1), as a server that does not know the extension does; OpenSSL
 *     1.1.1+ and JSSE read the extension whatever they enable, GnuTLS 3.7 does not ("do not parse
 *     this extension when we do not support TLS1.3", {@code ext/supported_versions.c}). A server
 *     that enables TLS 1.3 always reads it (RFC 8446 4.2.1)
 * @param negotiatesTls12ForLegacyHellos whether, when it enables TLS 1.3, it takes a client that
 *     sends no supported_versions and a legacy_version of TLS 1.2 as a TLS 1.2 client even if it
 *     does not enable TLS 1.2, so that the client is refused for want of a TLS 1.2 suite
 *     ({@code handshake_failure}) rather than for its version: GnuTLS 3.7, where "TLS 1.2 is
 *     handled separately because it is always advertized under TLS 1.3" ({@code
 *     _gnutls_negotiate_version})
 * @param ordersGroupsByClient whether it takes the (EC)DHE group, and in TLS 1.3 the key share, in
 *     the client's order even when its own suite order wins: SunJSSE, whose
 *     {@code SupportedGroups.getPreferredGroup} walks the client's list, and BCJSSE
 *     ({@code NamedGroupInfo.selectServerECDH}); OpenSSL and GnuTLS follow the suite preference
 * @param bindsEcdsaSchemesToCurve whether, before TLS 1.3 too, it signs with an ECDSA scheme that
 *     names a curve only when its certificate is on that curve, as TLS 1.3 requires (RFC 8446
 *     4.2.3) and TLS 1.2 does not (there {@code ecdsa_secp521r1_sha512} is ECDSA with SHA-512 on any
 *     curve): SunJSSE ({@code SignatureScheme.getSignerOfPreferableAlgorithm})
 * @param checksSniAfterVersion whether, when it requires server_name, it first refuses a client
 *     with no version in common ({@code protocol_version}) and only then one without server_name:
 *     OpenSSL chooses the version ({@code ssl_choose_server_version}) before its servername
 *     callback runs, so nginx, Apache httpd and HAProxy do; HTTP.sys picks its SNI binding before
 *     SChannel reads anything, the default
 * @since 0.1.0
 */
public record ServerPolicy(String id, String name, ParameterSet<ProtocolVersion> versions,
    PreferenceList<CipherSuite> cipherSuites, boolean serverPreference, PreferenceList<NamedGroup> groups,
    PreferenceList<SignatureScheme> signatureSchemes, List<CertificateSpec> certificates, int dhBits,
    boolean requiresSni, Optional<CertificateSpec> fallbackCertificate, boolean requiresClientCertificate,
    boolean acceptsSsl2CompatibleHello, boolean ignoresSupportedVersionsWithoutTls13,
    boolean negotiatesTls12ForLegacyHellos, boolean ordersGroupsByClient, boolean bindsEcdsaSchemesToCurve,
    boolean checksSniAfterVersion) {

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
    b.ignoresSupportedVersionsWithoutTls13 = ignoresSupportedVersionsWithoutTls13;
    b.negotiatesTls12ForLegacyHellos = negotiatesTls12ForLegacyHellos;
    b.ordersGroupsByClient = ordersGroupsByClient;
    b.bindsEcdsaSchemesToCurve = bindsEcdsaSchemesToCurve;
    b.checksSniAfterVersion = checksSniAfterVersion;
    return b;
  }

  @Override public String toString() {
    return id + " (" + name + ")";
  }

  /**
   * Builds a {@link ServerPolicy}. Defaults: server preference on (what hardening guides and
   * SChannel do), {@link #DEFAULT_GROUPS}, any signature scheme, one
   * {@link CertificateSpec#RSA_2048_SHA256} certificate, a 2048-bit DH prime, SNI not required,
   * no client certificate required, SSL 2.0-framed hellos accepted, supported_versions read, TLS 1.2
   * only when enabled, groups in the order of the preferred suites, ECDSA schemes bound to their
   * curve in TLS 1.3 only, server_name checked before the version.
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
    private boolean ignoresSupportedVersionsWithoutTls13;
    private boolean negotiatesTls12ForLegacyHellos;
    private boolean ordersGroupsByClient;
    private boolean bindsEcdsaSchemesToCurve;
    private boolean checksSniAfterVersion;

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
     * Sets whether the server, when it does not enable TLS 1.3, negotiates from legacy_version
     * alone and ignores supported_versions.
     */
    public Builder ignoresSupportedVersionsWithoutTls13(boolean ignores) {
      this.ignoresSupportedVersionsWithoutTls13 = ignores;
      return this;
    }

    /**
     * Sets whether the server, when it enables TLS 1.3, takes a TLS 1.2 hello without
     * supported_versions as TLS 1.2 even if it does not enable TLS 1.2.
     */
    public Builder negotiatesTls12ForLegacyHellos(boolean negotiates) {
      this.negotiatesTls12ForLegacyHellos = negotiates;
      return this;
    }

    /** Sets whether the server takes groups in the client's order even when its suite order wins. */
    public Builder ordersGroupsByClient(boolean byClient) {
      this.ordersGroupsByClient = byClient;
      return this;
    }

    /** Sets whether the server signs TLS 1.2 too with an ECDSA scheme only on the curve it names. */
    public Builder bindsEcdsaSchemesToCurve(boolean binds) {
      this.bindsEcdsaSchemesToCurve = binds;
      return this;
    }

    /** Sets whether a required server_name is checked only after the version. */
    public Builder checksSniAfterVersion(boolean afterVersion) {
      this.checksSniAfterVersion = afterVersion;
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
          acceptsSsl2CompatibleHello, ignoresSupportedVersionsWithoutTls13, negotiatesTls12ForLegacyHellos,
          ordersGroupsByClient, bindsEcdsaSchemesToCurve, checksSniAfterVersion);
    }
  }
}
