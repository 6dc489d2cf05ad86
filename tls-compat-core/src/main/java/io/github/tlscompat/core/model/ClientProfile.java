package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a TLS client offers, in its order of preference: the facts its ClientHello states, plus the
 * limits it applies to what the server answers.
 *
 * <p>An empty {@code groups}, {@code signatureAlgorithms} or {@code keyShares} list means the client
 * does not send that extension, which changes what a server may assume (RFC 8422 4, RFC 5246
 * 7.4.1.4.1). The client sends {@code supported_versions} when it offers TLS 1.3, and when its
 * extension list says so although it offers only TLS 1.3 drafts (Chrome 57 to 69, Firefox 53 to
 * 62: the profile then lists the final versions the extension names).
 *
 * <p>An immutable value, built by its {@link Builder} ({@link #builder}, or {@link #toBuilder()} to
 * derive a variant), so that a new setting is a new builder method and accessor, never a changed
 * constructor. Two profiles are equal when every setting is.
 *
 * @since 0.1.0
 */
public final class ClientProfile {
  private final String id;
  private final String name;
  private final ParameterSet<ProtocolVersion> versions;
  private final HelloFormat helloFormat;
  private final PreferenceList<CipherSuite> cipherSuites;
  private final PreferenceList<NamedGroup> groups;
  private final PreferenceList<NamedGroup> keyShares;
  private final PreferenceList<SignatureScheme> signatureAlgorithms;
  private final PreferenceList<SignatureScheme> signatureAlgorithmsCert;
  private final List<Integer> extensions;
  // Asked on every negotiation; the extension list is searched once, here.
  private final boolean sendsSupportedVersions;
  private final boolean sendsSni;
  private final Optional<CertificateSpec> clientCertificate;
  private final List<CertificateIssuer> trustedIssuers;
  private final ClientLimits limits;
  private final Optional<HelloLayout> layout;

  private ClientProfile(Builder b) {
    String id = b.id;
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a client profile needs an id");
    Preconditions.checkNotNull(b.name, "name");
    // Tests and throws, not message suppliers: see Preconditions.
    if (b.versions == null || b.versions.isEmpty()) {
      throw new IllegalArgumentException("client profile '" + id + "' offers no protocol version");
    }
    if (b.cipherSuites == null || b.cipherSuites.isEmpty()) {
      throw new IllegalArgumentException("client profile '" + id + "' offers no cipher suite");
    }
    Preconditions.checkNotNull(b.helloFormat, "helloFormat");
    Preconditions.checkNotNull(b.groups, "groups");
    Preconditions.checkNotNull(b.keyShares, "keyShares");
    Preconditions.checkNotNull(b.signatureAlgorithms, "signatureAlgorithms");
    Preconditions.checkNotNull(b.signatureAlgorithmsCert, "signatureAlgorithmsCert");
    List<Integer> extensions = List.copyOf(b.extensions);
    for (int type : extensions) {
      if (type < 0 || type > 0xFFFF) {
        throw new IllegalArgumentException("client profile '" + id + "': extension type " + type + " is not a 16-bit code");
      }
    }
    Preconditions.checkNotNull(b.clientCertificate, "clientCertificate");
    Preconditions.checkNotNull(b.trustedIssuers, "trustedIssuers");
    Preconditions.checkNotNull(b.limits, "limits");
    Preconditions.checkNotNull(b.layout, "layout");
    this.id = id;
    this.name = b.name;
    this.versions = b.versions;
    this.helloFormat = b.helloFormat;
    this.cipherSuites = b.cipherSuites;
    this.groups = b.groups;
    this.keyShares = b.keyShares;
    this.signatureAlgorithms = b.signatureAlgorithms;
    this.signatureAlgorithmsCert = b.signatureAlgorithmsCert;
    this.extensions = extensions;
    this.sendsSupportedVersions = versions.contains(ProtocolVersion.TLS_1_3)
        || extensions.contains(ExtensionType.supported_versions.code());
    this.sendsSni = b.sendsSni;
    this.clientCertificate = b.clientCertificate;
    this.trustedIssuers = List.copyOf(b.trustedIssuers);
    this.limits = b.limits;
    this.layout = b.layout;
  }

  /** A stable identifier, e.g. {@code LPE-CE6}. */
  public String id() {
    return id;
  }

  /** A human name, e.g. "Lync Phone Edition on Windows CE 6.0". */
  public String name() {
    return name;
  }

  /** The versions the client can negotiate. */
  public ParameterSet<ProtocolVersion> versions() {
    return versions;
  }

  /** How the first message is framed. */
  public HelloFormat helloFormat() {
    return helloFormat;
  }

  /** The offered suites in order, TLS 1.3 suites, SCSVs and SSL 2.0 kinds included. */
  public PreferenceList<CipherSuite> cipherSuites() {
    return cipherSuites;
  }

  /** The supported_groups extension, in order (empty: not sent). */
  public PreferenceList<NamedGroup> groups() {
    return groups;
  }

  /** The groups of the TLS 1.3 key_share extension (empty: none). */
  public PreferenceList<NamedGroup> keyShares() {
    return keyShares;
  }

  /** The signature_algorithms extension (empty: not sent). */
  public PreferenceList<SignatureScheme> signatureAlgorithms() {
    return signatureAlgorithms;
  }

  /**
   * The signature_algorithms_cert extension (RFC 8446 4.2.3; empty: not sent, so
   * signature_algorithms applies to certificates too). Which certificate signatures the client
   * really verifies is {@link ClientLimits#certificateSignatureHashes()}: servers send their one
   * chain whatever the extension says, so the engine checks the client's limits.
   */
  public PreferenceList<SignatureScheme> signatureAlgorithmsCert() {
    return signatureAlgorithmsCert;
  }

  /**
   * The extension types the ClientHello carries, as IANA ExtensionType codes in wire order (e.g. 0
   * server_name, 10 supported_groups, 65281 renegotiation_info).
   */
  public List<Integer> extensions() {
    return extensions;
  }

  /** Whether the server_name extension is sent. */
  public boolean sendsSni() {
    return sendsSni;
  }

  /**
   * The certificate the client presents when a server requests one (its key, signature hash and
   * issuer), if the client has one.
   */
  public Optional<CertificateSpec> clientCertificate() {
    return clientCertificate;
  }

  /**
   * The issuers whose server certificates the client trusts (its trust anchors). Empty: not
   * modelled, and then a server certificate is never refused for its issuer.
   */
  public List<CertificateIssuer> trustedIssuers() {
    return trustedIssuers;
  }

  /** What the client refuses after the server has chosen. */
  public ClientLimits limits() {
    return limits;
  }

  /**
   * What the ClientHello carried beyond this model (record and legacy versions, session id length,
   * compression, GREASE and unknown code points, extension bodies), for encoding it again byte for
   * byte; empty for a profile that was not decoded from a ClientHello.
   */
  public Optional<HelloLayout> layout() {
    return layout;
  }

  /** The newest version offered. */
  public ProtocolVersion maxVersion() {
    ProtocolVersion max = null;
    for (ProtocolVersion v : versions) max = v;
    return max;
  }

  /** The oldest version offered. */
  public ProtocolVersion minVersion() {
    return versions.iterator().next();
  }

  /**
   * Whether the client sends supported_versions (RFC 8446 4.2.1): when it offers TLS 1.3, or when
   * {@link #extensions()} lists it (type 43), as the hellos of clients that offered only TLS 1.3
   * drafts do. A server that reads the extension then negotiates from it alone.
   */
  public boolean sendsSupportedVersions() {
    return sendsSupportedVersions;
  }

  /** A builder for a client profile with this id and name; see {@link Builder} for the defaults. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** A builder holding this profile's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.versions = versions;
    b.helloFormat = helloFormat;
    b.cipherSuites = cipherSuites;
    b.groups = groups;
    b.keyShares = keyShares;
    b.signatureAlgorithms = signatureAlgorithms;
    b.signatureAlgorithmsCert = signatureAlgorithmsCert;
    b.extensions = extensions;
    b.sendsSni = sendsSni;
    b.clientCertificate = clientCertificate;
    b.trustedIssuers = trustedIssuers;
    b.limits = limits;
    b.layout = layout;
    return b;
  }

  @Override public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof ClientProfile)) return false;
    ClientProfile that = (ClientProfile) o;
    return id.equals(that.id) && name.equals(that.name) && versions.equals(that.versions)
        && helloFormat == that.helloFormat && cipherSuites.equals(that.cipherSuites) && groups.equals(that.groups)
        && keyShares.equals(that.keyShares) && signatureAlgorithms.equals(that.signatureAlgorithms)
        && signatureAlgorithmsCert.equals(that.signatureAlgorithmsCert) && extensions.equals(that.extensions)
        && sendsSni == that.sendsSni && clientCertificate.equals(that.clientCertificate)
        && trustedIssuers.equals(that.trustedIssuers) && limits.equals(that.limits)
        && layout.equals(that.layout);
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, versions, helloFormat, cipherSuites, groups, keyShares, signatureAlgorithms,
        signatureAlgorithmsCert, extensions, sendsSni, clientCertificate, trustedIssuers, limits, layout);
  }

  /** The id and the human name, e.g. {@code LPE-CE6 (Lync Phone Edition on Windows CE 6.0)}. */
  @Override public String toString() {
    return id + " (" + name + ")";
  }

  /**
   * Builds a {@link ClientProfile}. Defaults: TLS record framing, SNI sent, no groups, key shares,
   * signature algorithms or signature_algorithms_cert (the extensions are absent), no extension list,
   * no client certificate, no trusted issuers modelled, {@link ClientLimits#NONE}, no {@link HelloLayout}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    // The empty defaults are shared (they are immutable): the built-in catalog makes a builder per
    // profile, and making five empty lists for each cost a cold matrix milliseconds.
    private static final ParameterSet<ProtocolVersion> NO_VERSIONS = ParameterSet.noneOf(ProtocolVersion.class);
    private static final PreferenceList<CipherSuite> NO_SUITES = PreferenceList.empty(CipherSuite.class);
    private static final PreferenceList<NamedGroup> NO_GROUPS = PreferenceList.empty(NamedGroup.class);
    private static final PreferenceList<SignatureScheme> NO_SCHEMES = PreferenceList.empty(SignatureScheme.class);

    private String id;
    private String name;
    private ParameterSet<ProtocolVersion> versions = NO_VERSIONS;
    private HelloFormat helloFormat = HelloFormat.TLS_RECORD;
    private PreferenceList<CipherSuite> cipherSuites = NO_SUITES;
    private PreferenceList<NamedGroup> groups = NO_GROUPS;
    private PreferenceList<NamedGroup> keyShares = NO_GROUPS;
    private PreferenceList<SignatureScheme> signatureAlgorithms = NO_SCHEMES;
    private PreferenceList<SignatureScheme> signatureAlgorithmsCert = NO_SCHEMES;
    private List<Integer> extensions = List.of();
    private boolean sendsSni = true;
    private Optional<CertificateSpec> clientCertificate = Optional.empty();
    private List<CertificateIssuer> trustedIssuers = List.of();
    private ClientLimits limits = ClientLimits.NONE;
    private Optional<HelloLayout> layout = Optional.empty();

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

    /** Sets the versions the client can negotiate. */
    public Builder versions(ProtocolVersion first, ProtocolVersion... rest) {
      this.versions = ParameterSet.of(first, rest);
      return this;
    }

    /** Sets the versions the client can negotiate. */
    public Builder versions(ParameterSet<ProtocolVersion> versions) {
      this.versions = versions;
      return this;
    }

    /** Sets the hello framing. */
    public Builder helloFormat(HelloFormat helloFormat) {
      this.helloFormat = helloFormat;
      return this;
    }

    /** Sets the offered suites, in order. */
    public Builder cipherSuites(CipherSuite first, CipherSuite... rest) {
      this.cipherSuites = PreferenceList.of(first, rest);
      return this;
    }

    /** Sets the offered suites, in order. */
    public Builder cipherSuites(List<CipherSuite> suites) {
      this.cipherSuites = PreferenceList.copyOf(CipherSuite.class, suites);
      return this;
    }

    /** Sets the supported_groups extension, in order. */
    public Builder groups(List<NamedGroup> groups) {
      this.groups = PreferenceList.copyOf(NamedGroup.class, groups);
      return this;
    }

    /** Sets the groups the client sends key shares for (TLS 1.3). */
    public Builder keyShares(List<NamedGroup> keyShares) {
      this.keyShares = PreferenceList.copyOf(NamedGroup.class, keyShares);
      return this;
    }

    /** Sets the signature_algorithms extension, in order. */
    public Builder signatureAlgorithms(List<SignatureScheme> schemes) {
      this.signatureAlgorithms = PreferenceList.copyOf(SignatureScheme.class, schemes);
      return this;
    }

    /** Sets the signature_algorithms_cert extension, in order. */
    public Builder signatureAlgorithmsCert(List<SignatureScheme> schemes) {
      this.signatureAlgorithmsCert = PreferenceList.copyOf(SignatureScheme.class, schemes);
      return this;
    }

    /** Sets the extension types the ClientHello carries, as IANA codes in wire order. */
    public Builder extensions(List<Integer> extensions) {
      this.extensions = extensions;
      return this;
    }

    /** Sets whether the server_name extension is sent. */
    public Builder sendsSni(boolean sendsSni) {
      this.sendsSni = sendsSni;
      return this;
    }

    /**
     * Gives the client the {@linkplain CertificateSpec#typical typical} certificate of this key type
     * (for servers that require one), its issuer not modelled.
     *
     * @throws IllegalArgumentException for a key type without a typical certificate
     */
    public Builder clientCertificate(SignatureScheme.KeyType keyType) {
      this.clientCertificate = Optional.of(CertificateSpec.typical(keyType));
      return this;
    }

    /** Gives the client this certificate (for servers that request one). */
    public Builder clientCertificate(CertificateSpec certificate) {
      this.clientCertificate = Optional.of(Preconditions.checkNotNull(certificate, "certificate"));
      return this;
    }

    /** Sets the issuers whose server certificates the client trusts; empty: not modelled. */
    public Builder trustedIssuers(List<CertificateIssuer> trustedIssuers) {
      this.trustedIssuers = List.copyOf(Preconditions.checkNotNull(trustedIssuers, "trustedIssuers"));
      return this;
    }

    /** Sets the limits the client applies to the server's answer. */
    public Builder limits(ClientLimits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Sets the wire layout of the ClientHello this profile was decoded from; {@code null} removes it
     * (do that after changing the lists, so that the encoder falls back to its default layout).
     */
    public Builder layout(HelloLayout layout) {
      this.layout = Optional.ofNullable(layout);
      return this;
    }

    /**
     * Builds the profile.
     *
     * @throws IllegalArgumentException if the id is blank, or no version or suite is offered
     */
    public ClientProfile build() {
      return new ClientProfile(this);
    }
  }
}
