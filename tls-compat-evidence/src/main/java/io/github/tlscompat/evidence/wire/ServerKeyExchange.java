package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.internal.Preconditions;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.KeyExchange.Agreement;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a TLS 1.2-or-earlier ServerKeyExchange shows (RFC 5246 7.4.3, RFC 8422 5.4, RFC 4279 2): the
 * ECDHE named group or the DHE prime size a client checks against its limits, and in TLS 1.2 the
 * signature scheme. The message has no type field of its own: how to read it follows from the
 * suite in the ServerHello.
 *
 * @param namedGroup the ECDHE {@code named_curve} code (RFC 8422 5.4), when the curve is named
 * @param dhBits the DHE prime {@code dh_p} size in bits
 * @param exportRsaBits the temporary RSA modulus size of an RSA_EXPORT suite (RFC 2246 7.4.3)
 * @param signatureScheme the {@code SignatureAndHashAlgorithm} code of a TLS 1.2 signed exchange
 * @param description what was read, or what could not be (e.g. explicit curve parameters)
 * @since 0.1.0
 */
public record ServerKeyExchange(OptionalInt namedGroup, OptionalInt dhBits, OptionalInt exportRsaBits,
    OptionalInt signatureScheme, String description) {

  /** ECParameters {@code curve_type} named_curve (RFC 8422 5.4). */
  private static final int NAMED_CURVE = 3;

  /** Validates the components. */
  public ServerKeyExchange {
    Preconditions.checkNotNull(namedGroup, "namedGroup");
    Preconditions.checkNotNull(dhBits, "dhBits");
    Preconditions.checkNotNull(exportRsaBits, "exportRsaBits");
    Preconditions.checkNotNull(signatureScheme, "signatureScheme");
    Preconditions.checkNotNull(description, "description");
  }

  /** The {@link #namedGroup} as a registry group, or empty when absent or unknown. */
  public Optional<NamedGroup> group() {
    return namedGroup.isPresent() ? NamedGroup.fromCode(namedGroup.getAsInt()) : Optional.empty();
  }

  /** The {@link #signatureScheme} as a registry scheme, or empty when absent or unknown. */
  public Optional<SignatureScheme> scheme() {
    return signatureScheme.isPresent() ? SignatureScheme.fromCode(signatureScheme.getAsInt()) : Optional.empty();
  }

  /** Parses a ServerKeyExchange body for the suite and version the ServerHello chose. */
  static ServerKeyExchange parse(byte[] body, CipherSuite suite, ProtocolVersion version) throws HandshakeFormatException {
    HandshakeReader r = new HandshakeReader("ServerKeyExchange", body);
    Agreement agreement = suite.keyExchange().agreement();
    if (suite.keyExchange().isPsk()) r.vector16("psk_identity_hint");
    OptionalInt group = OptionalInt.empty();
    OptionalInt dh = OptionalInt.empty();
    OptionalInt rsa = OptionalInt.empty();
    String description;
    if (agreement == Agreement.DHE) {
      byte[] p = r.vector16("dh_p");
      r.vector16("dh_g");
      r.vector16("dh_Ys");
      dh = OptionalInt.of(new BigInteger(1, p).bitLength());
      description = "DHE " + dh.getAsInt() + "-bit prime";
    } else if (agreement == Agreement.ECDHE) {
      int curveType = r.u8("curve_type");
      if (curveType != NAMED_CURVE) {
        // explicit_prime (1) and explicit_char2 (2) are deprecated (RFC 8422 5.4) and carry whole
        // curve descriptions; the model names only registered groups, so stop here.
        return new ServerKeyExchange(group, dh, rsa, OptionalInt.empty(),
            "ECDHE with explicit curve parameters (curve_type " + curveType + "), not a named group");
      }
      group = OptionalInt.of(r.u16("namedcurve"));
      r.vector8("ECPoint");
      description = "ECDHE " + NamedGroup.fromCode(group.getAsInt()).map(NamedGroup::ianaName)
          .orElse(String.format("UNKNOWN(0x%04X)", group.getAsInt()));
    } else if (agreement == Agreement.RSA && suite.isExport()) {
      byte[] modulus = r.vector16("rsa_modulus");
      r.vector16("rsa_exponent");
      rsa = OptionalInt.of(new BigInteger(1, modulus).bitLength());
      description = "RSA_EXPORT " + rsa.getAsInt() + "-bit temporary key";
    } else if (suite.keyExchange().isPsk()) {
      return new ServerKeyExchange(group, dh, rsa, OptionalInt.empty(), "PSK identity hint only");
    } else {
      return new ServerKeyExchange(group, dh, rsa, OptionalInt.empty(), suite.keyExchange() + " parameters not read");
    }
    OptionalInt scheme = OptionalInt.empty();
    boolean signed = !suite.isAnonymous() && !suite.keyExchange().isPsk();
    if (signed && version.isAtLeast(ProtocolVersion.TLS_1_2)) {
      scheme = OptionalInt.of(r.u16("SignatureAndHashAlgorithm"));
      description += ", signed with " + SignatureScheme.fromCode(scheme.getAsInt()).map(SignatureScheme::ianaName)
          .orElse(String.format("UNKNOWN(0x%04X)", scheme.getAsInt()));
    }
    if (signed) r.vector16("signature");
    if (r.remaining() > 0) {
      throw new HandshakeFormatException("ServerKeyExchange: " + r.remaining() + " bytes after the " + suite.keyExchange()
          + " parameters");
    }
    return new ServerKeyExchange(group, dh, rsa, scheme, description);
  }

  @Override public String toString() {
    return description;
  }
}
