package io.github.tlscompat.evidence.wire;

import io.github.tlscompat.core.registry.ExtensionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The JA4 TLS client fingerprint (FoxIO, github.com/FoxIO-LLC/ja4, technical_details/JA4.md), e.g.
 * {@code t13d1516h2_8daaf6152771_e5627efa2ab1}: {@code a_b_c}, GREASE values (RFC 8701) ignored
 * everywhere.
 * <ul>
 *   <li><b>a</b>: {@code q} if the hello carries quic_transport_parameters, else {@code t}; the
 *       version, the highest value of supported_versions if present, else {@code client_version}
 *       ({@code 13 12 11 10 s3 s2}, {@code 00} if unknown); {@code d} with server_name, {@code i}
 *       without; the number of suites and of extensions (SNI and ALPN included), two digits each,
 *       at most 99; the first and last character of the first ALPN value, {@code 00} without one,
 *       and the first hex digit of the first byte and the last hex digit of the last byte if either
 *       character is not alphanumeric.</li>
 *   <li><b>b</b>: the first 12 hex digits of the SHA-256 of the suites as 4-digit lower-case hex,
 *       sorted, comma-separated; {@code 000000000000} without suites.</li>
 *   <li><b>c</b>: the same over the extension types sorted, without server_name (0000) and ALPN
 *       (0010), then {@code _} and the signature_algorithms in wire order (no {@code _} when there
 *       are none); {@code 000000000000} without extensions.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Ja4 {
  private Ja4() {}

  /** The JA4 fingerprint of {@code hello}. */
  public static String of(ClientHello hello) {
    List<String> suites = hexes(hello.cipherSuites());
    List<String> extensions = hexes(hello.extensionTypes());
    List<String> hashed = new ArrayList<>(extensions);
    hashed.remove("0000");
    hashed.remove("0010");
    hashed.sort(null);
    List<String> sigalgs = hexes(hello.u16List(ExtensionType.signature_algorithms));
    String c = String.join(",", hashed) + (sigalgs.isEmpty() ? "" : "_" + String.join(",", sigalgs));
    suites.sort(null);
    return a(hello, suites.size(), extensions.size()) + "_"
        + (suites.isEmpty() ? "000000000000" : sha256_12(String.join(",", suites))) + "_"
        + (extensions.isEmpty() ? "000000000000" : sha256_12(c));
  }

  private static String a(ClientHello hello, int suites, int extensions) {
    return (hello.extension(ExtensionType.quic_transport_parameters).isPresent() ? "q" : "t")
        + version(hello) + (hello.extension(ExtensionType.server_name).isPresent() ? "d" : "i")
        + String.format("%02d%02d", Math.min(suites, 99), Math.min(extensions, 99)) + alpn(hello.firstAlpn());
  }

  private static String version(ClientHello hello) {
    int version = hello.legacyVersion();
    if (hello.extension(ExtensionType.supported_versions).isPresent()) {
      version = 0;
      for (int v : hello.supportedVersions()) {
        if (!ClientHello.isGrease(v)) version = Math.max(version, v);
      }
    }
    return switch (version) {
      case 0x0304 -> "13";
      case 0x0303 -> "12";
      case 0x0302 -> "11";
      case 0x0301 -> "10";
      case 0x0300 -> "s3";
      case 0x0200, 0x0002 -> "s2"; // JA4.md says 0x0200; SSL 2.0 itself says 0x0002
      case 0x0100 -> "s1";
      default -> "00";
    };
  }

  private static String alpn(Optional<byte[]> first) {
    if (first.isEmpty() || first.get().length == 0) return "00";
    byte[] p = first.get();
    int f = p[0] & 0xFF;
    int l = p[p.length - 1] & 0xFF;
    if (alphanumeric(f) && alphanumeric(l)) return "" + (char) f + (char) l;
    String hex = "0123456789abcdef";
    return "" + hex.charAt(f >> 4) + hex.charAt(l & 0xF);
  }

  private static boolean alphanumeric(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static final HexFormat HEX = HexFormat.of();

  private static List<String> hexes(List<Integer> codes) {
    List<String> out = new ArrayList<>();
    for (int c : codes) {
      // Codes are 16-bit: four lower-case hex digits, as "%04x" wrote them, without a Formatter per code.
      if (!ClientHello.isGrease(c)) out.add(HEX.toHexDigits((short) c));
    }
    return out;
  }

  private static String sha256_12(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(d).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256 (MessageDigest javadoc)", e);
    }
  }
}
