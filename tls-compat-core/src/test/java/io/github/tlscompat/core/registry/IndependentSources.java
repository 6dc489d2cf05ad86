package io.github.tlscompat.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The independent sources the registry tests check our tables against. */
final class IndependentSources {
  private IndependentSources() {}

  /**
   * Every {@code static final int} (or {@code short}, as in {@code AlertDescription}) constant of a
   * Bouncy Castle registry class, by name. BC's
   * {@code OQS_} constants are the Open Quantum Safe project's own code points and its
   * {@code DRAFT_} ones values IANA has not assigned; neither is in an IANA registry.
   */
  static Map<String, Integer> bouncyCastleConstants(Class<?> registry) throws IllegalAccessException {
    Map<String, Integer> constants = new TreeMap<>();
    for (Field f : registry.getFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) || !Modifier.isFinal(m)) continue;
      if (f.getType() != int.class && f.getType() != short.class) continue;
      if (f.getName().startsWith("OQS_") || f.getName().startsWith("DRAFT_")) continue;
      constants.put(f.getName(), f.getInt(null));
    }
    return constants;
  }

  /**
   * The codes of one kind in a captured-client resource of this package: lines {@code KIND 0xCODE},
   * e.g. {@code group 0x0017} in observed-codes.txt or {@code TLS 0x000A} in
   * observed-cipher-suites.txt; {@code #} lines are comments.
   */
  static List<Integer> observedCodes(String resource, String kind) throws IOException {
    List<Integer> codes = new ArrayList<>();
    try (InputStream in = IndependentSources.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test class path").isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length == 2 && parts[0].equals(kind)) codes.add(Integer.decode(parts[1]));
      }
    }
    return codes;
  }

  /** RFC 8701 GREASE: both bytes equal, each of the form 0x?A. */
  static boolean isGrease(int code) {
    return (code & 0x0F0F) == 0x0A0A && (code >> 8) == (code & 0xFF);
  }

  static String hex(int code) {
    return String.format("0x%04X", code);
  }
}
