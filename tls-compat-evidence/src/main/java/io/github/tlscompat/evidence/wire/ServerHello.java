package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A TLS ServerHello (RFC 5246 7.4.1.3, RFC 8446 4.1.3) or HelloRetryRequest (RFC 8446 4.1.4),
 * with the codes kept raw so an unknown one is still a value; the typed accessors look them up.
 *
 * @param legacyVersion the {@code legacy_version} field (0x0303 in every TLS 1.3 ServerHello)
 * @param version the version the server chose: {@code supported_versions} when present (RFC 8446
 *     4.2.1), otherwise {@code legacyVersion}
 * @param cipherSuite the chosen suite's code point
 * @param compressionMethod the chosen compression method (0 = null; 1 = DEFLATE, RFC 3749)
 * @param sessionIdLength the length of the session id the server echoed or assigned
 * @param extensionTypes the extension types, in wire order
 * @param helloRetryRequest whether the random is the RFC 8446 4.1.3 HelloRetryRequest value
 * @param keyShareGroup the {@code key_share} group: the server's share in a ServerHello, the
 *     {@code selected_group} in a HelloRetryRequest (RFC 8446 4.2.8); empty without the extension
 * @param downgradeSentinel whether the random ends with the RFC 8446 4.1.3 {@code DOWNGRD}
 *     sentinel: a TLS 1.3 server that negotiated 1.2 or lower says so
 * @since 0.1.0
 */
public record ServerHello(int legacyVersion, int version, int cipherSuite, int compressionMethod, int sessionIdLength,
    List<Integer> extensionTypes, boolean helloRetryRequest, OptionalInt keyShareGroup, boolean downgradeSentinel) {

  /** SHA-256("HelloRetryRequest"): the random that marks a HelloRetryRequest (RFC 8446 4.1.3). */
  static final byte[] HELLO_RETRY_REQUEST_RANDOM = hex(
      "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");
  /** The first seven bytes of the downgrade sentinel, "DOWNGRD" (RFC 8446 4.1.3). */
  private static final byte[] DOWNGRADE_PREFIX = hex("444F574E475244");

  /** Validates and copies the extension list. */
  public ServerHello {
    Preconditions.checkNotNull(keyShareGroup, "keyShareGroup");
    extensionTypes = List.copyOf(extensionTypes);
  }

  /** The chosen version, or empty for a code the registry does not know (e.g. a draft TLS 1.3). */
  public Optional<ProtocolVersion> protocolVersion() {
    return ProtocolVersion.fromCode(version);
  }

  /** The chosen suite, or empty for a code the registry does not know. */
  public Optional<CipherSuite> suite() {
    return CipherSuite.fromCode(cipherSuite);
  }

  /** The {@link #keyShareGroup} as a registry group, or empty when absent or unknown. */
  public Optional<NamedGroup> group() {
    return keyShareGroup.isPresent() ? NamedGroup.fromCode(keyShareGroup.getAsInt()) : Optional.empty();
  }

  /** Whether the server chose TLS 1.3, after which everything it sends is encrypted (RFC 8446 2). */
  public boolean isTls13() {
    return version == ProtocolVersion.TLS_1_3.code();
  }

  /**
   * Parses a ServerHello body (the handshake header already removed). Extensions are optional
   * before TLS 1.3: a body that ends after the compression method has none (RFC 5246 7.4.1.3).
   */
  static ServerHello parse(byte[] body) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("ServerHello", body);
    int legacyVersion = r.u16("legacy_version");
    byte[] random = r.bytes(32, "random");
    int sessionIdLength = r.vector8("legacy_session_id_echo").length;
    if (sessionIdLength > 32) {
      throw new HandshakeFormatException("ServerHello: session id of " + sessionIdLength + " bytes, at most 32 allowed");
    }
    int suite = r.u16("cipher_suite");
    int compression = r.u8("legacy_compression_method");
    boolean hrr = Arrays.equals(random, HELLO_RETRY_REQUEST_RANDOM);
    List<Integer> types = new ArrayList<>();
    int version = legacyVersion;
    OptionalInt group = OptionalInt.empty();
    if (r.remaining() > 0) {
      HandshakeReader exts = r.slice(r.u16("extensions length"), "extensions");
      while (exts.remaining() > 0) {
        int type = exts.u16("extension type");
        HandshakeReader data = exts.slice(exts.u16("extension length"), "extension " + ExtensionType.getText(type));
        types.add(type);
        if (type == ExtensionType.supported_versions.code()) {
          version = data.u16("supported_versions selected_version");
        } else if (type == ExtensionType.key_share.code()) {
          // A HelloRetryRequest carries only the selected group; a ServerHello a KeyShareEntry.
          group = OptionalInt.of(data.u16(hrr ? "key_share selected_group" : "key_share group"));
        }
      }
    }
    if (r.remaining() > 0) {
      throw new HandshakeFormatException("ServerHello: " + r.remaining() + " bytes after the extensions");
    }
    boolean downgrade = Arrays.equals(Arrays.copyOfRange(random, 24, 31), DOWNGRADE_PREFIX)
        && (random[31] == 0 || random[31] == 1);
    return new ServerHello(legacyVersion, version, suite, compression, sessionIdLength, types, hrr, group, downgrade);
  }

  /** For example {@code ServerHello TLSv1.3 TLS_AES_128_GCM_SHA256 x25519}. */
  @Override public String toString() {
    return (helloRetryRequest ? "HelloRetryRequest " : "ServerHello ")
        + protocolVersion().map(ProtocolVersion::jsseName).orElse(String.format("UNKNOWN(0x%04X)", version)) + " "
        + suite().map(CipherSuite::ianaName).orElse(String.format("UNKNOWN(0x%04X)", cipherSuite))
        + (keyShareGroup.isPresent()
            ? " " + group().map(NamedGroup::ianaName).orElse(String.format("UNKNOWN(0x%04X)", keyShareGroup.getAsInt()))
            : "");
  }

  private static byte[] hex(String s) {
    byte[] b = new byte[s.length() / 2];
    for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    return b;
  }
}
