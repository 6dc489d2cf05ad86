package io.github.tlscompat.fuzz;

import static io.github.tlscompat.fuzz.Contract.check;
import static io.github.tlscompat.fuzz.Contract.returnsOrRejects;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tlscompat.core.config.ApacheConfig;
import io.github.tlscompat.core.config.ImportedPolicy;
import io.github.tlscompat.core.config.JdkDisabledAlgorithms;
import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.config.SchannelConfig;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import io.github.tlscompat.profiles.ConfigFile;
import io.github.tlscompat.profiles.ConfigType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * Every configuration importer of {@code io.github.tlscompat.core.config}, one target per
 * {@link ConfigType}, fed mutated configuration files: each reads a policy or rejects the file with
 * an {@link IllegalArgumentException} naming what was wrong; none overflows its stack on deep
 * nesting or throws a Java exception of its own. Inputs are the file's bytes; the text readers see
 * them decoded as UTF-8 (malformed sequences replaced, as {@link String#String(byte[],
 * java.nio.charset.Charset)} does), the {@code .reg} reader sees the bytes.
 */
class ConfigFuzzTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final ServerPolicy WINDOWS = CATALOG.server(ConfigType.REG.defaultBase().orElseThrow());
  private static final ServerPolicy JDK = CATALOG.server(ConfigType.JDK_DISABLED.defaultBase().orElseThrow());
  private static final ServerLibrary LIBRARY = ConfigFile.ASSUMED_LIBRARY;
  private static final CertificateSpec CERTIFICATE = CertificateSpec.RSA_2048_SHA256;
  private static final ScratchFolder FOLDER = new ScratchFolder("tls-compat-fuzz");

  @AfterAll
  static void deleteFolder() throws IOException {
    FOLDER.delete("java.security");
  }

  /** nginx.conf: as written ({@link NginxConfig#read(String)}) and as it runs on OpenSSL 3.0. */
  @FuzzTest
  void nginx(byte[] file) {
    String text = text(file);
    returnsOrRejects(() -> NginxConfig.read(text));
    returnsOrRejects(() -> NginxConfig.read(text, Optional.empty(), CERTIFICATE, LIBRARY, path -> Optional.empty()))
        .ifPresent(ConfigFuzzTest::checkImported);
  }

  /** Apache httpd mod_ssl directives: as written and as they run on OpenSSL 3.0. */
  @FuzzTest
  void apache(byte[] file) {
    String text = text(file);
    returnsOrRejects(() -> ApacheConfig.read(text));
    returnsOrRejects(() -> ApacheConfig.read(text, Optional.empty(), CERTIFICATE, LIBRARY, path -> Optional.empty()))
        .ifPresent(ConfigFuzzTest::checkImported);
  }

  /** {@code openssl s_server} arguments: as written and as they run on OpenSSL 3.0. */
  @FuzzTest
  void opensslArguments(byte[] file) {
    String text = text(file);
    returnsOrRejects(() -> OpenSslConfig.readArguments(text))
        .ifPresent(c -> returnsOrRejects(() -> c.toPolicy("fuzzed", CERTIFICATE)));
    returnsOrRejects(() -> OpenSslConfig.readArguments("fuzzed", text, CERTIFICATE, LIBRARY, path -> Optional.empty()))
        .ifPresent(ConfigFuzzTest::checkImported);
  }

  /** A {@code .reg} export (UTF-16 with a byte-order mark, as regedit writes it, or 8-bit) over the Windows defaults. */
  @FuzzTest
  void regFile(byte[] file) {
    returnsOrRejects(() -> SchannelConfig.readReg(file, WINDOWS));
  }

  /** PowerShell's {@code Get-TlsCipherSuite} output. */
  @FuzzTest
  void getTlsCipherSuite(byte[] file) {
    returnsOrRejects(() -> SchannelConfig.readGetTlsCipherSuite(text(file)))
        .ifPresent(suites -> check(!suites.isEmpty(), () -> "an empty suite list instead of a rejection"));
  }

  /** The JSSE server properties {@code JsseConfig.write} produces. */
  @FuzzTest
  void jsseProperties(byte[] file) {
    returnsOrRejects(() -> JsseConfig.readProperties("fuzzed", text(file), CERTIFICATE));
  }

  /** A {@code jdk.tls.disabledAlgorithms} value, applied to the JDK 17 defaults. */
  @FuzzTest
  void jdkDisabledAlgorithms(byte[] value) {
    returnsOrRejects(() -> JdkDisabledAlgorithms.apply(JDK, text(value)));
  }

  /**
   * A {@code java.security} file, read as {@code tls-compat import java.security} reads it
   * ({@link ConfigFile}): its properties parsed, {@code jdk.tls.disabledAlgorithms} with
   * {@code include jdk.disabled.namedCurves} applied to the JDK 17 defaults.
   */
  @FuzzTest
  void javaSecurity(byte[] file) throws IOException {
    Path path = FOLDER.write("java.security", file);
    returnsOrRejects(() -> ConfigFile.of(path).read(ConfigType.JDK_DISABLED, ConfigFile.Request.defaults(),
        CATALOG::server, id -> false));
  }

  /** A warning is there to be read: never blank. */
  private static void checkImported(ImportedPolicy imported) {
    check(imported.warnings().stream().noneMatch(String::isBlank), () -> "a blank warning: " + imported.warnings());
  }

  private static String text(byte[] file) {
    return new String(file, StandardCharsets.UTF_8);
  }
}
