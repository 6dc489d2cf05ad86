package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.wire.ServerResponse.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a server's answer to a ClientHello from bytes fed in any chunks, as they come off a socket
 * or out of an {@link javax.net.ssl.SSLEngine}, and builds a {@link ServerResponse}.
 *
 * <p>It reassembles both layers: records split across reads (RFC 8446 5.1 puts no bound on how a
 * stream is cut), handshake messages fragmented across records and several messages in one record
 * (RFC 5246 6.2.1). The first byte decides the framing: a set high bit is an SSL 2.0 two-byte record
 * header, anything else must be a TLS record. Nothing it is fed makes it throw: bytes that are not
 * TLS, a message that does not decode or a stream that stops short become a {@link Status} with a
 * problem naming the offset.
 *
 * <p>It reads only what travels in clear: after a TLS 1.3 ServerHello (RFC 8446 2) or a
 * ChangeCipherSpec it counts records without looking inside. Not thread-safe; one per exchange.
 *
 * <pre>{@code
 * ServerResponseParser parser = new ServerResponseParser();
 * while (!parser.isComplete() && (n = in.read(buf)) > 0) parser.feed(buf, 0, n);
 * ServerResponse response = parser.finish();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ServerResponseParser {
  private static final int HEADER = 5;
  /** The largest TLSCiphertext fragment, 2^14 + 2048 (RFC 5246 6.2.3; RFC 8446 5.2 allows less). */
  private static final int MAX_FRAGMENT = (1 << 14) + 2048;
  private static final int CHANGE_CIPHER_SPEC = 20;
  private static final int ALERT = 21;
  private static final int HANDSHAKE = 22;
  private static final int APPLICATION_DATA = 23;
  private static final int HEARTBEAT = 24;
  /** How many bytes of a non-TLS answer the problem shows, when they read as text. */
  private static final int PREVIEW = 40;
  /**
   * How many notes an answer keeps; a server streaming records that each earn one gets a single
   * "...and N more notes" after these, so a probe's memory does not grow with the stream.
   */
  static final int MAX_NOTES = 32;
  /** How many alerts an answer keeps; past these the last one is replaced, so the ending alert stays right. */
  static final int MAX_ALERTS = 64;
  /**
   * The longest handshake message this reader buffers, 256 KiB: a certificate chain rarely
   * exceeds 64 KiB, while the 24-bit length field (RFC 5246 7.4) would let a server make a reader
   * hold 16 MiB.
   */
  static final int MAX_HANDSHAKE_MESSAGE = 256 * 1024;

  private enum Framing { UNKNOWN, TLS, SSL2 }

  private byte[] pending = new byte[1024];
  /** Where the unconsumed bytes start in {@link #pending}: records are consumed by moving it, not by copying. */
  private int head;
  private int pendingLength;
  private long offset;
  private long fed;
  private Framing framing = Framing.UNKNOWN;
  private byte[] handshake = new byte[1024];
  private int handshakeLength;
  private final ClientHello offered;

  private ServerHello serverHello;
  private ServerHelloSsl2 ssl2Hello;
  private ServerCertificate certificate;
  private ServerKeyExchange keyExchange;
  private boolean certificateRequested;
  private CertificateRequest certificateRequest;
  private boolean helloDone;
  private final List<Alert> alerts = new ArrayList<>();
  private OptionalInt ssl2Error = OptionalInt.empty();
  private OptionalInt recordVersion = OptionalInt.empty();
  private int encryptedRecords;
  private boolean encrypted;
  private boolean fatalAlert;
  private final List<String> notes = new ArrayList<>();
  private long notesLeftOut;
  private long alertsLeftOut;
  private String problem;
  private Status problemStatus;
  /** Whether {@link #problem} still awaits the first bytes of the answer as text (a non-TLS answer). */
  private boolean previewPending;

  /** Creates a parser that has seen no byte and does not check the server's choices against an offer. */
  public ServerResponseParser() {
    this.offered = null;
  }

  /**
   * Creates a parser that also checks the server's choices against the hello it answers: a version,
   * cipher suite or SSL 2.0 SERVER-HELLO the client never offered is the server's protocol violation
   * ({@link Status#PROTOCOL_VIOLATION}), which a real client aborts on (RFC 8446 4.1.3, RFC 5246 7.4.1.3).
   *
   * @param offered the ClientHello the server answers
   */
  public ServerResponseParser(ClientHello offered) {
    this.offered = Preconditions.checkNotNull(offered, "offered");
  }

  /** Parses a complete stream at once: the bytes a server sent before it stopped or closed. */
  public static ServerResponse parse(byte[] stream) {
    return new ServerResponseParser().feed(stream, 0, stream.length).finish();
  }

  /** Parses a complete stream at once and checks the server's choices against {@code offered}. */
  public static ServerResponse parse(byte[] stream, ClientHello offered) {
    return new ServerResponseParser(offered).feed(stream, 0, stream.length).finish();
  }

  /**
   * Adds the next bytes of the stream. Bytes after the answer is {@link #isComplete() complete}
   * are counted but not read.
   *
   * @return this parser
   */
  public ServerResponseParser feed(byte[] bytes, int off, int len) {
    if (off < 0 || len < 0 || off + len > bytes.length) {
      throw new IndexOutOfBoundsException("feed(" + off + ", " + len + ") on " + bytes.length + " bytes");
    }
    fed += len;
    if (previewPending) {
      // The text shown for a non-TLS answer is its first bytes, however they were cut into reads.
      len = Math.min(len, PREVIEW - pendingLength);
      if (len <= 0) return this;
    } else if (problem != null || fatalAlert) {
      return this;
    }
    append(bytes, off, len);
    drain();
    return this;
  }

  private void append(byte[] bytes, int off, int len) {
    if (head > 0) {
      // Only the tail of one record is ever left here, so moving it once per read stays linear.
      System.arraycopy(pending, head, pending, 0, pendingLength);
      head = 0;
    }
    if (pendingLength + len > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + len));
    }
    System.arraycopy(bytes, off, pending, pendingLength, len);
    pendingLength += len;
  }

  /**
   * Whether more bytes cannot change the answer: a fatal alert, a problem, an SSL 2.0 hello or
   * error, a HelloRetryRequest, a TLS 1.3 ServerHello (the rest is encrypted), or a ServerHelloDone.
   * A live probe stops reading here instead of waiting for a timeout.
   */
  public boolean isComplete() {
    return problem != null || fatalAlert || ssl2Hello != null || ssl2Error.isPresent() || helloDone
        || serverHello != null && (serverHello.isTls13() || serverHello.helloRetryRequest()) || encrypted;
  }

  /** Ends the stream (the peer closed, or the caller stops reading) and returns what it held. */
  public ServerResponse finish() {
    if (previewPending) {
      problem += preview();
      previewPending = false;
    }
    // After a fatal alert the rest is not read (feed drops it), so bytes that came in the same read
    // as the alert are not "a record the stream ended inside" either: whole or in pieces, one answer.
    if (problem == null && !fatalAlert && (pendingLength > 0 || handshakeLength > 0)) {
      String where = pendingLength > 0 ? "inside a record (" + pendingLength + " bytes of it at offset " + offset + ")"
          : "inside a handshake message (" + handshakeLength + " bytes of it)";
      if (decisive()) {
        note("the stream ended " + where);
      } else {
        fail(Status.TRUNCATED, "the stream ended " + where);
      }
    }
    List<String> allNotes = new ArrayList<>(notes);
    if (alertsLeftOut > 0) allNotes.add("...and " + alertsLeftOut + " more alerts");
    if (notesLeftOut > 0) allNotes.add("...and " + notesLeftOut + " more notes");
    return new ServerResponse(status(), Optional.ofNullable(serverHello), Optional.ofNullable(ssl2Hello),
        Optional.ofNullable(certificate), Optional.ofNullable(keyExchange), certificateRequested,
        Optional.ofNullable(certificateRequest), helloDone, alerts,
        ssl2Error, encryptedRecords, allNotes, Optional.ofNullable(problem), fed, recordVersion);
  }

  /**
   * Whether the stream was cut where nothing decisive had come yet: it ended, or the reader gave up
   * waiting, inside a record or handshake message. A caller that gave up on a timeout reports that
   * instead of the cut.
   */
  boolean endsInsidePartialMessage() {
    return problem == null && !decisive() && (pendingLength > 0 || handshakeLength > 0);
  }

  private void note(String text) {
    if (notes.size() < MAX_NOTES) {
      notes.add(text);
    } else {
      notesLeftOut++;
    }
  }

  private boolean decisive() {
    return serverHello != null || ssl2Hello != null || !alerts.isEmpty() || ssl2Error.isPresent();
  }

  private Status status() {
    if (problemStatus == Status.PROTOCOL_VIOLATION) return problemStatus;
    if (serverHello != null) return Status.SERVER_HELLO;
    if (ssl2Hello != null) return Status.SSL2_SERVER_HELLO;
    if (!alerts.isEmpty() || ssl2Error.isPresent()) return Status.ALERT;
    if (problemStatus != null) return problemStatus;
    return Status.CLOSED;
  }

  private void fail(Status status, String message) {
    if (problem != null) return;
    problem = message;
    problemStatus = status;
  }

  /** Fails as not TLS; the answer's first bytes are shown as text at {@link #finish()}, when they read as text. */
  private void notTls(String message) {
    if (problem != null) return;
    fail(Status.NOT_TLS, message);
    previewPending = true;
  }

  private void drain() {
    while (problem == null && !fatalAlert && pendingLength > 0) {
      if (framing == Framing.UNKNOWN) {
        framing = (pending[head] & 0x80) != 0 ? Framing.SSL2 : Framing.TLS;
      }
      int consumed = framing == Framing.SSL2 ? nextSsl2Record() : nextTlsRecord();
      if (consumed == 0) return;
      head += consumed;
      pendingLength -= consumed;
      offset += consumed;
    }
  }

  /** Consumes one TLS record if it is all there; returns the bytes consumed, 0 to wait for more. */
  private int nextTlsRecord() {
    int type = pending[head] & 0xFF;
    if (type < CHANGE_CIPHER_SPEC || type > HEARTBEAT) {
      notTls(String.format("not a TLS record: content type 0x%02X at offset %d", type, offset));
      return 0;
    }
    // Every record since SSL 3.0 carries major version 3 (RFC 8446 5.1 legacy_record_version).
    if (pendingLength >= 2 && pending[head + 1] != 3) {
      notTls(String.format("not a TLS record: version major 0x%02X at offset %d", pending[head + 1] & 0xFF,
          offset + 1));
      return 0;
    }
    if (pendingLength < HEADER) return 0;
    if (recordVersion.isEmpty()) recordVersion = OptionalInt.of((pending[head + 1] & 0xFF) << 8 | pending[head + 2] & 0xFF);
    int length = (pending[head + 3] & 0xFF) << 8 | pending[head + 4] & 0xFF;
    if (length > MAX_FRAGMENT) {
      notTls("not a TLS record: length " + length + " at offset " + (offset + 3)
          + " exceeds 2^14+2048 (RFC 5246 6.2.3)");
      return 0;
    }
    if (pendingLength < HEADER + length) return 0;
    byte[] fragment = Arrays.copyOfRange(pending, head + HEADER, head + HEADER + length);
    if (handshakeLength > 0 && type != HANDSHAKE) {
      // RFC 8446 5.1: handshake messages MUST NOT be interleaved with other record types.
      fail(Status.MALFORMED, "a record of type " + type + " at offset " + offset
          + " interrupts a fragmented handshake message (RFC 8446 5.1)");
      return 0;
    }
    record(type, fragment);
    return HEADER + length;
  }

  private void record(int type, byte[] fragment) {
    if (encrypted && type != CHANGE_CIPHER_SPEC) {
      encryptedRecords++;
      return;
    }
    switch (type) {
      case CHANGE_CIPHER_SPEC -> {
        // TLS 1.3 servers send one for middlebox compatibility (RFC 8446 D.4); it changes nothing.
        // Before TLS 1.3 it means the server resumed a session: what follows is encrypted.
        if (serverHello != null && !serverHello.isTls13() && !serverHello.helloRetryRequest()) {
          encrypted = true;
          note("the server sent ChangeCipherSpec (a resumed session): what follows is encrypted");
        }
      }
      case ALERT -> alerts(fragment);
      case HANDSHAKE -> {
        if (handshakeLength + fragment.length > handshake.length) {
          handshake = Arrays.copyOf(handshake, Math.max(handshake.length * 2, handshakeLength + fragment.length));
        }
        System.arraycopy(fragment, 0, handshake, handshakeLength, fragment.length);
        handshakeLength += fragment.length;
        handshakeMessages();
      }
      case APPLICATION_DATA -> {
        encryptedRecords++;
        if (serverHello == null) fail(Status.MALFORMED, "application data at offset " + offset + " before any hello");
      }
      default -> note("heartbeat record at offset " + offset + " ignored");
    }
  }

  private void alerts(byte[] fragment) {
    // RFC 8446 5.1: alerts are never fragmented, so a record holds whole two-byte alerts.
    if (fragment.length == 0 || fragment.length % 2 != 0) {
      fail(Status.MALFORMED, "alert record at offset " + offset + " holds " + fragment.length + " bytes, not whole alerts");
      return;
    }
    for (int i = 0; i < fragment.length && !fatalAlert; i += 2) {
      Alert a = new Alert(fragment[i] & 0xFF, fragment[i + 1] & 0xFF);
      if (alerts.size() < MAX_ALERTS) {
        alerts.add(a);
      } else {
        // A stream of warnings: keep the latest in the last place, where the ending alert is looked for.
        alerts.set(MAX_ALERTS - 1, a);
        alertsLeftOut++;
      }
      fatalAlert = a.isFatal();
    }
  }

  private void handshakeMessages() {
    byte[] all = handshake;
    int pos = 0;
    while (problem == null && handshakeLength - pos >= 4) {
      int type = all[pos] & 0xFF;
      int length = (all[pos + 1] & 0xFF) << 16 | (all[pos + 2] & 0xFF) << 8 | all[pos + 3] & 0xFF;
      if (length > MAX_HANDSHAKE_MESSAGE) {
        fail(Status.MALFORMED, "a handshake message of type " + type + " declares " + length + " bytes, over the "
            + MAX_HANDSHAKE_MESSAGE + " this reader accepts");
        break;
      }
      // A message fragmented over many records is read once, when its last fragment is in.
      if (handshakeLength - pos - 4 < length) break;
      byte[] body = Arrays.copyOfRange(all, pos + 4, pos + 4 + length);
      pos += 4 + length;
      try {
        message(type, body);
      } catch (HandshakeFormatException e) {
        fail(Status.MALFORMED, e.getMessage());
      }
      if (encrypted) {
        // Bytes after a TLS 1.3 ServerHello in the same record would be a protocol error; keep none.
        pos = handshakeLength;
      }
    }
    System.arraycopy(all, pos, all, 0, handshakeLength - pos);
    handshakeLength -= pos;
  }

  private void message(int type, byte[] body) throws HandshakeFormatException {
    switch (type) {
      case 0 -> { /* HelloRequest: a renegotiation prompt, meaningless here (RFC 5246 7.4.1.1). */ }
      case 2 -> serverHello(body);
      case 11 -> {
        if (beforeHello("Certificate")) return;
        certificate = ServerCertificate.parse(body);
      }
      case 12 -> {
        if (beforeHello("ServerKeyExchange")) return;
        Optional<CipherSuite> suite = serverHello.suite();
        Optional<ProtocolVersion> version = serverHello.protocolVersion();
        if (suite.isEmpty() || version.isEmpty()) {
          note("ServerKeyExchange not read: the ServerHello's suite or version is unknown");
        } else {
          keyExchange = ServerKeyExchange.parse(body, suite.get(), version.get());
        }
      }
      case 13 -> {
        if (beforeHello("CertificateRequest")) return;
        certificateRequested = true;
        // Its issuers are a fact beside the answer, not the answer: one that does not decode is a note.
        try {
          certificateRequest = CertificateRequest.parse(body,
              serverHello.protocolVersion().filter(v -> v == ProtocolVersion.TLS_1_2).isPresent());
        } catch (HandshakeFormatException e) {
          note(e.getMessage());
        }
      }
      case 14 -> {
        if (beforeHello("ServerHelloDone")) return;
        helloDone = true;
      }
      case 22 -> note("the server stapled an OCSP response (CertificateStatus)");
      default -> note("unexpected handshake message type " + type + " ignored");
    }
  }

  private boolean beforeHello(String name) {
    if (serverHello != null) return false;
    fail(Status.MALFORMED, name + " before any ServerHello");
    return true;
  }

  private void serverHello(byte[] body) throws HandshakeFormatException {
    if (serverHello != null) {
      note("a second ServerHello ignored");
      return;
    }
    serverHello = ServerHello.parse(body);
    if (offered != null) {
      Optional<String> violation = OfferCheck.violation(offered, serverHello);
      if (violation.isPresent()) {
        fail(Status.PROTOCOL_VIOLATION, violation.get());
        return;
      }
    }
    if (serverHello.helloRetryRequest()) {
      note("HelloRetryRequest: the server needs a second ClientHello (RFC 8446 4.1.4); the probe stops here");
    } else if (serverHello.isTls13()) {
      encrypted = true;
      note("TLS 1.3 encrypts everything after the ServerHello (RFC 8446 2): the certificate, the "
          + "signature scheme and any CertificateRequest are not visible to a probe");
    }
  }

  /** Consumes one SSL 2.0 record (two-byte header, SSL 2.0 specification "Record Header"). */
  private int nextSsl2Record() {
    if (pendingLength < 2) return 0;
    int length = (pending[head] & 0x7F) << 8 | pending[head + 1] & 0xFF;
    if (length == 0) {
      notTls("SSL 2.0 record of length 0 at offset " + offset);
      return 0;
    }
    boolean first = ssl2Hello == null && ssl2Error.isEmpty();
    int type = pendingLength > 2 ? pending[head + 2] & 0xFF : -1;
    if (first && type >= 0 && type != ServerHelloSsl2.MSG_SERVER_HELLO && type != ServerHelloSsl2.MSG_ERROR) {
      // Judge the type at once: garbage with a high first bit would otherwise wait for a long "record".
      notTls("not an SSL 2.0 SERVER-HELLO or ERROR: message type " + type + " at offset " + (offset + 2));
      return 0;
    }
    if (pendingLength < 2 + length) return 0;
    byte[] message = Arrays.copyOfRange(pending, head + 2, head + 2 + length);
    if (!first) {
      // After the SERVER-HELLO the server waits for CLIENT-MASTER-KEY; anything more is sealed.
      encryptedRecords++;
      return 2 + length;
    }
    try {
      if (type == ServerHelloSsl2.MSG_SERVER_HELLO) {
        ServerHelloSsl2 hello = ServerHelloSsl2.parse(message);
        Optional<String> violation = offered == null ? Optional.empty() : OfferCheck.violation(offered, hello);
        if (violation.isPresent()) {
          fail(Status.PROTOCOL_VIOLATION, violation.get());
        } else {
          ssl2Hello = hello;
        }
      } else {
        ssl2Error = OptionalInt.of(new HandshakeReader("SSL 2.0 ERROR", message, 1, message.length).u16("ERROR-CODE"));
      }
    } catch (HandshakeFormatException e) {
      fail(Status.MALFORMED, e.getMessage());
    }
    return 2 + length;
  }

  /** The first bytes as text when they look like text (an HTTP or SMTP answer), for the message. */
  private String preview() {
    int n = Math.min(pendingLength, PREVIEW);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int c = pending[head + i] & 0xFF;
      if (c == '\r' || c == '\n') {
        s.append(' ');
      } else if (c < 0x20 || c > 0x7E) {
        return "";
      } else {
        s.append((char) c);
      }
    }
    return n == 0 ? "" : " (text: \"" + s.toString().replaceAll("\\s+", " ").trim() + "\")";
  }
}
