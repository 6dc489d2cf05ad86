package io.github.tlscompat.evidence.wire;

import static io.github.tlscompat.evidence.wire.ServerKeys.capture;
import static io.github.tlscompat.evidence.wire.WireBytes.bytes;
import static io.github.tlscompat.evidence.wire.WireBytes.concat;
import static io.github.tlscompat.evidence.wire.WireBytes.extension;
import static io.github.tlscompat.evidence.wire.WireBytes.handshake;
import static io.github.tlscompat.evidence.wire.WireBytes.random;
import static io.github.tlscompat.evidence.wire.WireBytes.record;
import static io.github.tlscompat.evidence.wire.WireBytes.serverHelloBody;
import static io.github.tlscompat.evidence.wire.WireBytes.u16;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.evidence.wire.Observation.Outcome;
import org.junit.jupiter.api.Test;

/**
 * What an in-process engine picks is checked against the hello it was given, as {@link LiveProbe}
 * checks a live server's: an engine that answers with a version or suite the client never offered
 * is the server's protocol violation, never a connection.
 */
class EngineProbeOfferTest {

  @Test
  void probe_engineAnsweringRc4ToChrome101_isAProtocolViolation() {
    // GIVEN an engine that answers Chrome 101 with TLS_RSA_WITH_RC4_128_SHA, which Chrome never offers
    byte[] chrome = capture("chrome-101-win10");
    int offered = ClientHelloDecoder.decode(chrome).cipherSuites().size();
    byte[] rc4 = record(22, handshake(2, serverHelloBody(0x0303, random(), 0x0005, extension(0xFF01, bytes(0)))));

    // WHEN the probe replays the hello into it
    Observation o = EngineProbe.probe(chrome, new ScriptedServerEngine(rc4));

    // THEN a real client would abort, and so does the result
    assertThat(o.outcome()).isEqualTo(Outcome.PROTOCOL_VIOLATION);
    assertThat(o.detail()).isEqualTo("PROTOCOL_VIOLATION: the server picked TLS_RSA_WITH_RC4_128_SHA (0x0005),"
        + " which the client never offered: it offered " + offered + " cipher suites");
  }

  @Test
  void probe_engineAnsweringTls13ToIe8_isAProtocolViolation() {
    byte[] tls13 = record(22, handshake(2, serverHelloBody(0x0303, random(), 0x1301,
        extension(43, u16(0x0304)), extension(51, concat(u16(29), u16(32), new byte[32])))));

    Observation o = EngineProbe.probe(capture("ie-8-xp"), new ScriptedServerEngine(tls13));

    assertThat(o.outcome()).isEqualTo(Outcome.PROTOCOL_VIOLATION);
    assertThat(o.detail()).isEqualTo("PROTOCOL_VIOLATION: the server picked TLS 1.3 (0x0304), which the client"
        + " never offered: it offered TLS 1.0 (0x0301) and below (legacy_version, no supported_versions)");
  }

  @Test
  void probe_engineAnsweringWhatWasOffered_isConnected() {
    // GIVEN the same engine answering with a suite Chrome does offer
    byte[] offered = record(22, concat(handshake(2, serverHelloBody(0x0303, random(), 0xC02F,
        extension(0xFF01, bytes(0)))), handshake(14, new byte[0])));

    Observation o = EngineProbe.probe(capture("chrome-101-win10"), new ScriptedServerEngine(offered));

    assertThat(o.outcome()).as("%s", o).isEqualTo(Outcome.CONNECTED);
    assertThat(o.response().orElseThrow().serverHello().orElseThrow().cipherSuite()).isEqualTo(0xC02F);
  }
}
