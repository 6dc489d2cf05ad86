package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.util.List;
import org.bouncycastle.tls.crypto.TlsCrypto;

/** Which signature schemes a certificate's key can make, in TLS 1.2 and in TLS 1.3. */
final class Signing {
  private Signing() {}

  /**
   * Whether the key of {@code cert} can sign with {@code scheme} in the version, and BC implements
   * it. An rsaEncryption key makes PKCS#1 and PSS-RSAE signatures, not PSS-PSS ones (RFC 8446
   * 4.2.3). An ECDSA scheme that names a curve fixes it when {@code curveBound}: always in TLS 1.3,
   * in TLS 1.2 only for a server that binds its schemes so ({@code bindsEcdsaSchemesToCurve}); the
   * legacy TLS 1.2 pairs (ecdsa_sha1, ecdsa_sha224) name no curve and fit any.
   */
  static boolean canSign(TlsCrypto crypto, CertificateSpec cert, SignatureScheme scheme, boolean tls13,
      boolean curveBound) {
    if (tls13 ? !scheme.usableInTls13Handshake() : !scheme.usableInTls12()) return false;
    if (scheme.keyType() != cert.keyType()) return false;
    if ((tls13 || curveBound) && cert.keyType() == KeyType.EC) {
      int curve = curveBits(scheme);
      boolean namesNoCurve = curve == 0 && !scheme.usableInTls13Handshake();
      if (curve != cert.keyBits() && !namesNoCurve) return false;
    }
    return crypto.hasSignatureAndHashAlgorithm(BcRegistry.bc(scheme));
  }

  /** The first scheme of {@code order} that the certificate can sign with, or null. */
  static SignatureScheme first(TlsCrypto crypto, CertificateSpec cert, List<SignatureScheme> order, boolean tls13,
      boolean curveBound) {
    for (SignatureScheme s : order) {
      if (canSign(crypto, cert, s, tls13, curveBound)) return s;
    }
    return null;
  }

  /** The curve a TLS 1.3 ECDSA scheme names ({@code ecdsa_secp384r1_sha384}: 384), or 0. */
  private static int curveBits(SignatureScheme scheme) {
    String name = scheme.name();
    if (!name.startsWith("ecdsa_secp")) return 0;
    return Integer.parseInt(name.substring("ecdsa_secp".length(), name.indexOf('r')));
  }
}
