/**
 * Evidence beyond the model: the ClientHello codec and probes that read a server's answer off the
 * wire ({@code io.github.tlscompat.evidence.wire}), real Bouncy Castle handshakes and emulated
 * servers ({@code io.github.tlscompat.evidence.handshake}).
 *
 * @since 0.1.0
 */
module io.github.tlscompat.evidence {
  exports io.github.tlscompat.evidence.handshake;
  exports io.github.tlscompat.evidence.scan;
  exports io.github.tlscompat.evidence.wire;

  requires transitive io.github.tlscompat.core;
  // EphemeralCertificate hands out Bouncy Castle's TLS certificate and private key types.
  requires transitive org.bouncycastle.tls;
  requires transitive org.bouncycastle.provider;
  // The X.509 builder of the self-signed certificates.
  requires org.bouncycastle.pkix;
}
