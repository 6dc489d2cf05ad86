package io.github.tlscompat.cli;

import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.ClientHelloDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;

/**
 * A stand-in TLS 1.2 server on 127.0.0.1 for the command's tests, written from RFC 5246 rather than
 * a TLS library so that its answer is known exactly: a client whose hello offers TLS 1.2 and
 * TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (0xC02F) gets a ServerHello choosing them and a
 * ServerHelloDone; a client without TLS 1.2 gets a protocol_version alert; any other a
 * handshake_failure alert. The command's agreement with real servers is the cross-check suite's job.
 */
final class ScriptedTlsServer implements AutoCloseable {
  private static final byte[] HELLO_C02F = HexFormat.of().parseHex(
      "160303002c" + "02000028" + "0303" + "11".repeat(32) + "00" + "c02f" + "00" + "0000");
  private static final byte[] HELLO_DONE = HexFormat.of().parseHex("16030300040e000000");
  private static final byte[] PROTOCOL_VERSION = HexFormat.of().parseHex("15030100020246");
  private static final byte[] HANDSHAKE_FAILURE = HexFormat.of().parseHex("15030300020228");

  private final ServerSocket socket;

  ScriptedTlsServer() throws IOException {
    socket = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(this::acceptAll, "scripted-tls-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code 127.0.0.1:PORT}. */
  String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  private void acceptAll() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.getOutputStream().write(answer(readHello(s.getInputStream())));
        s.getOutputStream().flush();
        s.shutdownOutput();
      } catch (IOException | RuntimeException e) {
        // closed, or a client that hung up: next
      }
    }
  }

  private static byte[] answer(ClientHello hello) {
    boolean tls12 = hello.legacyVersion() >= 0x0303;
    if (!tls12) return PROTOCOL_VERSION;
    if (!hello.cipherSuites().contains(0xC02F)) return HANDSHAKE_FAILURE;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HELLO_C02F);
    out.writeBytes(HELLO_DONE);
    return out.toByteArray();
  }

  /** One record holding the whole hello, as every catalog client sends it, or an SSL 2.0-framed one. */
  private static ClientHello readHello(InputStream in) throws IOException {
    byte[] head = in.readNBytes(5);
    if ((head[0] & 0x80) != 0) {
      int length = ((head[0] & 0x7F) << 8) | (head[1] & 0xFF);
      byte[] rest = in.readNBytes(length - 3);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(head);
      all.writeBytes(rest);
      return ClientHelloDecoder.decode(all.toByteArray());
    }
    int length = ((head[3] & 0xFF) << 8) | (head[4] & 0xFF);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(head);
    all.writeBytes(in.readNBytes(length));
    return ClientHelloDecoder.decode(all.toByteArray());
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
