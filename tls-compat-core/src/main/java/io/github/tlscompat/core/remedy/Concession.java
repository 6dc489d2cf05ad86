package io.github.tlscompat.core.remedy;

import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SecurityGrade;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;

/**
 * How much security a {@link PolicyChange} gives up, as a {@link SecurityGrade}: the grade of
 * what it lets in. The rules, one per kind of change:
 * <ul>
 *   <li>a suite added: the suite's own grade ({@code CipherSuite#grade()}: export, RC4, single DES
 *       and NULL are insecure, 3DES and RSA key transport weak);</li>
 *   <li>a version enabled: SSL 2.0 and SSL 3.0 insecure (prohibited by RFC 6176 and RFC 7568),
 *       TLS 1.0 and 1.1 weak (deprecated by RFC 8996), TLS 1.2 secure, TLS 1.3 recommended;</li>
 *   <li>DH parameters: below 1024 bits insecure (Logjam), below 2048 weak, else secure;</li>
 *   <li>a certificate presented (added, replacing one, or as the fallback for clients without
 *       SNI): signed with MD5 (or MD5+SHA-1), or an RSA or DSA key below 1024 bits, insecure; signed
 *       with SHA-1, an RSA or DSA key below 2048 bits or an EC key below 224 bits weak; else
 *       secure;</li>
 *   <li>no longer requiring a client certificate: weak, as the server then authenticates no
 *       client in the handshake.</li>
 * </ul>
 * A kind of change without a rule here concedes nothing of its own; the remedy's grade is then
 * that of the suite it negotiates ({@link Remedy#concession()}).
 */
final class Concession {
  private Concession() {}

  static SecurityGrade of(PolicyChange change) {
    if (change instanceof PolicyChange.AddCipherSuite add) return add.suite().grade();
    if (change instanceof PolicyChange.EnableVersion enable) return of(enable.version());
    if (change instanceof PolicyChange.UseDhParameters dh) {
      return dh.bits() < 1024 ? SecurityGrade.INSECURE : dh.bits() < 2048 ? SecurityGrade.WEAK : SecurityGrade.SECURE;
    }
    if (change instanceof PolicyChange.AddCertificate add) return of(add.certificate());
    if (change instanceof PolicyChange.ReplaceCertificate replace) return of(replace.replacement());
    if (change instanceof PolicyChange.AddFallbackCertificate fallback) return of(fallback.certificate());
    if (change instanceof PolicyChange.StopRequiringClientCertificate) return SecurityGrade.WEAK;
    return SecurityGrade.RECOMMENDED;
  }

  private static SecurityGrade of(ProtocolVersion version) {
    if (version.isOlderThan(ProtocolVersion.TLS_1_0)) return SecurityGrade.INSECURE;
    if (version.isOlderThan(ProtocolVersion.TLS_1_2)) return SecurityGrade.WEAK;
    return version == ProtocolVersion.TLS_1_2 ? SecurityGrade.SECURE : SecurityGrade.RECOMMENDED;
  }

  private static SecurityGrade of(CertificateSpec c) {
    HashAlgorithm hash = c.signatureHash();
    boolean finiteField = c.keyType() == KeyType.RSA || c.keyType() == KeyType.DSA;
    if (hash == HashAlgorithm.MD5 || hash == HashAlgorithm.MD5_SHA1 || (finiteField && c.keyBits() < 1024)) {
      return SecurityGrade.INSECURE;
    }
    if (hash == HashAlgorithm.SHA1 || (finiteField && c.keyBits() < 2048)
        || (c.keyType() == KeyType.EC && c.keyBits() < 224)) {
      return SecurityGrade.WEAK;
    }
    return SecurityGrade.SECURE;
  }
}
