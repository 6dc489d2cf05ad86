package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The first flight of an emulated server that chose a suite Bouncy Castle has no cipher for (RC4,
 * DES, IDEA, export): BC knows neither key exchange nor cipher for those and cannot write even the
 * ServerHello, so it is written here, from the choice the server really made.
 *
 * <p>The flight is a ServerHello (RFC 5246 7.4.1.3: no session id, null compression, the
 * renegotiation_info extension when the client asked for RFC 5746, and the RFC 8446 4.1.3
 * downgrade sentinel when the server also speaks TLS 1.3), the Certificate when the suite is
 * authenticated, and ServerHelloDone. It carries no ServerKeyExchange, so no handshake can finish
 * from it; results built on it rest on the ServerHello alone ({@link io.github.tlscompat.evidence.wire.Evidence#WIRE}).
 */
final class UnrunnableSuiteFlight {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] DOWNGRADE = "DOWNGRD".getBytes(StandardCharsets.US_ASCII);

  private UnrunnableSuiteFlight() {}

  /**
   * @param certificate the DER of the certificate to send, or null for an anonymous suite
   * @param renegotiationInfo whether to send an empty renegotiation_info (RFC 5746 3.6)
   * @param downgrade whether to mark the random as a TLS 1.3 server's (RFC 8446 4.1.3)
   */
  static byte[] write(ProtocolVersion version, CipherSuite suite, byte[] certificate, boolean renegotiationInfo,
      boolean downgrade) {
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    ByteArrayOutputStream hello = new ByteArrayOutputStream();
    u16(hello, version.code());
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    if (downgrade) {
      System.arraycopy(DOWNGRADE, 0, random, 24, DOWNGRADE.length);
      random[31] = (byte) (version == ProtocolVersion.TLS_1_2 ? 1 : 0);
    }
    hello.writeBytes(random);
    hello.write(0); // session_id: none, so nothing to resume
    u16(hello, suite.code());
    hello.write(0); // compression_method: null
    if (renegotiationInfo) {
      u16(hello, 5);
      u16(hello, ExtensionType.renegotiation_info.code());
      u16(hello, 1);
      hello.write(0);
    }
    message(handshake, 2, hello.toByteArray());
    if (certificate != null) {
      ByteArrayOutputStream list = new ByteArrayOutputStream();
      u24(list, certificate.length + 3);
      u24(list, certificate.length);
      list.writeBytes(certificate);
      message(handshake, 11, list.toByteArray());
    }
    message(handshake, 14, new byte[0]);
    byte[] body = handshake.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(22);
    u16(record, version.code());
    u16(record, body.length);
    record.writeBytes(body);
    return record.toByteArray();
  }

  private static void message(ByteArrayOutputStream out, int type, byte[] body) {
    out.write(type);
    u24(out, body.length);
    out.writeBytes(body);
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8);
    out.write(v);
  }

  private static void u24(ByteArrayOutputStream out, int v) {
    out.write(v >> 16);
    out.write(v >> 8);
    out.write(v);
  }
}
