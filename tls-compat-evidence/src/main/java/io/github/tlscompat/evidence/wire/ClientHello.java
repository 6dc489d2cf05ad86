package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.model.HelloLayout;
import io.github.tlscompat.core.registry.ExtensionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A ClientHello as sent: every field with its raw codes, GREASE values and unknown code points
 * included. {@link ClientHelloDecoder} makes one from bytes; {@link #toProfile} maps it to the model.
 *
 * @param format how the hello was framed
 * @param recordVersion the version in the (first) TLS record header; 0 for an SSL 2.0 CLIENT-HELLO
 * @param legacyVersion {@code client_version} (RFC 5246 7.4.1.2; {@code legacy_version} in RFC 8446
 *     4.1.2), or the version field of an SSL 2.0 CLIENT-HELLO
 * @param random the 32-byte {@code random}, or the SSL 2.0 challenge (16 to 32 bytes); copied
 * @param sessionId the {@code legacy_session_id}; copied
 * @param cipherSuites the suite codes in wire order; in an SSL 2.0 CLIENT-HELLO the three-byte
 *     cipher specs, where a TLS suite {@code 0x00XXYY} reads as {@code 0xXXYY} (RFC 5246 E.2)
 * @param compressionMethods the compression methods in wire order (empty for SSL 2.0)
 * @param extensions the extensions in wire order, with their bodies
 * @since 0.1.0
 */
public record ClientHello(HelloFormat format, int recordVersion, int legacyVersion, byte[] random,
    byte[] sessionId, List<Integer> cipherSuites, List<Integer> compressionMethods,
    List<HelloLayout.Extension> extensions) {


  /** Validates the components and copies the arrays and lists. */
  public ClientHello {
    Preconditions.checkNotNull(format, "format");
    random = Preconditions.checkNotNull(random, "random").clone();
    sessionId = Preconditions.checkNotNull(sessionId, "sessionId").clone();
    cipherSuites = List.copyOf(cipherSuites);
    compressionMethods = List.copyOf(compressionMethods);
    extensions = List.copyOf(extensions);
  }

  /**
   * Whether {@code code} is a GREASE value: {@code 0x0A0A}, {@code 0x1A1A}, ... {@code 0xFAFA}
   * (RFC 8701 2), reserved so that peers must ignore it; the same values in every list (suites,
   * extensions, groups, signature schemes, versions).
   */
  public static boolean isGrease(int code) {
    return ExtensionType.isGrease(code);
  }

  /** A copy of the random (or SSL 2.0 challenge). */
  @Override public byte[] random() {
    return random.clone();
  }

  /** A copy of the session id. */
  @Override public byte[] sessionId() {
    return sessionId.clone();
  }

  /** The extension with this raw code, if the hello has it (any code, GREASE and unknown ones included). */
  public Optional<HelloLayout.Extension> extension(int type) {
    return extensions.stream().filter(e -> e.type() == type).findFirst();
  }

  /** The extension of this type, if the hello has it. */
  public Optional<HelloLayout.Extension> extension(ExtensionType type) {
    return extension(type.code());
  }

  /** The extension types in wire order, GREASE included. */
  public List<Integer> extensionTypes() {
    return extensions.stream().map(HelloLayout.Extension::type).toList();
  }

  /**
   * The model of this hello: see {@link ClientHelloDecoder} for the rules (versions, GREASE, code
   * points the registry does not know), with a {@link HelloLayout} holding what the model lacks.
   *
   * @throws IllegalArgumentException if the hello offers no cipher suite the registry knows, or a
   *     legacy version that names no SSL or TLS version
   */
  public ClientProfile toProfile(String id, String name) {
    return ClientProfileMapper.toProfile(this, id, name);
  }

  /** The 16-bit codes of an extension whose body is a vector with a 16-bit length (groups, sigalgs). */
  List<Integer> u16List(ExtensionType type) {
    return extension(type).map(e -> u16s(body(e), 2, type.name())).orElse(List.of());
  }

  /** The supported_versions list (RFC 8446 4.2.1: a vector with an 8-bit length). */
  List<Integer> supportedVersions() {
    return extension(ExtensionType.supported_versions).map(e -> u16s(body(e), 1, "supported_versions")).orElse(List.of());
  }

  /** The ec_point_formats list (RFC 8422 5.1.2). */
  List<Integer> pointFormats() {
    List<Integer> out = new ArrayList<>();
    extension(ExtensionType.ec_point_formats).ifPresent(e -> {
      HelloReader r = body(e);
      HelloReader list = r.sub(r.u8("ec_point_formats length"), "ec_point_formats");
      while (list.hasRemaining()) out.add(list.u8("point format"));
    });
    return out;
  }

  /** The first protocol name of the ALPN extension (RFC 7301 3.1), if any. */
  Optional<byte[]> firstAlpn() {
    return extension(ExtensionType.application_layer_protocol_negotiation).flatMap(e -> {
      HelloReader r = body(e);
      HelloReader list = r.sub(r.u16("ALPN protocol_name_list length"), "ALPN protocol_name_list");
      if (!list.hasRemaining()) return Optional.empty();
      return Optional.of(list.bytes(list.u8("protocol name length"), "protocol name"));
    });
  }

  /** The key_share entries (RFC 8446 4.2.8) as {group, key_exchange length} pairs. */
  List<int[]> keyShares() {
    List<int[]> out = new ArrayList<>();
    extension(ExtensionType.key_share).ifPresent(e -> {
      HelloReader r = body(e);
      HelloReader list = r.sub(r.u16("client_shares length"), "client_shares");
      while (list.hasRemaining()) {
        int group = list.u16("KeyShareEntry group");
        int length = list.u16("key_exchange length");
        list.sub(length, "key_exchange");
        out.add(new int[] {group, length});
      }
    });
    return out;
  }

  private static HelloReader body(HelloLayout.Extension e) {
    return HelloReader.of(e.body(), 0);
  }

  private static List<Integer> u16s(HelloReader r, int lengthBytes, String what) {
    int length = lengthBytes == 1 ? r.u8(what + " length") : r.u16(what + " length");
    if (length % 2 != 0) throw r.failure(what + " length " + length + " is odd; expected 2-byte codes");
    HelloReader list = r.sub(length, what);
    List<Integer> out = new ArrayList<>();
    while (list.hasRemaining()) out.add(list.u16(what + " code"));
    return out;
  }

  @Override public boolean equals(Object o) {
    return o instanceof ClientHello h && h.format == format && h.recordVersion == recordVersion
        && h.legacyVersion == legacyVersion && Arrays.equals(h.random, random)
        && Arrays.equals(h.sessionId, sessionId) && h.cipherSuites.equals(cipherSuites)
        && h.compressionMethods.equals(compressionMethods) && h.extensions.equals(extensions);
  }

  @Override public int hashCode() {
    return ((format.hashCode() * 31 + legacyVersion) * 31 + Arrays.hashCode(random)) * 31
        + cipherSuites.hashCode() * 17 + extensions.hashCode();
  }

  @Override public String toString() {
    return "ClientHello[" + format + ", legacy_version " + String.format("0x%04X", legacyVersion)
        + ", session id " + HexFormat.of().formatHex(sessionId) + ", " + cipherSuites.size()
        + " suites, extensions " + extensionTypes() + "]";
  }
}
