package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientLimits;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CertificateStatusRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsDHGroupVerifier;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A Bouncy Castle client that offers what a {@link ClientProfile} offers and refuses what its
 * {@link ClientLimits} refuse.
 *
 * <p>The hello carries the profile's versions (in supported_versions too when the profile sends it,
 * as the clients that offered TLS 1.3 drafts did), suites (in order), supported_groups, key shares,
 * signature_algorithms(_cert) and server_name ({@value #SNI_HOST}) only when the profile sends them;
 * extended_master_secret, encrypt_then_mac and status_request only when the profile's extension
 * list has them. BC always adds the renegotiation SCSV, and orders extensions its own way. The
 * client does not demand secure renegotiation (RFC 5746) and takes any DH prime its limits allow,
 * as old clients did; it does not check the certificate chain's trust, only the facts its limits
 * name, which a certificate's own signature algorithm does not change (a server sends its one
 * chain whatever signature_algorithms_cert says).
 */
final class ProfileClient extends DefaultTlsClient {
  /** The server_name a profile that sends SNI asks for: the name every ephemeral certificate holds. */
  static final String SNI_HOST = "localhost";

  private final ClientProfile profile;
  private final Transcript transcript;

  ProfileClient(BcTlsCrypto crypto, ClientProfile profile, Transcript transcript) {
    super(crypto);
    this.profile = profile;
    this.transcript = transcript;
  }

  @Override protected ProtocolVersion[] getSupportedVersions() {
    return BcRegistry.versions(profile.versions());
  }

  @Override protected int[] getSupportedCipherSuites() {
    return BcRegistry.suites(profile.cipherSuites());
  }

  @Override public boolean isFallback() {
    return profile.cipherSuites().contains(CipherSuite.TLS_FALLBACK_SCSV);
  }

  @Override protected Vector<Integer> getSupportedGroups(@SuppressWarnings("rawtypes") Vector namedGroupRoles) {
    return profile.groups().isEmpty() ? null : BcRegistry.groups(profile.groups());
  }

  @Override public Vector<Integer> getEarlyKeyShareGroups() {
    // BC itself leaves out a share it cannot compute (and splits hybrids into their parts to tell).
    List<NamedGroup> shares = new ArrayList<>();
    for (NamedGroup g : profile.keyShares()) {
      if (profile.groups().contains(g)) shares.add(g);
    }
    return BcRegistry.groups(shares);
  }

  @Override protected Vector<SignatureAndHashAlgorithm> getSupportedSignatureAlgorithms() {
    return profile.signatureAlgorithms().isEmpty() ? null : BcRegistry.schemes(profile.signatureAlgorithms());
  }

  @Override protected Vector<SignatureAndHashAlgorithm> getSupportedSignatureAlgorithmsCert() {
    return profile.signatureAlgorithmsCert().isEmpty() ? null : BcRegistry.schemes(profile.signatureAlgorithmsCert());
  }

  @Override protected Vector<ServerName> getSNIServerNames() {
    if (!profile.sendsSni()) return null;
    Vector<ServerName> names = new Vector<>();
    names.add(new ServerName(NameType.host_name, SNI_HOST.getBytes(StandardCharsets.US_ASCII)));
    return names;
  }

  @Override public boolean shouldUseExtendedMasterSecret() {
    return profile.extensions().contains(ExtensionType.extended_master_secret.code());
  }

  @Override public boolean shouldCheckSigAlgOfPeerCerts() {
    return false;
  }

  @Override protected CertificateStatusRequest getCertificateStatusRequest() {
    return profile.extensions().contains(ExtensionType.status_request.code()) ? super.getCertificateStatusRequest() : null;
  }

  @Override public Hashtable<Integer, byte[]> getClientExtensions() throws IOException {
    @SuppressWarnings("unchecked")
    Hashtable<Integer, byte[]> extensions = super.getClientExtensions();
    if (!profile.extensions().contains(ExtensionType.encrypt_then_mac.code())) extensions.remove(TlsExtensionsUtils.EXT_encrypt_then_mac);
    if (profile.sendsSupportedVersions() && !profile.versions().contains(io.github.tlscompat.core.registry.ProtocolVersion.TLS_1_3)) {
      // A client that offered TLS 1.3 drafts only: its supported_versions lists the drafts, which no
      // server here speaks, and the versions the profile has. BC sends the extension only with TLS 1.3.
      TlsExtensionsUtils.addSupportedVersionsExtensionClient(extensions, getSupportedVersions());
    }
    return extensions;
  }

  @Override public void notifySecureRenegotiation(boolean secureRenegotiation) {
    // Clients before RFC 5746 (2010) connected without it; the profile has no way to demand it.
  }

  @Override public TlsDHGroupVerifier getDHGroupVerifier() {
    return group -> {
      int bits = group.getP().bitLength();
      ClientLimits limits = profile.limits();
      if (limits.acceptsDhBits(bits)) return true;
      transcript.refuse(Side.CLIENT, Reason.DH_PARAMETERS_REJECTED, Stage.SERVER_KEY_EXCHANGE, profile.id()
          + " accepts DH primes of " + limits.minDhBits().orElse(0) + ".."
          + (limits.maxDhBits().isEmpty() ? "any" : limits.maxDhBits().getAsInt()) + " bits; the server sent " + bits);
      return false;
    };
  }

  @Override public void notifySelectedCipherSuite(int selectedCipherSuite) {
    super.notifySelectedCipherSuite(selectedCipherSuite);
    Optional<CipherSuite> selected = CipherSuite.fromCode(selectedCipherSuite);
    if (selected.isEmpty() || !BcRegistry.canRun(getCrypto(), selected.get())) {
      // Stop at the ServerHello: the result rests on it alone (Evidence.WIRE).
      transcript.unrunnableSuite = true;
      throw new IllegalStateException("the server chose " + CipherSuite.fromCode(selectedCipherSuite)
          .map(CipherSuite::name).orElse("suite " + selectedCipherSuite) + ", which Bouncy Castle cannot run");
    }
  }

  @Override public void notifyAlertRaised(short alertLevel, short alertDescription, String message, Throwable cause) {
    if (alertLevel == AlertLevel.fatal) transcript.alertRaised(Side.CLIENT, alertDescription, message, cause);
  }

  @Override public void notifyAlertReceived(short alertLevel, short alertDescription) {
    if (alertLevel == AlertLevel.fatal) transcript.alertRaised(Side.SERVER, alertDescription, null, null);
  }

  @Override public void notifyHandshakeComplete() throws IOException {
    super.notifyHandshakeComplete();
    transcript.clientComplete = true;
  }

  @Override public TlsAuthentication getAuthentication() {
    // No trust is checked, on purpose and safely: this client only ever meets a server of this
    // process, through bytes pumped in memory (BcHandshake, EngineLink; NoOpenDoorsTest keeps it
    // so), and what it learns is a result for a report. The chain is read for the facts the
    // profile's limits name, which is what the client being played would refuse on.
    return new TlsAuthentication() {
      @Override public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
        org.bouncycastle.tls.Certificate chain = serverCertificate.getCertificate();
        if (chain == null || chain.isEmpty()) throw new TlsFatalAlert(AlertDescription.bad_certificate, "empty chain");
        ServerCertificate received = ServerCertificate.fromDer(chain.getLength(), chain.getCertificateAt(0).getEncoded());
        transcript.receivedCertificate = received;
        checkIssuer(chain.getCertificateAt(0).getEncoded());
        if (received.first().isPresent()) checkLimits(received.first().get());
      }

      @Override public TlsCredentials getClientCredentials(CertificateRequest request) {
        return clientCredentials(request);
      }
    };
  }

  /**
   * The issuer against the profile's trusted issuers, first of the client's checks as in the model:
   * where the profile models none, or the certificate was made for a spec without an issuer, nothing
   * is refused. Only a certificate this emulation made is checked: its issuer field is the spec's
   * issuer, which the model weighs too; any other server's issuer (a real engine's, in the
   * cross-check) is outside the policy that stands for it, and the model refuses none such.
   */
  private void checkIssuer(byte[] encoded) throws IOException {
    if (profile.trustedIssuers().isEmpty()) return;
    org.bouncycastle.asn1.x509.Certificate certificate = org.bouncycastle.asn1.x509.Certificate.getInstance(encoded);
    if (!EphemeralCertificate.isEphemeralSubject(certificate.getSubject().getEncoded())) return;
    Optional<CertificateIssuer> issuer = io.github.tlscompat.evidence.wire.CertificateRequest.issuer(
        certificate.getIssuer().getEncoded()).map(EphemeralCertificate::asModelled);
    if (issuer.isPresent() && (EphemeralCertificate.isUnmodelledIssuer(issuer.get())
        || issuer.get().isAmong(profile.trustedIssuers()))) {
      return;
    }
    refuse(Reason.CERTIFICATE_ISSUER_UNTRUSTED, AlertDescription.unknown_ca, profile.id()
        + " does not trust the issuer of the server's certificate: issued by '"
        + issuer.map(CertificateIssuer::name).orElse("unreadable") + "', trusted issuers are "
        + profile.trustedIssuers().stream().map(i -> "'" + i + "'").toList());
  }

  /** The checks {@link ClientLimits} names, in the order a client meets them. */
  private void checkLimits(CertificateSpec cert) throws IOException {
    ClientLimits limits = profile.limits();
    if (!limits.acceptsCertificateHash(cert.signatureHash())) {
      refuse(Reason.CERTIFICATE_SIGNATURE_UNSUPPORTED, AlertDescription.bad_certificate, profile.id()
          + " cannot verify a certificate signed with " + cert.signatureHash() + "; it accepts "
          + limits.certificateSignatureHashes());
    }
    int bits = cert.keyBits();
    if (cert.keyType() == KeyType.RSA && !limits.acceptsRsaBits(bits)
        || cert.keyType() == KeyType.EC && !limits.acceptsEcdsaBits(bits)) {
      refuse(Reason.CERTIFICATE_KEY_UNSUPPORTED, AlertDescription.unsupported_certificate, profile.id()
          + " does not accept the certificate's " + cert.keyType() + " " + bits + "-bit key");
    }
    if (cert.wildcard() && !limits.acceptsWildcardCertificates()) {
      refuse(Reason.WILDCARD_CERTIFICATE_UNSUPPORTED, AlertDescription.bad_certificate, profile.id()
          + " does not accept wildcard certificates; the server presented " + cert);
    }
  }

  private void refuse(Reason reason, short alert, String detail) throws IOException {
    transcript.refuse(Side.CLIENT, reason, Stage.CERTIFICATE, detail);
    throw new TlsFatalAlert(alert, detail);
  }

  /**
   * A certificate of the profile's client key type and a scheme the request allows, or null (an
   * empty Certificate) when the profile has none or no allowed scheme fits it.
   */
  private TlsCredentials clientCredentials(CertificateRequest request) {
    if (profile.clientCertificate().isEmpty()) return null;
    CertificateSpec spec = profile.clientCertificate().get();
    // A certificate an ephemeral one cannot be made for (or an Ed448 one, which this client does not
    // sign with) is sent as an empty Certificate.
    if (!java.util.Set.of(KeyType.RSA, KeyType.EC, KeyType.DSA, KeyType.ED25519).contains(spec.keyType())
        || !EphemeralCertificate.isSupported(spec)) {
      return null;
    }
    boolean tls13 = TlsUtils.isTLSv13(context);
    SignatureAndHashAlgorithm pair = null;
    if (TlsUtils.isTLSv12(context)) {
      List<SignatureScheme> allowed = new ArrayList<>();
      for (Object o : request.getSupportedSignatureAlgorithms()) {
        BcRegistry.ours((SignatureAndHashAlgorithm) o).ifPresent(allowed::add);
      }
      SignatureScheme scheme = Signing.first(getCrypto(), spec, allowed, tls13, false);
      if (scheme == null) return null;
      pair = BcRegistry.bc(scheme);
    }
    EphemeralCertificate cert = EphemeralCertificate.of(spec);
    return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), (BcTlsCrypto) getCrypto(),
        cert.privateKeyParameter(), cert.tlsCertificate(getCrypto(), tls13), pair);
  }
}
