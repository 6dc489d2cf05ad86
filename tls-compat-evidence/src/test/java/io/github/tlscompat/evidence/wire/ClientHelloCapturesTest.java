package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.HelloFormat;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.SignatureScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes and re-encodes the 177 ClientHellos testssl.sh captured (the tls-compat-captures jar, a
 * test dependency) and checks the decoded lists against the built-in catalog, which was made from
 * the same captures by other code (tools/catalog/convert_observed_clients.py); the expected lists
 * are copied into {@code catalog-clients.tsv}, whose header states the source.
 */
class ClientHelloCapturesTest {
  static final String CAPTURES = "META-INF/tls-compat/captures/v1/";
  static final Map<String, String[]> CATALOG = readTsv("catalog-clients.tsv");

  static Stream<String> ids() {
    return CATALOG.keySet().stream();
  }

  @Test
  void catalog_hasEveryCapturedClient() {
    assertThat(CATALOG).hasSize(177);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void decode_capture_listsEqualTheCatalog(String id) {
    // GIVEN
    String[] row = CATALOG.get(id);
    // WHEN
    ClientProfile p = ClientHelloDecoder.decode(capture(id)).toProfile(id, id);
    // THEN
    assertThat(p.cipherSuites()).as("cipher suites").containsExactlyElementsOf(names(row[3], CipherSuite::fromName));
    assertThat(p.groups()).as("groups").containsExactlyElementsOf(names(row[4], NamedGroup::fromName));
    assertThat(p.keyShares()).as("key shares").containsExactlyElementsOf(names(row[5], NamedGroup::fromName));
    // Safari sends rsa_pss_rsae_sha384 twice; the catalog lists it twice, a profile keeps the first.
    assertThat(p.signatureAlgorithms()).as("signature_algorithms")
        .containsExactlyElementsOf(new LinkedHashSet<>(names(row[6], SignatureScheme::fromName)));
    assertThat(p.signatureAlgorithmsCert()).as("signature_algorithms_cert")
        .containsExactlyElementsOf(names(row[7], SignatureScheme::fromName));
    assertThat(p.extensions()).as("extensions").containsExactlyElementsOf(names(row[8], Integer::valueOf));
    assertThat(p.sendsSni()).as("sends SNI").isEqualTo(!row[1].equals("-"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void encode_decodedCapture_sameBytesOutsideTheRandomFields(String id) {
    // GIVEN
    byte[] captured = capture(id);
    ClientProfile p = ClientHelloDecoder.decode(captured).toProfile(id, id);
    String host = CATALOG.get(id)[1].equals("-") ? null : CATALOG.get(id)[1];
    // WHEN
    byte[] encoded = ClientHelloEncoder.encode(p, host, new SplittableRandom(id.hashCode()));
    // THEN
    assertThat(HexFormat.of().formatHex(mask(encoded)))
        .isEqualTo(HexFormat.of().formatHex(mask(captured)));
    assertThat(encoded).isNotEqualTo(captured); // the random did change
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void decode_everyTruncation_failsWithIllegalArgument(String id) {
    byte[] captured = capture(id);
    for (int n = 0; n < captured.length; n++) {
      byte[] prefix = Arrays.copyOf(captured, n);
      assertThatThrownBy(() -> ClientHelloDecoder.decode(prefix))
          .as("first %d of %d bytes", n, captured.length)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("offset");
    }
  }

  @Test
  void decode_captures_twoAreSsl2Framed() {
    List<String> ssl2 = ids().filter(id -> ClientHelloDecoder.decode(capture(id)).format()
        == HelloFormat.SSL2_COMPATIBLE).toList();
    assertThat(ssl2).containsExactlyInAnyOrder("ie-6-xp", "java-6u45");
  }

  /**
   * The hello with the values a client draws afresh zeroed: the random (or SSL 2.0 challenge), the
   * session id, every key_share key_exchange and the server_name host. Walks the bytes on its own,
   * without the decoder under test. Captures are one record each.
   */
  static byte[] mask(byte[] hello) {
    byte[] b = hello.clone();
    if ((b[0] & 0x80) != 0) {                    // SSL 2.0 CLIENT-HELLO, RFC 5246 E.2
      int specs = u16(b, 5);
      int sid = u16(b, 7);
      int challenge = u16(b, 9);
      zero(b, 11 + specs, sid + challenge);      // session_id, then challenge
      return b;
    }
    int p = 5 + 4 + 2;                           // record header, handshake header, client_version
    zero(b, p, 32);                              // random
    p += 32;
    int sid = b[p] & 0xFF;
    zero(b, p + 1, sid);                         // session_id
    p += 1 + sid;
    p += 2 + u16(b, p);                          // cipher_suites
    p += 1 + (b[p] & 0xFF);                      // compression_methods
    if (p == b.length) return b;
    int end = p + 2 + u16(b, p);
    p += 2;
    while (p < end) {
      int type = u16(b, p);
      int length = u16(b, p + 2);
      int body = p + 4;
      if (type == 0 && length > 0) {             // server_name: list length, name_type, host length
        zero(b, body + 5, u16(b, body + 3));
      } else if (type == 51) {                   // key_share: list length, then group, length, key
        int q = body + 2;
        while (q < body + length) {
          int keyLength = u16(b, q + 2);
          zero(b, q + 4, keyLength);
          q += 4 + keyLength;
        }
      }
      p = body + length;
    }
    return b;
  }

  static byte[] capture(String id) {
    try (InputStream in = ClientHelloCapturesTest.class.getClassLoader().getResourceAsStream(CAPTURES + id + ".hex")) {
      assertThat(in).as("capture of %s on the class path", id).isNotNull();
      return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a TSV test resource of this package by their first column; '#' lines are comments. */
  static Map<String, String[]> readTsv(String name) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (InputStream in = ClientHelloCapturesTest.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t", -1);
        rows.put(cols[0], cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static <T> List<T> names(String column, Function<String, T> parse) {
    List<T> out = new ArrayList<>();
    if (!column.equals("-")) {
      for (String s : column.split(",")) out.add(parse.apply(s));
    }
    return out;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static void zero(byte[] b, int from, int length) {
    Arrays.fill(b, from, from + length, (byte) 0);
  }
}
