package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.IndependentSources.bouncyCastleConstants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertDescriptionTest {

  @Test
  void bouncyCastleAlerts_eachCode_isTheEnumConstantOfTheSameName() throws IllegalAccessException {
    // GIVEN every alert constant of Bouncy Castle's table
    Map<String, Integer> bc = bouncyCastleConstants(org.bouncycastle.tls.AlertDescription.class);
    List<String> mismatches = new ArrayList<>();

    // WHEN each is looked up by its code
    for (Map.Entry<String, Integer> e : bc.entrySet()) {
      String ours = AlertDescription.fromCode(e.getValue()).map(Enum::name).orElse("nothing");
      // IANA marks the retired alerts _RESERVED; Bouncy Castle keeps their old names.
      if (!ours.equals(e.getKey()) && !ours.equals(e.getKey() + "_RESERVED")) {
        mismatches.add(e.getKey() + "=" + e.getValue() + " is " + ours);
      }
    }

    // THEN BC and the enum agree on every code
    assertThat(bc).as("BC alert constants found by reflection").hasSizeGreaterThan(30);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void getText_everyCodeBouncyCastleKnows_rendersAsBouncyCastleDoes() {
    List<String> differ = new ArrayList<>();
    for (int code = 0; code <= 0xFF; code++) {
      String ours = AlertDescription.getText(code).replace("_RESERVED", "");
      String theirs = org.bouncycastle.tls.AlertDescription.getText((short) code);
      boolean bcKnows = !org.bouncycastle.tls.AlertDescription.getName((short) code).equals("UNKNOWN");
      if (bcKnows && !ours.equals(theirs)) {
        differ.add(ours + " vs " + theirs);
      }
    }
    assertThat(differ).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "40, handshake_failure(40)",
      "70, protocol_version(70)",
      "21, decryption_failed_RESERVED(21)",
      "200, UNKNOWN(200)"})
  void getText_anyCode_rendersNameAndCode(int code, String text) {
    assertThat(AlertDescription.getText(code)).isEqualTo(text);
  }
}
