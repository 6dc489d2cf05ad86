package com.example.everyannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Mistakes a user makes, and what they are told. */
class MisuseTest {

  @Test
  void wrongServerType_namesTheClassTheMemberWhatWasFoundAndWhatIsAccepted() {
    EngineExecutionResults results = Cases.run(PortAsServer.class);

    assertThat(Cases.failures(results)).containsOnly(entry("lyncPhonesConnect()", "ExtensionConfigurationException: @ServerUnderTest field 'frontEnd' of"
        + " com.example.everyannotation.MisuseTest$PortAsServer is a java.lang.Integer; expected"
        + " a ServerPolicy, a catalog id (String), a profile or configuration file"
        + " (java.nio.file.Path), a javax.net.ssl.SSLContext, a JsseServer, a"
        + " java.net.InetSocketAddress or a java.net.URI (https://host:port)"));
  }

  @Test
  void unknownClient_namesTheClosestIds() {
    EngineExecutionResults results = Cases.run(MisspelledClient.class);

    assertThat(Cases.failures(results)).containsOnly(entry("lyncPhonesConnect()", "ExtensionConfigurationException: @RequiresClient on"
        + " MisspelledClient.lyncPhonesConnect(): no client 'LPE-CE-6' in the catalog; did you"
        + " mean LPE-CE6?"));
  }

  static class PortAsServer {
    @ServerUnderTest
    static int frontEnd = 443;

    @Test
    @RequiresClient("LPE-CE6")
    void lyncPhonesConnect() {
    }
  }

  static class MisspelledClient {
    @ServerUnderTest
    static String frontEnd = "iiscrypto-3.2-fips-140-2-win2012r2";

    @Test
    @RequiresClient("LPE-CE-6")
    void lyncPhonesConnect() {
    }
  }
}
