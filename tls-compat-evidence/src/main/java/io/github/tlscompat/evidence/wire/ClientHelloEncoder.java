package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.model.HelloLayout.Extension;
import io.github.tlscompat.core.model.HelloLayout.Extra;
import io.github.tlscompat.core.model.HelloLayout.Field;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Writes a {@link ClientProfile} as the ClientHello its client sends, record layer included.
 *
 * <p>The profile's {@link HelloLayout} (present when the profile was decoded from a ClientHello,
 * else {@link #defaultLayout}) gives the record and legacy versions, the session id and random
 * lengths, the compression methods, the extensions in wire order and the wire-only entries (GREASE,
 * unknown code points, repeats) of each list. The extensions the model describes are written from
 * the profile: server_name from {@code sniHost}, supported_groups, signature_algorithms,
 * signature_algorithms_cert, supported_versions (newest first, RFC 8446 4.2.1) and key_share, whose
 * key_exchange values are valid public values of each group: fresh random bytes for X25519 and X448,
 * keys shipped with this jar for the NIST, brainpool, FFDHE and ML-KEM groups (a probe never
 * completes the key exchange, so no private key is kept). The others are written from the
 * layout's bodies, except padding, which is recomputed (see {@link #paddingLength}). So a decoded
 * profile encodes to the same bytes apart from the random, the session id, the key shares and the
 * host name. (One exception: a hello whose supported_versions listed TLS 1.3 drafts but no final
 * version gets a profile with the versions of {@code legacy_version}, and those are what the
 * encoder then lists.)
 *
 * <p>An SSL 2.0-compatible profile is written as an SSL 2.0 CLIENT-HELLO (RFC 5246 E.2), which has
 * no room for extensions. A TLS hello longer than 2^14 bytes is split over records of at most 2^14
 * bytes (RFC 5246 6.2.1); shorter ones take one record.
 *
 * @since 0.1.0
 */
public final class ClientHelloEncoder {
  private static final int MAX_FRAGMENT = 1 << 14;
  /**
   * application_settings (ALPS), which Chrome sends: draft-vvv-tls-alps has no IANA code point,
   * so the value is Chrome's own and outside {@link ExtensionType}.
   */
  private static final int ALPS = 17513;

  private ClientHelloEncoder() {}

  /**
   * Encodes the ClientHello of {@code profile}.
   *
   * @param sniHost the host name for server_name (ASCII, RFC 6066 3), or {@code null} to leave the
   *     extension out, as a client connecting to an IP address does
   * @param rnd the source of the random, the session id and the key shares
   * @throws IllegalArgumentException if the profile cannot be written in its framing (extensions or
   *     TLS suites beyond what SSL 2.0 can carry, SSL 2.0 kinds in a TLS record), its layout lists
   *     other extensions than the profile, a key share group has no known length, or the host is
   *     not ASCII
   */
  public static byte[] encode(ClientProfile profile, String sniHost, RandomGenerator rnd) {
    Preconditions.checkNotNull(rnd, "rnd");
    HelloLayout layout = profile.layout().orElseGet(() -> defaultLayout(profile));
    List<Integer> listed = new ArrayList<>();
    for (Extension e : layout.extensions()) {
      if (!ClientHello.isGrease(e.type())) listed.add(e.type());
    }
    if (profile.layout().isPresent() && !listed.equals(profile.extensions())) {
      throw new IllegalArgumentException("client profile '" + profile.id() + "' lists extensions "
          + profile.extensions() + " but its layout has " + listed + "; after changing the "
          + "extensions, drop the layout with toBuilder().layout(null)");
    }
    return profile.helloFormat() == HelloFormat.SSL2_COMPATIBLE
        ? ssl2(profile, layout, rnd)
        : records(layout.recordVersion(), handshake(profile, layout, sniHost, rnd));
  }

  /**
   * The ClientHello {@code profile}'s client sends when it connects to {@code sniHost}: what a live
   * probe sends. With a capture (see {@code Catalog.capturedClientHello}), the captured hello with
   * a fresh random, session id and key shares and with {@code sniHost} in its server_name, byte for
   * byte the capture otherwise; without one, the hello encoded from the profile. A client that sends
   * no server_name gets none, whatever {@code sniHost} says.
   *
   * @param captured the client's captured hello, record header included, if there is one
   * @param sniHost the host name for server_name, or {@code null} for none (a connection to an IP
   *     address)
   * @param rnd the source of the random, session id and key shares
   * @throws IllegalArgumentException when the capture is not a ClientHello the decoder reads, or the
   *     profile cannot be written in its framing; the message names the client
   * @since 0.1.0
   */
  public static byte[] forClient(ClientProfile profile, Optional<byte[]> captured, String sniHost,
      RandomGenerator rnd) {
    String host = profile.sendsSni() ? sniHost : null;
    try {
      ClientProfile written = captured.isEmpty() ? profile
          : ClientHelloDecoder.decodeProfile(captured.get(), profile.id(), profile.name());
      return encode(written, host, rnd);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot write the ClientHello of client '" + profile.id() + "'"
          + (captured.isPresent() ? " from its capture" : "") + ": " + e.getMessage(), e);
    }
  }

  /**
   * The layout a profile without one is written with: record version TLS 1.0 ({@code 0x0301}, what
   * nearly every client sends, RFC 8446 5.1); legacy_version the newest offered version up to TLS
   * 1.2 (RFC 8446 4.1.2); a 32-byte random; a 32-byte session id when TLS 1.3 is offered (the
   * middlebox compatibility mode of RFC 8446 D.4, which browsers use) and none otherwise; the null
   * compression method only; the extensions in the order of {@link ClientProfile#extensions()}, or
   * when that is empty server_name (if sent), supported_groups, ec_point_formats (with any group),
   * signature_algorithms, signature_algorithms_cert, supported_versions and key_share (with TLS
   * 1.3). Bodies the model does not give are the usual minimal ones: ec_point_formats
   * [uncompressed], ALPN ["http/1.1"], status_request OCSP with no responders or extensions,
   * psk_key_exchange_modes [psk_dhe_ke], renegotiation_info empty, record_size_limit 2^14+1,
   * compress_certificate [brotli], application_settings ["h2"]; any other extension is empty. An
   * SSL 2.0-compatible profile gets its newest version in the version field, a 32-byte challenge
   * and no session id.
   */
  public static HelloLayout defaultLayout(ClientProfile profile) {
    ProtocolVersion max = profile.maxVersion();
    if (profile.helloFormat() == HelloFormat.SSL2_COMPATIBLE) {
      int version = max.isOlderThan(ProtocolVersion.TLS_1_2) ? max.code() : ProtocolVersion.TLS_1_2.code();
      return new HelloLayout(0, version, 32, 0, List.of(), List.of(), List.of());
    }
    boolean tls13 = profile.versions().contains(ProtocolVersion.TLS_1_3);
    int legacy = tls13 ? ProtocolVersion.TLS_1_2.code() : Math.max(max.code(), ProtocolVersion.SSL_3_0.code());
    List<Integer> order = new ArrayList<>(profile.extensions());
    if (order.isEmpty()) {
      if (profile.sendsSni()) order.add(ExtensionType.server_name.code());
      if (!profile.groups().isEmpty()) order.add(ExtensionType.supported_groups.code());
      if (!profile.groups().isEmpty()) order.add(ExtensionType.ec_point_formats.code());
      if (!profile.signatureAlgorithms().isEmpty()) order.add(ExtensionType.signature_algorithms.code());
      if (!profile.signatureAlgorithmsCert().isEmpty()) order.add(ExtensionType.signature_algorithms_cert.code());
      if (tls13) order.add(ExtensionType.supported_versions.code());
      if (tls13) order.add(ExtensionType.key_share.code());
    }
    List<Extension> extensions = new ArrayList<>();
    for (int type : order) extensions.add(new Extension(type, defaultBody(type)));
    return new HelloLayout(0x0301, legacy, 32, tls13 ? 32 : 0, List.of(0), extensions, List.of());
  }

  /**
   * The padding extension's body length for a ClientHello of {@code unpaddedLength} bytes
   * (handshake header included, padding extension excluded), or -1 for no padding.
   *
   * <p>Some F5 load balancers hang on ClientHellos of 256 to 511 bytes, so clients pad them to 512
   * (RFC 7685 4 suggests this use). The rule is BoringSSL's ({@code ssl_add_clienthello_tlsext} in
   * ssl/extensions.cc), which OpenSSL 1.1.1+ ({@code tls_construct_ctos_padding}, 0xff and 0x200
   * bounds) and NSS ({@code ssl_CalculatePaddingExtLen}) share: pad a hello longer than 255 and
   * shorter than 512 bytes to 512, but never with an empty extension (WebSphere rejects an empty
   * last extension, crbug.com/363583), so at least one byte of body.
   */
  public static int paddingLength(int unpaddedLength) {
    if (unpaddedLength <= 0xFF || unpaddedLength >= 0x200) return -1;
    int length = 0x200 - unpaddedLength;
    return length >= 4 + 1 ? length - 4 : 1;
  }

  private static byte[] handshake(ClientProfile profile, HelloLayout layout, String sniHost, RandomGenerator rnd) {
    if (layout.randomLength() != 32) {
      throw new IllegalArgumentException("a TLS ClientHello has a 32-byte random (RFC 5246 7.4.1.2), but the "
          + "layout of '" + profile.id() + "' says " + layout.randomLength());
    }
    HelloWriter w = new HelloWriter();
    w.u8(1);
    int length = w.open(3);
    w.u16(layout.legacyVersion());
    w.bytes(random(32, rnd));
    w.u8(layout.sessionIdLength()).bytes(random(layout.sessionIdLength(), rnd));
    int suites = w.open(2);
    for (int code : merge(suiteCodes(profile), layout, Field.CIPHER_SUITES)) {
      if (code > 0xFFFF) {
        throw new IllegalArgumentException(String.format("client profile '%s' offers the SSL 2.0 cipher kind "
            + "0x%06X, which only an SSL 2.0 CLIENT-HELLO can carry (helloFormat SSL2_COMPATIBLE)", profile.id(), code));
      }
      w.u16(code);
    }
    w.close(suites, "cipher_suites");
    w.u8(layout.compressionMethods().size());
    for (int m : layout.compressionMethods()) w.u8(m);
    if (!layout.extensions().isEmpty()) {
      List<byte[]> bodies = new ArrayList<>();
      int unpadded = w.size() + 2;
      int paddingAt = -1;
      for (Extension e : layout.extensions()) {
        byte[] body = body(e, profile, layout, sniHost, rnd);
        if (e.type() == ExtensionType.padding.code()) paddingAt = bodies.size();
        if (body != null && e.type() != ExtensionType.padding.code()) unpadded += 4 + body.length;
        bodies.add(body);
      }
      if (paddingAt >= 0) {
        int padding = paddingLength(unpadded);
        bodies.set(paddingAt, padding < 0 ? null : new byte[padding]);
      }
      int block = w.open(2);
      for (int i = 0; i < bodies.size(); i++) {
        if (bodies.get(i) == null) continue;
        w.u16(layout.extensions().get(i).type());
        int ext = w.open(2);
        w.bytes(bodies.get(i));
        w.close(ext, "extension " + layout.extensions().get(i).type());
      }
      w.close(block, "extensions");
    }
    w.close(length, "ClientHello");
    return w.toByteArray();
  }

  /** The body of one extension, or null to leave it out. Padding is filled in by the caller. */
  private static byte[] body(Extension e, ClientProfile profile, HelloLayout layout, String sniHost,
      RandomGenerator rnd) {
    Optional<ExtensionType> type = ExtensionType.fromCode(e.type());
    if (type.isEmpty()) return e.body();
    HelloWriter w = new HelloWriter();
    switch (type.get()) {
      case server_name -> {
        if (sniHost == null) return null;
        byte[] host = sniHost.getBytes(StandardCharsets.US_ASCII);
        if (!new String(host, StandardCharsets.US_ASCII).equals(sniHost)) {
          throw new IllegalArgumentException("server_name host '" + sniHost + "' is not ASCII; "
              + "RFC 6066 3 wants the A-label form (java.net.IDN.toASCII)");
        }
        int list = w.open(2);
        w.u8(0); // name_type host_name
        int name = w.open(2);
        w.bytes(host);
        w.close(name, "host_name");
        w.close(list, "server_name_list");
      }
      case supported_groups -> u16Vector(w, 2, merge(codes(profile.groups()), layout, Field.SUPPORTED_GROUPS));
      case signature_algorithms -> u16Vector(w, 2,
          merge(schemeCodes(profile.signatureAlgorithms()), layout, Field.SIGNATURE_ALGORITHMS));
      case signature_algorithms_cert -> u16Vector(w, 2,
          merge(schemeCodes(profile.signatureAlgorithmsCert()), layout, Field.SIGNATURE_ALGORITHMS_CERT));
      case supported_versions -> {
        List<Integer> versions = new ArrayList<>();
        for (ProtocolVersion v : profile.versions()) {
          if (v != ProtocolVersion.SSL_2_0) versions.add(0, v.code());
        }
        u16Vector(w, 1, merge(versions, layout, Field.SUPPORTED_VERSIONS));
      }
      case key_share -> keyShare(w, profile, layout, rnd);
      case padding -> { }
      default -> w.bytes(e.body());
    }
    return w.toByteArray();
  }

  private static void keyShare(HelloWriter w, ClientProfile profile, HelloLayout layout, RandomGenerator rnd) {
    List<int[]> entries = new ArrayList<>();
    for (NamedGroup g : profile.keyShares()) {
      int length = HelloKeyShare.length(g).orElseThrow(() -> new IllegalArgumentException(
          "client profile '" + profile.id() + "' sends a key share for " + g + ", whose key_exchange "
              + "length tls-compat does not know (no TLS 1.3 encoding, or RFC 9367 GOST)"));
      entries.add(new int[] {g.code(), length});
    }
    List<Extra> extras = layout.extras(Field.KEY_SHARE);
    List<int[]> merged = new ArrayList<>();
    int next = 0;
    for (Extra x : extras) {
      while (merged.size() < x.index() && next < entries.size()) merged.add(entries.get(next++));
      merged.add(new int[] {x.code(), x.keyLength()});
    }
    while (next < entries.size()) merged.add(entries.get(next++));
    int list = w.open(2);
    for (int[] entry : merged) {
      w.u16(entry[0]);
      w.u16(entry[1]);
      int code = entry[0];
      int length = entry[1];
      w.bytes(NamedGroup.fromCode(code).map(g -> HelloKeyShare.value(g, length, rnd)).orElseGet(() -> random(length, rnd)));
    }
    w.close(list, "client_shares");
  }

  /** An SSL 2.0 CLIENT-HELLO with its two-byte record header (RFC 5246 E.2). */
  private static byte[] ssl2(ClientProfile profile, HelloLayout layout, RandomGenerator rnd) {
    if (!layout.extensions().isEmpty() || !profile.extensions().isEmpty() || !profile.groups().isEmpty()
        || !profile.signatureAlgorithms().isEmpty() || !profile.keyShares().isEmpty()) {
      throw new IllegalArgumentException("client profile '" + profile.id() + "' is SSL2_COMPATIBLE but has "
          + "extensions; an SSL 2.0 CLIENT-HELLO cannot carry any (RFC 5246 E.2)");
    }
    List<Integer> specs = merge(suiteCodes(profile), layout, Field.CIPHER_SUITES);
    HelloWriter w = new HelloWriter();
    w.u8(1).u16(layout.legacyVersion()).u16(specs.size() * 3).u16(layout.sessionIdLength()).u16(layout.randomLength());
    for (int code : specs) w.u24(code);
    w.bytes(random(layout.sessionIdLength(), rnd)).bytes(random(layout.randomLength(), rnd));
    byte[] body = w.toByteArray();
    if (body.length > 0x7FFF) {
      throw new IllegalArgumentException("an SSL 2.0 CLIENT-HELLO holds at most 32767 bytes, this one " + body.length);
    }
    HelloWriter out = new HelloWriter();
    return out.u16(0x8000 | body.length).bytes(body).toByteArray();
  }

  /** The handshake message in TLS records of at most 2^14 bytes (RFC 5246 6.2.1). */
  private static byte[] records(int recordVersion, byte[] message) {
    HelloWriter w = new HelloWriter();
    for (int at = 0; at < message.length; at += MAX_FRAGMENT) {
      int n = Math.min(MAX_FRAGMENT, message.length - at);
      w.u8(22).u16(recordVersion).u16(n).bytes(Arrays.copyOfRange(message, at, at + n));
    }
    return w.toByteArray();
  }

  /** The model's codes with the layout's extras of {@code field} put back at their wire indexes. */
  private static List<Integer> merge(List<Integer> model, HelloLayout layout, Field field) {
    List<Integer> out = new ArrayList<>(model.size() + 4);
    int next = 0;
    for (Extra x : layout.extras(field)) {
      while (out.size() < x.index() && next < model.size()) out.add(model.get(next++));
      out.add(x.code());
    }
    while (next < model.size()) out.add(model.get(next++));
    return out;
  }

  private static void u16Vector(HelloWriter w, int lengthBytes, List<Integer> codes) {
    int mark = w.open(lengthBytes);
    for (int c : codes) w.u16(c);
    w.close(mark, "list");
  }

  private static List<Integer> suiteCodes(ClientProfile profile) {
    List<Integer> out = new ArrayList<>();
    for (CipherSuite s : profile.cipherSuites()) out.add(s.code());
    return out;
  }

  private static List<Integer> codes(List<NamedGroup> groups) {
    List<Integer> out = new ArrayList<>();
    for (NamedGroup g : groups) out.add(g.code());
    return out;
  }

  private static List<Integer> schemeCodes(List<SignatureScheme> schemes) {
    List<Integer> out = new ArrayList<>();
    for (SignatureScheme s : schemes) out.add(s.code());
    return out;
  }

  private static byte[] random(int n, RandomGenerator rnd) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static byte[] defaultBody(int code) {
    if (code == ALPS) return new byte[] {0, 3, 2, 'h', '2'};                        // draft-vvv-tls-alps
    return ExtensionType.fromCode(code).map(ClientHelloEncoder::defaultBody).orElse(new byte[0]);
  }

  private static byte[] defaultBody(ExtensionType type) {
    return switch (type) {
      case ec_point_formats -> new byte[] {1, 0};                        // RFC 8422 5.1.2
      case application_layer_protocol_negotiation -> {                                                    // RFC 7301 3.1
        byte[] proto = "http/1.1".getBytes(StandardCharsets.US_ASCII);
        yield new HelloWriter().u16(proto.length + 1).u8(proto.length).bytes(proto).toByteArray();
      }
      case status_request -> new byte[] {1, 0, 0, 0, 0};                 // RFC 6066 8
      case psk_key_exchange_modes -> new byte[] {1, 1};                  // RFC 8446 4.2.9
      case renegotiation_info -> new byte[] {0};                         // RFC 5746 3.4
      case record_size_limit -> new byte[] {0x40, 0x01};                              // RFC 8449 4
      case compress_certificate -> new byte[] {2, 0, 2};                               // RFC 8879 3
      default -> new byte[0];
    };
  }
}
