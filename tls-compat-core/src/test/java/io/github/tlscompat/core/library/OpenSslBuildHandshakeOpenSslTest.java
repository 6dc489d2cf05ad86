package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ClientProfile;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.negotiation.Negotiation;
import io.github.tlscompat.core.negotiation.Negotiator;
import io.github.tlscompat.core.negotiation.Refused;
import io.github.tlscompat.core.registry.HashAlgorithm;
import io.github.tlscompat.core.registry.NamedGroup;
import io.github.tlscompat.core.registry.PreferenceList;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.core.registry.SignatureScheme;
import io.github.tlscompat.core.registry.SignatureScheme.KeyType;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cross-checks what {@link OpenSslBuild#DEBIAN_12} says about versions, signatures, certificates and
 * DH parameters (narrowed, then negotiated with the library's signature rules) against real handshakes: {@code openssl s_server} on 127.0.0.1 with the cipher string
 * and level of each case, and {@code openssl s_client} at {@code @SECLEVEL=0}, so that only the
 * server's level can refuse. Fails without {@code openssl}; skips where it is not Debian 12's 3.0.
 */
@Tag("openssl")
class OpenSslBuildHandshakeOpenSslTest {
  private static final Pattern ACCEPT = Pattern.compile("ACCEPT 127\\.0\\.0\\.1:(\\d+)");
  // "New, TLSv1.2, Cipher is ..."; for a suite older than TLS 1.2, s_client names the suite's own
  // version ("New, SSLv3, Cipher is AES256-SHA"); a failed handshake is "New, (NONE), Cipher is (NONE)".
  private static final Pattern NEGOTIATED = Pattern.compile("New, (\\S+), Cipher is ([A-Z0-9-]+)");

  @TempDir static Path dir;

  @BeforeAll
  static void makeKeysOnDebian12sOpenSsl30() {
    String version = run(List.of("openssl", "version", "-a"));
    Assumptions.assumeTrue(version.startsWith("OpenSSL 3.0.") && version.contains("platform: debian")
            && version.contains("-DOPENSSL_TLS_SECURITY_LEVEL=2"),
        () -> "this cross-check compares OpenSslBuild.DEBIAN_12 with Debian 12's openssl, found:\n" + version);
    for (int bits : new int[] {1024, 2048}) {
      run(List.of("openssl", "req", "-x509", "-newkey", "rsa:" + bits, "-sha256", "-nodes", "-days", "2",
          "-subj", "/CN=localhost", "-keyout", dir.resolve("key" + bits + ".pem").toString(),
          "-out", dir.resolve("cert" + bits + ".pem").toString()));
    }
    // A safe prime: s_server does not load the X9.42 parameters that -dsaparam would make faster.
    run(List.of("openssl", "dhparam", "-out", dir.resolve("dh1024.pem").toString(), "1024"));
  }

  @ParameterizedTest(name = "{0} against a server with ''{1}''")
  @CsvSource({
      "TLSv1, DEFAULT", "TLSv1.1, DEFAULT", "TLSv1.2, DEFAULT",
      "TLSv1, DEFAULT:@SECLEVEL=1", "TLSv1.1, DEFAULT:@SECLEVEL=1", "TLSv1.2, DEFAULT:@SECLEVEL=1",
      "TLSv1, DEFAULT:@SECLEVEL=0", "TLSv1.1, DEFAULT:@SECLEVEL=0",
      "TLSv1, kRSA:@SECLEVEL=1", "TLSv1, kRSA:@SECLEVEL=0",
  })
  void negotiate_version_connectsExactlyWhenARealServerCompletesTheHandshake(String version, String cipherString) {
    ProtocolVersion v = ProtocolVersion.fromName(version);
    ServerPolicy policy = imported("-cipher '" + cipherString + "'");
    ClientProfile client = client(v, PreferenceList.empty(SignatureScheme.class));
    String flag = "-" + version.toLowerCase().replace("v", "").replace(".", "_");
    Handshake h = handshake(List.of("-cert", file("cert2048.pem"), "-key", file("key2048.pem"), "-cipher", cipherString),
        List.of(flag, "-cipher", "ALL:@SECLEVEL=0"));
    assertThat(h.started()).as(h.log()).isTrue();
    Negotiation model = Negotiator.negotiate(client, policy);
    assertThat(h.negotiatedCipher() != null).as("%s handshake completed; the model says %s\n%s", version, model, h.log())
        .isEqualTo(model.isConnected());
    if (!model.isConnected()) {
      // kept in the policy, refused by the library's signature rule, not by a missing version
      assertThat(policy.versions().contains(v)).isTrue();
      assertThat(((Refused) model).reason()).isEqualTo(Refused.Reason.SIGNATURE_FORBIDDEN_BY_LIBRARY);
    }
  }

  @ParameterizedTest(name = "a client that signs only with rsa_pkcs1_sha1, level {0}")
  @CsvSource({"0", "1", "2"})
  void negotiate_sha1OnlyClient_connectsExactlyWhenARealServerDoes(int level) {
    ServerPolicy policy = imported("-cipher 'DEFAULT:@SECLEVEL=" + level + "'");
    ClientProfile client = client(ProtocolVersion.TLS_1_2, PreferenceList.of(SignatureScheme.rsa_pkcs1_sha1));
    Handshake h = handshake(List.of("-cert", file("cert2048.pem"), "-key", file("key2048.pem"),
        "-cipher", "DEFAULT:@SECLEVEL=" + level), List.of("-tls1_2", "-sigalgs", "RSA+SHA1", "-cipher", "ALL:@SECLEVEL=0"));
    Negotiation model = Negotiator.negotiate(client, policy);
    assertThat(h.negotiatedCipher() != null).as("the model says %s\n%s", model, h.log()).isEqualTo(model.isConnected());
  }

  /** The policy s_server with these arguments serves on Debian 12's OpenSSL. */
  private static ServerPolicy imported(String arguments) {
    return OpenSslConfig.readArguments("s_server", arguments, CertificateSpec.RSA_2048_SHA256,
        ServerLibrary.of(OpenSslBuild.DEBIAN_12), path -> Optional.empty()).policy();
  }

  /** s_client at @SECLEVEL=0 speaking only {@code version}: every suite of the build, OpenSSL's groups. */
  private static ClientProfile client(ProtocolVersion version, PreferenceList<SignatureScheme> schemes) {
    return ClientProfile.builder("s_client", "openssl s_client").versions(version)
        .cipherSuites(List.copyOf(OpenSslBuild.DEBIAN_12.cipherSuites()))
        .groups(List.of(NamedGroup.x25519, NamedGroup.secp256r1))
        .signatureAlgorithms(version == ProtocolVersion.TLS_1_2 && schemes.isEmpty()
            ? List.copyOf(OpenSslBuild.DEBIAN_12.defaultSignatureSchemes()) : List.copyOf(schemes))
        .build();
  }

  @ParameterizedTest(name = "secp192r1 at level {0}")
  @CsvSource({"0", "1", "2"})
  void narrow_group_keptExactlyWhenAClientOfferingOnlyThatGroupConnects(int level) {
    Narrowed narrowed = OpenSslBuild.DEBIAN_12.narrow(ConfiguredTls.builder().cipherString("DEFAULT:@SECLEVEL=" + level)
        .groups(PreferenceList.of(NamedGroup.secp192r1, NamedGroup.secp256r1))
        .certificates(CertificateSpec.RSA_2048_SHA256).build());
    Handshake h = handshake(List.of("-cert", file("cert2048.pem"), "-key", file("key2048.pem"),
        "-groups", "secp192r1:secp256r1", "-cipher", "DEFAULT:@SECLEVEL=" + level),
        List.of("-tls1_2", "-groups", "secp192r1", "-cipher", "ECDHE:@SECLEVEL=0"));
    assertThat(h.negotiatedCipher() != null).as(h.log()).isEqualTo(narrowed.groups().contains(NamedGroup.secp192r1));
  }

  @ParameterizedTest(name = "RSA {0} at level {1}")
  @CsvSource({"1024, 1", "1024, 2", "2048, 2", "2048, 3"})
  void narrow_certificateKey_refusedExactlyWhenTheServerDoesNotStart(int bits, int level) {
    Narrowed narrowed = OpenSslBuild.DEBIAN_12.narrow(ConfiguredTls.builder().cipherString("DEFAULT:@SECLEVEL=" + level)
        .certificates(new CertificateSpec(KeyType.RSA, bits, HashAlgorithm.SHA256, false)).build());
    Handshake h = handshake(List.of("-cert", file("cert" + bits + ".pem"), "-key", file("key" + bits + ".pem"),
        "-cipher", "DEFAULT:@SECLEVEL=" + level), List.of("-tls1_2", "-cipher", "ALL:@SECLEVEL=0"));
    assertThat(h.started()).as(h.log()).isEqualTo(narrowed.startsUp());
    assertThat(narrowed.certificates()).hasSize(narrowed.startsUp() ? 1 : 0);
  }

  @ParameterizedTest(name = "1024-bit DH at level {0}")
  @CsvSource({"0", "1", "2"})
  void narrow_dhParameters_refusedExactlyWhenTheServerDoesNotStart(int level) {
    Narrowed narrowed = OpenSslBuild.DEBIAN_12.narrow(ConfiguredTls.builder().cipherString("DEFAULT:@SECLEVEL=" + level)
        .certificates(CertificateSpec.RSA_2048_SHA256).dhBits(1024).build());
    Handshake h = handshake(List.of("-cert", file("cert2048.pem"), "-key", file("key2048.pem"),
        "-dhparam", file("dh1024.pem"), "-cipher", "DEFAULT:@SECLEVEL=" + level),
        List.of("-tls1_2", "-cipher", "DHE:@SECLEVEL=0"));
    assertThat(h.started()).as(h.log()).isEqualTo(narrowed.startsUp());
    if (h.started()) assertThat(h.negotiatedCipher()).as(h.log()).startsWith("DHE-");
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  /** How one server run went: whether it started, and what the client negotiated (null: nothing). */
  private record Handshake(boolean started, String negotiatedCipher, String log) {}

  private static Handshake handshake(List<String> serverArgs, List<String> clientArgs) {
    List<String> server = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:0", "-naccept", "1", "-www"));
    server.addAll(serverArgs);
    Process p = start(server);
    try {
      StringBuilder log = new StringBuilder(String.join(" ", server)).append('\n');
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      for (String line; port == null && (line = out.readLine()) != null; ) {
        log.append(line).append('\n');
        Matcher m = ACCEPT.matcher(line);
        if (m.matches()) port = m.group(1);
      }
      if (port == null) return new Handshake(false, null, log.toString());
      List<String> client = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
      client.addAll(clientArgs);
      String answer = run(client);
      log.append(String.join(" ", client)).append('\n').append(answer);
      Matcher m = NEGOTIATED.matcher(answer);
      return new Handshake(true, m.find() ? m.group(2) : null, log.toString());
    } catch (IOException e) {
      return fail("reading openssl s_server's output failed", e);
    } finally {
      p.destroy();
    }
  }

  private static Process start(List<String> command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    } catch (IOException e) {
      return fail("cannot run 'openssl': this test runs real handshakes with it, so it must be on the"
          + " PATH (CI installs it; locally: apt-get install openssl)", e);
    }
  }

  private static String run(List<String> command) {
    Process p = start(command);
    try {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return fail("openssl timed out: " + command);
      }
      return output;
    } catch (IOException e) {
      return fail("reading openssl's output failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted waiting for openssl", e);
    }
  }
}
