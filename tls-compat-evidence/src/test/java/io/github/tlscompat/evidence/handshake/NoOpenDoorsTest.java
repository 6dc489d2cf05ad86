package io.github.tlscompat.evidence.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Certificate validation is never switched off in what we ship or show: no main source of the
 * reactor (samples included) defines a trust manager or hostname verifier of its own, disables
 * endpoint identification, changes the JDK's security properties, or accepts a server certificate
 * through Bouncy Castle's {@code TlsAuthentication}, except {@link ProfileClient}, which plays a
 * client profile against servers of this process only, and the scan's {@code LiveHandshake}, which
 * reads the certificate a server sends (TLS 1.3 encrypts it) to describe it, and closes the
 * connection when the handshake ends, before any application data (in TLS 1.3, where the server
 * asked for a client certificate, once the server's answer to the client's Finished is read).
 *
 * <p>Where the product does not validate, it does not trust either: the wire probes stop at the
 * server's first flight and keep only facts for a report (see {@code LiveProbe} and
 * {@code ServerCertificate}); the emulated servers' own helpers trust exactly their ephemeral
 * certificate.
 */
class NoOpenDoorsTest {
  /** The reactor root: surefire runs each module's tests in the module's directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** What would open a door, and why it is one. */
  private static final Map<Pattern, String> DOORS = Map.of(
      Pattern.compile("(implements|new|extends)\\s+(javax\\.net\\.ssl\\.)?(X509(Extended)?)?TrustManager\\b"),
      "a trust manager of its own (the platform's, from a TrustManagerFactory, is the one to use)",
      Pattern.compile("HostnameVerifier"), "a hostname verifier of its own",
      Pattern.compile("setEndpointIdentificationAlgorithm\\s*\\(\\s*(null|\"\")"), "endpoint identification switched off",
      Pattern.compile("(Security\\.setProperty|System\\.setProperty)\\s*\\("),
      "a JVM-wide security or TLS property changed by the product",
      Pattern.compile("\\b(ServerOnly)?TlsAuthentication\\b|notifyServerCertificate"),
      "a Bouncy Castle client deciding for itself which server certificates to accept");

  /** The one place a door is open on purpose: in-memory handshakes with servers of this process. */
  private static final String PROFILE_CLIENT = "tls-compat-evidence/src/main/java/io/github/tlscompat/evidence/handshake/ProfileClient.java";

  /** The scan's handshake: it reads the server's certificate to describe it and trusts it for nothing. */
  private static final String SCAN_HANDSHAKE = "tls-compat-evidence/src/main/java/io/github/tlscompat/evidence/scan/LiveHandshake.java";

  @Test
  void mainSources_neverSwitchCertificateValidationOff() {
    // GIVEN every main source file of the reactor, samples included
    List<Path> sources = mainSources();
    assertThat(sources).as("main sources found under " + ROOT).hasSizeGreaterThan(100);

    // WHEN each is searched for what would open a door
    List<String> found = new ArrayList<>();
    for (Path file : sources) {
      String relative = ROOT.relativize(file).toString().replace('\\', '/');
      List<String> lines = lines(file);
      for (int n = 0; n < lines.size(); n++) {
        for (Map.Entry<Pattern, String> door : DOORS.entrySet()) {
          Matcher m = door.getKey().matcher(lines.get(n));
          boolean tlsAuthentication = door.getValue().startsWith("a Bouncy Castle client");
          if (m.find() && !(tlsAuthentication && (relative.equals(PROFILE_CLIENT) || relative.equals(SCAN_HANDSHAKE)))) {
            found.add(relative + ":" + (n + 1) + ": " + door.getValue() + ": " + lines.get(n).strip());
          }
        }
      }
    }

    // THEN there is none
    assertThat(found).isEmpty();
  }

  @Test
  void profileClient_isOnlyEverConnectedInMemory() {
    // GIVEN the client that accepts any certificate's trust (it checks only what a profile's limits name)
    List<String> users = new ArrayList<>();
    for (Path file : mainSources()) {
      String text = String.join("\n", lines(file));
      if (text.contains("new ProfileClient(")) {
        users.add(file.getFileName().toString());
        // THEN whoever makes one pumps bytes to a server of this process, never to a socket
        assertThat(text).as(file.getFileName() + " opens no socket").doesNotContain("Socket");
      }
    }
    assertThat(users).containsExactlyInAnyOrder("BcHandshake.java", "EngineLink.java");
  }

  @Test
  void scanHandshake_closesWhenTheHandshakeEnds_andSendsNothingOfItsOwn() {
    // GIVEN the scan's handshake, which accepts whatever certificate the server sends
    String text = String.join("\n", lines(ROOT.resolve(SCAN_HANDSHAKE)));

    // THEN it closes right after connecting, never writes application data and never offers a
    // client certificate; the one read, in TLS 1.3 where the server asked for a client certificate,
    // waits for the server's answer to the client's Finished, keeps not a byte of it, and closes
    assertThat(text).contains("protocol.connect(capture);\n"
        + "        if (capture.requested && version == ProtocolVersion.TLS_1_3) return afterFinished(protocol, capture);\n"
        + "        protocol.close();")
        .doesNotContain("protocol.getOutputStream()").contains("return null;");
    assertThat(text.split("protocol\\.getInputStream\\(\\)", -1)).hasSize(2);
    String afterFinished = text.substring(text.indexOf("private static Result afterFinished("));
    afterFinished = afterFinished.substring(0, afterFinished.indexOf("\n  }\n"));
    assertThat(afterFinished).contains("int first = protocol.getInputStream().read();")
        .contains("    } finally {\n      protocol.close();\n    }");
  }

  private static List<Path> mainSources() {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> ROOT.relativize(p).toString().replace('\\', '/').contains("/src/main/java/"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
