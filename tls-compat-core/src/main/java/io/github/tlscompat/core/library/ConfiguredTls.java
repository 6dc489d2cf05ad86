package io.github.tlscompat.core.library;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a server configuration names, before the TLS library has its say: the input of
 * {@link OpenSslBuild#narrow}. An importer fills it from {@code ssl_protocols},
 * {@code ssl_ciphers}, {@code ssl_ecdh_curve}, {@code ssl_certificate}, {@code ssl_dhparam} and
 * their Apache httpd and {@code openssl s_server} equivalents.
 *
 * @param versions the versions the configuration enables, or empty for the library's default (every
 *     version the build has)
 * @param cipherString the OpenSSL cipher string, or empty for the library's {@code DEFAULT}
 * @param tls13Suites the TLS 1.3 ciphersuites list ({@code -ciphersuites}), or empty for the
 *     library's default
 * @param groups the groups the configuration names, in its order, or empty for the library's
 *     default
 * @param signatureSchemes the signature schemes it names, or empty for the library's default
 * @param certificates the certificates it loads
 * @param dhBits the prime size of the DH parameters it loads, or empty when it loads none
 * @param securityLevel the level set outside the cipher string ({@code openssl.cnf},
 *     {@code SSL_CTX_set_security_level}), or empty for the build's default; a
 *     {@code @SECLEVEL=n} in the cipher string is applied after it and wins
 * @since 0.1.0
 */
public record ConfiguredTls(ParameterSet<ProtocolVersion> versions, Optional<String> cipherString,
    Optional<String> tls13Suites, PreferenceList<NamedGroup> groups,
    PreferenceList<SignatureScheme> signatureSchemes, List<CertificateSpec> certificates,
    OptionalInt dhBits, Optional<SecurityLevel> securityLevel) {

  /** Validates the components and copies the certificate list. */
  public ConfiguredTls {
    Preconditions.checkNotNull(versions, "versions");
    Preconditions.checkNotNull(cipherString, "cipherString");
    Preconditions.checkNotNull(tls13Suites, "tls13Suites");
    Preconditions.checkNotNull(groups, "groups");
    Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
    certificates = List.copyOf(Preconditions.checkNotNull(certificates, "certificates"));
    Preconditions.checkNotNull(dhBits, "dhBits");
    dhBits.ifPresent(bits -> Preconditions.checkArgument(bits > 0, () -> "dhBits must be positive, was " + bits));
    Preconditions.checkNotNull(securityLevel, "securityLevel");
  }

  /** A builder with nothing configured: the library's defaults, no certificate. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConfiguredTls}; every setting starts as "the library's default". */
  public static final class Builder {
    private ParameterSet<ProtocolVersion> versions = ParameterSet.noneOf(ProtocolVersion.class);
    private Optional<String> cipherString = Optional.empty();
    private Optional<String> tls13Suites = Optional.empty();
    private PreferenceList<NamedGroup> groups = PreferenceList.empty(NamedGroup.class);
    private PreferenceList<SignatureScheme> signatureSchemes = PreferenceList.empty(SignatureScheme.class);
    private List<CertificateSpec> certificates = List.of();
    private OptionalInt dhBits = OptionalInt.empty();
    private Optional<SecurityLevel> securityLevel = Optional.empty();

    private Builder() {}

    /** The enabled versions, e.g. {@code ParameterSet.of(TLS_1_0, TLS_1_1, TLS_1_2)}. */
    public Builder versions(ParameterSet<ProtocolVersion> versions) {
      this.versions = Preconditions.checkNotNull(versions, "versions");
      return this;
    }

    /** The cipher string as written, e.g. {@code HIGH:!aNULL:!MD5}. */
    public Builder cipherString(String cipherString) {
      this.cipherString = Optional.of(Preconditions.checkNotNull(cipherString, "cipherString"));
      return this;
    }

    /** The TLS 1.3 ciphersuites list as written, e.g. {@code TLS_AES_256_GCM_SHA384}. */
    public Builder tls13Suites(String tls13Suites) {
      this.tls13Suites = Optional.of(Preconditions.checkNotNull(tls13Suites, "tls13Suites"));
      return this;
    }

    /** The configured groups, in order. */
    public Builder groups(PreferenceList<NamedGroup> groups) {
      this.groups = Preconditions.checkNotNull(groups, "groups");
      return this;
    }

    /** The configured signature schemes, in order. */
    public Builder signatureSchemes(PreferenceList<SignatureScheme> signatureSchemes) {
      this.signatureSchemes = Preconditions.checkNotNull(signatureSchemes, "signatureSchemes");
      return this;
    }

    /** The loaded certificates. */
    public Builder certificates(CertificateSpec... certificates) {
      this.certificates = List.of(certificates);
      return this;
    }

    /** The prime size of the loaded DH parameters, e.g. 1024. */
    public Builder dhBits(int dhBits) {
      this.dhBits = OptionalInt.of(dhBits);
      return this;
    }

    /** The security level set outside the cipher string. */
    public Builder securityLevel(SecurityLevel securityLevel) {
      this.securityLevel = Optional.of(Preconditions.checkNotNull(securityLevel, "securityLevel"));
      return this;
    }

    /** The configuration. */
    public ConfiguredTls build() {
      return new ConfiguredTls(versions, cipherString, tls13Suites, groups, signatureSchemes, certificates,
          dhBits, securityLevel);
    }
  }
}
