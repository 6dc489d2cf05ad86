package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.io.ByteArrayInputStream;
import java.security.AlgorithmParameters;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PSSParameterSpec;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server's Certificate message shows about its own (first) certificate: the facts a client
 * checks, as a {@link CertificateSpec}, read with the JDK's {@link CertificateFactory} (no I/O, no
 * path validation: a probe wants the facts, not trust).
 *
 * @param chainLength how many certificates the server sent
 * @param first the first certificate's key type and size, signature hash and wildcard flag; empty
 *     when it does not decode or uses a key or hash the model has no name for
 * @param description the subject and signature algorithm, or why {@code first} is empty
 * @since 0.1.0
 */
public record ServerCertificate(int chainLength, Optional<CertificateSpec> first, String description) {

  private static final Pattern HASH_WITH = Pattern.compile("^(MD5|SHA1|SHA224|SHA256|SHA384|SHA512)with",
      Pattern.CASE_INSENSITIVE);

  /** Validates the components. */
  public ServerCertificate {
    Preconditions.checkNotNull(first, "first");
    Preconditions.checkNotNull(description, "description");
  }

  /**
   * Parses a TLS 1.2-or-earlier Certificate body: {@code certificate_list<0..2^24-1>} of
   * {@code ASN.1Cert<1..2^24-1>} (RFC 5246 7.4.2). TLS 1.3 sends its Certificate encrypted, so it
   * never reaches this parser.
   */
  static ServerCertificate parse(byte[] body) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("Certificate", body);
    HandshakeReader list = r.slice(r.u24("certificate_list length"), "certificate_list");
    byte[] der = null;
    int count = 0;
    while (list.remaining() > 0) {
      byte[] cert = list.bytes(list.u24("ASN.1Cert length"), "ASN.1Cert");
      if (der == null) der = cert;
      count++;
    }
    if (r.remaining() > 0) throw new HandshakeFormatException("Certificate: " + r.remaining() + " bytes after the list");
    if (der == null) return new ServerCertificate(0, Optional.empty(), "empty certificate list");
    return fromDer(count, der);
  }

  /**
   * Describes one DER certificate, the first of a chain of {@code chainLength}: used for TLS, for
   * the SSL 2.0 SERVER-HELLO's certificate, and for the certificate a handshake's client received.
   * Never throws: a certificate that does not decode gets an empty {@link #first}.
   */
  public static ServerCertificate fromDer(int chainLength, byte[] der) {
    X509Certificate cert;
    try {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      // A probe reports a server's broken certificate; it does not fail on it.
      return new ServerCertificate(chainLength, Optional.empty(), "certificate does not decode as X.509: " + e.getMessage());
    }
    String description = cert.getSubjectX500Principal().getName() + ", " + cert.getSigAlgName();
    try {
      return describe(chainLength, cert, description);
    } catch (RuntimeException e) {
      // A key or extension the JDK decoded lazily can still fail on a hostile value.
      return new ServerCertificate(chainLength, Optional.empty(), description + ": " + e.getMessage());
    }
  }

  private static ServerCertificate describe(int chainLength, X509Certificate cert, String description) {
    PublicKey key = cert.getPublicKey();
    KeyType type;
    int bits;
    if (key instanceof RSAPublicKey rsa) {
      // An id-RSASSA-PSS key reports algorithm "RSASSA-PSS" and can sign only with PSS (RFC 8446 4.2.3).
      type = key.getAlgorithm().equalsIgnoreCase("RSASSA-PSS") ? KeyType.RSASSA_PSS : KeyType.RSA;
      bits = rsa.getModulus().bitLength();
    } else if (key instanceof ECPublicKey ec) {
      type = KeyType.EC;
      bits = ec.getParams().getCurve().getField().getFieldSize();
    } else if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
      type = KeyType.DSA;
      bits = dsa.getParams().getP().bitLength();
      if (bits == 0) return new ServerCertificate(chainLength, Optional.empty(), description + ": the DSA key's prime p has 0 bits");
    } else if (key instanceof EdECPublicKey ed) {
      boolean ed448 = ed.getParams().getName().equalsIgnoreCase("Ed448");
      type = ed448 ? KeyType.ED448 : KeyType.ED25519;
      bits = ed448 ? 448 : 255;
    } else {
      return new ServerCertificate(chainLength, Optional.empty(), description + ": key type " + key.getAlgorithm()
          + " has no name in the model");
    }
    if (bits <= 0) {
      // A hostile certificate's key can decode with no size at all; the model's keys have one.
      return new ServerCertificate(chainLength, Optional.empty(), description + ": the " + type + " key has no size");
    }
    Optional<HashAlgorithm> hash = signatureHash(cert);
    if (hash.isEmpty()) {
      return new ServerCertificate(chainLength, Optional.empty(), description + ": signature hash has no name in the model");
    }
    return new ServerCertificate(chainLength, Optional.of(new CertificateSpec(type, bits, hash.get(), wildcard(cert))),
        description);
  }

  private static Optional<HashAlgorithm> signatureHash(X509Certificate cert) {
    String name = cert.getSigAlgName();
    Matcher m = HASH_WITH.matcher(name);
    if (m.find()) return Optional.of(HashAlgorithm.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    if (name.toUpperCase(Locale.ROOT).startsWith("ED")) return Optional.of(HashAlgorithm.INTRINSIC);
    if (name.equalsIgnoreCase("RSASSA-PSS") && cert.getSigAlgParams() != null) {
      // PSS names its hash in the parameters, not in the algorithm name (RFC 4055 3.1).
      try {
        AlgorithmParameters params = AlgorithmParameters.getInstance("RSASSA-PSS");
        params.init(cert.getSigAlgParams());
        String digest = params.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm();
        return Optional.of(HashAlgorithm.valueOf(digest.replace("-", "").toUpperCase(Locale.ROOT)));
      } catch (java.io.IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean wildcard(X509Certificate cert) {
    try {
      Collection<List<?>> names = cert.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> n : names) {
          // 2 = dNSName (RFC 5280 4.2.1.6)
          if (Integer.valueOf(2).equals(n.get(0)) && String.valueOf(n.get(1)).startsWith("*.")) return true;
        }
      }
    } catch (CertificateParsingException e) {
      // An unreadable SAN is no evidence of a wildcard; fall back to the subject CN.
    }
    return cert.getSubjectX500Principal().getName().matches("(^|.*,)CN=\\*\\..*");
  }

  @Override public String toString() {
    return first.map(CertificateSpec::toString).orElse("unreadable") + " (" + description + ", chain of " + chainLength + ")";
  }
}
