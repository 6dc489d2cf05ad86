package io.github.tlscompat.core.remedy;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.library.SecurityLevel;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One change an administrator makes to a server policy, as {@link Remedy#find} proposes it: a value
 * a tool can apply ({@link #applyTo}), compare (records: equal when they change the same thing)
 * and switch over, and a sentence for a person ({@link #describe}).
 *
 * <p>Switch over the kinds; never parse {@link #describe()}:
 * <pre>{@code
 * switch (change) {
 *   case PolicyChange.EnableVersion e -> ...;   // e.version()
 *   ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface PolicyChange {

  /**
   * The policy with this change made; the rest of it as it was.
   *
   * @throws IllegalArgumentException if the change needs something the policy lacks (a
   *     certificate to replace that it does not hold)
   */
  ServerPolicy applyTo(ServerPolicy policy);

  /** The change for a person, one phrase, e.g. {@code enable TLSv1.0}. */
  String describe();

  /**
   * Enable a protocol version the server has disabled.
   *
   * @param version the version to enable
   * @since 0.1.0
   */
  record EnableVersion(ProtocolVersion version) implements PolicyChange {
    /** Validates the component. */
    public EnableVersion {
      Preconditions.checkNotNull(version, "version");
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      return policy.toBuilder().versions(policy.versions().with(version)).build();
    }

    /** For example {@code enable TLSv1.0}. */
    @Override public String describe() {
      return "enable " + version.displayName();
    }
  }

  /**
   * Add a cipher suite to the end of the server's list, so that it is chosen only when nothing the
   * server prefers is shared.
   *
   * @param suite the suite to add
   * @since 0.1.0
   */
  record AddCipherSuite(CipherSuite suite) implements PolicyChange {
    /** Validates the component. */
    public AddCipherSuite {
      Preconditions.checkNotNull(suite, "suite");
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      return policy.toBuilder().cipherSuites(policy.cipherSuites().append(suite)).build();
    }

    /** For example {@code add TLS_RSA_WITH_3DES_EDE_CBC_SHA}. */
    @Override public String describe() {
      return "add " + suite;
    }
  }

  /**
   * Give a server that requires server_name a certificate for clients that send none.
   *
   * @param certificate the certificate those clients get
   * @since 0.1.0
   */
  record AddFallbackCertificate(CertificateSpec certificate) implements PolicyChange {
    /** Validates the component. */
    public AddFallbackCertificate {
      Preconditions.checkNotNull(certificate, "certificate");
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      return policy.toBuilder().fallbackCertificate(certificate).build();
    }

    /** {@code add a fallback certificate for clients without SNI}. */
    @Override public String describe() {
      return "add a fallback certificate for clients without SNI";
    }
  }

  /**
   * Add a certificate next to the server's others, e.g. an RSA one for clients whose suites need
   * RSA.
   *
   * @param certificate the certificate to add
   * @since 0.1.0
   */
  record AddCertificate(CertificateSpec certificate) implements PolicyChange {
    /** Validates the component. */
    public AddCertificate {
      Preconditions.checkNotNull(certificate, "certificate");
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      List<CertificateSpec> certs = new ArrayList<>(policy.certificates());
      certs.add(certificate);
      return withCertificates(policy, certs);
    }

    /** For example {@code add an RSA 2048-bit certificate} or {@code add an ECDSA P-256 certificate}. */
    @Override public String describe() {
      return "add " + article(certificate) + " certificate";
    }
  }

  /**
   * Present another certificate in place of one the client cannot accept: signed with another
   * hash, a smaller key, or the host's own name instead of a wildcard.
   *
   * @param current the certificate the server presents now (one of its certificates, or its
   *     fallback certificate)
   * @param replacement the certificate to present instead
   * @since 0.1.0
   */
  record ReplaceCertificate(CertificateSpec current, CertificateSpec replacement) implements PolicyChange {
    /** Validates the components. */
    public ReplaceCertificate {
      Preconditions.checkNotNull(current, "current");
      Preconditions.checkNotNull(replacement, "replacement");
      Preconditions.checkArgument(!current.equals(replacement), () -> "a replacement differs from " + current);
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      if (policy.fallbackCertificate().filter(current::equals).isPresent()) {
        return policy.toBuilder().fallbackCertificate(replacement).build();
      }
      Preconditions.checkArgument(policy.certificates().contains(current),
          () -> "policy " + policy.id() + " has no certificate " + current + " to replace; it has "
              + policy.certificates());
      return withCertificates(policy, policy.certificates().stream().map(c -> c.equals(current) ? replacement : c).toList());
    }

    /**
     * What the replacement does differently, e.g. {@code present a certificate issued by 'CN=Contoso
     * Root CA' (the client does not trust 'CN=Fabrikam CA')}, {@code present a certificate signed
     * with SHA1 (the client cannot verify SHA256)}, {@code present a certificate with the host's own
     * name, not a wildcard} or {@code present an RSA 2048-bit certificate}.
     */
    @Override public String describe() {
      if (replacement.issuer().isPresent() && !replacement.issuer().equals(current.issuer())) {
        return "present a certificate issued by '" + replacement.issuer().get() + "'"
            + current.issuer().map(i -> " (the client does not trust '" + i + "')").orElse("");
      }
      if (replacement.signatureHash() != current.signatureHash()) {
        return "present a certificate signed with " + replacement.signatureHash() + " (the client cannot verify "
            + current.signatureHash() + ")";
      }
      if (current.wildcard() && !replacement.wildcard()) {
        return "present a certificate with the host's own name, not a wildcard";
      }
      return "present " + article(replacement) + " certificate";
    }
  }

  /**
   * Use Diffie-Hellman parameters of another size for the classic DHE suites.
   *
   * @param bits the size of the DH prime
   * @since 0.1.0
   */
  record UseDhParameters(int bits) implements PolicyChange {
    /** Validates the component. */
    public UseDhParameters {
      Preconditions.checkArgument(bits > 0, () -> "DH prime size must be positive, was " + bits);
    }

    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      return policy.toBuilder().dhBits(bits).build();
    }

    /** For example {@code use 1024-bit DH parameters}. */
    @Override public String describe() {
      return "use " + bits + "-bit DH parameters";
    }
  }

  /**
   * Stop requiring a client certificate.
   *
   * @since 0.1.0
   */
  record StopRequiringClientCertificate() implements PolicyChange {
    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      return policy.toBuilder().requiresClientCertificate(false).build();
    }

    /** {@code stop requiring a client certificate}. */
    @Override public String describe() {
      return "stop requiring a client certificate";
    }
  }

  /**
   * Trust client certificates from one more issuer: add it to the server's trusted issuers, and so
   * to the {@code certificate_authorities} of its CertificateRequest. The remedy for
   * {@link io.github.tlscompat.core.negotiation.Refused.Reason#CLIENT_CERTIFICATE_ISSUER_UNTRUSTED};
   * in products, importing the issuing CA's certificate into the store the server verifies client
   * certificates against.
   *
   * @param issuer the issuer to trust
   * @since 0.1.0
   */
  record TrustClientCertificateIssuer(CertificateIssuer issuer) implements PolicyChange {
    /** Validates the component. */
    public TrustClientCertificateIssuer {
      Preconditions.checkNotNull(issuer, "issuer");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the policy already trusts {@link #issuer()}
     */
    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      Preconditions.checkArgument(!issuer.isAmong(policy.trustedIssuers()),
          () -> "policy " + policy.id() + " already trusts client certificates issued by '" + issuer + "'");
      List<CertificateIssuer> trusted = new ArrayList<>(policy.trustedIssuers());
      trusted.add(issuer);
      return policy.toBuilder().trustedIssuers(trusted).build();
    }

    /** For example {@code trust client certificates issued by 'CN=Contoso Issuing CA'}. */
    @Override public String describe() {
      return "trust client certificates issued by '" + issuer + "'";
    }
  }

  /**
   * Run the server's OpenSSL at a lower security level ({@code @SECLEVEL=n} in its cipher string,
   * or {@code CipherString} in {@code openssl.cnf}), so that it signs with hashes the current level
   * forbids: the remedy for {@link io.github.tlscompat.core.negotiation.Refused.Reason#SIGNATURE_FORBIDDEN_BY_LIBRARY}.
   * Only the library's signature rules change: the policy's suites, groups and certificates stay
   * those it was imported with.
   *
   * @param level the level to run at
   * @since 0.1.0
   */
  record LowerSecurityLevel(SecurityLevel level) implements PolicyChange {
    /** Validates the component. */
    public LowerSecurityLevel {
      Preconditions.checkNotNull(level, "level");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the policy names no OpenSSL library, or one already at or
     *     below {@link #level()}
     */
    @Override public ServerPolicy applyTo(ServerPolicy policy) {
      ServerLibrary library = policy.library().filter(l -> l.openSsl().isPresent()).orElseThrow(() ->
          new IllegalArgumentException("policy " + policy.id() + " names no OpenSSL library whose level could be"
              + " lowered"));
      Preconditions.checkArgument(library.effectiveSecurityLevel().orElseThrow().compareTo(level) > 0,
          () -> "policy " + policy.id() + " runs " + library + ", not above security level " + level.level());
      return policy.toBuilder().library(new ServerLibrary(library.build(), Optional.of(level))).build();
    }

    /** For example {@code lower the OpenSSL security level to 0 (@SECLEVEL=0)}. */
    @Override public String describe() {
      return "lower the OpenSSL security level to " + level.level() + " (" + level + ")";
    }
  }

  private static ServerPolicy withCertificates(ServerPolicy policy, List<CertificateSpec> certs) {
    return policy.toBuilder().certificates(certs.get(0), certs.subList(1, certs.size()).toArray(CertificateSpec[]::new))
        .build();
  }

  /** "an RSA 2048-bit", "an ECDSA P-256", "a dsa:1024:sha1". */
  private static String article(CertificateSpec c) {
    if (c.keyType() == KeyType.RSA) return "an RSA " + c.keyBits() + "-bit";
    if (c.keyType() == KeyType.EC) return "an ECDSA P-" + c.keyBits();
    return "a " + c;
  }
}
