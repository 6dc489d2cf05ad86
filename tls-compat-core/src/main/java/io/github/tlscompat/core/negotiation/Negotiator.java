package io.github.tlscompat.core.negotiation;

import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Predicts the outcome of a handshake between a {@link ClientProfile} and a {@link ServerPolicy}:
 * a pure function, no I/O, safe to call from any thread.
 *
 * <p>The rules, in the order a real handshake applies them:
 * <ol>
 *   <li><b>Framing.</b> An SSL 2.0-framed hello reaches only servers that read it
 *       ({@link Reason#HELLO_FORMAT_REJECTED}); SSL 2.0 itself needs that framing.</li>
 *   <li><b>SNI.</b> A server that requires server_name refuses a client without it, unless it has a
 *       fallback certificate, which it then presents ({@link Reason#SNI_REQUIRED}). A server with the habit
 *       {@link ServerHabit#CHECKS_SNI_AFTER_VERSION} refuses a client with no version in common
 *       for that first.</li>
 *   <li><b>Version.</b> A client that sends supported_versions gets the newest version both enable
 *       (RFC 8446 4.2.1), unless the server enables no TLS 1.3 and ignores the extension then
 *       ({@link ServerHabit#IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13}). Otherwise the server answers
 *       with its newest enabled version not above the client's (RFC 5246 E.1; beside TLS 1.3, TLS
 *       1.2 counts as enabled for a server with {@link ServerHabit#NEGOTIATES_TLS12_FOR_LEGACY_HELLOS}),
 *       and the client accepts it only if it supports it
 *       ({@link Reason#NO_SHARED_PROTOCOL_VERSION} at the ServerHello). The server learns that only
 *       from the client's refusal of its hello, so it first chooses a suite for that version as
 *       below, and refuses at the ClientHello for its own reason when it finds none.</li>
 *   <li><b>Suite.</b> Of the suites both enable for that version, in the server's order under
 *       server preference and the client's otherwise, the first that can run: the server holds a
 *       certificate its authentication needs (RSA, DSA or EC key; PSK, SRP, Kerberos and static DH
 *       credentials are not modelled and never run); (EC)DHE has a group both accept (RFC 8422 5.1;
 *       a client without supported_groups leaves the choice to the server, RFC 8422 4; a client that
 *       lists FFDHE groups gets one of them for DHE or no DHE suite, RFC 7919 4, and otherwise DHE
 *       uses the server's own {@code dhBits} prime); and, in TLS
 *       1.2, the server can sign with a scheme the client lists, or with SHA-1 when the client sends
 *       no signature_algorithms (RFC 5246 7.4.1.4.1). Where the policy names its TLS library
 *       ({@link ServerPolicy#library()}), that library's signature rules apply too: it signs only
 *       with schemes its security level permits ({@link ServerLibrary#permitsSignatureScheme}), and
 *       OpenSSL needs a signature for every suite authenticated by a certificate, RSA key exchange
 *       included ({@link ServerLibrary#signsForEveryCertificateSuite}), before TLS 1.2 the MD5+SHA-1
 *       (RSA) or SHA-1 one ({@link ServerLibrary#signatureRefusal}); a suite that fails only by these
 *       rules fails for {@link Reason#SIGNATURE_FORBIDDEN_BY_LIBRARY}, ranked with
 *       {@link Reason#NO_SHARED_SIGNATURE_SCHEME}. When none can run, the refusal names the test
 *       that the suite which got furthest failed, the tests running in the order just given:
 *       {@link Reason#NO_SHARED_SIGNATURE_SCHEME} outranks {@link Reason#NO_SHARED_GROUP}, which
 *       outranks {@link Reason#NO_CIPHER_SUITE_FOR_CERTIFICATE}, whatever order the suites come in
 *       (and whatever order {@link Reason} declares its constants in).</li>
 *   <li>A server with {@link ServerHabit#PICKS_LEGACY_SUITES_LAST} tries the legacy suites
 *       (NULL, anonymous, RC4, DES, 3DES) of that order only after all the others.</li>
 *   <li><b>Groups</b> follow the suite preference, unless the server has the habit
 *       {@link ServerHabit#ORDERS_GROUPS_BY_CLIENT}; an ECDSA scheme naming a curve fits only that
 *       curve in TLS 1.3, and in TLS 1.2 for a server with
 *       {@link ServerHabit#BINDS_ECDSA_SCHEMES_TO_CURVE}.</li>
 *   <li><b>TLS 1.3.</b> The group is the first shared one in the preferred order that the client
 *       sent a key share for, else the first shared one, and then a HelloRetryRequest is needed
 *       (RFC 8446 4.1.4); a server that {@link ServerHabit#RETRIES_FOR_PREFERRED_GROUP} always takes
 *       the first shared one. The CertificateVerify
 *       scheme must suit the certificate's key (and curve) and be one the client lists.</li>
 *   <li><b>The client's checks</b>, which a server cannot see coming: the certificate's issuer
 *       against the client's trusted issuers ({@link Reason#CERTIFICATE_ISSUER_UNTRUSTED}, where
 *       both are modelled), its signature hash, key size and wildcard name, then the size of a DH
 *       prime the server chose itself (an RFC 7919 group the client listed is one it accepts,
 *       whatever limit it puts on other primes).</li>
 *   <li><b>The server's check of the client</b>, last: a server that requires a client
 *       certificate refuses a client without one ({@link Reason#CLIENT_CERTIFICATE_REQUIRED}), then
 *       one whose certificate's issuer is none of its trusted issuers
 *       ({@link Reason#CLIENT_CERTIFICATE_ISSUER_UNTRUSTED}, where both are modelled).</li>
 * </ol>
 *
 * <p>{@link #serverHello} applies the same rules up to the server's hello and stops there: it is
 * what a server decides from a ClientHello, and what the emulated servers of
 * {@code tls-compat-evidence} follow, so that the model and the emulation share one set of rules.
 *
 * @since 0.1.0
 */
public final class Negotiator {
  /** RFC 5246 7.4.1.4.1: without signature_algorithms, the server signs with SHA-1. */
  private static final PreferenceList<SignatureScheme> TLS12_DEFAULT_SCHEMES = PreferenceList.of(
      SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.dsa_sha1, SignatureScheme.ecdsa_sha1);

  private static final ProtocolVersion[] VERSIONS = ProtocolVersion.values();

  // The registry is closed, so the per-version and per-key filters are computed once: negotiate()
  // then only intersects bitsets, which is what keeps a 150 x 60 matrix in milliseconds.
  @SuppressWarnings("unchecked")
  private static final ParameterSet<CipherSuite>[] SUITES_VALID_IN = new ParameterSet[VERSIONS.length];
  @SuppressWarnings("unchecked")
  private static final ParameterSet<NamedGroup>[] ECDHE_GROUPS_VALID_IN = new ParameterSet[VERSIONS.length];
  private static final ParameterSet<NamedGroup> TLS13_GROUPS;
  private static final ParameterSet<SignatureScheme> TLS12_SCHEMES;
  private static final ParameterSet<SignatureScheme> TLS13_SCHEMES;

  private static final Warning[] VERSION_WARNINGS = new Warning[VERSIONS.length];
  private static final Warning[] SUITE_WARNINGS = new Warning[CipherSuite.values().length];

  static {
    // Loops, not streams or predicates: this runs in every command that negotiates, in a cold JVM,
    // where each lambda's call site is linked through method handles the first time it runs.
    for (ProtocolVersion v : VERSIONS) {
      List<CipherSuite> suites = new ArrayList<>();
      for (CipherSuite s : CipherSuite.values()) if (s.isValidIn(v)) suites.add(s);
      SUITES_VALID_IN[v.ordinal()] = ParameterSet.copyOf(CipherSuite.class, suites);
      List<NamedGroup> groups = new ArrayList<>();
      for (NamedGroup g : NamedGroup.values()) if (g.isEcdhe() && g.isValidIn(v)) groups.add(g);
      ECDHE_GROUPS_VALID_IN[v.ordinal()] = ParameterSet.copyOf(NamedGroup.class, groups);
    }
    List<NamedGroup> tls13Groups = new ArrayList<>();
    for (NamedGroup g : NamedGroup.values()) if (g.isValidIn(ProtocolVersion.TLS_1_3)) tls13Groups.add(g);
    TLS13_GROUPS = ParameterSet.copyOf(NamedGroup.class, tls13Groups);
    List<SignatureScheme> tls12 = new ArrayList<>();
    List<SignatureScheme> tls13 = new ArrayList<>();
    for (SignatureScheme s : SignatureScheme.values()) {
      if (s.usableInTls12()) tls12.add(s);
      if (s.usableInTls13Handshake()) tls13.add(s);
    }
    TLS12_SCHEMES = ParameterSet.copyOf(SignatureScheme.class, tls12);
    TLS13_SCHEMES = ParameterSet.copyOf(SignatureScheme.class, tls13);
    for (ProtocolVersion v : VERSIONS) VERSION_WARNINGS[v.ordinal()] = versionWarning(v);
    for (CipherSuite s : CipherSuite.values()) SUITE_WARNINGS[s.ordinal()] = suiteWarning(s);
  }

  private Negotiator() {}

  /** Predicts what {@code client} and {@code server} agree on, or why they do not. */
  public static Negotiation negotiate(ClientProfile client, ServerPolicy server) {
    return decide(client, server, true);
  }

  /**
   * What {@code server} answers the ClientHello that {@code hello} sends: the version, suite,
   * group, signature scheme and certificate of its hello as a {@link Connected}, or its refusal at
   * the ClientHello ({@link Stage#CLIENT_HELLO}). The rules are those of {@link #negotiate} up to
   * the server's hello; what only the client knows is left out, as the server cannot see it when it
   * answers: whether the client speaks the version chosen (a server that ignores supported_versions
   * may answer with one it does not), the client's {@link io.github.tlscompat.core.model.ClientLimits}
   * and whether it has a client certificate. So {@code hello} may be a profile decoded from the
   * ClientHello alone.
   *
   * @since 0.1.0
   */
  public static Negotiation serverHello(ClientProfile hello, ServerPolicy server) {
    return decide(hello, server, false);
  }

  private static Negotiation decide(ClientProfile client, ServerPolicy server, boolean withClientChecks) {
    if (client.helloFormat() == HelloFormat.SSL2_COMPATIBLE && !server.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) {
      return new Refused(Reason.HELLO_FORMAT_REJECTED, Stage.CLIENT_HELLO, () -> client.id()
          + " frames its hello as SSL 2.0; " + server.id() + " reads only TLS records");
    }
    boolean ssl2Framing = client.helloFormat() == HelloFormat.SSL2_COMPATIBLE;
    ProtocolVersion chosen = selectVersion(client, server, ssl2Framing);
    if (chosen == null && server.has(ServerHabit.CHECKS_SNI_AFTER_VERSION)) {
      return noSharedVersion(client, server, chosen, ssl2Framing);
    }
    List<CertificateSpec> certificates = server.certificates();
    if (server.requiresSni() && !client.sendsSni()) {
      if (server.fallbackCertificate().isEmpty()) {
        return new Refused(Reason.SNI_REQUIRED, Stage.CLIENT_HELLO, () -> server.id() + " requires server_name"
            + " (SNI) and has no fallback certificate; " + client.id() + " sends no server_name");
      }
      certificates = List.of(server.fallbackCertificate().get());
    }

    if (chosen == null || !client.versions().contains(chosen)) {
      if (chosen != null) {
        // The server has settled on a version the client cannot speak, but it only says so in its
        // hello: first it must find a suite for that version, and if it finds none it refuses then.
        Choice atChosen = chooseTls12(client, server, certificates, chosen);
        if (atChosen.refusal != null) return atChosen.refusal;
        if (!withClientChecks) return connected(server, chosen, atChosen);
      }
      return noSharedVersion(client, server, chosen, ssl2Framing);
    }
    ProtocolVersion version = chosen;

    Choice choice = version == ProtocolVersion.TLS_1_3
        ? chooseTls13(client, server, certificates) : chooseTls12(client, server, certificates, version);
    if (choice.refusal != null) return choice.refusal;
    return withClientChecks ? clientChecks(client, server, version, choice) : connected(server, version, choice);
  }

  private static Refused noSharedVersion(ClientProfile client, ServerPolicy server, ProtocolVersion chosen,
      boolean ssl2Framing) {
    return new Refused(Reason.NO_SHARED_PROTOCOL_VERSION, chosen == null ? Stage.CLIENT_HELLO : Stage.SERVER_HELLO,
        () -> "client offers " + range(ssl2Framing ? client.versions() : client.versions().without(ProtocolVersion.SSL_2_0))
            + ", server enables " + range(server.versions()));
  }

  /** The version the server answers with, or null when it refuses at the ClientHello. */
  private static ProtocolVersion selectVersion(ClientProfile client, ServerPolicy server, boolean ssl2Framing) {
    boolean readsSupportedVersions = server.versions().contains(ProtocolVersion.TLS_1_3)
        || !server.has(ServerHabit.IGNORES_SUPPORTED_VERSIONS_WITHOUT_TLS13);
    if (client.sendsSupportedVersions() && readsSupportedVersions) {
      for (int i = VERSIONS.length - 1; i >= 0; i--) {
        ProtocolVersion v = VERSIONS[i];
        if (client.versions().contains(v) && server.versions().contains(v) && (v != ProtocolVersion.SSL_2_0 || ssl2Framing)) {
          return v;
        }
      }
      return null;
    }
    ProtocolVersion clientMax = null;
    for (int i = VERSIONS.length - 1; i >= 0 && clientMax == null; i--) {
      ProtocolVersion v = VERSIONS[i];
      if (client.versions().contains(v) && (v != ProtocolVersion.SSL_2_0 || ssl2Framing)) clientMax = v;
    }
    // legacy_version never says more than TLS 1.2 (RFC 8446 4.1.2).
    if (clientMax == ProtocolVersion.TLS_1_3) clientMax = ProtocolVersion.TLS_1_2;
    if (clientMax == null) return null;
    ParameterSet<ProtocolVersion> serverVersions = server.versions();
    if (server.has(ServerHabit.NEGOTIATES_TLS12_FOR_LEGACY_HELLOS)
        && serverVersions.contains(ProtocolVersion.TLS_1_3)) {
      serverVersions = serverVersions.with(ProtocolVersion.TLS_1_2);
    }
    for (int i = clientMax.ordinal(); i >= 0; i--) {
      ProtocolVersion v = VERSIONS[i];
      if (serverVersions.contains(v)) {
        // SSL 2.0 has no version negotiation with SSL 3.0+: it is used only when nothing newer is common.
        return v == ProtocolVersion.SSL_2_0 && !(ssl2Framing && client.versions().contains(v)) ? null : v;
      }
    }
    return null;
  }

  /** The outcome of suite selection: a suite with what it needs, or a refusal. */
  private record Choice(CipherSuite suite, CertificateSpec certificate, Optional<NamedGroup> group,
      Optional<SignatureScheme> scheme, boolean helloRetryRequest, Refused refusal) {
    /** A refusal at the ClientHello; {@code detail} runs only if someone reads the refusal's detail. */
    static Choice refused(Reason reason, Supplier<String> detail) {
      return new Choice(null, null, Optional.empty(), Optional.empty(), false,
          new Refused(reason, Stage.CLIENT_HELLO, detail));
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
    PreferenceList<CipherSuite> order = server.serverPreference() ? server.cipherSuites() : client.cipherSuites();
    if (server.has(ServerHabit.PICKS_LEGACY_SUITES_LAST)) order = legacyLast(order);
    ParameterSet<CipherSuite> other = (server.serverPreference() ? client.cipherSuites() : server.cipherSuites()).asSet();
    ParameterSet<CipherSuite> valid = SUITES_VALID_IN[version.ordinal()];
    boolean anyShared = false;
    Reason furthest = Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE;
    Optional<ServerLibrary> library = server.library();
    HashAlgorithm forbiddenHash = null;
    for (int i = 0; i < order.size(); i++) {
      CipherSuite suite = order.get(i);
      if (!valid.contains(suite) || !other.contains(suite)) continue;
      anyShared = true;
      CertificateSpec certificate = certificateFor(suite, certificates);
      if (certificate == null) continue;
      NamedGroup group = null;
      if (suite.keyExchange().agreement() == Agreement.ECDHE) {
        group = tls12Group(client, server, version);
        if (group == null) {
          furthest = later(furthest, Reason.NO_SHARED_GROUP);
          continue;
        }
      } else if (suite.keyExchange().agreement() == Agreement.DHE && offersFfdhe(client)) {
        // RFC 7919 4: a client that names FFDHE groups gets one of them or no DHE suite at all.
        group = ffdheGroup(client, server);
        if (group == null) {
          furthest = later(furthest, Reason.NO_SHARED_GROUP);
          continue;
        }
      }
      SignatureScheme scheme = null;
      boolean signs = signsKeyExchange(suite) || !suite.isAnonymous() && library.isPresent()
          && library.get().signsForEveryCertificateSuite();
      if (version == ProtocolVersion.TLS_1_2 && signs) {
        scheme = tls12Scheme(client, server, certificate, library);
        if (scheme == null) {
          SignatureScheme forbidden = tls12Scheme(client, server, certificate, Optional.empty());
          if (forbidden != null && forbiddenHash == null) forbiddenHash = forbidden.hash();
          furthest = later(furthest, forbidden != null ? Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY
              : Reason.NO_SHARED_SIGNATURE_SCHEME);
          continue;
        }
        // A library that checks a signature for RSA key exchange too still sends none.
        if (!signsKeyExchange(suite)) scheme = null;
      } else if (version.isOlderThan(ProtocolVersion.TLS_1_2) && signs && library.isPresent()
          && !library.get().permitsSignatureHash(legacyHash(certificate))) {
        if (forbiddenHash == null) forbiddenHash = legacyHash(certificate);
        furthest = later(furthest, Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY);
        continue;
      }
      return new Choice(suite, certificate, Optional.ofNullable(group), Optional.ofNullable(scheme), false, null);
    }
    if (!anyShared) return noSharedSuite(client, server, version);
    if (furthest == Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY) {
      ServerLibrary forbidding = library.orElseThrow();
      HashAlgorithm hash = forbiddenHash;
      return Choice.refused(furthest, () -> signatureForbidden(client, forbidding, version, hash));
    }
    Reason reason = furthest;
    return Choice.refused(reason, () -> explain(reason, client, server, version, sharedSuites(client, server, version),
        certificates));
  }

  /** {@code order} with the legacy suites of {@link ServerHabit#PICKS_LEGACY_SUITES_LAST} moved to its end. */
  private static PreferenceList<CipherSuite> legacyLast(PreferenceList<CipherSuite> order) {
    List<CipherSuite> modern = new ArrayList<>();
    List<CipherSuite> legacy = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      CipherSuite s = order.get(i);
      (isLegacy(s) ? legacy : modern).add(s);
    }
    if (legacy.isEmpty()) return order;
    modern.addAll(legacy);
    return PreferenceList.copyOf(CipherSuite.class, modern);
  }

  private static boolean isLegacy(CipherSuite s) {
    return s.isNullCipher() || s.isAnonymous() || switch (s.cipher()) {
      case RC4_40, RC4_56, RC4_64, RC4_128, DES40_CBC, DES_CBC, TDES_EDE_CBC -> true;
      default -> false;
    };
  }

  /**
   * The hash a server signs with before TLS 1.2, and in TLS 1.2 for a client without
   * signature_algorithms: MD5+SHA-1 with an RSA key, SHA-1 with any other (RFC 4346 7.4.3, RFC 5246
   * 7.4.1.4.1, where TLS 1.2 takes SHA-1 for RSA too; {@link #TLS12_DEFAULT_SCHEMES} says that).
   */
  private static HashAlgorithm legacyHash(CertificateSpec certificate) {
    return certificate.keyType() == KeyType.RSA ? HashAlgorithm.MD5_SHA1 : HashAlgorithm.SHA1;
  }

  private static String signatureForbidden(ClientProfile client, ServerLibrary library, ProtocolVersion version,
      HashAlgorithm hash) {
    String accepts;
    if (version.isOlderThan(ProtocolVersion.TLS_1_2)) {
      accepts = "in " + version.displayName() + " the server must sign with " + hashName(hash)
          + ", the only signature before TLS 1.2";
    } else if (client.signatureAlgorithms().isEmpty()) {
      accepts = "client sends no signature_algorithms, so it accepts only SHA-1 signatures (RFC 5246 7.4.1.4.1)";
    } else {
      accepts = "client accepts " + client.signatureAlgorithms() + ", of which the server's certificate can make only "
          + hashName(hash) + " ones";
    }
    return accepts + ", and " + library.signatureRefusal(hash).orElseThrow() + ": the server refuses every suite"
        + " that needs its certificate, RSA key exchange included";
  }

  private static String hashName(HashAlgorithm hash) {
    return switch (hash) {
      case MD5_SHA1 -> "MD5+SHA-1";
      case SHA1 -> "SHA-1";
      case SHA224 -> "SHA-224";
      case MD5 -> "MD5";
      default -> hash.name();
    };
  }

  private static Choice chooseTls13(ClientProfile client, ServerPolicy server, List<CertificateSpec> certificates) {
    PreferenceList<CipherSuite> order = server.serverPreference() ? server.cipherSuites() : client.cipherSuites();
    ParameterSet<CipherSuite> other = (server.serverPreference() ? client.cipherSuites() : server.cipherSuites()).asSet();
    ParameterSet<CipherSuite> valid = SUITES_VALID_IN[ProtocolVersion.TLS_1_3.ordinal()];
    CipherSuite suite = null;
    for (int i = 0; i < order.size() && suite == null; i++) {
      CipherSuite s = order.get(i);
      if (valid.contains(s) && other.contains(s)) suite = s;
    }
    if (suite == null) return noSharedSuite(client, server, ProtocolVersion.TLS_1_3);
    PreferenceList<NamedGroup> serverGroups = server.effectiveGroups();
    boolean serverOrder = serverOrdersGroups(server);
    PreferenceList<NamedGroup> groupOrder = serverOrder ? serverGroups : client.groups();
    ParameterSet<NamedGroup> otherGroups = (serverOrder ? client.groups() : serverGroups).asSet();
    // A server that prefers its own order still takes a key share the client already sent for an
    // acceptable group rather than pay a round trip (OpenSSL, BoringSSL, SChannel all do).
    NamedGroup first = null;
    NamedGroup withShare = null;
    for (int i = 0; i < groupOrder.size() && withShare == null; i++) {
      NamedGroup g = groupOrder.get(i);
      if (!TLS13_GROUPS.contains(g) || !otherGroups.contains(g)) continue;
      if (first == null) first = g;
      if (client.keyShares().contains(g)) withShare = g;
    }
    if (first == null) {
      return Choice.refused(Reason.NO_SHARED_GROUP, () -> "client offers groups " + client.groups()
          + " for TLSv1.3, server accepts " + serverGroups);
    }
    NamedGroup group = withShare != null && !server.has(ServerHabit.RETRIES_FOR_PREFERRED_GROUP) ? withShare : first;
    SignatureScheme forbidden = null;
    for (CertificateSpec certificate : certificates) {
      SignatureScheme scheme = tls13Scheme(client, server, certificate, server.library());
      if (scheme != null) {
        return new Choice(suite, certificate, Optional.of(group), Optional.of(scheme),
            !client.keyShares().contains(group), null);
      }
      if (forbidden == null) forbidden = tls13Scheme(client, server, certificate, Optional.empty());
    }
    if (forbidden != null) {
      ServerLibrary library = server.library().orElseThrow();
      SignatureScheme makeable = forbidden;
      return Choice.refused(Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY, () -> "client accepts "
          + client.signatureAlgorithms() + " for TLSv1.3 CertificateVerify, of which the server's certificate can make "
          + makeable + ", and " + library.signatureRefusal(makeable.hash()).orElse(library + " refuses it"));
    }
    return Choice.refused(Reason.NO_SHARED_SIGNATURE_SCHEME, () -> "client accepts " + client.signatureAlgorithms()
        + " for TLSv1.3 CertificateVerify; server holds " + certificates);
  }

  private static Negotiation clientChecks(ClientProfile client, ServerPolicy server, ProtocolVersion version, Choice c) {
    CipherSuite suite = c.suite;
    CertificateSpec cert = c.certificate;
    if (!suite.isAnonymous()) {
      if (!trusts(client.trustedIssuers(), cert)) {
        return untrusted(client.trustedIssuers(), cert, Reason.CERTIFICATE_ISSUER_UNTRUSTED,
            () -> client.id() + " does not trust the issuer of " + server.id() + "'s certificate " + cert,
            Stage.CERTIFICATE);
      }
      if (!client.limits().acceptsCertificateHash(cert.signatureHash())) {
        return new Refused(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED, Stage.CERTIFICATE, () -> client.id()
            + " cannot verify a certificate signed with " + cert.signatureHash() + "; it accepts "
            + client.limits().certificateSignatureHashes());
      }
      if (!acceptsKey(client, cert)) {
        return new Refused(Reason.CERTIFICATE_KEY_UNSUPPORTED, Stage.CERTIFICATE, () -> keyProblem(client, cert));
      }
      if (cert.wildcard() && !client.limits().acceptsWildcardCertificates()) {
        return new Refused(Reason.WILDCARD_CERTIFICATE_UNSUPPORTED, Stage.CERTIFICATE, () -> client.id()
            + " does not accept wildcard certificates; " + server.id() + " presents " + cert);
      }
    }
    OptionalInt dhBits = dhBits(server, version, c);
    // A named FFDHE group is one the client itself listed (RFC 7919 4): its limits are for the
    // primes a server makes up, which it cannot know in advance.
    if (dhBits.isPresent() && c.group.isEmpty()) {
      int bits = dhBits.getAsInt();
      if (!client.limits().acceptsDhBits(bits)) {
        return new Refused(Reason.DH_PARAMETERS_REJECTED, Stage.SERVER_KEY_EXCHANGE, () -> client.id()
            + " accepts DH primes of " + client.limits().minDhBits().orElse(0) + ".." + bound(client.limits().maxDhBits())
            + " bits; " + server.id() + " sends " + bits);
      }
    }
    if (server.requiresClientCertificate()) {
      if (client.clientCertificate().isEmpty()) {
        return new Refused(Reason.CLIENT_CERTIFICATE_REQUIRED, Stage.CLIENT_CERTIFICATE, () -> server.id()
            + " requires a client certificate; " + client.id() + " has none");
      }
      CertificateSpec clientCert = client.clientCertificate().get();
      if (!trusts(server.trustedIssuers(), clientCert)) {
        return untrusted(server.trustedIssuers(), clientCert, Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED,
            () -> server.id() + " does not trust the issuer of " + client.id() + "'s client certificate " + clientCert,
            Stage.CLIENT_CERTIFICATE);
      }
    }
    return connected(server, version, c);
  }

  /**
   * The refusal of a certificate whose issuer is none of {@code trusted}, or null: when either is
   * not modelled (no issuer, or no trusted issuers) the certificate is not refused for its issuer.
   */
  // No list of trusted issuers, or no issuer on the certificate, is not modelled: it is trusted.
  private static boolean trusts(List<CertificateIssuer> trusted, CertificateSpec cert) {
    return trusted.isEmpty() || cert.issuer().isEmpty() || cert.issuer().get().isAmong(trusted);
  }

  private static Refused untrusted(List<CertificateIssuer> trusted, CertificateSpec cert, Reason reason,
      Supplier<String> who, Stage stage) {
    return new Refused(reason, stage, () -> who.get() + ": issued by '" + cert.issuer().get() + "', trusted issuers are "
        + trusted.stream().map(i -> "'" + i + "'").toList());
  }


  /** The size of the DHE prime: the FFDHE group's, else the server's own; empty without DHE. */
  private static OptionalInt dhBits(ServerPolicy server, ProtocolVersion version, Choice c) {
    if (c.suite.keyExchange().agreement() != Agreement.DHE || version == ProtocolVersion.TLS_1_3) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(c.group.isPresent() ? c.group.get().bits() : server.dhBits());
  }

  private static Connected connected(ServerPolicy server, ProtocolVersion version, Choice c) {
    CipherSuite suite = c.suite;
    Optional<CertificateSpec> certificate = suite.isAnonymous() ? Optional.empty() : Optional.of(c.certificate);
    return new Connected(version, suite, c.group, dhBits(server, version, c), c.scheme, certificate,
        c.helloRetryRequest, warnings(version, suite));
  }

  private static Choice noSharedSuite(ClientProfile client, ServerPolicy server, ProtocolVersion version) {
    ParameterSet<CipherSuite> valid = SUITES_VALID_IN[version.ordinal()];
    return Choice.refused(Reason.NO_SHARED_CIPHER_SUITE, () -> "for " + version.displayName() + " client offers "
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

  /**
   * Of two reasons suites could not run, the one of the suite that got further: a suite is tested
   * for a certificate, then a group, then a signature scheme (the refusal precedence the class
   * Javadoc states).
   */
  private static Reason later(Reason a, Reason b) {
    return testsPassed(a) >= testsPassed(b) ? a : b;
  }

  /** How many of a suite's tests passed before it failed for {@code reason}. */
  private static int testsPassed(Reason reason) {
    return switch (reason) {
      case NO_CIPHER_SUITE_FOR_CERTIFICATE -> 0;
      case NO_SHARED_GROUP -> 1;
      case NO_SHARED_SIGNATURE_SCHEME, SIGNATURE_FORBIDDEN_BY_LIBRARY -> 2;
      default -> throw new IllegalArgumentException(reason + " is not a reason a suite fails to run for");
    };
  }

  /** The first certificate the suite's authentication can use, or null. */
  private static CertificateSpec certificateFor(CipherSuite suite, List<CertificateSpec> certificates) {
    Agreement agreement = suite.keyExchange().agreement();
    // PSK, SRP, Kerberos, ECCPWD, GOST and static DH need credentials this model does not hold.
    if (agreement == Agreement.DH || suite.keyExchange().isPsk()) return null;
    KeyType needed;
    switch (suite.authentication()) {
      case anon -> { return certificates.get(0); }
      case RSA -> needed = agreement == Agreement.ECDH ? KeyType.EC : KeyType.RSA;
      case DSS -> needed = KeyType.DSA;
      case ECDSA -> needed = KeyType.EC;
      default -> { return null; }
    }
    for (int i = 0; i < certificates.size(); i++) {
      if (certificates.get(i).keyType() == needed) return certificates.get(i);
    }
    return null;
  }

  private static boolean signsKeyExchange(CipherSuite suite) {
    Agreement a = suite.keyExchange().agreement();
    return (a == Agreement.DHE || a == Agreement.ECDHE || a == Agreement.SRP) && !suite.isAnonymous();
  }

  /** The ECDHE group for TLS 1.2 and earlier, or null when none is shared. */
  private static NamedGroup tls12Group(ClientProfile client, ServerPolicy server, ProtocolVersion version) {
    ParameterSet<NamedGroup> ecdhe = ECDHE_GROUPS_VALID_IN[version.ordinal()];
    PreferenceList<NamedGroup> serverGroups = server.effectiveGroups();
    boolean anyClientGroup = client.groups().isEmpty();
    PreferenceList<NamedGroup> order = serverOrdersGroups(server) || anyClientGroup ? serverGroups : client.groups();
    PreferenceList<NamedGroup> other = order == serverGroups ? client.groups() : serverGroups;
    for (int i = 0; i < order.size(); i++) {
      NamedGroup g = order.get(i);
      if (ecdhe.contains(g) && (anyClientGroup || other.contains(g))) return g;
    }
    return null;
  }

  /** Whether the server's group order wins: with its suite order, unless it {@code ordersGroupsByClient}. */
  private static boolean serverOrdersGroups(ServerPolicy server) {
    return server.serverPreference() && !server.has(ServerHabit.ORDERS_GROUPS_BY_CLIENT);
  }

  private static boolean offersFfdhe(ClientProfile client) {
    PreferenceList<NamedGroup> groups = client.groups();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).isFfdhe()) return true;
    }
    return false;
  }

  /** The RFC 7919 group for a TLS 1.2 DHE exchange, in the preferred order, or null. */
  private static NamedGroup ffdheGroup(ClientProfile client, ServerPolicy server) {
    PreferenceList<NamedGroup> order = serverOrdersGroups(server) ? server.effectiveGroups() : client.groups();
    PreferenceList<NamedGroup> other = order == client.groups() ? server.effectiveGroups() : client.groups();
    for (int i = 0; i < order.size(); i++) {
      NamedGroup g = order.get(i);
      if (g.isFfdhe() && other.contains(g)) return g;
    }
    return null;
  }

  /**
   * The scheme the server signs its TLS 1.2 key exchange with, or null; with {@code library}, only
   * schemes it permits.
   */
  private static SignatureScheme tls12Scheme(ClientProfile client, ServerPolicy server, CertificateSpec cert,
      Optional<ServerLibrary> library) {
    PreferenceList<SignatureScheme> offered = client.signatureAlgorithms().isEmpty()
        ? TLS12_DEFAULT_SCHEMES : client.signatureAlgorithms();
    PreferenceList<SignatureScheme> serverSchemes = server.signatureSchemes();
    PreferenceList<SignatureScheme> order = server.serverPreference() && !serverSchemes.isEmpty()
        && !server.has(ServerHabit.ORDERS_SIGNATURE_SCHEMES_BY_CLIENT) ? serverSchemes : offered;
    for (int i = 0; i < order.size(); i++) {
      SignatureScheme s = order.get(i);
      if (TLS12_SCHEMES.contains(s) && offered.contains(s) && (serverSchemes.isEmpty() || serverSchemes.contains(s))
          && canSign(cert, s, server.has(ServerHabit.BINDS_ECDSA_SCHEMES_TO_CURVE))
          && (library.isEmpty() || library.get().permitsSignatureScheme(s))) {
        return s;
      }
    }
    return null;
  }

  /**
   * The scheme of the TLS 1.3 CertificateVerify, in the client's order, or null; with
   * {@code library}, only schemes it permits.
   */
  private static SignatureScheme tls13Scheme(ClientProfile client, ServerPolicy server, CertificateSpec cert,
      Optional<ServerLibrary> library) {
    PreferenceList<SignatureScheme> offered = client.signatureAlgorithms();
    for (int i = 0; i < offered.size(); i++) {
      SignatureScheme s = offered.get(i);
      if (TLS13_SCHEMES.contains(s) && (server.signatureSchemes().isEmpty() || server.signatureSchemes().contains(s))
          && canSign(cert, s, true) && (library.isEmpty() || library.get().permitsSignatureScheme(s))) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a certificate's key can make signatures of this scheme. An ECDSA scheme that names a
   * curve fixes it when {@code curveBound}: always in TLS 1.3, in TLS 1.2 for a server that
   * {@code bindsEcdsaSchemesToCurve} (where the legacy ecdsa_sha1 and ecdsa_sha224 name none).
   */
  private static boolean canSign(CertificateSpec cert, SignatureScheme scheme, boolean curveBound) {
    KeyType key = scheme.keyType();
    if (cert.keyType() == KeyType.RSA && key == KeyType.RSA) return true;
    if (key != cert.keyType()) return false;
    if (key != KeyType.EC || !curveBound) return true;
    // A CertificateSpec names EC keys by size, meaning the NIST curves, so the brainpool schemes never match one.
    if (scheme.curve().isPresent()) return scheme.curve().equals(cert.curve());
    return TLS12_SCHEMES.contains(scheme) && !TLS13_SCHEMES.contains(scheme);
  }

  /** Whether the client accepts the size of the certificate's key. */
  private static boolean acceptsKey(ClientProfile client, CertificateSpec cert) {
    var limits = client.limits();
    return switch (cert.keyType()) {
      case RSA -> limits.acceptsRsaBits(cert.keyBits());
      case EC -> limits.acceptsEcdsaBits(cert.keyBits());
      default -> true;
    };
  }

  /** Why the client refuses the certificate's key, for a key {@link #acceptsKey} refuses. */
  private static String keyProblem(ClientProfile client, CertificateSpec cert) {
    var limits = client.limits();
    if (cert.keyType() == KeyType.RSA) {
      return client.id() + " accepts RSA keys of " + limits.minRsaBits().orElse(0) + ".." + bound(limits.maxRsaBits())
          + " bits; the certificate has " + cert.keyBits();
    }
    return client.id() + " accepts ECDSA keys of at least " + limits.minEcdsaBits().orElse(0)
        + " bits; the certificate has " + cert.keyBits();
  }


  /** An upper bit limit as a message shows it: the number, or "any". */
  private static String bound(OptionalInt limit) {
    return limit.isPresent() ? Integer.toString(limit.getAsInt()) : "any";
  }

  private static List<Warning> warnings(ProtocolVersion version, CipherSuite suite) {
    Warning versionWarning = VERSION_WARNINGS[version.ordinal()];
    Warning suiteWarning = SUITE_WARNINGS[suite.ordinal()];
    if (versionWarning == null) return suiteWarning == null ? List.of() : List.of(suiteWarning);
    return suiteWarning == null ? List.of(versionWarning) : List.of(versionWarning, suiteWarning);
  }

  private static Warning versionWarning(ProtocolVersion version) {
    return version.isOlderThan(ProtocolVersion.TLS_1_2) ? new Warning.DeprecatedVersion(version) : null;
  }

  private static Warning suiteWarning(CipherSuite suite) {
    return suite.grade().compareTo(SecurityGrade.SECURE) >= 0 ? null : new Warning.WeakCipherSuite(suite);
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
