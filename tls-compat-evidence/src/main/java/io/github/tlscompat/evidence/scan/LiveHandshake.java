package io.github.tlscompat.evidence.scan;

import io.github.tlscompat.core.model.CertificateIssuer;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsDHGroupVerifier;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsDHGroupVerifier;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A real Bouncy Castle handshake with the scanned server, for what a probe cannot read off the
 * wire: the certificate a TLS 1.3 server sends encrypted, and whether a server that asks for a
 * client certificate goes on without one. No client certificate is ever sent and no application
 * data is sent; the connection is closed as soon as the handshake ends, or, in TLS 1.3 where the
 * server asked for a certificate, as soon as the server's answer to the client's Finished is read.
 */
final class LiveHandshake {
  private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());

  /**
   * What the handshake showed.
   *
   * @param certificate the server's certificate, when it sent one
   * @param certificateRequested whether the server asked for a client certificate
   * @param completed whether both Finished messages were exchanged (without a client certificate),
   *     and in TLS 1.3, where a server that asked for one answers the client's Finished, the server
   *     went on (a NewSessionTicket or application data)
   * @param alert the alert the server ended it with, if any
   * @param endedByServer whether the server ended it (an alert, or the connection closed or reset), not
   *     a timeout: a server refusing a missing client certificate may close before its alert is read
   * @param failure why it ended otherwise, for a person
   * @param certificateAuthorities the issuers the CertificateRequest named (its certificate_authorities,
   *     read by Bouncy Castle in every version, TLS 1.3 included), empty when none came
   */
  record Result(Optional<ServerCertificate> certificate, boolean certificateRequested, boolean completed,
      Optional<Short> alert, boolean endedByServer, String failure, List<CertificateIssuer> certificateAuthorities) {}

  /** The most issuers kept from one CertificateRequest, as the wire reader keeps. */
  private static final int MAX_AUTHORITIES = 512;

  private LiveHandshake() {}

  /** The issuers of a CertificateRequest, each as {@link io.github.tlscompat.evidence.wire.CertificateRequest#issuer} reads it. */
  @SuppressWarnings("rawtypes")
  static List<CertificateIssuer> authorities(CertificateRequest request) {
    Vector names = request.getCertificateAuthorities();
    if (names == null) return List.of();
    List<CertificateIssuer> issuers = new java.util.ArrayList<>();
    for (int i = 0; i < names.size() && issuers.size() < MAX_AUTHORITIES; i++) {
      try {
        byte[] der = ((org.bouncycastle.asn1.x500.X500Name) names.get(i)).getEncoded();
        io.github.tlscompat.evidence.wire.CertificateRequest.issuer(der).ifPresent(issuers::add);
      } catch (IOException unreadable) {
        // A name Bouncy Castle decoded but cannot encode again is one the scan cannot report.
      }
    }
    return List.copyOf(issuers);
  }

  /** Bouncy Castle's version for ours, or null for SSL 2.0 and 3.0, which it does not speak. */
  static org.bouncycastle.tls.ProtocolVersion bc(ProtocolVersion v) {
    return switch (v) {
      case TLS_1_0 -> org.bouncycastle.tls.ProtocolVersion.TLSv10;
      case TLS_1_1 -> org.bouncycastle.tls.ProtocolVersion.TLSv11;
      case TLS_1_2 -> org.bouncycastle.tls.ProtocolVersion.TLSv12;
      case TLS_1_3 -> org.bouncycastle.tls.ProtocolVersion.TLSv13;
      default -> null;
    };
  }

  /** The suites of {@code suites} Bouncy Castle can run in {@code version}. */
  static int[] runnable(List<CipherSuite> suites, ProtocolVersion version) {
    int[] codes = suites.stream().filter(s -> s.code() <= 0xFFFF).mapToInt(CipherSuite::code).toArray();
    int[] supported = org.bouncycastle.tls.TlsUtils.getSupportedCipherSuites(CRYPTO, codes);
    return java.util.Arrays.stream(supported)
        .filter(c -> org.bouncycastle.tls.TlsUtils.isValidCipherSuiteForVersion(c, bc(version))).toArray();
  }

  /**
   * Runs one handshake in {@code version} offering {@code suites} (Bouncy Castle's own choice of
   * groups) and signature schemes for {@code keyType} keys only, so that a server holding several
   * certificates shows the one for that key.
   */
  static Result run(InetSocketAddress server, String sni, ProtocolVersion version, int[] suites, KeyType keyType,
      Duration timeout) {
    Capture capture = new Capture(sni, version, suites, keyType);
    try (Socket socket = new Socket()) {
      socket.connect(server, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      TlsClientProtocol protocol = new Protocol(socket.getInputStream(), socket.getOutputStream());
      try {
        protocol.connect(capture);
        if (capture.requested && version == ProtocolVersion.TLS_1_3) return afterFinished(protocol, capture);
        protocol.close();
        return new Result(capture.certificate, capture.requested, true, Optional.empty(), false, "", capture.authorities);
      } catch (TlsFatalAlertReceived e) {
        return alert(capture, e);
      }
    } catch (IOException | RuntimeException e) {
      return new Result(capture.certificate, capture.requested, false, Optional.empty(),
          endedByServer(e), e.getClass().getSimpleName() + ": " + e.getMessage(), capture.authorities);
    }
  }

  /**
   * What a TLS 1.3 server that asked for a client certificate does once the client has finished
   * without one. The client's Finished ends the client's handshake (RFC 8446 4.4.4) before the
   * server has read its empty Certificate, so the server's verdict comes after: read on, bounded by
   * the socket's timeout, until the server's alert (certificate_required, RFC 8446 4.4.2.4, or any
   * other: it refuses to go on without one), a NewSessionTicket or application data (it went on), or
   * the end of the connection (it ended it). A timeout settles nothing.
   */
  private static Result afterFinished(TlsClientProtocol protocol, Capture capture) throws IOException {
    try {
      int first = protocol.getInputStream().read();
      if (first >= 0) return new Result(capture.certificate, true, true, Optional.empty(), false, "", capture.authorities);
      return new Result(capture.certificate, true, false, Optional.empty(), true,
          "server closed the connection after the client finished without a certificate", capture.authorities);
    } catch (WentOn ticket) {
      return new Result(capture.certificate, true, true, Optional.empty(), false, "", capture.authorities);
    } catch (TlsFatalAlertReceived e) {
      return alert(capture, e);
    } finally {
      protocol.close();
    }
  }

  private static Result alert(Capture capture, TlsFatalAlertReceived e) {
    return new Result(capture.certificate, capture.requested, false, Optional.of(e.getAlertDescription()), true,
        "server sent " + AlertDescription.getText(e.getAlertDescription()), capture.authorities);
  }

  /**
   * Bouncy Castle's client protocol, stopping at the first TLS 1.3 NewSessionTicket: a server sends
   * one only once it has accepted the client's Finished (RFC 8446 4.6.1), so it went on.
   */
  private static final class Protocol extends TlsClientProtocol {
    Protocol(java.io.InputStream in, java.io.OutputStream out) {
      super(in, out);
    }

    @Override protected void receive13NewSessionTicket(java.io.ByteArrayInputStream buf) throws IOException {
      super.receive13NewSessionTicket(buf);
      throw new WentOn();
    }
  }

  /** The server sent a NewSessionTicket: thrown out of Bouncy Castle's read to stop reading. */
  private static final class WentOn extends IOException {
    private static final long serialVersionUID = 1L;

    WentOn() {
      super("server sent a NewSessionTicket", null);
    }
  }

  /** A read that ended or was reset; not a timeout, and not an alert Bouncy Castle raised itself. */
  private static boolean endedByServer(Exception e) {
    return e instanceof IOException && !(e instanceof java.net.SocketTimeoutException)
        && !(e instanceof org.bouncycastle.tls.TlsFatalAlert);
  }

  private static final class Capture extends DefaultTlsClient {
    private final String sni;
    private final ProtocolVersion version;
    private final int[] suites;
    private final KeyType keyType;
    private volatile Optional<ServerCertificate> certificate = Optional.empty();
    private volatile boolean requested;
    private volatile List<CertificateIssuer> authorities = List.of();

    Capture(String sni, ProtocolVersion version, int[] suites, KeyType keyType) {
      super(CRYPTO);
      this.sni = sni;
      this.version = version;
      this.suites = suites.clone();
      this.keyType = keyType;
    }

    @Override protected org.bouncycastle.tls.ProtocolVersion[] getSupportedVersions() {
      return new org.bouncycastle.tls.ProtocolVersion[] {bc(version)};
    }

    @Override protected int[] getSupportedCipherSuites() {
      return suites.clone();
    }

    @Override protected Vector<ServerName> getSNIServerNames() {
      if (sni == null) return null;
      Vector<ServerName> names = new Vector<>();
      names.add(new ServerName(NameType.host_name, sni.getBytes(StandardCharsets.US_ASCII)));
      return names;
    }

    /**
     * In TLS 1.3, psk_key_exchange_modes (psk_dhe_ke) beside Bouncy Castle's own extensions: a
     * server sends a NewSessionTicket only to a client that lists a mode it fits (RFC 8446 4.2.9,
     * 4.6.1), and that ticket is how a server that asked for a client certificate shows it went on
     * without one ({@link #afterFinished}).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    @Override public java.util.Hashtable getClientExtensions() throws IOException {
      java.util.Hashtable extensions = super.getClientExtensions();
      if (version == ProtocolVersion.TLS_1_3) {
        org.bouncycastle.tls.TlsExtensionsUtils.addPSKKeyExchangeModesExtension(extensions,
            new short[] {org.bouncycastle.tls.PskKeyExchangeMode.psk_dhe_ke});
      }
      return extensions;
    }

    @Override public TlsDHGroupVerifier getDHGroupVerifier() {
      // The scan reads what the server uses; refusing a small prime would hide it.
      return new DefaultTlsDHGroupVerifier(512);
    }

    @SuppressWarnings("unchecked")
    @Override protected Vector<SignatureAndHashAlgorithm> getSupportedSignatureAlgorithms() {
      Vector<SignatureAndHashAlgorithm> all = org.bouncycastle.tls.TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
      Vector<SignatureAndHashAlgorithm> kept = new Vector<>();
      for (SignatureAndHashAlgorithm a : all) {
        if (matches(a.getSignature())) kept.add(a);
      }
      return kept.isEmpty() ? all : kept;
    }

    private boolean matches(short signature) {
      return switch (keyType) {
        case RSA -> signature == SignatureAlgorithm.rsa || signature == SignatureAlgorithm.rsa_pss_rsae_sha256
            || signature == SignatureAlgorithm.rsa_pss_rsae_sha384 || signature == SignatureAlgorithm.rsa_pss_rsae_sha512;
        case EC -> signature == SignatureAlgorithm.ecdsa;
        default -> true;
      };
    }

    @Override public TlsAuthentication getAuthentication() {
      return new TlsAuthentication() {
        @Override public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
          org.bouncycastle.tls.Certificate chain = serverCertificate.getCertificate();
          if (!chain.isEmpty()) {
            certificate = Optional.of(ServerCertificate.fromDer(chain.getLength(), chain.getCertificateAt(0).getEncoded()));
          }
        }

        @Override public TlsCredentials getClientCredentials(CertificateRequest request) {
          requested = true;
          authorities = authorities(request);
          return null;
        }
      };
    }
  }
}
