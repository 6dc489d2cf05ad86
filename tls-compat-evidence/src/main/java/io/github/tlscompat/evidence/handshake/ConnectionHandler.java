package io.github.tlscompat.evidence.handshake;

import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.registry.AlertDescription;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.Observation.Outcome;
import io.github.tlscompat.evidence.wire.Observation.Side;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.negotiation.Refused.Reason;
import io.github.tlscompat.core.negotiation.Refused.Stage;
import io.github.tlscompat.evidence.wire.Alert;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.Evidence;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bouncycastle.tls.TlsServerProtocol;

/**
 * Serves one connection of an {@link EmulatedServer}: reads the client's first flight, runs the
 * policy's Bouncy Castle server over the socket, records the result, answers and closes.
 */
final class ConnectionHandler {
  /** How long a client may take to send its next flight, and its request after the handshake. */
  static final int READ_TIMEOUT_MILLIS = 5_000;
  /** A TLS alert record, fatal handshake_failure(40): what JSSE answers an SSL 2.0 hello it does not read. */
  private static final byte[] HANDSHAKE_FAILURE =
      {21, 3, 1, 0, 2, Alert.FATAL, (byte) AlertDescription.handshake_failure.code()};

  private ConnectionHandler() {}

  /** Serves {@code socket}, hands the result to {@code record} as soon as it is known, then closes. */
  static void serve(Socket socket, ServerPolicy policy, Consumer<ServedConnection> record) {
    Instant acceptedAt = Instant.now();
    InetSocketAddress client = (InetSocketAddress) socket.getRemoteSocketAddress();
    Optional<ClientHello> hello = Optional.empty();
    try (socket) {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      FirstFlight flight = FirstFlight.read(in);
      hello = Optional.ofNullable(BcHandshake.decode(flight.bytes()));
      Optional<ClientHello> decoded = hello;
      switch (flight.framing()) {
        case EMPTY -> record.accept(new ServedConnection(client, acceptedAt, hello,
            failed("the client closed without sending a byte")));
        case OTHER -> record.accept(new ServedConnection(client, acceptedAt, hello,
            failed("the client's first bytes are not a TLS handshake record: " + prefix(flight.bytes()))));
        case SSL2 -> {
          Observation result = ssl2(policy, out);
          record.accept(new ServedConnection(client, acceptedAt, hello, result));
        }
        case TLS -> handshake(policy, flight, socket, r -> record.accept(new ServedConnection(client, acceptedAt, decoded, r)));
      }
    } catch (IOException | RuntimeException e) {
      record.accept(new ServedConnection(client, acceptedAt, hello, failed("the connection failed before the "
          + "handshake began: " + BcHandshake.message(e))));
    }
  }

  private static void handshake(ServerPolicy policy, FirstFlight flight, Socket socket, Consumer<Observation> record)
      throws IOException {
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    Transcript t = new Transcript();
    t.serverOnly = true;
    byte[] first = PolicyServer.readFirstFlight(policy, t, flight.bytes());
    TlsServerProtocol protocol = new TlsServerProtocol(
        new Reading(new SequenceInputStream(new ByteArrayInputStream(first), in), t), new Tee(out, t));
    try {
      protocol.accept(new PolicyServer(BcHandshake.crypto(), policy, t));
    } catch (IOException | RuntimeException e) {
      t.failure = BcHandshake.message(e);
      if (t.handWrittenFlight == null) {
        record.accept(TranscriptReading.read(t, false));
        return;
      }
      t.fromServer.feed(t.handWrittenFlight, 0, t.handWrittenFlight.length);
      record.accept(TranscriptReading.read(t, false));
      try {
        out.write(t.handWrittenFlight);
        out.flush();
        // Let the client read the hello and answer (or give up) before the close.
        socket.setSoTimeout(1_000);
        in.read(new byte[1 << 14]);
      } catch (IOException ignored) {
        // The client gave up on the hello; the result is already recorded.
      }
      return;
    }
    Observation result = TranscriptReading.read(t, t.serverComplete);
    record.accept(result);
    respond(protocol, result);
  }

  /**
   * Reads the client's first application data (waiting at most {@link #READ_TIMEOUT_MILLIS}), then
   * answers HTTP/1.0 200 with a one-line body naming the version and suite, and closes.
   */
  private static void respond(TlsServerProtocol protocol, Observation result) {
    try {
      try {
        protocol.getInputStream().read(new byte[1 << 14]);
      } catch (SocketTimeoutException e) {
        // A client that reads first gets the answer anyway.
      }
      String body = result.negotiation().filter(Negotiation::isConnected).map(n -> (Connected) n)
          .map(c -> c.version().jsseName() + " " + c.cipherSuite() + "\n").orElse("\n");
      String response = "HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Length: "
          + body.length() + "\r\nConnection: close\r\n\r\n" + body;
      protocol.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
      protocol.close();
    } catch (IOException | RuntimeException e) {
      // The client went away after the handshake; the result is already recorded.
    }
  }

  /**
   * An SSL 2.0-framed hello: refused with handshake_failure by a policy that does not read that
   * framing, as JSSE does; closed unanswered when the policy would read it, since BC cannot.
   */
  private static Observation ssl2(ServerPolicy policy, OutputStream out) throws IOException {
    if (policy.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)) {
      return Observation.nothingRan(Outcome.NOT_RUNNABLE, new NotRunnable.Ssl2FramedHelloReceived(policy.id()).describe());
    }
    out.write(HANDSHAKE_FAILURE);
    out.flush();
    String detail = "the client sent an SSL 2.0-framed ClientHello; " + policy.id() + " reads only TLS records"
        + " (server sent handshake_failure(40))";
    Set<Reason> reasons = EnumSet.of(Reason.HELLO_FORMAT_REJECTED);
    reasons.addAll(Observation.reasonsForAlert(AlertDescription.handshake_failure));
    return Observation.ofHandshake(Outcome.REFUSED, Optional.of(new Refused(Reason.HELLO_FORMAT_REJECTED, detail,
        Stage.CLIENT_HELLO)), reasons, Evidence.HANDSHAKE, Optional.of(Alert.fatal(AlertDescription.handshake_failure)),
        Optional.of(Side.SERVER), detail);
  }

  private static Observation failed(String why) {
    return Observation.nothingRan(Outcome.FAILED, why);
  }

  private static String prefix(byte[] bytes) {
    return HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16));
  }

  /**
   * The client's side of the socket as the server reads it: notes the end of the stream, and is not
   * closed by Bouncy Castle when the handshake fails (the socket is closed here, after any answer).
   */
  private static final class Reading extends FilterInputStream {
    private final Transcript t;

    Reading(InputStream in, Transcript t) {
      super(in);
      this.t = t;
    }

    @Override public int read() throws IOException {
      int b = super.read();
      if (b < 0) t.peerClosed = true;
      return b;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) t.peerClosed = true;
      return n;
    }

    @Override public void close() {
      // The socket is closed by the handler.
    }
  }

  /**
   * The server's side of the socket: every byte it writes is also read as the client sees it, and
   * nothing is written once the server stops to send a hand-written flight instead (BC's own alert
   * for the suite it cannot run must not reach the client first).
   */
  private static final class Tee extends FilterOutputStream {
    private final Transcript t;

    Tee(OutputStream out, Transcript t) {
      super(out);
      this.t = t;
    }

    @Override public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
      if (t.handWrittenFlight != null) return;
      t.fromServer.feed(b, off, len);
      out.write(b, off, len);
    }

    @Override public void close() throws IOException {
      // The socket is closed by the handler, after a hand-written flight if there is one.
      flush();
    }
  }
}
