package io.github.tlscompat.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.JdkDisabledAlgorithms;
import io.github.tlscompat.core.config.JdkServerConfig;
import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.wire.Disagreement;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java servers configured as administrators configure them, without touching code: the JDK's own
 * {@code java.security}, a {@code -Djava.security.properties} override, {@code -Djdk.tls.*} system
 * properties, and the one application setting, whose order wins ({@code legacy-clients}: the
 * client's, as a Tomcat connector leaves it). Each runs in a child JVM of both installed JDKs, 17 (the build JDK) and Temurin 25,
 * serving {@code SSLContext.getInstance("TLS")} on 127.0.0.1 ({@link JsseChildServer}); every
 * catalog client's hello goes to it on the wire, and the answers are compared with
 * {@link JdkServerConfig#read} of the same files for the matching {@link JsseBuild}. At least 99%
 * of cells must agree in outcome, version and suite. The build's {@code jdk.tls.disabledAlgorithms}
 * must also be the JDK's own, as its {@code conf/security/java.security} says.
 */
class JsseAdminConfigCrossCheckTest {
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;
  private static final double TARGET = 0.99;
  private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  /**
   * As {@link Probes#live()}, but 10 s for an answer: a freshly started JVM signs its first TLS 1.0
   * ECDHE key exchanges in interpreted code, which on a loaded two-core machine took over 3 s, and a
   * slow answer is not a refusal.
   */
  private static final LiveProbe PROBE = LiveProbe.builder().concurrency(4)
      .connectTimeout(java.time.Duration.ofSeconds(5)).readTimeout(java.time.Duration.ofSeconds(10)).build();

  /** A JDK on this machine and the build that models it. */
  record Jdk(Path home, JsseBuild build) {
    @Override public String toString() {
      return build.name();
    }
  }

  static List<Jdk> jdks() {
    List<Jdk> jdks = new ArrayList<>();
    jdks.add(new Jdk(Path.of(System.getProperty("java.home")), switch (Runtime.version().feature()) {
      case 17 -> JsseBuild.SUNJSSE_17;
      case 25 -> JsseBuild.SUNJSSE_25;
      default -> throw new IllegalStateException("no SunJSSE build for the running JDK " + Runtime.version());
    }));
    if (Files.isExecutable(TEMURIN_25.resolve("bin/java"))) jdks.add(new Jdk(TEMURIN_25, JsseBuild.SUNJSSE_25));
    return jdks;
  }

  static Stream<Arguments> cases() {
    return jdks().stream().flatMap(jdk -> Stream.of("jdk-default", "tls10-reenabled.security",
        "restricted-suites.properties", "legacy-clients").map(config -> Arguments.of(jdk, config)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void build_disabledAlgorithmsAreTheJdksOwn(Jdk jdk) throws IOException {
    Properties shipped = new Properties();
    try (InputStream in = Files.newInputStream(jdk.home().resolve("conf/security/java.security"))) {
      shipped.load(in);
    }
    assertThat(normalized(jdk.build().disabledAlgorithms()))
        .isEqualTo(normalized(shipped.getProperty(JdkDisabledAlgorithms.PROPERTY)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void javaServer_servesWhatTheImportPredicts(Jdk jdk, String config, @TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(jdk.home().resolve("bin/java")), "no JDK at " + jdk.home());
    // A name without an extension is a pair: NAME.security and NAME.properties.
    boolean pair = !config.equals("jdk-default") && !config.contains(".");
    String security = config.endsWith(".security") ? admin(config) : pair ? admin(config + ".security") : "";
    String system = config.endsWith(".properties") ? admin(config) : pair ? admin(config + ".properties") : "";
    ImportedPolicy imported = JdkServerConfig.read(config, security, system, RSA, jdk.build());
    Properties application = new Properties();
    application.load(new StringReader(system));
    ServerPolicy policy = imported.policy().toBuilder().serverPreference(Boolean.parseBoolean(
        application.getProperty(JsseConfig.USE_CIPHER_SUITES_ORDER_KEY, "true"))).build();
    Implemented implemented = new Implemented(policy, policy, imported.warnings());
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    Path override = Files.writeString(dir.resolve("override.security"), security);
    List<String> systemFlags = new ArrayList<>();
    Properties props = new Properties();
    props.load(new StringReader(system));
    for (String key : props.stringPropertyNames()) systemFlags.add("-D" + key + "=" + props.getProperty(key));
    try (ServerProcess server = ServerProcess.start(port -> {
      List<String> command = new ArrayList<>(List.of(jdk.home().resolve("bin/java").toString(), "-cp", testClasses(),
          "-Djava.security.properties=" + override));
      command.addAll(systemFlags);
      command.addAll(List.of(JsseChildServer.class.getName(), Integer.toString(port), pem[0].toString(),
          pem[1].toString()));
      return command;
    }, java.util.Map.of(), dir.resolve("java.log"))) {
      Report report = CrossCheck.run("Java server (" + jdk.build().name() + ", " + config + ")", implemented,
          hellos -> PROBE.probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      AdminAgreement.assertOutcomeAgreement(report, server);
    }
  }

  private static String normalized(String list) {
    return list.replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ").strip();
  }

  private static String admin(String name) {
    try (InputStream in = JsseAdminConfigCrossCheckTest.class.getResourceAsStream("admin/jsse/" + name)) {
      if (in == null) throw new IllegalStateException("no test resource admin/jsse/" + name);
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String testClasses() {
    try {
      return Path.of(JsseChildServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
