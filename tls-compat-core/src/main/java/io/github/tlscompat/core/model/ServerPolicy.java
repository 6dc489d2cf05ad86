package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a TLS server accepts, and how it chooses: enabled versions, suites in its order, whose order
 * wins, its groups and signature schemes, the certificates it holds, what it requires of clients,
 * and its {@linkplain ServerHabit habits}.
 *
 * <p>Where real servers differ by habit, the habit is a {@link ServerHabit} this policy has or not
 * ({@link #has}), with the common default, never a special case in the engine. The cross-check
 * module ({@code tls-compat-crosscheck}) finds them against the real servers. The Bouncy Castle
 * server that emulates a policy ({@code BcHandshake}, {@code EmulatedServer}) follows the engine's
 * decision, and so each of them as the model does.
 *
 * <p>An immutable value, built by its {@link Builder} ({@link #builder}, or {@link #toBuilder()} to
 * derive a variant), so that a new setting is a new builder method and accessor, never a changed
 * constructor. Two policies are equal when every setting is.
 *
 * @since 0.1.0
 */
public final class ServerPolicy {
  /**
   * The groups a server uses when its policy names none: x25519, secp256r1, secp384r1, secp521r1
   * and ffdhe2048/3072 — OpenSSL 3.0's default list less x448 (which SChannel and JSSE lack).
   */
  public static final PreferenceList<NamedGroup> DEFAULT_GROUPS = PreferenceList.of(NamedGroup.x25519,
      NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1, NamedGroup.ffdhe2048, NamedGroup.ffdhe3072);

  private final String id;
  private final String name;
  private final ParameterSet<ProtocolVersion> versions;
  private final PreferenceList<CipherSuite> cipherSuites;
  private final boolean serverPreference;
  private final PreferenceList<NamedGroup> groups;
  private final PreferenceList<SignatureScheme> signatureSchemes;
  private final List<CertificateSpec> certificates;
  private final int dhBits;
  private final boolean requiresSni;
  private final Optional<CertificateSpec> fallbackCertificate;
  private final boolean requiresClientCertificate;
  private final List<CertificateIssuer> trustedIssuers;
  private final Set<ServerHabit> habits;
  // has() is asked several times per negotiation: an array read instead of a call through the Set.
  private final boolean[] hasHabit;
  private final Optional<ServerLibrary> library;

  private ServerPolicy(Builder b) {
    String id = b.id;
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a server policy needs an id");
    Preconditions.checkNotNull(b.name, "name");
    // Tests and throws, not message suppliers: see Preconditions.
    if (b.versions == null || b.versions.isEmpty()) {
      throw new IllegalArgumentException("server policy '" + id + "' enables no protocol version");
    }
    if (b.cipherSuites == null || b.cipherSuites.isEmpty()) {
      throw new IllegalArgumentException("server policy '" + id + "' enables no cipher suite");
    }
    Preconditions.checkNotNull(b.groups, "groups");
    Preconditions.checkNotNull(b.signatureSchemes, "signatureSchemes");
    if (b.certificates == null || b.certificates.isEmpty()) {
      throw new IllegalArgumentException("server policy '" + id + "' holds no certificate");
    }
    if (b.dhBits <= 0) throw new IllegalArgumentException("server policy '" + id + "': dhBits must be positive");
    Preconditions.checkNotNull(b.fallbackCertificate, "fallbackCertificate");
    Preconditions.checkNotNull(b.library, "library");
    Preconditions.checkNotNull(b.trustedIssuers, "trustedIssuers");
    this.id = id;
    this.name = b.name;
    this.versions = b.versions;
    this.cipherSuites = b.cipherSuites;
    this.serverPreference = b.serverPreference;
    this.groups = b.groups;
    this.signatureSchemes = b.signatureSchemes;
    this.certificates = List.copyOf(b.certificates);
    this.dhBits = b.dhBits;
    this.requiresSni = b.requiresSni;
    this.fallbackCertificate = b.fallbackCertificate;
    this.requiresClientCertificate = b.requiresClientCertificate;
    this.trustedIssuers = List.copyOf(b.trustedIssuers);
    // Defensive copy: the builder's set stays the builder's.
    this.habits = Collections.unmodifiableSet(b.habits.isEmpty()
        ? EnumSet.noneOf(ServerHabit.class) : EnumSet.copyOf(b.habits));
    this.hasHabit = new boolean[ServerHabit.values().length];
    for (ServerHabit habit : this.habits) hasHabit[habit.ordinal()] = true;
    this.library = b.library;
  }

  /** A stable identifier, e.g. {@code iiscrypto-fips-140-2}. */
  public String id() {
    return id;
  }

  /** A human name. */
  public String name() {
    return name;
  }

  /** The enabled versions. */
  public ParameterSet<ProtocolVersion> versions() {
    return versions;
  }

  /** The enabled suites in the server's order. */
  public PreferenceList<CipherSuite> cipherSuites() {
    return cipherSuites;
  }

  /** Whether the server's order wins (else the client's does). */
  public boolean serverPreference() {
    return serverPreference;
  }

  /**
   * The groups the server accepts for (EC)DHE and key shares, in its order; empty: the ones in
   * {@link #DEFAULT_GROUPS} ({@link #effectiveGroups()}).
   */
  public PreferenceList<NamedGroup> groups() {
    return groups;
  }

  /** The schemes the server will sign with, in its order; empty: any its certificate can make. */
  public PreferenceList<SignatureScheme> signatureSchemes() {
    return signatureSchemes;
  }

  /** The certificates it holds, in the order it prefers them (at least one). */
  public List<CertificateSpec> certificates() {
    return certificates;
  }

  /** The size of its DHE prime, in bits. */
  public int dhBits() {
    return dhBits;
  }

  /** Whether it refuses clients that send no server_name (unless it has a {@link #fallbackCertificate()}). */
  public boolean requiresSni() {
    return requiresSni;
  }

  /**
   * The certificate served to clients without server_name when {@link #requiresSni()} is set (an
   * AD FS / WAP "fallback binding"), if any.
   */
  public Optional<CertificateSpec> fallbackCertificate() {
    return fallbackCertificate;
  }

  /** Whether it requires a client certificate (mutual TLS). */
  public boolean requiresClientCertificate() {
    return requiresClientCertificate;
  }

  /**
   * The issuers whose client certificates it trusts, in the order it names them in the
   * {@code certificate_authorities} of its CertificateRequest (RFC 5246 7.4.4, RFC 8446 4.2.4).
   * Empty: not modelled (or an empty list on the wire), and then a client certificate is never
   * refused for its issuer. Checked only where {@link #requiresClientCertificate()} holds.
   */
  public List<CertificateIssuer> trustedIssuers() {
    return trustedIssuers;
  }

  /** The habits this server has, an immutable set (see {@link ServerHabit} for each and its default). */
  public Set<ServerHabit> habits() {
    return habits;
  }

  /**
   * The TLS library the server runs on, when known: the OpenSSL build and security level its
   * settings were narrowed for (see {@link io.github.tlscompat.core.library.OpenSslBuild#narrow}).
   * Empty when unknown; the other settings then say everything the model uses.
   */
  public Optional<ServerLibrary> library() {
    return library;
  }

  /** Whether this server has {@code habit}. */
  public boolean has(ServerHabit habit) {
    return hasHabit[Preconditions.checkNotNull(habit, "habit").ordinal()];
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
    b.trustedIssuers = trustedIssuers;
    b.habits(habits);
    b.library = library;
    return b;
  }

  @Override public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof ServerPolicy)) return false;
    ServerPolicy that = (ServerPolicy) o;
    return id.equals(that.id) && name.equals(that.name) && versions.equals(that.versions)
        && cipherSuites.equals(that.cipherSuites) && serverPreference == that.serverPreference
        && groups.equals(that.groups) && signatureSchemes.equals(that.signatureSchemes)
        && certificates.equals(that.certificates) && dhBits == that.dhBits && requiresSni == that.requiresSni
        && fallbackCertificate.equals(that.fallbackCertificate)
        && requiresClientCertificate == that.requiresClientCertificate && trustedIssuers.equals(that.trustedIssuers)
        && habits.equals(that.habits)
        && library.equals(that.library);
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, versions, cipherSuites, serverPreference, groups, signatureSchemes, certificates,
        dhBits, requiresSni, fallbackCertificate, requiresClientCertificate, trustedIssuers, habits, library);
  }

  /**
   * The id and the human name, and the library when known, e.g.
   * {@code jdk-17-default (JDK 17 default)} or
   * {@code nginx (nginx server nginx, on OpenSSL 3.0 (Debian 12) at security level 2 (its default))}.
   */
  @Override public String toString() {
    return id + " (" + name + library.map(l -> ", on " + l).orElse("") + ")";
  }

  /**
   * Builds a {@link ServerPolicy}. Defaults: server preference on (what hardening guides and
   * SChannel do), {@link #DEFAULT_GROUPS}, any signature scheme, one
   * {@link CertificateSpec#RSA_2048_SHA256} certificate, a 2048-bit DH prime, SNI not required,
   * no client certificate required (and no trusted issuers modelled), and the {@linkplain ServerHabit#defaults() default habits}
   * (SSL 2.0-framed hellos accepted; supported_versions read, TLS 1.2 only when enabled, groups in
   * the order of the preferred suites, ECDSA schemes bound to their curve in TLS 1.3 only,
   * server_name checked before the version), and no known library.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    // Shared, immutable empty defaults: see ClientProfile.Builder.
    private static final ParameterSet<ProtocolVersion> NO_VERSIONS = ParameterSet.noneOf(ProtocolVersion.class);
    private static final PreferenceList<CipherSuite> NO_SUITES = PreferenceList.empty(CipherSuite.class);
    private static final PreferenceList<NamedGroup> NO_GROUPS = PreferenceList.empty(NamedGroup.class);
    private static final PreferenceList<SignatureScheme> NO_SCHEMES = PreferenceList.empty(SignatureScheme.class);

    private String id;
    private String name;
    private ParameterSet<ProtocolVersion> versions = NO_VERSIONS;
    private PreferenceList<CipherSuite> cipherSuites = NO_SUITES;
    private boolean serverPreference = true;
    private PreferenceList<NamedGroup> groups = NO_GROUPS;
    private PreferenceList<SignatureScheme> signatureSchemes = NO_SCHEMES;
    private List<CertificateSpec> certificates = List.of(CertificateSpec.RSA_2048_SHA256);
    private int dhBits = 2048;
    private boolean requiresSni;
    private Optional<CertificateSpec> fallbackCertificate = Optional.empty();
    private boolean requiresClientCertificate;
    private List<CertificateIssuer> trustedIssuers = List.of();
    private final EnumSet<ServerHabit> habits = EnumSet.noneOf(ServerHabit.class);
    private Optional<ServerLibrary> library = Optional.empty();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
      habits.addAll(ServerHabit.defaults());
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
      // A list, not a stream: the built-in catalog calls this per server in a JVM that has compiled nothing.
      List<CertificateSpec> all = new ArrayList<>(rest.length + 1);
      all.add(first);
      Collections.addAll(all, rest);
      this.certificates = all;
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

    /**
     * Sets the issuers whose client certificates the server trusts, in its order; empty: not
     * modelled.
     */
    public Builder trustedIssuers(List<CertificateIssuer> trustedIssuers) {
      this.trustedIssuers = List.copyOf(Preconditions.checkNotNull(trustedIssuers, "trustedIssuers"));
      return this;
    }

    /** Gives the server {@code habit} when {@code has} is true, takes it away otherwise. */
    public Builder habit(ServerHabit habit, boolean has) {
      Preconditions.checkNotNull(habit, "habit");
      if (has) {
        habits.add(habit);
      } else {
        habits.remove(habit);
      }
      return this;
    }

    /**
     * Sets the server's habits to exactly {@code habits}: a habit left out is one the server does
     * not have, even one that is on by {@linkplain ServerHabit#isDefault() default}.
     */
    public Builder habits(Set<ServerHabit> habits) {
      Preconditions.checkNotNull(habits, "habits");
      this.habits.clear();
      this.habits.addAll(habits);
      return this;
    }

    /** Sets the TLS library the server runs on. */
    public Builder library(ServerLibrary library) {
      this.library = Optional.of(Preconditions.checkNotNull(library, "library"));
      return this;
    }

    /** Sets the TLS library the server runs on, or none (unknown). */
    public Builder library(Optional<ServerLibrary> library) {
      this.library = Preconditions.checkNotNull(library, "library");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException if the id is blank, or no version, suite or certificate is set
     */
    public ServerPolicy build() {
      return new ServerPolicy(this);
    }
  }
}
