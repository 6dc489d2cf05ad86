package io.github.tlscompat.core.registry;

import static io.github.tlscompat.core.registry.IndependentSources.bouncyCastleConstants;
import static io.github.tlscompat.core.registry.IndependentSources.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionTypeTest {

  @Test
  void bouncyCastleExtensionTypes_eachCode_isTheEnumConstantOfTheSameName() throws IllegalAccessException {
    // GIVEN every extension constant of Bouncy Castle's table
    Map<String, Integer> bc = bouncyCastleConstants(org.bouncycastle.tls.ExtensionType.class);
    List<String> mismatches = new ArrayList<>();

    // WHEN each is looked up by its code
    for (Map.Entry<String, Integer> e : bc.entrySet()) {
      String ours = ExtensionType.fromCode(e.getValue()).map(Enum::name).orElse("nothing");
      if (!ours.equals(e.getKey())) mismatches.add(e.getKey() + "=" + hex(e.getValue()) + " is " + ours);
    }

    // THEN BC and the enum agree on every name and code
    assertThat(bc).as("BC extension constants found by reflection").hasSizeGreaterThan(35);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void codes_areUniqueAndTwoBytes() {
    assertThat(ExtensionType.values()).extracting(ExtensionType::code).doesNotHaveDuplicates()
        .allMatch(c -> c >= 0 && c <= 0xFFFF);
  }

  @ParameterizedTest
  @CsvSource({
      "0, server_name(0x0000)",
      "51, key_share(0x0033)",
      "65281, renegotiation_info(0xFF01)",
      "2570, GREASE(0x0A0A)",
      "64250, GREASE(0xFAFA)",
      "22016, UNKNOWN(0x5600)",
      "40, UNKNOWN(0x0028)",
      "65535, UNKNOWN(0xFFFF)",
      "65536, UNKNOWN(0x10000)",
      "-1, UNKNOWN(0xFFFFFFFF)"})
  void getText_anyCode_rendersNameAndHexCode(int code, String text) {
    assertThat(ExtensionType.getText(code)).isEqualTo(text);
  }

  @Test
  void fromCode_greaseOrUnassigned_isEmpty() {
    assertThat(ExtensionType.fromCode(0x0A0A)).isEmpty();
    assertThat(ExtensionType.fromCode(0x5600)).isEmpty();
    assertThat(ExtensionType.fromCode(43)).contains(ExtensionType.supported_versions);
  }
}
