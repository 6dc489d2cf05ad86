package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.DHGroup;
import org.bouncycastle.tls.crypto.DHStandardGroups;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * Translates between this library's registries and Bouncy Castle's bare codes, and says what BC
 * can run. The two share the IANA code points, so translation is by code.
 */
final class BcRegistry {
  private BcRegistry() {}

  /** BC's constant for a version, or null for SSL 2.0, which BC does not speak. */
  static org.bouncycastle.tls.ProtocolVersion bc(ProtocolVersion v) {
    return switch (v) {
      case SSL_2_0 -> null;
      case SSL_3_0 -> org.bouncycastle.tls.ProtocolVersion.SSLv3;
      case TLS_1_0 -> org.bouncycastle.tls.ProtocolVersion.TLSv10;
      case TLS_1_1 -> org.bouncycastle.tls.ProtocolVersion.TLSv11;
      case TLS_1_2 -> org.bouncycastle.tls.ProtocolVersion.TLSv12;
      case TLS_1_3 -> org.bouncycastle.tls.ProtocolVersion.TLSv13;
    };
  }

  /** Our constant for one of BC's versions. */
  static Optional<ProtocolVersion> ours(org.bouncycastle.tls.ProtocolVersion v) {
    return v == null ? Optional.empty() : ProtocolVersion.fromCode(v.getFullVersion());
  }

  /** The versions BC can speak of {@code versions}, newest first as BC lists them; empty if none. */
  static org.bouncycastle.tls.ProtocolVersion[] versions(Iterable<ProtocolVersion> versions) {
    List<org.bouncycastle.tls.ProtocolVersion> out = new ArrayList<>();
    for (ProtocolVersion v : versions) {
      org.bouncycastle.tls.ProtocolVersion bc = bc(v);
      if (bc != null) out.add(0, bc);
    }
    return out.toArray(new org.bouncycastle.tls.ProtocolVersion[0]);
  }

  /**
   * The suite codes to put in a hello, in order: signaling values and SSL 2.0 cipher kinds are left
   * out (BC adds the renegotiation SCSV itself, and a TLS hello cannot carry three-byte kinds).
   */
  static int[] suites(List<CipherSuite> suites) {
    return suites.stream().filter(s -> !s.isSignaling() && !s.isSsl2()).mapToInt(CipherSuite::code).toArray();
  }

  /**
   * Whether BC can run the suite to the end: its crypto implements the cipher and MAC (it has no
   * RC4, DES, export, IDEA or GOST), and the key exchange is one BC completes with a client that
   * has no certificate. Static ECDH (ECDH_ECDSA, ECDH_RSA, RFC 4492 2.1/2.3) is not: BC's server
   * takes the EC key of its certificate as agreement credentials, but its
   * {@code TlsECDHKeyExchange} reads the client's side only from a fixed-ECDH client certificate
   * (RFC 4492 3, ecdsa_fixed_ecdh), never from the ephemeral point a client without one sends in
   * ClientKeyExchange (RFC 4492 5.7), and BC's client likewise cannot send one.
   */
  static boolean canRun(TlsCrypto crypto, CipherSuite suite) {
    return TlsUtils.isSupportedCipherSuite(crypto, suite.code())
        && suite.keyExchange().agreement() != KeyExchange.Agreement.ECDH;
  }

  /** The group codes as BC takes them for supported_groups. */
  static Vector<Integer> groups(List<NamedGroup> groups) {
    Vector<Integer> out = new Vector<>();
    for (NamedGroup g : groups) out.add(g.code());
    return out;
  }

  /** A scheme as BC's signature-and-hash pair: the code's high byte is the hash, the low byte the signature. */
  static SignatureAndHashAlgorithm bc(SignatureScheme scheme) {
    return SignatureAndHashAlgorithm.getInstance((short) (scheme.code() >> 8), (short) (scheme.code() & 0xFF));
  }

  /** Our scheme for one of BC's pairs, when the registry knows it. */
  static Optional<SignatureScheme> ours(SignatureAndHashAlgorithm pair) {
    return SignatureScheme.fromCode(pair.getHash() << 8 | pair.getSignature());
  }

  /** The schemes as BC takes them for signature_algorithms. */
  static Vector<SignatureAndHashAlgorithm> schemes(List<SignatureScheme> schemes) {
    Vector<SignatureAndHashAlgorithm> out = new Vector<>();
    for (SignatureScheme s : schemes) out.add(bc(s));
    return out;
  }

  /**
   * The well-known DH group of {@code bits} a server of that prime size would use: RFC 2409's
   * Oakley groups for 768 and 1024 bits (what Apache, SChannel and OpenSSL's 1024-bit defaults
   * were), RFC 3526's MODP groups above; null for other sizes, whose primes would have to be
   * generated (seconds per prime).
   */
  static DHGroup dhGroup(int bits) {
    return switch (bits) {
      case 768 -> DHStandardGroups.rfc2409_768;
      case 1024 -> DHStandardGroups.rfc2409_1024;
      case 1536 -> DHStandardGroups.rfc3526_1536;
      case 2048 -> DHStandardGroups.rfc3526_2048;
      case 3072 -> DHStandardGroups.rfc3526_3072;
      case 4096 -> DHStandardGroups.rfc3526_4096;
      case 6144 -> DHStandardGroups.rfc3526_6144;
      case 8192 -> DHStandardGroups.rfc3526_8192;
      default -> null;
    };
  }
}
