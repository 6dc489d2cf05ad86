package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Predicts the outcome of a handshake between a {@link ClientProfile} and a {@link ServerPolicy}:
 * a pure function, no I/O, safe to call from any thread.
 *
 * <p>The rules, in the order a real handshake applies them:
 * <ol>
 *   <li><b>Framing.</b> An SSL 2.0-framed hello reaches only servers that read it
 *       ({@link Reason#HELLO_FORMAT_REJECTED}); SSL 2.0 itself needs that framing.</li>
 *   <li><b>SNI.</b> A server that requires server_name refuses a client without it, unless it has a
 *       fallback certificate, which it then presents ({@link Reason#SNI_REQUIRED}).</li>
 *   <li><b>Version.</b> A client that sends supported_versions gets the newest version both enable
 *       (RFC 8446 4.2.1). Otherwise the server answers with its newest enabled version not above
 *       the client's (RFC 5246 E.1), and the client accepts it only if it supports it
 *       ({@link Reason#NO_SHARED_PROTOCOL_VERSION}).</li>
 *   <li><b>Suite.</b> Of the suites both enable for that version, in the server's order under
 *       server preference and the client's otherwise, the first that can run: the server holds a
 *       certificate its authentication needs (RSA, DSA or EC key; PSK, SRP, Kerberos and static DH
 *       credentials are not modelled and never run); (EC)DHE has a group both accept (RFC 8422 5.1;
 *       a client without supported_groups leaves the choice to the server, RFC 8422 4); and, in TLS
 *       1.2, the server can sign with a scheme the client lists, or with SHA-1 when the client sends
 *       no signature_algorithms (RFC 5246 7.4.1.4.1). When none can run, the reason is the last test
 *       the most promising suite passed.</li>
 *   <li><b>TLS 1.3.</b> The group is the first shared one in the preferred order; if the client sent
 *       no key share for it, a HelloRetryRequest is needed (RFC 8446 4.1.4). The CertificateVerify
 *       scheme must suit the certificate's key (and curve) and be one the client lists.</li>
 *   <li><b>The client's checks</b>, which a server cannot see coming: the certificate's signature
 *       hash, key size and wildcard name, then the DH prime size; last the server's demand for a
 *       client certificate.</li>
 * </ol>
 *
 * @since 0.1.0
 */
public final class Negotiator {
  /** RFC 5246 7.4.1.4.1: without signature_algorithms, the server signs with SHA-1. */
  private static final PreferenceList<SignatureScheme> TLS12_DEFAULT_SCHEMES = PreferenceList.of(
      SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.dsa_sha1, SignatureScheme.ecdsa_sha1);

  // The registry is closed, so the per-version and per-key filters are computed once: negotiate()
  // then only intersects bitsets, which is what keeps a 150 x 60 matrix in milliseconds.
  private static final ParameterSet<CipherSuite>[] SUITES_VALID_IN = byVersion(CipherSuite.class,
      (s, v) -> s.isValidIn(v));
  private static final ParameterSet<NamedGroup>[] ECDHE_GROUPS_VALID_IN = byVersion(NamedGroup.class,
      (g, v) -> g.isEcdhe() && g.isValidIn(v));
  private static final ParameterSet<NamedGroup> TLS13_GROUPS =
      ParameterSet.matching(NamedGroup.class, g -> g.isValidIn(ProtocolVersion.TLS_1_3));
  private static final ParameterSet<SignatureScheme> TLS12_SCHEMES =
      ParameterSet.matching(SignatureScheme.class, SignatureScheme::usableInTls12);
  private static final ParameterSet<SignatureScheme> TLS13_SCHEMES =
      ParameterSet.matching(SignatureScheme.class, SignatureScheme::usableInTls13Handshake);

  private Negotiator() {}

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> ParameterSet<E>[] byVersion(Class<E> type,
      java.util.function.BiPredicate<E, ProtocolVersion> valid) {
    ProtocolVersion[] versions = ProtocolVersion.values();
    ParameterSet<E>[] sets = new ParameterSet[versions.length];
    for (ProtocolVersion v : versions) sets[v.ordinal()] = ParameterSet.matching(type, e -> valid.test(e, v));
    return sets;
  }

  /** Predicts what {@code client} and {@code server} agree on, or why they do not. */
  public static Negotiation negotiate(ClientProfile client, ServerPolicy server) {
    if (client.helloFormat() == HelloFormat.SSL2_COMPATIBLE && !server.acceptsSsl2CompatibleHello()) {
      return new Refused(Reason.HELLO_FORMAT_REJECTED, client.id() + " frames its hello as SSL 2.0; "
          + server.id() + " reads only TLS records", Stage.CLIENT_HELLO);
    }
    List<CertificateSpec> certificates = server.certificates();
    if (server.requiresSni() && !client.sendsSni()) {
      if (server.fallbackCertificate().isEmpty()) {
        return new Refused(Reason.SNI_REQUIRED, server.id() + " requires server_name (SNI) and has no fallback "
            + "certificate; " + client.id() + " sends no server_name", Stage.CLIENT_HELLO);
      }
      certificates = List.of(server.fallbackCertificate().get());
    }

    ParameterSet<ProtocolVersion> clientVersions = client.helloFormat() == HelloFormat.SSL2_COMPATIBLE
        ? client.versions() : client.versions().without(ProtocolVersion.SSL_2_0);
    Optional<ProtocolVersion> chosen = selectVersion(client, clientVersions, server);
    if (chosen.isEmpty() || !clientVersions.contains(chosen.get())) {
      return new Refused(Reason.NO_SHARED_PROTOCOL_VERSION, "client offers " + range(clientVersions)
          + ", server enables " + range(server.versions()), chosen.isEmpty() ? Stage.CLIENT_HELLO : Stage.SERVER_HELLO);
    }
    ProtocolVersion version = chosen.get();

    Choice choice = version == ProtocolVersion.TLS_1_3
        ? chooseTls13(client, server, certificates) : chooseTls12(client, server, certificates, version);
    if (choice.refusal != null) return choice.refusal;
    return clientChecks(client, server, version, choice);
  }

  private static Optional<ProtocolVersion> selectVersion(ClientProfile client, ParameterSet<ProtocolVersion> clientVersions,
      ServerPolicy server) {
    if (client.sendsSupportedVersions()) {
      ProtocolVersion best = null;
      for (ProtocolVersion v : clientVersions.intersect(server.versions())) best = v;
      return Optional.ofNullable(best);
    }
    ProtocolVersion clientMax = null;
    for (ProtocolVersion v : clientVersions) clientMax = v;
    ProtocolVersion best = null;
    for (ProtocolVersion v : server.versions()) {
      if (!v.isAtLeast(ProtocolVersion.TLS_1_3) && !clientMax.isOlderThan(v)) best = v;
    }
    // SSL 2.0 has no version negotiation with SSL 3.0+: it is used only when nothing newer is common.
    if (best == ProtocolVersion.SSL_2_0 && !clientVersions.contains(ProtocolVersion.SSL_2_0)) best = null;
    return Optional.ofNullable(best);
  }

  /** The outcome of suite selection: a suite with what it needs, or a refusal. */
  private record Choice(CipherSuite suite, CertificateSpec certificate, Optional<NamedGroup> group,
      Optional<SignatureScheme> scheme, boolean helloRetryRequest, Refused refusal) {
    static Choice refused(Reason reason, String detail) {
      return new Choice(null, null, Optional.empty(), Optional.empty(), false,
          new Refused(reason, detail, Stage.CLIENT_HELLO));
    }
  }

  private static PreferenceList<CipherSuite> sharedSuites(ClientProfile client, ServerPolicy server, ProtocolVersion version) {
    ParameterSet<CipherSuite> valid = SUITES_VALID_IN[version.ordinal()];
    PreferenceList<CipherSuite> ours = server.cipherSuites().retainAll(valid);
    PreferenceList<CipherSuite> theirs = client.cipherSuites().retainAll(valid);
    return server.serverPreference() ? ours.retainAll(theirs.asSet()) : theirs.retainAll(ours.asSet());
  }

  private static Choice chooseTls12(ClientProfile client, ServerPolicy server, List<CertificateSpec> certificates,
      ProtocolVersion version) {
    PreferenceList<CipherSuite> shared = sharedSuites(client, server, version);
    if (shared.isEmpty()) return noSharedSuite(client, server, version);
    Reason furthest = Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE;
    for (CipherSuite suite : shared) {
      Optional<CertificateSpec> certificate = certificateFor(suite, certificates);
      if (certificate.isEmpty()) continue;
      Optional<NamedGroup> group = Optional.empty();
      if (suite.keyExchange().agreement() == Agreement.ECDHE) {
        group = tls12Group(client, server, version);
        if (group.isEmpty()) {
          furthest = later(furthest, Reason.NO_SHARED_GROUP);
          continue;
        }
      }
      Optional<SignatureScheme> scheme = Optional.empty();
      if (version == ProtocolVersion.TLS_1_2 && signsKeyExchange(suite)) {
        scheme = tls12Scheme(client, server, certificate.get());
        if (scheme.isEmpty()) {
          furthest = later(furthest, Reason.NO_SHARED_SIGNATURE_SCHEME);
          continue;
        }
      }
      return new Choice(suite, certificate.get(), group, scheme, false, null);
    }
    return Choice.refused(furthest, explain(furthest, client, server, version, shared, certificates));
  }

  private static Choice chooseTls13(ClientProfile client, ServerPolicy server, List<CertificateSpec> certificates) {
    PreferenceList<CipherSuite> shared = sharedSuites(client, server, ProtocolVersion.TLS_1_3);
    if (shared.isEmpty()) return noSharedSuite(client, server, ProtocolVersion.TLS_1_3);
    PreferenceList<NamedGroup> serverGroups = server.effectiveGroups();
    PreferenceList<NamedGroup> groups = (server.serverPreference()
        ? serverGroups.retainAll(client.groups().asSet()) : client.groups().retainAll(serverGroups.asSet()))
        .retainAll(TLS13_GROUPS);
    if (groups.isEmpty()) {
      return Choice.refused(Reason.NO_SHARED_GROUP, "client offers groups " + client.groups()
          + " for TLSv1.3, server accepts " + serverGroups);
    }
    // A server that prefers its own order still takes a key share the client already sent for an
    // acceptable group rather than pay a round trip (OpenSSL, BoringSSL, SChannel all do).
    Optional<NamedGroup> withShare = server.serverPreference()
        ? groups.firstIn(client.keyShares().asSet()) : client.keyShares().firstIn(groups.asSet());
    NamedGroup group = withShare.orElse(groups.get(0));
    for (CertificateSpec certificate : certificates) {
      Optional<SignatureScheme> scheme = tls13Scheme(client, server, certificate);
      if (scheme.isPresent()) {
        return new Choice(shared.get(0), certificate, Optional.of(group), scheme, withShare.isEmpty(), null);
      }
    }
    return Choice.refused(Reason.NO_SHARED_SIGNATURE_SCHEME, "client accepts " + client.signatureAlgorithms()
        + " for TLSv1.3 CertificateVerify; server holds " + certificates);
  }

  private static Negotiation clientChecks(ClientProfile client, ServerPolicy server, ProtocolVersion version, Choice c) {
    CipherSuite suite = c.suite;
    CertificateSpec cert = c.certificate;
    if (!suite.isAnonymous()) {
      if (!client.limits().acceptsCertificateHash(cert.signatureHash())) {
        return new Refused(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED, client.id() + " cannot verify a certificate signed with "
            + cert.signatureHash() + "; it accepts " + client.limits().certificateSignatureHashes(), Stage.CERTIFICATE);
      }
      String keyProblem = keyProblem(client, cert);
      if (keyProblem != null) return new Refused(Reason.CERTIFICATE_KEY_UNSUPPORTED, keyProblem, Stage.CERTIFICATE);
      if (cert.wildcard() && !client.limits().acceptsWildcardCertificates()) {
        return new Refused(Reason.WILDCARD_CERTIFICATE_UNSUPPORTED, client.id() + " does not accept wildcard certificates; "
            + server.id() + " presents " + cert, Stage.CERTIFICATE);
      }
    }
    OptionalInt dhBits = OptionalInt.empty();
    if (suite.keyExchange().agreement() == Agreement.DHE && version != ProtocolVersion.TLS_1_3) {
      dhBits = OptionalInt.of(server.dhBits());
      if (!client.limits().acceptsDhBits(server.dhBits())) {
        return new Refused(Reason.DH_PARAMETERS_REJECTED, client.id() + " accepts DH primes of " + client.limits().minDhBits()
            + ".." + (client.limits().maxDhBits() == 0 ? "any" : client.limits().maxDhBits()) + " bits; " + server.id()
            + " sends " + server.dhBits(), Stage.SERVER_KEY_EXCHANGE);
      }
    }
    if (server.requiresClientCertificate() && client.clientCertificate().isEmpty()) {
      return new Refused(Reason.CLIENT_CERTIFICATE_REQUIRED, server.id() + " requires a client certificate; "
          + client.id() + " has none", Stage.CLIENT_CERTIFICATE);
    }
    return new Connected(version, suite, c.group, dhBits, c.scheme, cert, c.helloRetryRequest, warnings(version, suite));
  }

  private static Choice noSharedSuite(ClientProfile client, ServerPolicy server, ProtocolVersion version) {
    ParameterSet<CipherSuite> valid = SUITES_VALID_IN[version.ordinal()];
    return Choice.refused(Reason.NO_SHARED_CIPHER_SUITE, "for " + version.displayName() + " client offers "
        + client.cipherSuites().retainAll(valid) + ", server enables " + server.cipherSuites().retainAll(valid));
  }

  private static String explain(Reason reason, ClientProfile client, ServerPolicy server, ProtocolVersion version,
      PreferenceList<CipherSuite> shared, List<CertificateSpec> certificates) {
    return switch (reason) {
      case NO_SHARED_GROUP -> "every shared suite needs ECDHE; client offers groups " + client.groups()
          + ", server accepts " + server.effectiveGroups();
      case NO_SHARED_SIGNATURE_SCHEME -> "client accepts " + (client.signatureAlgorithms().isEmpty()
          ? "only SHA-1 signatures (no signature_algorithms)" : client.signatureAlgorithms().toString())
          + "; server can sign with its certificates " + certificates;
      default -> "suites shared for " + version.displayName() + " are " + shared
          + ", but none can run with the server's certificates " + certificates;
    };
  }

  /** The reason of the suite that got furthest: the constants are declared in handshake order. */
  private static Reason later(Reason a, Reason b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private static Optional<CertificateSpec> certificateFor(CipherSuite suite, List<CertificateSpec> certificates) {
    Optional<KeyType> needed = switch (suite.authentication()) {
      case anon -> Optional.empty();
      case RSA -> suite.keyExchange().agreement() == Agreement.ECDH ? Optional.of(KeyType.EC) : Optional.of(KeyType.RSA);
      case DSS -> Optional.of(KeyType.DSA);
      case ECDSA -> Optional.of(KeyType.EC);
      default -> null; // PSK, SRP, Kerberos, ECCPWD, GOST: credentials this model does not hold
    };
    if (needed == null) return Optional.empty();
    if (suite.keyExchange().agreement() == Agreement.DH || suite.keyExchange().isPsk()) return Optional.empty();
    for (CertificateSpec c : certificates) {
      if (needed.isEmpty() || c.keyType() == needed.get()) return Optional.of(c);
    }
    return Optional.empty();
  }

  private static boolean signsKeyExchange(CipherSuite suite) {
    Agreement a = suite.keyExchange().agreement();
    return (a == Agreement.DHE || a == Agreement.ECDHE || a == Agreement.SRP) && !suite.isAnonymous();
  }

  private static Optional<NamedGroup> tls12Group(ClientProfile client, ServerPolicy server, ProtocolVersion version) {
    ParameterSet<NamedGroup> ecdhe = ECDHE_GROUPS_VALID_IN[version.ordinal()];
    PreferenceList<NamedGroup> serverGroups = server.effectiveGroups().retainAll(ecdhe);
    if (client.groups().isEmpty()) return serverGroups.isEmpty() ? Optional.empty() : Optional.of(serverGroups.get(0));
    return server.serverPreference() ? serverGroups.firstIn(client.groups().asSet())
        : client.groups().retainAll(ecdhe).firstIn(serverGroups.asSet());
  }

  private static Optional<SignatureScheme> tls12Scheme(ClientProfile client, ServerPolicy server, CertificateSpec cert) {
    PreferenceList<SignatureScheme> offered = client.signatureAlgorithms().isEmpty()
        ? TLS12_DEFAULT_SCHEMES : client.signatureAlgorithms();
    ParameterSet<SignatureScheme> usable = usable(TLS12_SCHEMES, server, cert, false);
    return server.serverPreference() && !server.signatureSchemes().isEmpty()
        ? server.signatureSchemes().firstIn(offered.asSet().intersect(usable)) : offered.firstIn(usable);
  }

  private static Optional<SignatureScheme> tls13Scheme(ClientProfile client, ServerPolicy server, CertificateSpec cert) {
    ParameterSet<SignatureScheme> usable = usable(TLS13_SCHEMES, server, cert, true);
    return client.signatureAlgorithms().firstIn(usable);
  }

  private static ParameterSet<SignatureScheme> usable(ParameterSet<SignatureScheme> forVersion, ServerPolicy server,
      CertificateSpec cert, boolean tls13) {
    ParameterSet<SignatureScheme> candidates = server.signatureSchemes().isEmpty()
        ? forVersion : forVersion.intersect(server.signatureSchemes().asSet());
    return candidates.filter(s -> canSign(cert, s, tls13));
  }

  /** Whether a certificate's key can make signatures of this scheme; TLS 1.3 ECDSA schemes fix the curve. */
  private static boolean canSign(CertificateSpec cert, SignatureScheme scheme, boolean tls13) {
    KeyType key = scheme.keyType();
    if (cert.keyType() == KeyType.RSA && key == KeyType.RSA) return true;
    if (key != cert.keyType()) return false;
    if (key == KeyType.EC && tls13) {
      String n = scheme.name();
      return n.contains("secp" + cert.keyBits()) || (cert.keyBits() == 521 && n.contains("secp521"));
    }
    return true;
  }

  private static String keyProblem(ClientProfile client, CertificateSpec cert) {
    var limits = client.limits();
    if (cert.keyType() == KeyType.RSA) {
      if (cert.keyBits() < limits.minRsaBits() || limits.maxRsaBits() > 0 && cert.keyBits() > limits.maxRsaBits()) {
        return client.id() + " accepts RSA keys of " + limits.minRsaBits() + ".." + (limits.maxRsaBits() == 0 ? "any"
            : limits.maxRsaBits()) + " bits; the certificate has " + cert.keyBits();
      }
    } else if (cert.keyType() == KeyType.EC && cert.keyBits() < limits.minEcdsaBits()) {
      return client.id() + " accepts ECDSA keys of at least " + limits.minEcdsaBits() + " bits; the certificate has "
          + cert.keyBits();
    }
    return null;
  }

  private static List<String> warnings(ProtocolVersion version, CipherSuite suite) {
    List<String> warnings = new ArrayList<>(2);
    switch (version) {
      case SSL_2_0 -> warnings.add("negotiated SSLv2, prohibited by RFC 6176");
      case SSL_3_0 -> warnings.add("negotiated SSLv3, deprecated by RFC 7568");
      case TLS_1_0, TLS_1_1 -> warnings.add("negotiated " + version.displayName() + ", deprecated by RFC 8996");
      default -> { }
    }
    if (suite.grade().compareTo(SecurityGrade.SECURE) < 0) {
      warnings.add("negotiated a suite graded " + suite.grade().name().toLowerCase(Locale.ROOT) + ": " + suite);
    }
    return warnings;
  }

  /** "SSLv3..TLSv1.0", "TLSv1.2 only", or a list when there are gaps. */
  static String range(ParameterSet<ProtocolVersion> versions) {
    List<ProtocolVersion> list = List.copyOf(versions);
    if (list.size() == 1) return list.get(0).displayName() + " only";
    boolean contiguous = list.get(list.size() - 1).ordinal() - list.get(0).ordinal() == list.size() - 1;
    if (contiguous) return list.get(0).displayName() + ".." + list.get(list.size() - 1).displayName();
    return String.join(", ", list.stream().map(ProtocolVersion::displayName).toList());
  }
}
