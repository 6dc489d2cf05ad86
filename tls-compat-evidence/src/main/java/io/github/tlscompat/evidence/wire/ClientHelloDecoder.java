package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.registry.ExtensionType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ClientHello from bytes or hex, in any of the three framings clients use:
 * <ul>
 *   <li>one or more TLS records of content type 22 (handshake) carrying the message, fragmented
 *       however the sender chose (RFC 5246 6.2.1, RFC 8446 5.1);</li>
 *   <li>the bare handshake message (type 1, as it appears in a QUIC CRYPTO frame or a log);</li>
 *   <li>an SSL 2.0 CLIENT-HELLO with the two-byte record header (RFC 5246 E.2, RFC 6101 E.1), as
 *       clients that still spoke SSL 2.0 sent it.</li>
 * </ul>
 *
 * <p>The decoder is strict about structure and lenient about values: a length that does not match
 * what it frames, a truncated field, bytes after the message, a record of another content type or a
 * repeated extension (RFC 5246 7.4.1.4) fails with an {@link IllegalArgumentException} naming the
 * byte offset in the input and what was expected there; a code point nobody registered is kept as
 * it is. The bodies of the extensions the model reads (server_name, supported_groups,
 * ec_point_formats, signature_algorithms, ALPN, supported_versions, signature_algorithms_cert,
 * key_share) are checked here too, so that nothing later fails on them.
 *
 * <p>{@link ClientHello#toProfile} then maps the message to a {@link ClientProfile}:
 * <ul>
 *   <li><b>Versions.</b> With a supported_versions extension, exactly the final versions it lists
 *       (SSL 3.0 to TLS 1.3; RFC 8446 4.2.1 makes it the whole offer); TLS 1.3 drafts
 *       ({@code 0x7FXX}), GREASE and unknown values are not versions of the model. Without it (or
 *       when it lists no final version), every version from the lowest the client can use up to
 *       {@code legacy_version} (capped at TLS 1.2, RFC 8446 4.2.1): the lowest is SSL 3.0, or SSL
 *       2.0 when the hello is SSL 2.0-framed and offers SSL 2.0 cipher kinds; an SSL 2.0
 *       CLIENT-HELLO with version {@code 0x0002} offers SSL 2.0 only.</li>
 *   <li><b>GREASE</b> values (RFC 8701) are dropped from the model's lists.</li>
 *   <li><b>Unknown code points</b> (suites, groups, signature schemes, key share groups) are
 *       skipped in the model and recorded, with their position, as {@link HelloLayout.Extra}s of the
 *       profile's layout, as are repeats; so decoding never fails on a value and the profile still
 *       encodes to the same bytes. Only a hello with no suite the registry knows fails, since a
 *       profile must offer one.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class ClientHelloDecoder {
  /** TLS record content type handshake (RFC 5246 6.2.1, A.1). */
  private static final int CONTENT_TYPE_HANDSHAKE = 22;
  /** HandshakeType client_hello (RFC 5246 7.4, RFC 8446 4). */
  private static final int CLIENT_HELLO = 1;
  /** The largest record fragment (RFC 5246 6.2.1, RFC 8446 5.1). */
  private static final int MAX_FRAGMENT = 1 << 14;

  private ClientHelloDecoder() {}

  /**
   * Decodes a ClientHello written as hex (upper or lower case; white space and colons ignored).
   *
   * @throws IllegalArgumentException if the text is not hex, or the bytes are no ClientHello
   */
  public static ClientHello decodeHex(String hex) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(hex.length() / 2);
    int pending = -1;
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (Character.isWhitespace(c) || c == ':') continue;
      int digit = Character.digit(c, 16);
      if (digit < 0) {
        throw new IllegalArgumentException("not hex: '" + c + "' at character " + i + " of the ClientHello text");
      }
      if (pending < 0) {
        pending = digit;
      } else {
        out.write(pending << 4 | digit);
        pending = -1;
      }
    }
    if (pending >= 0) throw new IllegalArgumentException("odd number of hex digits in the ClientHello text");
    return decode(out.toByteArray());
  }

  /**
   * Decodes a ClientHello.
   *
   * @throws IllegalArgumentException if the bytes are not exactly one ClientHello in one of the
   *     framings above, naming the offset and what was expected
   */
  public static ClientHello decode(byte[] input) {
    if (input.length == 0) {
      throw new IllegalArgumentException("empty input: expected a TLS record (0x16), a handshake "
          + "message (0x01) or an SSL 2.0 CLIENT-HELLO (high bit set) at offset 0");
    }
    int first = input[0] & 0xFF;
    if (first == CONTENT_TYPE_HANDSHAKE) return decodeRecords(input);
    if (first == CLIENT_HELLO) {
      HelloReader r = HelloReader.of(input, 0);
      return handshake(r, HelloFormat.TLS_RECORD, 0);
    }
    if ((first & 0x80) != 0) return decodeSsl2(HelloReader.of(input, 0));
    throw new IllegalArgumentException(String.format("malformed ClientHello at offset 0: expected a TLS "
        + "record of content type 22 (handshake), a handshake message of type 1 (client_hello) or "
        + "an SSL 2.0 record header (high bit set) but found 0x%02X", first));
  }

  /**
   * Decodes a ClientHello and maps it to a profile; see {@link ClientHello#toProfile}.
   *
   * @throws IllegalArgumentException as {@link #decode} and {@link ClientHello#toProfile} do
   */
  public static ClientProfile decodeProfile(byte[] input, String id, String name) {
    return decode(input).toProfile(id, name);
  }

  /** Reassembles the handshake message from its records, keeping where each byte came from. */
  private static ClientHello decodeRecords(byte[] input) {
    HelloReader in = HelloReader.of(input, 0);
    ByteArrayOutputStream message = new ByteArrayOutputStream(input.length);
    List<Integer> origins = new ArrayList<>(input.length);
    int recordVersion = -1;
    int needed = -1;
    while (needed < 0 || message.size() < needed) {
      if (!in.hasRemaining()) {
        throw new IllegalArgumentException("truncated ClientHello at offset " + in.offset()
            + ": expected another handshake record, the message needs "
            + (needed < 0 ? "its 4-byte header" : (needed - message.size()) + " more bytes"));
      }
      int type = in.u8("record content type");
      if (type != CONTENT_TYPE_HANDSHAKE) {
        throw new IllegalArgumentException("malformed ClientHello at offset " + (in.offset() - 1)
            + ": expected a record of content type 22 (handshake) but found " + type);
      }
      int version = in.u16("record version");
      if (recordVersion < 0) recordVersion = version;
      int length = in.u16("record length");
      if (length == 0 || length > MAX_FRAGMENT) {
        throw new IllegalArgumentException("malformed ClientHello at offset " + (in.offset() - 2)
            + ": expected a record length of 1 to 16384 (RFC 5246 6.2.1) but found " + length);
      }
      int start = in.offset();
      byte[] fragment = in.bytes(length, "record fragment");
      message.write(fragment, 0, fragment.length);
      for (int i = 0; i < length; i++) origins.add(start + i);
      if (origins.size() == length && (fragment[0] & 0xFF) != CLIENT_HELLO) {
        // Say so before asking for more records of a message that is no ClientHello.
        throw new IllegalArgumentException("malformed ClientHello at offset " + start
            + ": expected handshake type 1 (client_hello) but found " + (fragment[0] & 0xFF));
      }
      if (needed < 0 && message.size() >= 4) {
        byte[] m = message.toByteArray();
        needed = 4 + (((m[1] & 0xFF) << 16) | ((m[2] & 0xFF) << 8) | (m[3] & 0xFF));
      }
    }
    in.expectEnd("the input after the ClientHello's last record");
    int[] origin = origins.stream().mapToInt(Integer::intValue).toArray();
    HelloReader r = HelloReader.reassembled(message.toByteArray(), origin, input.length);
    return handshake(r, HelloFormat.TLS_RECORD, recordVersion);
  }

  /** Reads the handshake message: the header, then the ClientHello body (RFC 5246 7.4.1.2). */
  private static ClientHello handshake(HelloReader in, HelloFormat format, int recordVersion) {
    int type = in.u8("handshake type");
    if (type != CLIENT_HELLO) {
      throw new IllegalArgumentException("malformed ClientHello at offset " + (in.offset() - 1)
          + ": expected handshake type 1 (client_hello) but found " + type);
    }
    HelloReader r = in.sub(in.u24("handshake length"), "ClientHello body");
    in.expectEnd("the handshake records (another message follows the ClientHello)");
    int legacyVersion = r.u16("client_version");
    byte[] random = r.bytes(32, "random");
    int sessionIdLength = r.u8("session_id length");
    if (sessionIdLength > 32) {
      throw r.failure("session_id length " + sessionIdLength + " exceeds 32 (RFC 5246 7.4.1.2)");
    }
    byte[] sessionId = r.bytes(sessionIdLength, "session_id");
    int suitesLength = r.u16("cipher_suites length");
    if (suitesLength < 2 || suitesLength % 2 != 0) {
      throw r.failure("expected an even cipher_suites length of at least 2 (RFC 5246 7.4.1.2) but found " + suitesLength);
    }
    HelloReader suites = r.sub(suitesLength, "cipher_suites");
    List<Integer> cipherSuites = new ArrayList<>();
    while (suites.hasRemaining()) cipherSuites.add(suites.u16("cipher suite"));
    int compressionLength = r.u8("compression_methods length");
    if (compressionLength < 1) throw r.failure("expected at least one compression method (RFC 5246 7.4.1.2)");
    HelloReader methods = r.sub(compressionLength, "compression_methods");
    List<Integer> compression = new ArrayList<>();
    while (methods.hasRemaining()) compression.add(methods.u8("compression method"));
    List<HelloLayout.Extension> extensions = new ArrayList<>();
    if (r.hasRemaining()) {
      // The extensions block is optional before TLS 1.3 (RFC 5246 7.4.1.2: "extensions_present").
      HelloReader block = r.sub(r.u16("extensions length"), "extensions");
      Set<Integer> seen = new HashSet<>();
      while (block.hasRemaining()) {
        int at = block.offset();
        int extType = block.u16("extension type");
        if (!seen.add(extType)) {
          throw new IllegalArgumentException("malformed ClientHello at offset " + at + ": extension "
              + extType + " appears twice (RFC 5246 7.4.1.4 allows one of each type)");
        }
        HelloReader body = block.sub(block.u16("extension length"), "extension " + extType + " body");
        extensions.add(new HelloLayout.Extension(extType, checkBody(extType, body)));
      }
    }
    r.expectEnd("the ClientHello");
    return new ClientHello(format, recordVersion, legacyVersion, random, sessionId, cipherSuites,
        compression, extensions);
  }

  /** Checks the inner structure of the extensions the model reads, then returns the body's bytes. */
  private static byte[] checkBody(int type, HelloReader body) {
    HelloReader copy = body.duplicate();
    Optional<ExtensionType> known = ExtensionType.fromCode(type);
    // A code the registry does not know (GREASE included) is an opaque body, like the types the model does not read.
    if (known.isEmpty()) return body.bytes(body.remaining(), "extension body");
    switch (known.get()) {
      case server_name -> {
        // RFC 6066 3: a ServerNameList of {name_type, HostName<1..2^16-1>}.
        if (copy.hasRemaining()) {
          HelloReader list = copy.sub(copy.u16("server_name_list length"), "server_name_list");
          while (list.hasRemaining()) {
            list.u8("name_type");
            list.sub(list.u16("host_name length"), "host_name");
          }
        }
      }
      case supported_groups, signature_algorithms,
          signature_algorithms_cert -> evenList(copy, copy.u16("list length"), "code list");
      case supported_versions -> evenList(copy, copy.u8("versions length"), "versions");
      case ec_point_formats -> copy.sub(copy.u8("ec_point_formats length"), "ec_point_formats");
      case application_layer_protocol_negotiation -> {
        HelloReader list = copy.sub(copy.u16("protocol_name_list length"), "protocol_name_list");
        while (list.hasRemaining()) list.sub(list.u8("protocol name length"), "protocol name");
      }
      case key_share -> {
        HelloReader list = copy.sub(copy.u16("client_shares length"), "client_shares");
        while (list.hasRemaining()) {
          list.u16("KeyShareEntry group");
          list.sub(list.u16("key_exchange length"), "key_exchange");
        }
      }
      default -> copy.sub(copy.remaining(), "extension body");
    }
    copy.expectEnd("extension " + ExtensionType.getText(type));
    return body.bytes(body.remaining(), "extension body");
  }

  private static void evenList(HelloReader r, int length, String what) {
    if (length % 2 != 0) throw r.failure(what + " length " + length + " is odd; expected 2-byte codes");
    r.sub(length, what);
  }

  /** Reads an SSL 2.0 CLIENT-HELLO (RFC 5246 E.2; RFC 6101 E.1). */
  private static ClientHello decodeSsl2(HelloReader in) {
    // Two-byte header: the high bit marks it, 15 bits of length; no padding in a CLIENT-HELLO.
    int length = in.u16("SSL 2.0 record header") & 0x7FFF;
    HelloReader r = in.sub(length, "SSL 2.0 record");
    in.expectEnd("the SSL 2.0 record");
    int type = r.u8("SSL 2.0 msg_type");
    if (type != CLIENT_HELLO) {
      throw new IllegalArgumentException("malformed ClientHello at offset 2: expected SSL 2.0 msg_type 1 "
          + "(CLIENT-HELLO) but found " + type);
    }
    int version = r.u16("version");
    int specsLength = r.u16("cipher_spec_length");
    if (specsLength == 0 || specsLength % 3 != 0) {
      throw r.failure("expected a cipher_spec_length that is a positive multiple of 3 but found " + specsLength);
    }
    int sessionIdLength = r.u16("session_id_length");
    if (sessionIdLength > 32) throw r.failure("session_id_length " + sessionIdLength + " exceeds 32");
    int challengeLength = r.u16("challenge_length");
    if (challengeLength < 16 || challengeLength > 32) {
      throw r.failure("expected a challenge_length of 16 to 32 (RFC 5246 E.2) but found " + challengeLength);
    }
    HelloReader specs = r.sub(specsLength, "cipher_specs");
    List<Integer> cipherSuites = new ArrayList<>();
    while (specs.hasRemaining()) cipherSuites.add(specs.u24("cipher spec"));
    byte[] sessionId = r.bytes(sessionIdLength, "session_id");
    byte[] challenge = r.bytes(challengeLength, "challenge");
    r.expectEnd("the SSL 2.0 CLIENT-HELLO");
    return new ClientHello(HelloFormat.SSL2_COMPATIBLE, 0, version, challenge, sessionId, cipherSuites,
        List.of(), List.of());
  }
}
