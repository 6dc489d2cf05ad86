package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateIssuer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * A server's CertificateRequest as far as trust goes: the issuers it names in
 * {@code certificate_authorities}, the CAs whose client certificates it accepts (RFC 5246 7.4.4; in
 * TLS 1.3 the extension of that name, RFC 8446 4.2.4). An empty list means the server named none,
 * which lets the client send any certificate.
 *
 * <p>Each distinguished name is shown in RFC 4514 order, as {@link X500Principal#RFC2253} writes it
 * ({@code CN=Contoso Issuing CA,DC=contoso,DC=com}), so that it compares with a profile's
 * {@code trustedIssuers}. A name that does not decode, or does not make an issuer, is left out and
 * counted in {@link #notes()}: a hostile server cannot make the reader throw or hold more than the
 * message it sent.
 *
 * @param certificateAuthorities the issuers the server trusts for client certificates, in its order
 * @param notes what could not be read, e.g. {@code certificate_authorities[2] is not a distinguished name}
 * @since 0.1.0
 */
public record CertificateRequest(List<CertificateIssuer> certificateAuthorities, List<String> notes) {
  /** RFC 8446 4.2.4. */
  private static final int CERTIFICATE_AUTHORITIES = 47;
  /** The most names kept; a list this long is already past any real trust store's CertificateRequest. */
  static final int MAX_AUTHORITIES = 512;
  /** Attribute keywords RFC 2253 lacks, so that the names read as OpenSSL and Windows show them. */
  private static final Map<String, String> KEYWORDS = Map.of("1.2.840.113549.1.9.1", "E");

  /** Validates the components and copies the lists. */
  public CertificateRequest {
    certificateAuthorities = List.copyOf(certificateAuthorities);
    notes = List.copyOf(notes);
  }

  /**
   * The issuer a DER-encoded distinguished name names, in RFC 4514 order; empty when the bytes are
   * not a distinguished name or name no issuer (empty, longer than an issuer may be, or holding a
   * control character).
   */
  public static Optional<CertificateIssuer> issuer(byte[] der) {
    Preconditions.checkNotNull(der, "der");
    try {
      String name = new X500Principal(der).getName(X500Principal.RFC2253, KEYWORDS);
      return Optional.of(new CertificateIssuer(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The DER encoding of {@code issuer}'s distinguished name, as a CertificateRequest or a
   * certificate's issuer field carries it: a distinguished name as written (RFC 4514 order), the name
   * of a CA as {@code CN=} that name, which {@link CertificateIssuer#matches} takes as the same issuer.
   *
   * @throws IllegalArgumentException if the distinguished name uses an attribute the JDK cannot encode
   */
  public static byte[] distinguishedName(CertificateIssuer issuer) {
    Preconditions.checkNotNull(issuer, "issuer");
    String dn = issuer.isDistinguishedName() ? issuer.name()
        : "CN=" + issuer.name().replaceAll("([,+\"\\\\<>;=#])", "\\\\$1");
    return new X500Principal(dn, Map.of("E", "1.2.840.113549.1.9.1")).getEncoded();
  }

  /**
   * Reads a TLS 1.0 to 1.2 CertificateRequest body: certificate_types, in TLS 1.2
   * supported_signature_algorithms, then certificate_authorities.
   */
  static CertificateRequest parse(byte[] body, boolean tls12) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("CertificateRequest", body);
    r.vector8("certificate_types");
    if (tls12) r.vector16("supported_signature_algorithms");
    HandshakeReader names = r.slice(r.u16("certificate_authorities length"), "certificate_authorities");
    return authorities(names);
  }

  /**
   * Reads a TLS 1.3 CertificateRequest body (RFC 8446 4.3.2): the context, then the extensions, of
   * which certificate_authorities holds the names.
   */
  static CertificateRequest parseTls13(byte[] body) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("CertificateRequest", body);
    r.vector8("certificate_request_context");
    HandshakeReader extensions = r.slice(r.u16("extensions length"), "extensions");
    while (extensions.remaining() > 0) {
      int type = extensions.u16("extension type");
      HandshakeReader data = extensions.slice(extensions.u16("extension length"), "extension data");
      if (type == CERTIFICATE_AUTHORITIES) {
        return authorities(data.slice(data.u16("authorities length"), "authorities"));
      }
    }
    return new CertificateRequest(List.of(), List.of());
  }

  private static CertificateRequest authorities(HandshakeReader names) throws HandshakeFormatException {
    List<CertificateIssuer> issuers = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int index = 0;
    int leftOut = 0;
    while (names.remaining() > 0) {
      byte[] der = names.vector16("certificate_authorities[" + index + "]");
      if (issuers.size() >= MAX_AUTHORITIES) {
        leftOut++;
      } else {
        Optional<CertificateIssuer> issuer = issuer(der);
        if (issuer.isPresent()) {
          issuers.add(issuer.get());
        } else if (notes.size() < ServerResponseParser.MAX_NOTES) {
          notes.add("certificate_authorities[" + index + "] is not a distinguished name an issuer can have: "
              + HexFormat.of().formatHex(der, 0, Math.min(der.length, 16)) + (der.length > 16 ? "..." : ""));
        }
      }
      index++;
    }
    if (leftOut > 0) notes.add(leftOut + " more certificate_authorities past the first " + MAX_AUTHORITIES + " left out");
    return new CertificateRequest(issuers, notes);
  }

  /** For example {@code CertificateRequest [CN=Contoso Issuing CA,DC=contoso,DC=com]}. */
  @Override public String toString() {
    return "CertificateRequest " + certificateAuthorities.stream().map(CertificateIssuer::name).toList()
        + (notes.isEmpty() ? "" : " " + notes);
  }
}
