package io.github.tlscompat.core.config;

import static io.github.tlscompat.core.registry.CipherSuite.*;
import static io.github.tlscompat.core.registry.ProtocolVersion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.model.ServerHabit;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.PreferenceList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SChannel registry exports and Get-TlsCipherSuite output. The base policy is Windows Server 2019's
 * default (the catalog's {@code windows-10-1809-2019-schannel-default}: TLS 1.0 to 1.2 and the
 * documented default order, after MicrosoftDocs tls-cipher-suites-in-windows-10-v1809.md).
 */
class SchannelConfigTest {
  static final ServerPolicy WS2019 = ServerPolicy.builder("ws2019", "Windows Server 2019 defaults")
      .versions(TLS_1_0, TLS_1_1, TLS_1_2)
      .cipherSuites(TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
          TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
          TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
          TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
          TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256,
          TLS_RSA_WITH_AES_256_CBC_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA256,
          TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)
      .build();

  @Test
  void readReg_iisCryptoBestPracticesUtf16_givesTheTemplatesOrderAndProtocols() {
    // GIVEN an IIS Crypto 3.2 "Best Practices" export as regedit saves it (UTF-16LE, BOM, wrapped hex(7))
    byte[] reg = Resources.bytes("iiscrypto-best-practices.reg");

    // WHEN
    ServerPolicy p = SchannelConfig.readReg(reg, WS2019);

    // THEN (the catalog's iiscrypto-3.2-best-win2016 lists the same)
    assertThat(p.versions()).containsExactly(TLS_1_0, TLS_1_1, TLS_1_2);
    assertThat(p.cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
        TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
        TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
        TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_GCM_SHA384,
        TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_256_CBC_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA256,
        TLS_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(p.serverPreference()).isTrue();
    assertThat(p.has(ServerHabit.ACCEPTS_SSL2_COMPATIBLE_HELLO)).as("Multi-Protocol Unified Hello disabled").isFalse();
    assertThat(p.dhBits()).isEqualTo(2048);
  }

  @Test
  void readReg_plainTextWithSuffixedNamesAndDisabledCipher_mapsCurvesAndFilters() {
    String reg = """
        REGEDIT4

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]
        "Enabled"=dword:00000000

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server]
        "DisabledByDefault"=dword:00000001

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\Triple DES 168]
        "Enabled"=dword:00000000

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman]
        "ServerMinKeyBitLength"=dword:00000c00

        [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002]
        "Functions"="TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA_P256,TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        """;

    ServerPolicy p = SchannelConfig.readReg(reg, WS2019);

    assertThat(p.versions()).containsExactly(TLS_1_2);
    assertThat(p.cipherSuites()).containsExactly(TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA);
    assertThat(p.groups()).containsExactly(NamedGroup.secp384r1, NamedGroup.secp256r1);
    assertThat(p.dhBits()).isEqualTo(3072);
  }

  @Test
  void readReg_errors_nameLineAndClosest() {
    String base = "Windows Registry Editor Version 5.00\r\n\r\n";
    assertThatThrownBy(() -> SchannelConfig.readReg(base
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.4\\Server]\r\n"
        + "\"Enabled\"=dword:00000000\r\n", WS2019))
        .hasMessageStartingWith("line 3: SCHANNEL: unknown protocol 'TLS 1.4'; expected SSL 2.0, SSL 3.0, TLS 1.0,")
        .hasMessageContaining("did you mean");
    assertThatThrownBy(() -> SchannelConfig.readReg(base
        + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002]\r\n"
        + "\"Functions\"=\"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_256_GCM_SHA348\"\r\n", WS2019))
        .hasMessage("line 4: Functions: unknown cipher suite 'TLS_RSA_WITH_AES_256_GCM_SHA348'; expected IANA names"
            + " such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384; did you mean TLS_RSA_WITH_AES_256_GCM_SHA384 or TLS_PSK_WITH_AES_256_GCM_SHA384 or"
            + " TLS_DHE_RSA_WITH_AES_256_GCM_SHA384?");
    assertThatThrownBy(() -> SchannelConfig.readReg("Windows Registry Editor Version 4.00\r\n", WS2019))
        .hasMessageStartingWith("line 1: header: 'Windows Registry Editor Version 4.00' is not a .reg header");
  }

  @Test
  void readGetTlsCipherSuite_windowsServer2019_givesTheEnabledOrder() {
    PreferenceList<CipherSuite> order = SchannelConfig.readGetTlsCipherSuite(
        Resources.text("get-tlsciphersuite-ws2019.txt"));

    assertThat(order).hasSize(29);
    assertThat(order.subList(0, 21)).isEqualTo(WS2019.cipherSuites());
    assertThat(order.get(28)).isEqualTo(TLS_PSK_WITH_NULL_SHA256);
  }

  @Test
  void writeReg_thenReadReg_roundTripsAndWarnsWhatSchannelLacks() {
    ServerPolicy p = ServerPolicy.builder("w", "w").versions(TLS_1_2, TLS_1_3)
        .cipherSuites(TLS_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA)
        .serverPreference(false).groups(List.of(NamedGroup.x25519, NamedGroup.secp384r1, NamedGroup.x448)).build();

    Exported e = SchannelConfig.writeReg(p);
    ServerPolicy back = SchannelConfig.readReg(
        ("\uFEFF" + e.text()).getBytes(StandardCharsets.UTF_16LE), WS2019);

    assertThat(e.warnings()).containsExactly(
        "SChannel has no TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 in any Windows release; it is left out",
        "SChannel's EccCurves cannot name the group x448; it is left out",
        "SChannel always chooses by the server's order; the client's order cannot win");
    assertThat(e.text()).contains("\"Functions\"=\"TLS_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,"
        + "TLS_RSA_WITH_AES_128_CBC_SHA\"\r\n");
    assertThat(back.versions()).containsExactly(TLS_1_2, TLS_1_3);
    assertThat(back.cipherSuites()).containsExactly(TLS_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_RSA_WITH_AES_128_CBC_SHA);
    assertThat(back.groups()).containsExactly(NamedGroup.x25519, NamedGroup.secp384r1);
  }

  @Test
  void writeRegChanges_tls10Enabled_isOnlyThatProtocolsValuesAndReadsBackToTheChangedPolicy() {
    // GIVEN: Windows Server 2019 with TLS 1.0 turned off, and the remedy that turns it back on
    ServerPolicy hardened = WS2019.toBuilder().id("hardened").name("TLS 1.0 off").versions(TLS_1_1, TLS_1_2).build();
    ServerPolicy remedied = hardened.toBuilder().name("TLS 1.0 off, with: enable TLSv1.0")
        .versions(TLS_1_0, TLS_1_1, TLS_1_2).build();

    // WHEN
    Exported delta = SchannelConfig.writeRegChanges(hardened, remedied);

    // THEN
    assertThat(delta.text()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "; hardened (TLS 1.0 off, with: enable TLSv1.0): only the values that differ from hardened,"
        + " written by tls-compat\r\n"
        + "\r\n"
        + "\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
        + "\\TLS 1.0\\Server]\r\n"
        + "\"Enabled\"=dword:ffffffff\r\n"
        + "\"DisabledByDefault\"=dword:00000000\r\n");
    assertThat(delta.warnings()).isEmpty();
    ServerPolicy applied = SchannelConfig.readReg(delta.text(), hardened);
    assertThat(applied.versions()).isEqualTo(remedied.versions());
    assertThat(applied.cipherSuites()).isEqualTo(remedied.cipherSuites());
  }

  @Test
  void writeRegChanges_suiteAdded_isTheWholeOrderAndTheCipherKeyThatTurnsOn() {
    ServerPolicy no3des = WS2019.toBuilder().cipherSuites(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TLS_RSA_WITH_AES_128_CBC_SHA).build();
    ServerPolicy with3des = no3des.toBuilder()
        .cipherSuites(no3des.cipherSuites().append(TLS_RSA_WITH_3DES_EDE_CBC_SHA)).build();

    Exported delta = SchannelConfig.writeRegChanges(no3des, with3des);

    assertThat(delta.text()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "; ws2019 (Windows Server 2019 defaults): only the values that differ from ws2019, written by"
        + " tls-compat\r\n"
        + "\r\n"
        + "\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers"
        + "\\Triple DES 168]\r\n"
        + "\"Enabled\"=dword:ffffffff\r\n"
        + "\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL"
        + "\\00010002]\r\n"
        + "\"Functions\"=\"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_CBC_SHA,"
        + "TLS_RSA_WITH_3DES_EDE_CBC_SHA\"\r\n");
    assertThat(SchannelConfig.readReg(delta.text(), no3des).cipherSuites()).isEqualTo(with3des.cipherSuites());
  }

  @Test
  void writeRegChanges_onlyACertificateChange_writesNoValueAndWarnsWhatTheRegistryCannotHold() {
    ServerPolicy sha256 = WS2019;
    ServerPolicy sha1 = WS2019.toBuilder()
        .certificates(io.github.tlscompat.core.model.CertificateSpec.RSA_2048_SHA1).build();

    Exported delta = SchannelConfig.writeRegChanges(sha256, sha1);

    assertThat(delta.text()).isEqualTo("Windows Registry Editor Version 5.00\r\n\r\n"
        + "; ws2019 (Windows Server 2019 defaults): only the values that differ from ws2019, written by"
        + " tls-compat\r\n"
        + "; nothing in SChannel's registry settings changes\r\n");
    assertThat(delta.warnings()).containsExactly("certificates ([rsa:2048:sha1]) live in the Windows certificate"
        + " store: pass them to the reader's base policy again");
  }
}
