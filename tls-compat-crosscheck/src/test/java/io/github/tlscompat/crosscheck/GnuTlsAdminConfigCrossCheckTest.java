package io.github.tlscompat.crosscheck;

import io.github.tlscompat.core.config.GnuTlsConfig;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.library.GnuTlsBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.crosscheck.CrossCheck.Implemented;
import io.github.tlscompat.crosscheck.CrossCheck.Report;
import io.github.tlscompat.evidence.wire.LiveProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GnuTLS priority strings admins write, served as they are by the real {@code gnutls-serv} of
 * this machine (GnuTLS 3.7.9 of Debian 12), every catalog client on the wire, compared with the
 * model of the same command line as {@link GnuTlsConfig#read} imports it for
 * {@link GnuTlsBuild#DEBIAN_12}. Only the port and the certificate (RSA 2048) are added; the
 * {@code --priority} and {@code --dhparams} arguments are the admin's. At least 99% of cells must
 * agree in outcome, version and suite ({@link AdminAgreement#assertOutcomeAgreement}).
 */
class GnuTlsAdminConfigCrossCheckTest {
  private static final ServerLibrary LIBRARY = ServerLibrary.of(GnuTlsBuild.DEBIAN_12);
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;

  private static final Function<String, Optional<String>> FILES = path -> path.contains("/")
      ? Optional.empty() : Optional.of(AdminConfigCrossCheckTest.admin(path));

  /** gnutls-serv arguments as admins and the GnuTLS manual write them (with no certificate or port). */
  static Stream<String> gnutlsServArguments() {
    return Stream.of(
        "", // the library's default priority string
        "--priority NORMAL",
        "--priority NORMAL:%SERVER_PRECEDENCE",
        "--priority NORMAL:-VERS-TLS1.0:-VERS-TLS1.1",
        "--priority NORMAL:-VERS-ALL:+VERS-TLS1.2",
        "--priority PFS",
        "--priority PERFORMANCE:%SERVER_PRECEDENCE",
        "--priority SECURE128:-VERS-TLS1.0:-VERS-TLS1.1:%SERVER_PRECEDENCE",
        "--priority SECURE256:+SECURE128",
        "--priority SECURE256",
        "--priority SECURE192:-VERS-ALL:+VERS-TLS1.3",
        "--priority LEGACY",
        "--priority 'NORMAL:%COMPAT'",
        "--priority NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL:+COMP-NULL",
        "--priority NORMAL:%SERVER_PRECEDENCE --dhparams ffdhe2048.pem",
        "--priority SECURE256:+SECURE128 --dhparams dh1024.pem");
  }

  @ParameterizedTest(name = "gnutls-serv {0}")
  @MethodSource("gnutlsServArguments")
  void gnutlsServ_servesWhatTheImportPredicts(String arguments, @TempDir Path dir) throws IOException {
    Path serv = Binaries.require("gnutls-serv", GnuTlsServer.PACKAGE);
    ImportedPolicy imported = GnuTlsConfig.read("gnutls-serv", "gnutls-serv " + arguments, RSA, LIBRARY, FILES);
    Implemented implemented = new Implemented(imported.policy(), imported.policy(), imported.warnings());
    Path[] pem = ServerCredentials.of(RSA).writePem(dir, "server");
    List<String> words = OpenSslServer.shellWords(arguments);
    int dh = words.indexOf("--dhparams");
    if (dh >= 0) {
      Files.writeString(dir.resolve(words.get(dh + 1)), AdminConfigCrossCheckTest.admin(words.get(dh + 1)));
      words.set(dh + 1, dir.resolve(words.get(dh + 1)).toString());
    }
    String version = Binaries.run(List.of(serv.toString(), "--version"), Map.of()).stdout().lines().findFirst()
        .orElse("gnutls-serv").strip();
    try (ServerProcess server = ServerProcess.start(port -> {
      List<String> command = new ArrayList<>(List.of(serv.toString(), "--port", String.valueOf(port),
          "--x509certfile", pem[1].toString(), "--x509keyfile", pem[0].toString()));
      command.addAll(words);
      return command;
    }, Map.of(), dir.resolve("gnutls-serv.log"))) {
      Report report = CrossCheck.run(version + " " + arguments, implemented,
          hellos -> Probes.live().probeAll(server.address(), hellos, LiveProbe.Progress.NONE));
      AdminAgreement.assertOutcomeAgreement(report, server);
    }
  }
}
