package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.KeyExchangeAlgorithm;
import org.bouncycastle.tls.KeyShareEntry;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsDHUtils;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.TlsDHConfig;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedDecryptor;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A Bouncy Castle server that behaves as a {@link ServerPolicy} says: its versions, its suites in
 * its order or the client's, its groups, signature schemes, certificates, DH prime, SNI and client
 * certificate demands.
 *
 * <p>Bouncy Castle leaves several choices to the server it hosts; this one makes them as servers
 * commonly do. A suite is taken only if it can run: a certificate of the key type its
 * authentication needs (the first such in the policy's order; static DH, PSK and SRP credentials
 * are not held), an (EC)DHE group both sides accept and, in TLS 1.2, a signature scheme the client
 * accepts. ECDHE and RFC 7919 FFDHE groups follow the server's order under server preference (or
 * when the client names none) and the client's otherwise; a client that names no FFDHE group gets
 * the policy's own {@code dhBits} prime. The TLS 1.3 group is the first both accept in the same
 * order for which the client sent a key share, else the first (with a HelloRetryRequest). The TLS
 * 1.2 signature follows the policy's schemes under server preference and the client's order
 * otherwise; the TLS 1.3 CertificateVerify follows the client's order, from the first certificate
 * that can make one. A server that requires SNI checks for it as it reads the ClientHello, before
 * anything else, and without a fallback certificate refuses with {@code unrecognized_name}. Secure
 * renegotiation is not demanded of clients, OCSP stapling is not offered.
 *
 * <p>The policy's habits ({@link ServerPolicy}) are followed as the model reads them: groups in
 * the client's order ({@code ordersGroupsByClient}); TLS 1.2 ECDSA schemes that name a curve only
 * for a key on it ({@code bindsEcdsaSchemesToCurve}); the version settled, and refused, before
 * server_name is looked at ({@code checksSniAfterVersion}); without TLS 1.3, the version read from
 * legacy_version alone ({@code ignoresSupportedVersionsWithoutTls13}, {@link LegacyVersionReading});
 * with TLS 1.3, a TLS 1.2 hello without supported_versions taken as TLS 1.2
 * ({@code negotiatesTls12ForLegacyHellos}). The hello is read for them as {@link Transcript#clientHello}
 * decoded it; a hello that does not decode is read as Bouncy Castle reads it.
 */
final class PolicyServer extends DefaultTlsServer {
  private final ServerPolicy policy;
  private final Transcript transcript;
  private List<CertificateSpec> certificates;
  private CertificateSpec chosenCertificate;
  private SignatureScheme chosenScheme;
  private NamedGroup chosenGroup;
  private Reason furthest;
  private org.bouncycastle.tls.ProtocolVersion negotiated;
  private NamedGroup tls13Group;

  PolicyServer(BcTlsCrypto crypto, ServerPolicy policy, Transcript transcript) {
    super(crypto);
    this.policy = policy;
    this.transcript = transcript;
    this.certificates = policy.certificates();
  }

  @Override protected org.bouncycastle.tls.ProtocolVersion[] getSupportedVersions() {
    return BcRegistry.versions(policy.versions());
  }

  @Override protected int[] getSupportedCipherSuites() {
    return BcRegistry.suites(policy.cipherSuites());
  }

  @Override protected boolean preferLocalCipherSuites() {
    return policy.serverPreference();
  }

  /**
   * Whether BC takes the TLS 1.3 key share group in the order {@link #getSupportedGroups} returns:
   * always once this server has chosen the group itself (it then comes first), else as the
   * policy's group order says.
   */
  @Override public boolean preferLocalSupportedGroups() {
    return tls13Group != null || Groups.serverOrder(policy);
  }

  /**
   * The version: the newest the policy enables of those the client's hello stands for, as BC reads
   * them (or, after {@link #notifyClientVersion}, from legacy_version alone); a TLS 1.2 hello
   * without supported_versions is TLS 1.2 for a server with TLS 1.3 that
   * {@code negotiatesTls12ForLegacyHellos}, whatever else it enables. No version in common is
   * refused with {@code protocol_version}; a server that {@code checksSniAfterVersion} then checks
   * server_name.
   */
  @Override public org.bouncycastle.tls.ProtocolVersion getServerVersion() throws IOException {
    negotiated = takesLegacyHelloAsTls12() ? org.bouncycastle.tls.ProtocolVersion.TLSv12 : super.getServerVersion();
    if (policy.checksSniAfterVersion()) checkSni(sniSent());
    return negotiated;
  }

  /**
   * GnuTLS's reading ({@code negotiatesTls12ForLegacyHellos}): with TLS 1.3 enabled, a hello
   * without supported_versions whose legacy_version is TLS 1.2 is a TLS 1.2 client, even when TLS
   * 1.2 is not enabled; the suite choice then finds no TLS 1.2 suite (unless the policy lists one).
   */
  private boolean takesLegacyHelloAsTls12() {
    return policy.negotiatesTls12ForLegacyHellos() && policy.versions().contains(ProtocolVersion.TLS_1_3)
        && !sentSupportedVersions() && context.getClientVersion().isEqualOrLaterVersionOf(
            org.bouncycastle.tls.ProtocolVersion.TLSv12);
  }

  /** Whether the hello carries supported_versions (RFC 8446 4.2.1), as far as it decoded. */
  private boolean sentSupportedVersions() {
    return transcript.clientHello != null && transcript.clientHello.extension(ExtensionType.supported_versions).isPresent();
  }

  /** Whether the hello carries server_name; null when it did not decode (the extensions tell later). */
  private Boolean sniSent() {
    return transcript.clientHello == null ? null : transcript.clientHello.extension(ExtensionType.server_name).isPresent();
  }

  /**
   * The versions; after negotiation they end at the negotiated one unless the policy enables TLS
   * 1.3. BC writes the RFC 8446 4.1.3 downgrade sentinel whenever it negotiates below the newest
   * version this returns, and BC's client checks the sentinel whatever its own newest version,
   * whereas RFC 8446 asks it only of TLS 1.3 clients (and, as a SHOULD, of TLS 1.2 clients) and
   * older clients never look. Left out without TLS 1.3, the sentinel cannot make BC's client refuse
   * an SSL 3.0 or TLS 1.0 server hello that a legacy client accepts. (SChannel before Windows Server
   * 2022 never sends it; OpenSSL 1.1.1 and later do whenever TLS 1.2 is enabled, which only clients
   * that check notice.)
   */
  @Override public org.bouncycastle.tls.ProtocolVersion[] getProtocolVersions() {
    if (negotiated == null || policy.versions().contains(ProtocolVersion.TLS_1_3)) return super.getProtocolVersions();
    return new org.bouncycastle.tls.ProtocolVersion[] {negotiated};
  }

  /**
   * The groups for TLS 1.3; once the version is TLS 1.3, the one {@link Groups#tls13} chooses
   * first, so that BC takes it (and its key share, or asks for one with a HelloRetryRequest).
   */
  @Override public int[] getSupportedGroups() throws IOException {
    List<NamedGroup> groups = new ArrayList<>(policy.effectiveGroups().stream()
        .filter(g -> g.isValidIn(ProtocolVersion.TLS_1_3)).toList());
    if (negotiated != null && TlsUtils.isTLSv13(negotiated) && transcript.clientHello != null) {
      tls13Group = Groups.tls13(policy, clientGroups(), clientKeyShares());
      if (tls13Group != null) {
        groups.remove(tls13Group);
        groups.add(0, tls13Group);
      }
    }
    return groups.stream().mapToInt(NamedGroup::code).toArray();
  }

  /** The groups of the client's key shares, in its order. */
  private List<NamedGroup> clientKeyShares() throws IOException {
    List<NamedGroup> out = new ArrayList<>();
    var extension = transcript.clientHello.extension(ExtensionType.key_share);
    if (extension.isEmpty()) return out;
    for (Object entry : TlsExtensionsUtils.readKeyShareClientHello(extension.get().body())) {
      NamedGroup.fromCode(((KeyShareEntry) entry).getNamedGroup()).ifPresent(out::add);
    }
    return out;
  }

  @Override protected boolean allowCertificateStatus() {
    return false;
  }

  @Override public void notifySecureRenegotiation(boolean secureRenegotiation) {
    // Servers accepted clients from before RFC 5746 (2010); the policy has no way to demand it.
  }

  /**
   * The first hook after the ClientHello is read, before the version is chosen. A server that
   * {@code ignoresSupportedVersionsWithoutTls13}, and enables no TLS 1.3, reads the hello from
   * legacy_version alone here ({@link LegacyVersionReading}). A server that routes by host name
   * looks at server_name first, unless it {@code checksSniAfterVersion}.
   */
  @Override public void notifyClientVersion(org.bouncycastle.tls.ProtocolVersion clientVersion) throws IOException {
    org.bouncycastle.tls.ProtocolVersion version = clientVersion;
    if (ignoresSupportedVersions() && sentSupportedVersions()) {
      int legacy = transcript.clientHello.legacyVersion();
      version = LegacyVersionReading.apply(context, org.bouncycastle.tls.ProtocolVersion.get(legacy >> 8, legacy & 0xFF));
    }
    super.notifyClientVersion(version);
    if (!policy.checksSniAfterVersion()) checkSni(sniSent());
  }

  /** Whether the policy has the server read legacy_version alone: it ignores supported_versions and lacks TLS 1.3. */
  private boolean ignoresSupportedVersions() {
    return policy.ignoresSupportedVersionsWithoutTls13() && !policy.versions().contains(ProtocolVersion.TLS_1_3);
  }

  @Override public void processClientExtensions(@SuppressWarnings("rawtypes") Hashtable clientExtensions) throws IOException {
    super.processClientExtensions(clientExtensions);
    if (transcript.clientHello == null) {
      // The hello did not decode, so server_name could not be checked earlier: the extensions tell now.
      checkSni(clientExtensions != null && TlsExtensionsUtils.getServerNameExtensionClient(clientExtensions) != null);
    }
  }

  /** Refuses (or switches to the fallback certificate) when the policy requires server_name and {@code sent} is false; null: not known yet. */
  private void checkSni(Boolean sent) throws IOException {
    if (sent == null || sent || !policy.requiresSni()) return;
    if (policy.fallbackCertificate().isPresent()) {
      certificates = List.of(policy.fallbackCertificate().get());
      return;
    }
    transcript.refuse(Side.SERVER, Reason.SNI_REQUIRED, Stage.CLIENT_HELLO,
        policy.id() + " requires server_name (SNI) and has no fallback certificate; the client sent none");
    throw new TlsFatalAlert(AlertDescription.unrecognized_name, "no server_name");
  }

  @Override protected boolean selectCipherSuite(int code) throws IOException {
    CipherSuite suite = CipherSuite.fromCode(code).orElse(null);
    boolean chosen = suite != null
        && (TlsUtils.isTLSv13(context) ? chooseTls13() : chooseTls12(suite, BcRegistry.ours(context.getServerVersion())
            .orElseThrow()));
    return chosen && super.selectCipherSuite(code);
  }

  private boolean chooseTls13() {
    for (CertificateSpec cert : certificates) {
      if (!EphemeralCertificate.isSupported(cert)) continue;
      SignatureScheme scheme = Signing.first(getCrypto(), cert, allowed(clientSchemes()), true, true);
      if (scheme != null) return chose(cert, scheme, null);
    }
    return skip(Reason.NO_SHARED_SIGNATURE_SCHEME);
  }

  private boolean chooseTls12(CipherSuite suite, ProtocolVersion version) {
    CertificateSpec cert = null;
    if (!suite.isAnonymous()) {
      cert = certificateFor(suite);
      if (cert == null) return skip(Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE);
    }
    NamedGroup group = null;
    Agreement agreement = suite.keyExchange().agreement();
    if (agreement == Agreement.ECDHE) {
      group = Groups.ecdhe(policy, clientGroups(), version);
      if (group == null) return skip(Reason.NO_SHARED_GROUP);
    } else if (agreement == Agreement.DHE && Groups.offersFfdhe(clientGroups())) {
      group = Groups.ffdhe(policy, clientGroups());
      if (group == null) return skip(Reason.NO_SHARED_GROUP);
    } else if (agreement == Agreement.DHE && BcRegistry.dhGroup(policy.dhBits()) == null) {
      return skip(Reason.NO_CIPHER_SUITE_FOR_CERTIFICATE);
    }
    SignatureScheme scheme = null;
    boolean signs = (agreement == Agreement.DHE || agreement == Agreement.ECDHE) && !suite.isAnonymous();
    if (signs && version == ProtocolVersion.TLS_1_2) {
      List<SignatureScheme> offered = clientSchemes();
      if (offered.isEmpty()) {
        // RFC 5246 7.4.1.4.1: without signature_algorithms the client accepts SHA-1 only.
        offered = List.of(SignatureScheme.rsa_pkcs1_sha1, SignatureScheme.dsa_sha1, SignatureScheme.ecdsa_sha1);
      }
      List<SignatureScheme> order = policy.serverPreference() && !policy.signatureSchemes().isEmpty()
          ? policy.signatureSchemes().stream().filter(offered::contains).toList() : allowed(offered);
      scheme = Signing.first(getCrypto(), cert, order, false, policy.bindsEcdsaSchemesToCurve());
      if (scheme == null) return skip(Reason.NO_SHARED_SIGNATURE_SCHEME);
    }
    return chose(cert, scheme, group);
  }

  private boolean chose(CertificateSpec cert, SignatureScheme scheme, NamedGroup group) {
    chosenCertificate = cert;
    chosenScheme = scheme;
    chosenGroup = group;
    transcript.presentedCertificate = cert;
    transcript.signedWith = scheme;
    transcript.ffdheGroup = group != null && group.isFfdhe() ? group : null;
    return true;
  }

  /** Rejects a suite, remembering the reason of the one that got furthest (Reason is in handshake order). */
  private boolean skip(Reason reason) {
    if (furthest == null || reason.ordinal() > furthest.ordinal()) furthest = reason;
    return false;
  }

  /** The client's schemes less those the policy does not sign with. */
  private List<SignatureScheme> allowed(List<SignatureScheme> offered) {
    if (policy.signatureSchemes().isEmpty()) return offered;
    return offered.stream().filter(policy.signatureSchemes()::contains).toList();
  }

  /** The first certificate the suite's authentication can use; static DH, PSK and SRP are never held. */
  private CertificateSpec certificateFor(CipherSuite suite) {
    Agreement agreement = suite.keyExchange().agreement();
    KeyType needed = switch (suite.authentication()) {
      case RSA -> agreement == Agreement.RSA || agreement == Agreement.DHE || agreement == Agreement.ECDHE ? KeyType.RSA : null;
      case DSS -> agreement == Agreement.DHE ? KeyType.DSA : null;
      case ECDSA -> agreement == Agreement.ECDHE ? KeyType.EC : null;
      default -> null;
    };
    if (needed == null || suite.keyExchange().isPsk()) return null;
    for (CertificateSpec cert : certificates) {
      if (cert.keyType() == needed && EphemeralCertificate.isSupported(cert)) return cert;
    }
    return null;
  }

  private List<SignatureScheme> clientSchemes() {
    List<SignatureScheme> out = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Vector<SignatureAndHashAlgorithm> sent = context.getSecurityParametersHandshake().getClientSigAlgs();
    if (sent != null) {
      for (SignatureAndHashAlgorithm pair : sent) BcRegistry.ours(pair).ifPresent(out::add);
    }
    return out;
  }

  /** The client's supported_groups, or null when it sent none. */
  private List<NamedGroup> clientGroups() {
    int[] sent = context.getSecurityParametersHandshake().getClientSupportedGroups();
    if (sent == null) return null;
    List<NamedGroup> out = new ArrayList<>();
    for (int code : sent) NamedGroup.fromCode(code).ifPresent(out::add);
    return out;
  }

  @Override public int getSelectedCipherSuite() throws IOException {
    int code;
    try {
      code = super.getSelectedCipherSuite();
    } catch (TlsFatalAlert e) {
      if (furthest != null) {
        transcript.refuse(Side.SERVER, furthest, Stage.CLIENT_HELLO, "every shared suite was skipped, the furthest "
            + "for " + furthest + " (" + e.getMessage() + ")");
      }
      throw e;
    }
    CipherSuite suite = CipherSuite.fromCode(code).orElseThrow();
    if (!BcRegistry.canRun(getCrypto(), suite)) {
      // BC has no table entry for the suite and cannot write the flight; write it by hand and stop.
      ProtocolVersion version = BcRegistry.ours(context.getServerVersion()).orElseThrow();
      boolean renegotiationInfo = org.bouncycastle.util.Arrays.contains(offeredCipherSuites, 0x00FF)
          || clientExtensions != null && clientExtensions.containsKey(ExtensionType.renegotiation_info.code());
      boolean downgrade = policy.versions().contains(ProtocolVersion.TLS_1_3);
      transcript.handWrittenFlight = UnrunnableSuiteFlight.write(version, suite, chosenCertificate == null ? null
          : EphemeralCertificate.of(chosenCertificate).encoded(), renegotiationInfo, downgrade);
      throw new TlsFatalAlert(AlertDescription.internal_error, "Bouncy Castle cannot run " + suite);
    }
    return code;
  }

  @Override protected int selectECDH(int minimumCurveBits) {
    return chosenGroup != null ? chosenGroup.code() : -1;
  }

  @Override public TlsDHConfig getDHConfig() throws IOException {
    if (chosenGroup != null) return TlsDHUtils.createNamedDHConfig(context, chosenGroup.code());
    return new TlsDHConfig(BcRegistry.dhGroup(policy.dhBits()));
  }

  @Override public TlsCredentials getCredentials() throws IOException {
    if (chosenCertificate == null) return null;
    EphemeralCertificate cert = EphemeralCertificate.of(chosenCertificate);
    boolean tls13 = TlsUtils.isTLSv13(context);
    Certificate chain = cert.tlsCertificate(getCrypto(), tls13);
    BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
    if (!tls13 && TlsUtils.getKeyExchangeAlgorithm(selectedCipherSuite) == KeyExchangeAlgorithm.RSA) {
      return new BcDefaultTlsCredentialedDecryptor(crypto, chain, cert.privateKeyParameter());
    }
    SignatureAndHashAlgorithm pair = chosenScheme == null ? null : BcRegistry.bc(chosenScheme);
    return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, cert.privateKeyParameter(),
        chain, pair);
  }

  @Override public CertificateRequest getCertificateRequest() throws IOException {
    if (!policy.requiresClientCertificate()) return null;
    @SuppressWarnings("unchecked")
    Vector<SignatureAndHashAlgorithm> schemes = TlsUtils.isTLSv12(context)
        ? TlsUtils.getDefaultSupportedSignatureAlgorithms(context) : null;
    if (TlsUtils.isTLSv13(context)) return new CertificateRequest(TlsUtils.EMPTY_BYTES, schemes, null, null);
    short[] types = {ClientCertificateType.rsa_sign, ClientCertificateType.ecdsa_sign, ClientCertificateType.dss_sign};
    return new CertificateRequest(types, schemes, null);
  }

  @Override public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
    if (policy.requiresClientCertificate() && (clientCertificate == null || clientCertificate.isEmpty())) {
      transcript.refuse(Side.SERVER, Reason.CLIENT_CERTIFICATE_REQUIRED, Stage.CLIENT_CERTIFICATE,
          policy.id() + " requires a client certificate; the client sent none");
      // RFC 8446 4.4.2.4 names the alert; before TLS 1.3 servers sent handshake_failure (RFC 5246 7.4.6).
      throw new TlsFatalAlert(TlsUtils.isTLSv13(context) ? AlertDescription.certificate_required
          : AlertDescription.handshake_failure, "no client certificate");
    }
  }

  @Override public void notifyAlertRaised(short alertLevel, short alertDescription, String message, Throwable cause) {
    // Stopping to send a hand-written flight is not a refusal.
    if (alertLevel == AlertLevel.fatal && transcript.handWrittenFlight == null) {
      transcript.alertRaised(Side.SERVER, alertDescription, message, cause);
    }
  }

  @Override public void notifyAlertReceived(short alertLevel, short alertDescription) {
    if (alertLevel == AlertLevel.fatal) transcript.alertRaised(Side.CLIENT, alertDescription, null, null);
  }

  @Override public void notifyHandshakeComplete() throws IOException {
    super.notifyHandshakeComplete();
    transcript.serverComplete = true;
  }
}
