package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SSL 2.0 SERVER-HELLO (the SSL 2.0 specification, draft-hickman-netscape-ssl-00, "Server Only
 * Protocol Messages"; RFC 6101 E only covers the SSL 2.0-compatible client hello). A server that
 * answers this way has agreed to speak SSL 2.0. Unlike TLS, the server does not choose the cipher:
 * it lists the kinds it accepts of the client's, and the client picks one (CLIENT-MASTER-KEY).
 *
 * @param sessionIdHit whether the server resumes a cached session (then it sends no certificate and
 *     no cipher specs)
 * @param certificateType 1 for SSL_X509_CERTIFICATE
 * @param version the SERVER-VERSION field, 0x0002 for SSL 2.0
 * @param cipherKinds the three-byte cipher kind codes, in the server's order
 * @param certificate the certificate, when one was sent and is of type X.509
 * @since 0.1.0
 */
public record ServerHelloSsl2(boolean sessionIdHit, int certificateType, int version, List<Integer> cipherKinds,
    Optional<ServerCertificate> certificate) {

  /** MSG-SERVER-HELLO. */
  static final int MSG_SERVER_HELLO = 4;
  /** MSG-ERROR. */
  static final int MSG_ERROR = 0;
  /** SSL_X509_CERTIFICATE. */
  private static final int X509 = 1;

  /** Validates and copies the components. */
  public ServerHelloSsl2 {
    Preconditions.checkNotNull(certificate, "certificate");
    cipherKinds = List.copyOf(cipherKinds);
  }

  /** The cipher kinds the registry knows, in the server's order. */
  public List<CipherSuite> suites() {
    List<CipherSuite> out = new ArrayList<>();
    for (int code : cipherKinds) CipherSuite.fromSsl2Code(code).ifPresent(out::add);
    return out;
  }

  /** Parses the message, starting at its MSG-SERVER-HELLO byte. */
  static ServerHelloSsl2 parse(byte[] message) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("SSL 2.0 SERVER-HELLO", message);
    r.u8("MSG-SERVER-HELLO");
    boolean hit = r.u8("SESSION-ID-HIT") != 0;
    int certType = r.u8("CERTIFICATE-TYPE");
    int version = r.u16("SERVER-VERSION");
    int certLength = r.u16("CERTIFICATE-LENGTH");
    int specsLength = r.u16("CIPHER-SPECS-LENGTH");
    int connectionIdLength = r.u16("CONNECTION-ID-LENGTH");
    byte[] cert = r.bytes(certLength, "CERTIFICATE-DATA");
    if (specsLength % 3 != 0) {
      throw new HandshakeFormatException("SSL 2.0 SERVER-HELLO: CIPHER-SPECS-LENGTH " + specsLength
          + " is not a multiple of 3");
    }
    List<Integer> kinds = new ArrayList<>();
    for (int i = 0; i < specsLength / 3; i++) kinds.add(r.u8("CIPHER-SPECS-DATA") << 16 | r.u16("CIPHER-SPECS-DATA"));
    r.skip(connectionIdLength, "CONNECTION-ID-DATA");
    Optional<ServerCertificate> certificate = certLength > 0 && certType == X509
        ? Optional.of(ServerCertificate.fromDer(1, cert)) : Optional.empty();
    return new ServerHelloSsl2(hit, certType, version, kinds, certificate);
  }

  /** The SSL 2.0 ERROR code's name (the SSL 2.0 specification, "Error Messages"). */
  static String errorName(int code) {
    return switch (code) {
      case 0x0001 -> "NO-CIPHER-ERROR";
      case 0x0002 -> "NO-CERTIFICATE-ERROR";
      case 0x0004 -> "BAD-CERTIFICATE-ERROR";
      case 0x0006 -> "UNSUPPORTED-CERTIFICATE-TYPE-ERROR";
      default -> "UNKNOWN";
    } + String.format("(0x%04X)", code);
  }

  @Override public String toString() {
    List<String> names = new ArrayList<>();
    for (int code : cipherKinds) {
      names.add(CipherSuite.fromSsl2Code(code).map(CipherSuite::ianaName).orElse(String.format("UNKNOWN(0x%06X)", code)));
    }
    return "SSL 2.0 SERVER-HELLO " + names;
  }
}
