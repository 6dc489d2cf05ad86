package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.evidence.wire.ClientHello;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.KeyExchangeAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsDHUtils;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.TlsDHConfig;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedDecryptor;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A Bouncy Castle server that behaves as a {@link ServerPolicy} says, by following the engine:
 * it decodes the ClientHello it received into a {@link ClientProfile} (what a server can know of
 * its client), asks {@link Negotiator#serverHello} what the policy answers, and makes Bouncy
 * Castle answer exactly that: the version, suite, (EC)DHE group or DH prime, TLS 1.3 key share
 * group (with a HelloRetryRequest when the client sent no share for it), signature scheme and
 * certificate; or it refuses at the ClientHello for the engine's reason, with the alert a server
 * sends for it ({@code unrecognized_name} for a missing server_name, {@code protocol_version} for
 * no version in common, {@code handshake_failure} otherwise). The selection rules, the policy's
 * {@linkplain io.github.tlscompat.core.model.ServerHabit habits} included, live in the engine
 * alone; the real servers of the cross-check are the independent evidence that they are right.
 *
 * <p>What stays with Bouncy Castle is the handshake itself: the key exchange, the signatures, the
 * Finished messages, the client certificate a policy requires (refused when empty, with
 * {@code certificate_required} in TLS 1.3 and {@code handshake_failure} before). Where BC cannot
 * run the suite the engine chose (RC4, DES, export, IDEA, static ECDH), the server writes its
 * first flight by hand ({@link UnrunnableSuiteFlight}) and stops. Where the engine chose a version
 * the client's supported_versions does not list (a server that ignores the extension), the hello
 * BC reads lacks the extension ({@link LegacyHelloReading}), as the client will refuse the answer
 * anyway. A ClientHello that does not decode into a profile (no suite the registry knows, a
 * legacy_version that names no SSL or TLS version) gets {@code handshake_failure}: the engine
 * cannot answer it. Secure renegotiation is not demanded of clients, OCSP stapling is not offered.
 */
final class PolicyServer extends DefaultTlsServer {
  /** The id the decoded ClientHello's profile carries; the engine names it in its refusals. */
  private static final String CLIENT_ID = "the client";
  /** The extension type of supported_versions (RFC 8446 4.2). */

  private final ServerPolicy policy;
  private final Transcript transcript;
  /** The engine's answer to the ClientHello, once it is read. */
  private Connected decision;
  private org.bouncycastle.tls.ProtocolVersion negotiated;

  PolicyServer(BcTlsCrypto crypto, ServerPolicy policy, Transcript transcript) {
    super(crypto);
    this.policy = policy;
    this.transcript = transcript;
  }

  /**
   * Reads the client's first flight for a server of {@code policy}: decodes its ClientHello into
   * {@link Transcript#clientHello} and returns the bytes Bouncy Castle is to read, which are
   * {@code flight} itself unless the engine answers with a version the client's supported_versions
   * does not list ({@link LegacyHelloReading}).
   */
  static byte[] readFirstFlight(ServerPolicy policy, Transcript transcript, byte[] flight) {
    ClientHello hello = BcHandshake.decode(flight);
    transcript.clientHello = hello;
    if (hello == null || hello.extension(ExtensionType.supported_versions).isEmpty()) return flight;
    ClientProfile profile;
    try {
      profile = profileOf(hello);
    } catch (IllegalArgumentException e) {
      return flight;
    }
    // With the extension, the profile's versions are the ones it lists.
    if (Negotiator.serverHello(profile, policy) instanceof Connected c && !profile.versions().contains(c.version())) {
      return LegacyHelloReading.withoutSupportedVersions(flight).orElse(flight);
    }
    return flight;
  }

  /** What a server knows of its client: the ClientHello, decoded. */
  private static ClientProfile profileOf(ClientHello hello) {
    if (hello == null) throw new IllegalArgumentException("the ClientHello did not decode");
    return hello.toProfile(CLIENT_ID, "the client's ClientHello");
  }

  @Override protected org.bouncycastle.tls.ProtocolVersion[] getSupportedVersions() {
    return BcRegistry.versions(policy.versions());
  }

  @Override protected int[] getSupportedCipherSuites() {
    return BcRegistry.suites(policy.cipherSuites());
  }

  /**
   * The first hook after the ClientHello is read: the engine decides here, and a refusal is sent
   * at once, before Bouncy Castle chooses anything itself.
   */
  @Override public void notifyClientVersion(org.bouncycastle.tls.ProtocolVersion clientVersion) throws IOException {
    super.notifyClientVersion(clientVersion);
    Negotiation answer;
    try {
      answer = Negotiator.serverHello(profileOf(transcript.clientHello), policy);
    } catch (IllegalArgumentException e) {
      throw new TlsFatalAlert(AlertDescription.handshake_failure, "the emulated server answers only a ClientHello "
          + "the engine can read: " + e.getMessage());
    }
    if (answer instanceof Refused r) refuse(r);
    decision = (Connected) answer;
  }

  /**
   * Refuses as the engine did. No version or no suite in common are refusals Bouncy Castle's own
   * server makes, and are sent as it sends them (the alert alone tells the reason); the others are
   * recorded with the engine's reason and detail.
   */
  private void refuse(Refused r) throws TlsFatalAlert {
    switch (r.reason()) {
      case NO_SHARED_PROTOCOL_VERSION -> throw new TlsFatalAlert(AlertDescription.protocol_version);
      case NO_SHARED_CIPHER_SUITE -> throw new TlsFatalAlert(AlertDescription.handshake_failure,
          "No selectable cipher suite");
      default -> {
        transcript.refuse(Side.SERVER, r.reason(), r.stage(), r.detail());
        throw new TlsFatalAlert(alertFor(r.reason()), "refused for " + r.reason());
      }
    }
  }

  /** The alert a server refusing at the ClientHello sends for {@code reason}. */
  private static short alertFor(Reason reason) {
    return switch (reason) {
      case SNI_REQUIRED -> AlertDescription.unrecognized_name;
      case NO_SHARED_PROTOCOL_VERSION -> AlertDescription.protocol_version;
      default -> AlertDescription.handshake_failure;
    };
  }

  /** The engine's version. */
  @Override public org.bouncycastle.tls.ProtocolVersion getServerVersion() throws IOException {
    negotiated = BcRegistry.bc(decision.version());
    if (!org.bouncycastle.tls.ProtocolVersion.contains(context.getClientSupportedVersions(), negotiated)) {
      // Only a hello LegacyHelloReading could not rewrite gets here.
      throw new TlsFatalAlert(AlertDescription.internal_error, "the engine answers with " + decision.version()
          + ", which Bouncy Castle does not take the client to support");
    }
    return negotiated;
  }

  /**
   * The versions; after negotiation they end at the negotiated one unless the server writes the
   * RFC 8446 4.1.3 downgrade sentinel ({@link #writesDowngradeSentinel}). BC writes the sentinel
   * whenever it negotiates below the newest version this returns, and BC's client checks it
   * whatever its own newest version, whereas RFC 8446 requires it only of TLS 1.3 clients (and, as
   * a SHOULD, of TLS 1.2 clients) and older clients never look; the model does not model it. Left
   * out, the sentinel cannot make BC's client refuse an SSL 3.0 or TLS 1.0 server hello that a
   * legacy client accepts. (SChannel before Windows Server 2022 never sends it; OpenSSL 1.1.1 and
   * later do whenever TLS 1.2 is enabled, which only clients that check notice.)
   */
  @Override public org.bouncycastle.tls.ProtocolVersion[] getProtocolVersions() {
    if (negotiated == null || writesDowngradeSentinel()) return super.getProtocolVersions();
    return new org.bouncycastle.tls.ProtocolVersion[] {negotiated};
  }

  /**
   * Whether the server marks a downgrade: when the policy enables TLS 1.3 and the client offers
   * it in supported_versions, a TLS 1.3 client, which RFC 8446 4.1.3 requires to check the mark. A
   * client whose supported_versions lists only drafts of TLS 1.3 (Chrome 57 and its peers) predates
   * the mark and never looks for it.
   */
  private boolean writesDowngradeSentinel() {
    return policy.versions().contains(ProtocolVersion.TLS_1_3) && transcript.clientHello != null
        && transcript.clientHello.extension(ExtensionType.supported_versions).isPresent()
        && profileOf(transcript.clientHello).versions().contains(ProtocolVersion.TLS_1_3);
  }

  /**
   * The policy's TLS 1.3 groups, the engine's key share group first; with
   * {@link #preferLocalSupportedGroups} BC takes it, and its key share, or asks for one with a
   * HelloRetryRequest.
   */
  @Override public int[] getSupportedGroups() throws IOException {
    List<NamedGroup> groups = new ArrayList<>(policy.effectiveGroups().stream()
        .filter(g -> g.isValidIn(ProtocolVersion.TLS_1_3)).toList());
    if (decision != null && decision.version() == ProtocolVersion.TLS_1_3 && decision.group().isPresent()) {
      groups.remove(decision.group().get());
      groups.add(0, decision.group().get());
    }
    return groups.stream().mapToInt(NamedGroup::code).toArray();
  }

  @Override public boolean preferLocalSupportedGroups() {
    return true;
  }

  @Override protected boolean allowCertificateStatus() {
    return false;
  }

  @Override public void notifySecureRenegotiation(boolean secureRenegotiation) {
    // Servers accepted clients from before RFC 5746 (2010); the policy has no way to demand it.
  }

  /**
   * The engine's suite. One BC cannot run gets a first flight written by hand from the engine's
   * choice, and the handshake stops.
   */
  @Override public int getSelectedCipherSuite() throws IOException {
    CipherSuite suite = decision.cipherSuite();
    selectedCipherSuite = suite.code();
    transcript.presentedCertificate = decision.certificate().orElse(null);
    transcript.signedWith = decision.signatureScheme().orElse(null);
    transcript.ffdheGroup = decision.version() == ProtocolVersion.TLS_1_3 ? null
        : decision.group().filter(NamedGroup::isFfdhe).orElse(null);
    if (!BcRegistry.canRun(getCrypto(), suite)) {
      boolean renegotiationInfo = org.bouncycastle.util.Arrays.contains(offeredCipherSuites, 0x00FF)
          || clientExtensions != null && clientExtensions.containsKey(ExtensionType.renegotiation_info.code());
      boolean downgrade = writesDowngradeSentinel();
      transcript.handWrittenFlight = UnrunnableSuiteFlight.write(decision.version(), suite,
          decision.certificate().map(c -> EphemeralCertificate.of(c).encoded()).orElse(null), renegotiationInfo,
          downgrade);
      throw new TlsFatalAlert(AlertDescription.internal_error, "Bouncy Castle cannot run " + suite);
    }
    return selectedCipherSuite;
  }

  @Override protected int selectECDH(int minimumCurveBits) {
    return decision.group().map(NamedGroup::code).orElse(-1);
  }

  @Override public TlsDHConfig getDHConfig() throws IOException {
    if (decision.group().isPresent()) return TlsDHUtils.createNamedDHConfig(context, decision.group().get().code());
    return new TlsDHConfig(BcRegistry.dhGroup(policy.dhBits()));
  }

  @Override public TlsCredentials getCredentials() throws IOException {
    if (decision.certificate().isEmpty()) return null;
    EphemeralCertificate cert = EphemeralCertificate.of(decision.certificate().get());
    boolean tls13 = TlsUtils.isTLSv13(context);
    Certificate chain = cert.tlsCertificate(getCrypto(), tls13);
    BcTlsCrypto crypto = (BcTlsCrypto) getCrypto();
    if (!tls13 && TlsUtils.getKeyExchangeAlgorithm(selectedCipherSuite) == KeyExchangeAlgorithm.RSA) {
      return new BcDefaultTlsCredentialedDecryptor(crypto, chain, cert.privateKeyParameter());
    }
    SignatureAndHashAlgorithm pair = decision.signatureScheme().map(BcRegistry::bc).orElse(null);
    return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, cert.privateKeyParameter(),
        chain, pair);
  }

  @Override public CertificateRequest getCertificateRequest() throws IOException {
    if (!policy.requiresClientCertificate()) return null;
    @SuppressWarnings("unchecked")
    Vector<SignatureAndHashAlgorithm> schemes = TlsUtils.isTLSv12(context)
        ? TlsUtils.getDefaultSupportedSignatureAlgorithms(context) : null;
    // certificate_authorities names the issuers it trusts (RFC 5246 7.4.4, RFC 8446 4.2.4); none
    // modelled, none named, which lets the client send any certificate.
    Vector<X500Name> authorities = null;
    if (!policy.trustedIssuers().isEmpty()) {
      authorities = new Vector<>();
      for (CertificateIssuer issuer : policy.trustedIssuers()) {
        authorities.add(X500Name.getInstance(io.github.tlscompat.evidence.wire.CertificateRequest.distinguishedName(issuer)));
      }
    }
    if (TlsUtils.isTLSv13(context)) return new CertificateRequest(TlsUtils.EMPTY_BYTES, schemes, null, authorities);
    short[] types = {ClientCertificateType.rsa_sign, ClientCertificateType.ecdsa_sign, ClientCertificateType.dss_sign};
    return new CertificateRequest(types, schemes, authorities);
  }

  @Override public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
    if (policy.requiresClientCertificate() && (clientCertificate == null || clientCertificate.isEmpty())) {
      transcript.refuse(Side.SERVER, Reason.CLIENT_CERTIFICATE_REQUIRED, Stage.CLIENT_CERTIFICATE,
          policy.id() + " requires a client certificate; the client sent none");
      // RFC 8446 4.4.2.4 names the alert; before TLS 1.3 servers sent handshake_failure (RFC 5246 7.4.6).
      throw new TlsFatalAlert(TlsUtils.isTLSv13(context) ? AlertDescription.certificate_required
          : AlertDescription.handshake_failure, "no client certificate");
    }
    if (policy.requiresClientCertificate() && !policy.trustedIssuers().isEmpty()) {
      byte[] issuerDer = org.bouncycastle.asn1.x509.Certificate.getInstance(
          clientCertificate.getCertificateAt(0).getEncoded()).getIssuer().getEncoded();
      Optional<CertificateIssuer> issuer = io.github.tlscompat.evidence.wire.CertificateRequest.issuer(issuerDer)
          .map(EphemeralCertificate::asModelled);
      // An ephemeral certificate made for a spec without an issuer is one the model does not refuse.
      if (issuer.isPresent() && EphemeralCertificate.isUnmodelledIssuer(issuer.get())) return;
      if (issuer.isEmpty() || !issuer.get().isAmong(policy.trustedIssuers())) {
        transcript.refuse(Side.SERVER, Reason.CLIENT_CERTIFICATE_ISSUER_UNTRUSTED, Stage.CLIENT_CERTIFICATE,
            policy.id() + " does not trust the issuer of the client's certificate: issued by '"
                + issuer.map(CertificateIssuer::name).orElse("unreadable") + "', trusted issuers are "
                + policy.trustedIssuers().stream().map(i -> "'" + i + "'").toList());
        // What OpenSSL sends when verification fails for want of the issuer (s_server -Verify 1
        // -CAfile ... -verify_return_error, 3.0.19): X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY.
        throw new TlsFatalAlert(AlertDescription.unknown_ca, "client certificate issuer not trusted");
      }
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
