package io.github.tlscompat.core.model;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.ExtensionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a ClientHello carries beyond the {@link ClientProfile} model, so that the profile can be
 * encoded again byte for byte (apart from the random values a client draws afresh each time).
 *
 * <p>The profile's lists hold registry values only, each once, GREASE left out. Everything else a
 * wire list held is an {@link Extra}: a GREASE value (RFC 8701), a code point the registry does not
 * know, a repeat, or a TLS 1.3 draft version; each keeps its index in the wire list, so the encoder
 * puts it back where the client sent it.
 *
 * <p>Not kept: how the hello was split into TLS records (the encoder uses one record up to 2^14
 * bytes), and an empty extensions block ({@code 00 00}), which is written as no block.
 *
 * @param recordVersion the version of the TLS record header (RFC 5246 6.2.1; most clients say
 *     {@code 0x0301}, RFC 5246 E.1); {@code 0} for an SSL 2.0 CLIENT-HELLO, which has no record header
 * @param legacyVersion the ClientHello's {@code client_version} (RFC 8446 4.1.2 calls it
 *     {@code legacy_version}), or the SSL 2.0 CLIENT-HELLO's version field (RFC 5246 E.2)
 * @param randomLength the length of {@code random}: 32 in a TLS ClientHello, the challenge length
 *     (16 to 32) in an SSL 2.0 CLIENT-HELLO
 * @param sessionIdLength the length of {@code legacy_session_id} (0 to 32; an SSL 2.0 CLIENT-HELLO
 *     allows 0 or 16)
 * @param compressionMethods the {@code legacy_compression_methods}, in order (empty for SSL 2.0)
 * @param extensions every extension in wire order, GREASE ones included, each with the body the
 *     client sent; an empty list means the hello has no extensions block at all
 * @param extras the wire-only entries of the lists the profile models, see {@link Extra}
 * @since 0.1.0
 */
public record HelloLayout(int recordVersion, int legacyVersion, int randomLength, int sessionIdLength,
    List<Integer> compressionMethods, List<Extension> extensions, List<Extra> extras) {

  /** Validates the components and copies the lists. */
  public HelloLayout {
    Preconditions.checkArgument(recordVersion >= 0 && recordVersion <= 0xFFFF,
        () -> "recordVersion " + recordVersion + " is not a 16-bit value");
    Preconditions.checkArgument(legacyVersion >= 0 && legacyVersion <= 0xFFFF,
        () -> "legacyVersion " + legacyVersion + " is not a 16-bit value");
    Preconditions.checkArgument(randomLength >= 1 && randomLength <= 32,
        () -> "randomLength " + randomLength + " is outside 1..32");
    Preconditions.checkArgument(sessionIdLength >= 0 && sessionIdLength <= 32,
        () -> "sessionIdLength " + sessionIdLength + " is outside 0..32 (RFC 5246 7.4.1.2)");
    compressionMethods = List.copyOf(compressionMethods);
    extensions = List.copyOf(extensions);
    extras = List.copyOf(extras);
  }

  /** The first extension with this raw code, if the hello has one (GREASE and unknown codes included). */
  public Optional<Extension> extension(int type) {
    return extensions.stream().filter(e -> e.type() == type).findFirst();
  }

  /** The first extension of this type, if the hello has one. */
  public Optional<Extension> extension(ExtensionType type) {
    return extension(type.code());
  }

  /** The extras of one list, in index order. */
  public List<Extra> extras(Field field) {
    List<Extra> out = new ArrayList<>();
    for (Extra e : extras) {
      if (e.field() == field) out.add(e);
    }
    return out;
  }

  /** The ClientHello lists a profile models, whose wire-only entries are kept as {@link Extra}s. */
  public enum Field {
    /** {@code cipher_suites} (RFC 5246 7.4.1.2), or the SSL 2.0 {@code cipher_specs}. */
    CIPHER_SUITES,
    /** The supported_groups extension (RFC 8422 5.1.1, RFC 8446 4.2.7). */
    SUPPORTED_GROUPS,
    /** The key_share extension's entries (RFC 8446 4.2.8). */
    KEY_SHARE,
    /** The signature_algorithms extension (RFC 5246 7.4.1.4.1, RFC 8446 4.2.3). */
    SIGNATURE_ALGORITHMS,
    /** The signature_algorithms_cert extension (RFC 8446 4.2.3). */
    SIGNATURE_ALGORITHMS_CERT,
    /** The supported_versions extension (RFC 8446 4.2.1). */
    SUPPORTED_VERSIONS
  }

  /**
   * An entry of a wire list that the profile's list does not hold.
   *
   * @param field the list
   * @param index the entry's index in the wire list
   * @param code the code point as sent (three bytes for an SSL 2.0 cipher kind)
   * @param keyLength for a {@link Field#KEY_SHARE} entry, the length of its {@code key_exchange};
   *     0 for the other lists
   */
  public record Extra(Field field, int index, int code, int keyLength) {
    /** Validates the components. */
    public Extra {
      Preconditions.checkNotNull(field, "field");
      Preconditions.checkArgument(index >= 0, () -> "index " + index + " is negative");
      Preconditions.checkArgument(code >= 0 && code <= 0xFFFFFF, () -> "code " + code + " is not a 24-bit value");
      Preconditions.checkArgument(keyLength >= 0 && keyLength <= 0xFFFF,
          () -> "keyLength " + keyLength + " is not a 16-bit length");
    }

    @Override public String toString() {
      return field + "[" + index + "]=" + String.format("0x%04X", code)
          + (field == Field.KEY_SHARE ? " (" + keyLength + " bytes)" : "");
    }
  }

  /**
   * One extension as sent: its type and body. The encoder uses the body only for the extensions the
   * profile does not model (ALPN, ec_point_formats, status_request, ...).
   *
   * @param type the IANA ExtensionType code
   * @param body the {@code extension_data}, copied in and out
   */
  public record Extension(int type, byte[] body) {
    /** Validates the type and copies the body. */
    public Extension {
      Preconditions.checkArgument(type >= 0 && type <= 0xFFFF, () -> "extension type " + type + " is not a 16-bit code");
      body = Preconditions.checkNotNull(body, "body").clone();
      final int length = body.length;
      Preconditions.checkArgument(length <= 0xFFFF, () -> "extension body of " + length + " bytes exceeds 2^16-1");
    }

    /** A copy of the body. */
    @Override public byte[] body() {
      return body.clone();
    }

    /** The body's length, without copying it. */
    public int length() {
      return body.length;
    }

    @Override public boolean equals(Object o) {
      return o instanceof Extension e && e.type == type && Arrays.equals(e.body, body);
    }

    @Override public int hashCode() {
      return 31 * type + Arrays.hashCode(body);
    }

    /** For example {@code server_name(0x0000):0000} or {@code GREASE(0x0A0A):}. */
    @Override public String toString() {
      return ExtensionType.getText(type) + ":" + HexFormat.of().formatHex(body);
    }
  }
}
