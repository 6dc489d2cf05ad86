package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.registry.ExtensionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/**
 * The JA3 fingerprint of a TLS ClientHello (Salesforce, github.com/salesforce/ja3, README "How it
 * works"): the decimal values of {@code SSLVersion,Ciphers,Extensions,EllipticCurves,
 * EllipticCurvePointFormats}, fields separated by commas and values by dashes, GREASE values
 * (RFC 8701) left out of the first four lists, and the MD5 of that string.
 *
 * <p>{@code SSLVersion} is the ClientHello's {@code client_version}; the lists are in wire order; an
 * absent list is an empty field, so a hello without extensions ends in {@code ,,,}.
 *
 * @since 0.1.0
 */
public final class Ja3 {
  private Ja3() {}

  /**
   * The JA3 string, e.g. {@code 771,4865-4866-4867,0-23-65281,29-23-24,0}.
   *
   * @throws IllegalArgumentException for an SSL 2.0 CLIENT-HELLO, which JA3 does not define
   */
  public static String string(ClientHello hello) {
    if (hello.format() == HelloFormat.SSL2_COMPATIBLE) {
      throw new IllegalArgumentException("JA3 is defined over a TLS ClientHello, not an SSL 2.0 CLIENT-HELLO");
    }
    return hello.legacyVersion() + "," + join(hello.cipherSuites(), true) + ","
        + join(hello.extensionTypes(), true) + "," + join(hello.u16List(ExtensionType.supported_groups), true)
        + "," + join(hello.pointFormats(), false);
  }

  /**
   * The JA3 fingerprint: the MD5 of {@link #string}, 32 lower-case hex digits.
   *
   * @throws IllegalArgumentException for an SSL 2.0 CLIENT-HELLO
   */
  public static String hash(ClientHello hello) {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(string(hello).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(md5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5 (MessageDigest javadoc)", e);
    }
  }

  private static String join(List<Integer> values, boolean dropGrease) {
    StringJoiner j = new StringJoiner("-");
    for (int v : values) {
      if (!(dropGrease && ClientHello.isGrease(v))) j.add(Integer.toString(v));
    }
    return j.toString();
  }
}
