package io.github.tlscompat.evidence.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.registry.ExtensionType;
import io.github.tlscompat.profiles.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ClientHelloEncoder#forClient} over the built-in catalog: the hellos a live probe sends. */
class ClientHelloForClientTest {
  private static final Catalog BUILT_IN = Catalog.builtIn();

  @Test
  void everyClientWritesTheHelloALiveProbeSends() {
    for (ClientProfile c : BUILT_IN.clients()) {
      ClientHello sent = ClientHelloDecoder.decode(ClientHelloEncoder.forClient(c, BUILT_IN.capturedClientHello(c.id()), "server.example", new Random(7)));
      Optional<byte[]> captured = BUILT_IN.capturedClientHello(c.id());
      if (captured.isPresent()) {
        // The capture's suites and extensions, in its order, with only the host changed.
        ClientHello original = ClientHelloDecoder.decode(captured.get());
        assertThat(sent.cipherSuites()).as(c.id()).isEqualTo(original.cipherSuites());
        assertThat(sent.extensionTypes()).as(c.id()).isEqualTo(original.extensionTypes());
      } else {
        assertThat(sent.toProfile(c.id(), c.name()).cipherSuites()).as(c.id()).isEqualTo(c.cipherSuites());
      }
      String host = sent.extension(ExtensionType.server_name).map(e -> new String(e.body(), 5, e.body().length - 5, StandardCharsets.US_ASCII))
          .orElse(null);
      assertThat(host).as(c.id() + " server_name").isEqualTo(c.sendsSni() ? "server.example" : null);
    }
    // The phone sends no server_name, and the ClientHello is encoded from its profile.
    assertThat(BUILT_IN.capturedClientHello("LPE-CE6")).isEmpty();
    assertThat(ClientHelloDecoder.decode(ClientHelloEncoder.forClient(BUILT_IN.client("LPE-CE6"), Optional.empty(), "fe.example",
        new Random(1))).extension(ExtensionType.server_name)).isEmpty();
  }
}
