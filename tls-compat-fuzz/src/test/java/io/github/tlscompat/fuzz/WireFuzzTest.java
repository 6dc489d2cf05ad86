package io.github.tlscompat.fuzz;

import static io.github.tlscompat.fuzz.Contract.check;
import static io.github.tlscompat.fuzz.Contract.returnsOrRejects;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.ClientHelloDecoder;
import io.github.tlscompat.evidence.wire.Ja3;
import io.github.tlscompat.evidence.wire.Ja4;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.ServerCertificate;
import io.github.tlscompat.evidence.wire.ServerResponse;
import io.github.tlscompat.evidence.wire.ServerResponseParser;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The wire decoders, fed what a hostile peer or a corrupted capture holds: the record layer and
 * the server's answer ({@link ServerResponseParser}), the ClientHello decoder, and certificates.
 *
 * <p>A server's answer never makes the parser throw (its class documentation promises a
 * {@link ServerResponse.Status} with a problem instead); a ClientHello decodes or is rejected with
 * an {@link IllegalArgumentException}; a certificate is described, never thrown on.
 */
class WireFuzzTest {
  /**
   * The most notes and alerts an answer keeps, whatever the stream: the parser's caps (32 notes
   * and 64 alerts today) plus its "...and N more" lines. One note per record would grow with the
   * stream, which a probe of a hostile server cannot afford.
   */
  private static final int MAX_NOTES = 34;
  private static final int MAX_ALERTS = 64;

  /** Hellos a server's answer is checked against: SSL 2.0-framed, TLS 1.0 only, TLS 1.3 with supported_versions. */
  static final List<String> OFFERS = List.of("ie-6-xp", "ie-8-xp", "chrome-101-win10");
  private static final List<ClientHello> OFFERED = OFFERS.stream().map(WireFuzzTest::captured).toList();

  static {
    // Loads (and has Jazzer instrument) the classes an answer with a certificate needs before
    // libFuzzer's wall clock starts: on a loaded machine doing that inside the first execution
    // passed -timeout=10 and was reported as a timeout of the empty input.
    try {
      for (byte[] stream : FuzzCorpus.serverResponse().values()) Observation.from(ServerResponseParser.parse(stream));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The record layer, cut into reads: the first byte chooses the read size (1 to 256 bytes), the
   * rest is the stream. Whole or in pieces, the same bytes give the same answer, word for word.
   */
  @FuzzTest
  void recordLayer(byte[] input) {
    if (input.length == 0) return;
    int piece = (input[0] & 0xFF) + 1;
    byte[] stream = Arrays.copyOfRange(input, 1, input.length);
    ServerResponseParser parser = new ServerResponseParser();
    for (int off = 0; off < stream.length; off += piece) parser.feed(stream, off, Math.min(piece, stream.length - off));
    ServerResponse pieces = parser.finish();
    ServerResponse whole = ServerResponseParser.parse(stream);
    check(pieces.toString().equals(whole.toString()) && pieces.notes().equals(whole.notes())
        && pieces.problem().equals(whole.problem()) && pieces.alerts().equals(whole.alerts()),
        () -> "read in pieces of " + piece + " bytes:\n" + pieces + "\nread whole:\n" + whole);
    check(pieces.bytes() == stream.length, () -> "counted " + pieces.bytes() + " of " + stream.length + " bytes");
    checkBounded(whole);
  }

  /** A ClientHello in any framing: decodes, maps to a profile and fingerprints, or is rejected. */
  @FuzzTest
  void clientHello(byte[] input) {
    returnsOrRejects(() -> ClientHelloDecoder.decode(input)).ifPresent(hello -> {
      // JA3 is not defined for an SSL 2.0 CLIENT-HELLO and says so with an IllegalArgumentException.
      returnsOrRejects(() -> Ja3.string(hello) + Ja3.hash(hello))
          .ifPresent(ja3 -> check(hello.format() != HelloFormat.SSL2_COMPATIBLE, () -> "a JA3 of SSL 2.0: " + ja3));
      check(!Ja4.of(hello).isEmpty(), () -> "no JA4");
      returnsOrRejects(() -> hello.toProfile("fuzzed", "a fuzzed hello"));
    });
  }

  /** A server's whole answer, without an offer to check it against: an answer and an observation, never a throw. */
  @FuzzTest
  void serverResponse(byte[] stream) {
    ServerResponse r = ServerResponseParser.parse(stream);
    checkBounded(r);
    check(r.bytes() == stream.length, () -> "counted " + r.bytes() + " of " + stream.length + " bytes");
    Observation o = Observation.from(r);
    check(o.detail() != null && !o.toString().isEmpty(), () -> "an observation without a detail");
  }

  /**
   * A server's answer to a real client's hello (the first byte picks which of {@link #OFFERS}): a
   * version or suite the client never offered is the server's protocol violation, never a hello.
   */
  @FuzzTest
  void serverResponseToOffer(byte[] input) {
    if (input.length == 0) return;
    ClientHello offered = OFFERED.get((input[0] & 0xFF) % OFFERED.size());
    byte[] stream = Arrays.copyOfRange(input, 1, input.length);
    ServerResponse r = ServerResponseParser.parse(stream, offered);
    checkBounded(r);
    r.serverHello().filter(h -> r.status() == ServerResponse.Status.SERVER_HELLO).ifPresent(h ->
        check(offered.cipherSuites().contains(h.cipherSuite()), () -> "a hello with a suite never offered: " + r));
    if (r.status() == ServerResponse.Status.SSL2_SERVER_HELLO) {
      check(offered.format() == HelloFormat.SSL2_COMPATIBLE, () -> "an SSL 2.0 hello to a TLS-framed offer: " + r);
    }
    Observation.from(r);
  }

  /** One DER certificate, as a server sends it: described, never thrown on, and a key it names has a size. */
  @FuzzTest
  void serverCertificate(byte[] der) {
    ServerCertificate c = ServerCertificate.fromDer(1, der);
    check(!c.description().isBlank(), () -> "no description");
    c.first().ifPresent(spec -> check(!spec.toString().isEmpty(), () -> "a certificate spec without a name"));
  }

  private static void checkBounded(ServerResponse r) {
    check(r.notes().size() <= MAX_NOTES, () -> r.notes().size() + " notes: " + r.notes().subList(0, 5) + "...");
    check(r.alerts().size() <= MAX_ALERTS, () -> r.alerts().size() + " alerts");
    check(r.problem().map(String::length).orElse(0) < 1_000, () -> "a problem text of " + r.problem().orElseThrow().length()
        + " characters");
  }

  /** A built-in client's captured hello, from tls-compat-captures. */
  static ClientHello captured(String id) {
    return ClientHelloDecoder.decode(captureBytes(id));
  }

  /** The bytes of a built-in client's captured hello, as tls-compat-captures holds them in hex. */
  static byte[] captureBytes(String id) {
    String resource = Catalog.CAPTURES_FOLDER + id + ".hex";
    try (InputStream in = WireFuzzTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no capture " + resource + " on the class path");
      String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("[\\s:]", "");
      return HexFormat.of().parseHex(hex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
