package io.github.tlscompat.it.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.cli.TlsCompatCommand;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Connected;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.evidence.handshake.BcHandshake;
import io.github.tlscompat.evidence.wire.Observation;
import io.github.tlscompat.evidence.wire.ClientHello;
import io.github.tlscompat.evidence.wire.ClientHelloDecoder;
import io.github.tlscompat.evidence.wire.ClientHelloEncoder;
import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import io.github.tlscompat.junit.assertj.TlsCompatAssertions;
import io.github.tlscompat.profiles.Catalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * tls-compat as a user's named module sees it. Surefire patches this test into
 * {@code io.github.tlscompat.it.modular} and puts every tls-compat jar, Jackson, Bouncy Castle and
 * picocli on the module path, so each test fails if a package it needs is not exported, a module
 * does not require what it uses, or the module system hides a resource the catalog reads.
 */
class ModularConsumerTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final String CLIENT = "LPE-CE6";
  private static final String SERVER = "lync-server-2013";

  @Test
  void modules_onTheModulePath_everyTlsCompatJarIsItsOwnNamedModule() {
    // THEN: nothing here runs from the class path, or the rest of this class proves nothing
    assertThat(ModularConsumerTest.class.getModule().getName()).isEqualTo("io.github.tlscompat.it.modular");
    assertThat(Catalog.class.getModule().isNamed()).isTrue();
    assertThat(Catalog.class.getModule().getName()).isEqualTo("io.github.tlscompat.profiles");
    assertThat(ClientProfile.class.getModule().getName()).isEqualTo("io.github.tlscompat.core");
    assertThat(BcHandshake.class.getModule().getName()).isEqualTo("io.github.tlscompat.evidence");
    assertThat(TlsCompatCommand.class.getModule().getName()).isEqualTo("io.github.tlscompat.cli");
    assertThat(RequiresClient.class.getModule().getName()).isEqualTo("io.github.tlscompat.junit");
    assertThat(ModuleLayer.boot().findModule("io.github.tlscompat.captures")).isPresent();
  }

  @Test
  void modules_thirdPartyDependencies_areNamedModulesReadByTheModulesThatUseThem() {
    // THEN
    assertThat(Catalog.class.getModule().canRead(module("com.fasterxml.jackson.databind"))).isTrue();
    assertThat(BcHandshake.class.getModule().canRead(module("org.bouncycastle.tls"))).isTrue();
    assertThat(BcHandshake.class.getModule().canRead(module("org.bouncycastle.provider"))).isTrue();
    assertThat(BcHandshake.class.getModule().canRead(module("org.bouncycastle.pkix"))).isTrue();
    assertThat(TlsCompatCommand.class.getModule().canRead(module("info.picocli"))).isTrue();
    // ... and the model reads none of them
    assertThat(ClientProfile.class.getModule().getDescriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .containsExactly("java.base");
  }

  @Test
  void exports_eachModule_exportsItsApiPackagesOnly() {
    // THEN
    assertThat(unqualifiedExports(ClientProfile.class.getModule())).containsExactlyInAnyOrder(
        "io.github.tlscompat.core.algebra", "io.github.tlscompat.core.cipherstring",
        "io.github.tlscompat.core.config", "io.github.tlscompat.core.library", "io.github.tlscompat.core.model",
        "io.github.tlscompat.core.negotiation", "io.github.tlscompat.core.path",
        "io.github.tlscompat.core.registry", "io.github.tlscompat.core.remedy");
    assertThat(unqualifiedExports(BcHandshake.class.getModule())).containsExactlyInAnyOrder(
        "io.github.tlscompat.evidence.handshake", "io.github.tlscompat.evidence.scan", "io.github.tlscompat.evidence.wire");
    assertThat(unqualifiedExports(Catalog.class.getModule())).containsExactly("io.github.tlscompat.profiles");
    assertThat(unqualifiedExports(TlsCompatCommand.class.getModule())).containsExactlyInAnyOrder(
        "io.github.tlscompat.cli", "io.github.tlscompat.cli.report");
    assertThat(unqualifiedExports(module("io.github.tlscompat.captures"))).isEmpty();
    assertThat(unqualifiedExports(RequiresClient.class.getModule())).containsExactlyInAnyOrder(
        "io.github.tlscompat.junit", "io.github.tlscompat.junit.assertj");
  }

  @Test
  void exports_coreInternal_isSharedWithTlsCompatModulesButNotWithUsers() {
    // GIVEN
    Module core = ClientProfile.class.getModule();
    String internal = "io.github.tlscompat.core.internal";

    // THEN
    assertThat(core.getPackages()).contains(internal);
    assertThat(core.isExported(internal)).isFalse();
    assertThat(core.isExported(internal, ModularConsumerTest.class.getModule())).isFalse();
    assertThat(core.isExported(internal, Catalog.class.getModule())).isTrue();
    assertThat(core.isExported(internal, BcHandshake.class.getModule())).isTrue();
    assertThat(core.isExported(internal, TlsCompatCommand.class.getModule())).isTrue();
  }

  @Test
  void builtIn_onTheModulePath_loadsEveryProfileAndFindsTheCaptures() {
    // THEN: the built-in index sits in a package of the profiles module, the captures under META-INF
    assertThat(CATALOG.problems()).isEmpty();
    assertThat(CATALOG.client(CLIENT).id()).isEqualTo(CLIENT);
    assertThat(CATALOG.server(SERVER).id()).isEqualTo(SERVER);
    assertThat(CATALOG.capturedClientHello("android-10.0-native"))
        .hasValueSatisfying(hello -> assertThat(ClientHelloDecoder.decode(hello).cipherSuites()).isNotEmpty());
  }

  @Test
  void negotiate_lpeCe6AgainstLyncServer2013_connectsWithTls10And3des() {
    // WHEN
    Negotiation negotiation = Negotiator.negotiate(CATALOG.client(CLIENT), CATALOG.server(SERVER));

    // THEN
    assertThat(negotiation).isInstanceOfSatisfying(Connected.class, connected -> {
      assertThat(connected.version()).isEqualTo(ProtocolVersion.TLS_1_0);
      assertThat(connected.cipherSuite()).isEqualTo(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
    });
  }

  @Test
  void encode_lpeCe6_writesAHelloThatDecodesToItsSuites() {
    // GIVEN
    ClientProfile client = CATALOG.client(CLIENT);

    // WHEN
    ClientHello hello = ClientHelloDecoder.decode(ClientHelloEncoder.encode(client, null, new Random(7)));

    // THEN
    assertThat(hello.cipherSuites())
        .containsExactlyElementsOf(client.cipherSuites().stream().map(CipherSuite::code).toList());
  }

  @Test
  void bcHandshake_lpeCe6AgainstLyncServer2013_connectsAsTheModelPredicts() {
    // GIVEN
    ClientProfile client = CATALOG.client(CLIENT);
    ServerPolicy server = CATALOG.server(SERVER);

    // WHEN
    Observation result = BcHandshake.run(client, server);

    // THEN
    assertThat(result.outcome()).as(result.detail()).isEqualTo(Observation.Outcome.CONNECTED);
    assertThat(result.disagreementWith(Negotiator.negotiate(client, server))).isEmpty();
  }

  @Test
  void check_lpeCe6AgainstLyncServer2013_runsThePicocliCommand() {
    // GIVEN
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    // WHEN
    int exitCode = TlsCompatCommand.execute(new PrintWriter(out), new PrintWriter(err),
        "check", "--client", CLIENT, "--server", SERVER);

    // THEN
    assertThat(err.toString()).isEmpty();
    assertThat(exitCode).isZero();
    assertThat(out.toString()).startsWith("CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  private static Module module(String name) {
    return ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name + " is not in the boot layer"));
  }

  private static Set<String> unqualifiedExports(Module module) {
    return module.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  @ServerUnderTest
  static final String FRONT_END = SERVER;

  @Test
  @RequiresClient(value = CLIENT, version = "TLSv1.0", cipherSuite = "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
  void harness_onTheModulePath_junitRunsTheRequiresClientExtension() {
    // THEN: the extension ran before this method (a refusal would have failed it); the assertion
    // entry point works from a named module too
    TlsCompatAssertions.assertThat(CATALOG.server(SERVER)).accepts(CLIENT)
        .negotiating(ProtocolVersion.TLS_1_0, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA);
  }
}
