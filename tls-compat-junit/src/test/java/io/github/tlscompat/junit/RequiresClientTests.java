package io.github.tlscompat.junit;

import static io.github.tlscompat.junit.TestKit.failureMessage;
import static io.github.tlscompat.junit.TestKit.failures;
import static io.github.tlscompat.junit.TestKit.reportEntries;
import static io.github.tlscompat.junit.TestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

@DisplayName("@RequiresClient")
class RequiresClientTests {

  static final String LPE = "LPE-CE6 (Lync Phone Edition on Windows CE 6.0 (last firmware, accepts SHA-256-signed"
      + " certificates))";
  static final String PCI = "iiscrypto-3.2-pci-3.2-win2016";
  static final String FIPS = "iiscrypto-3.2-fips-140-2-win2012r2";
  static final String LPE_VS_PCI = LPE + " cannot connect to " + PCI + ": NO_SHARED_PROTOCOL_VERSION - client offers"
      + " SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA:"
      + " connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).";

  @Nested
  @DisplayName("against a catalog server")
  class AgainstACatalogServer {

    @Test
    @DisplayName("fails naming the client, the server, the reason, what each side offered and the remedy")
    void lpeVsPci_fails() {
      EngineExecutionResults results = run(PciCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(0).failed(1));
      assertThat(failures(results)).singleElement().isInstanceOf(AssertionFailedError.class);
      assertThat(failureMessage(results)).isEqualTo(LPE_VS_PCI);
    }

    @Test
    @DisplayName("passes when the client negotiates the expected version and suite")
    void lpeVsFips_passesWithTls10And3des() {
      EngineExecutionResults results = run(FipsCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
      assertThat(reportEntries(results)).containsExactly("tls-compat.LPE-CE6=" + FIPS
          + ": CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (model)");
    }

    @Test
    @DisplayName("fails when the client connects otherwise than expected")
    void unmetExpectations_fail() {
      EngineExecutionResults results = run(FipsWithTls12Case.class);

      assertThat(failureMessage(results)).isEqualTo(LPE + " connects to " + FIPS + " with TLSv1.0"
          + " TLS_RSA_WITH_3DES_EDE_CBC_SHA, but expected at least TLSv1.2 and cipher suite"
          + " TLS_RSA_WITH_AES_128_CBC_SHA.");
    }

    @Test
    @DisplayName("lists every failing client in one failure")
    void severalClients_oneFailureListingEach() {
      EngineExecutionResults results = run(SeveralClientsCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failureMessage(results)).isEqualTo("2 clients fail against " + PCI + ":\n"
          + "1. " + LPE_VS_PCI + "\n"
          + "2. ie-6-xp (IE 6 XP) cannot connect to " + PCI + ": NO_SHARED_PROTOCOL_VERSION - client offers"
          + " SSLv2..SSLv3, server enables TLSv1.2 only. Remedy: enable SSLv3, add TLS_RSA_WITH_3DES_EDE_CBC_SHA:"
          + " connects with SSLv3 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).");
      assertThat(reportEntries(results)).containsExactly(
          "tls-compat.LPE-CE6=" + PCI + ": REFUSED NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0,"
              + " server enables TLSv1.2 only (model)",
          "tls-compat.ie-6-xp=" + PCI + ": REFUSED NO_SHARED_PROTOCOL_VERSION - client offers SSLv2..SSLv3,"
              + " server enables TLSv1.2 only (model)",
          "tls-compat.chrome-101-win10=" + PCI + ": CONNECTED TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
              + " x25519 (model)");
    }

    @Test
    @DisplayName("on the class, applies to each test, of nested classes too")
    void onTheClass_appliesToEachTest() {
      EngineExecutionResults results = run(ClassLevelCase.class);

      results.testEvents().assertStatistics(s -> s.started(3).failed(3));
      assertThat(failures(results)).extracting(Throwable::getMessage).containsOnly(LPE_VS_PCI);
    }

    @Test
    @DisplayName("works as a meta-annotation of the user's own annotation")
    void composedAnnotation_checksItsClients() {
      EngineExecutionResults results = run(ComposedCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
      assertThat(failureMessage(results)).isEqualTo(LPE_VS_PCI);
    }

    @Test
    @DisplayName("selects clients by tag, failing for the tagged client that is refused")
    void tags_selectEveryTaggedClient() {
      EngineExecutionResults results = run(TagCase.class);

      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(reportEntries(results)).hasSize(Catalog.builtIn().clientsTagged("windows-ce").size()).hasSize(4)
          .contains("tls-compat.LPE-CE6=" + FIPS + ": CONNECTED TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (model)");
      assertThat(failureMessage(results)).startsWith("LPE-CE6-sha1-only (").contains(" cannot connect to " + FIPS
          + ": CERTIFICATE_SIGNATURE_UNSUPPORTED - LPE-CE6-sha1-only cannot verify a certificate signed with"
          + " SHA256; it accepts [MD5, SHA1]. Remedy: ");
    }

    @Test
    @DisplayName("takes a ServerPolicy value")
    void serverPolicyValue_isTheModel() {
      EngineExecutionResults results = run(PolicyCase.class);

      assertThat(failureMessage(results)).isEqualTo(LPE + " cannot connect to tls12-only: NO_SHARED_PROTOCOL_VERSION"
          + " - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy: enable TLSv1.0, add"
          + " TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA (graded weak).");
    }
  }

  @Nested
  @DisplayName("against a file")
  class AgainstAFile {

    @TempDir Path dir;

    @Test
    @DisplayName("reads an nginx.conf as tls-compat import does")
    void nginxConf_readAsImportReadsIt() throws IOException {
      ConfigFileCase.file = Files.writeString(dir.resolve("nginx.conf"), """
          http {
            server {
              listen 443 ssl;
              ssl_protocols TLSv1.2 TLSv1.3;
              ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384;
            }
          }
          """);

      EngineExecutionResults results = run(ConfigFileCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
      // Read for the assumed OpenSSL 3.0 at level 1, as import reads it: enabling TLS 1.0 and a suite is
      // not enough there (the level forbids the MD5+SHA-1 signature), so no one- or two-change remedy.
      assertThat(failureMessage(results)).isEqualTo(LPE + " cannot connect to nginx: NO_SHARED_PROTOCOL_VERSION -"
          + " client offers SSLv3..TLSv1.0, server enables TLSv1.2..TLSv1.3. No remedy: no change of one or two"
          + " settings of the server re-admits it.");
      assertThat(reportEntries(results)).contains("tls-compat.server=nginx: certificates: assumed [rsa:2048:sha256];"
          + " the file does not say what certificates the server holds (tls-compat import --cert does)");
    }

    @Test
    @DisplayName("reads a server profile file")
    void profileFile_readByTheCatalogLoader() throws IOException {
      ConfigFileCase.file = Files.writeString(dir.resolve("proxy.json"), """
          {
            "kind": "server",
            "id": "my-proxy",
            "name": "My proxy",
            "source": ["our nginx.conf"],
            "versions": ["TLSv1.0", "TLSv1.2"],
            "cipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"],
            "certificates": ["rsa:2048:sha256"]
          }
          """);

      EngineExecutionResults results = run(ConfigFileCase.class);

      results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
      assertThat(reportEntries(results)).contains("tls-compat.LPE-CE6=my-proxy: CONNECTED TLSv1.0"
          + " TLS_RSA_WITH_3DES_EDE_CBC_SHA (model)");
    }
  }

  @Nested
  @DisplayName("reads a JSSE file for the JDK its library names")
  class ReadsAJsseFileForItsJdk {
    @TempDir Path dir;

    @Test
    @DisplayName("a java.security override over JDK 25's defaults")
    void javaSecurity_onSunJsse25() throws IOException {
      JavaSecurityOnJdk25Case.file = Files.writeString(dir.resolve("tls10.security"), "jdk.tls.disabledAlgorithms="
          + "SSLv3, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n");

      EngineExecutionResults results = run(JavaSecurityOnJdk25Case.class);

      // TLS 1.0 is back for Java 7u25; Java 6u45 frames its hello as SSL 2.0, which JDK 25 does not read
      results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
      assertThat(failureMessage(results)).isEqualTo("java-6u45 (Java 6u45) cannot connect to tls10:"
          + " HELLO_FORMAT_REJECTED - java-6u45 frames its hello as SSL 2.0; tls10 reads only TLS records. No remedy:"
          + " no change of one or two settings of the server re-admits it.");
    }
  }

  @Nested
  @DisplayName("reports illegal usage")
  class ReportsIllegalUsage {

    @Test
    @DisplayName("without a @ServerUnderTest")
    void noServer() {
      assertMisuse(NoServerCase.class, "@RequiresClient on NoServerCase.test() needs a server: annotate one static"
          + " field or static method of " + NoServerCase.class.getName() + ", a superclass or an enclosing class"
          + " with @ServerUnderTest");
    }

    @Test
    @DisplayName("with two @ServerUnderTest, one inherited")
    void twoServers() {
      assertMisuse(TwoServersCase.class, "@ServerUnderTest is declared 2 times for " + TwoServersCase.class.getName()
          + ": method 'server()' of " + TwoServersCase.class.getName() + ", field 'server' of "
          + ServerBase.class.getName() + "; expected one static field or static method per test class, its"
          + " superclasses and enclosing classes");
    }

    @Test
    @DisplayName("with an instance field")
    void instanceField() {
      assertMisuse(InstanceFieldCase.class, "@ServerUnderTest field 'server' of " + InstanceFieldCase.class.getName()
          + " is not static; expected a static field or a static method without parameters");
    }

    @Test
    @DisplayName("with a method taking parameters")
    void methodWithParameters() {
      assertMisuse(MethodWithParametersCase.class, "@ServerUnderTest method 'server(String)' of "
          + MethodWithParametersCase.class.getName() + " takes parameters; expected a static method without"
          + " parameters, or a static field");
    }

    @Test
    @DisplayName("with a value of another type")
    void wrongType() {
      assertMisuse(WrongTypeCase.class, "@ServerUnderTest field 'server' of " + WrongTypeCase.class.getName()
          + " is a java.lang.Integer; expected a ServerPolicy, a catalog id (String), a profile or configuration"
          + " file (java.nio.file.Path), a javax.net.ssl.SSLContext, a JsseServer, a java.net.InetSocketAddress or"
          + " a java.net.URI (https://host:port)");
    }

    @Test
    @DisplayName("with null")
    void nullValue() {
      assertMisuse(NullCase.class, "@ServerUnderTest method 'server()' of " + NullCase.class.getName() + " is null;"
          + " expected a ServerPolicy, a catalog id (String), a profile or configuration file (java.nio.file.Path),"
          + " a javax.net.ssl.SSLContext, a JsseServer, a java.net.InetSocketAddress or a java.net.URI"
          + " (https://host:port)");
    }

    @Test
    @DisplayName("with a server id the catalog lacks, naming the closest")
    void unknownServerId() {
      assertMisuse(UnknownServerCase.class, "@ServerUnderTest field 'server' of " + UnknownServerCase.class.getName()
          + " names no server of the catalog: no server 'office365-2020-11' in the catalog; did you mean"
          + " office365-2020-10?");
    }

    @Test
    @DisplayName("with a path that is not a file")
    void missingFile() {
      assertMisuse(MissingFileCase.class, "@ServerUnderTest field 'server' of " + MissingFileCase.class.getName()
          + " is the path no/such/nginx.conf, which is not a file; expected a server profile (.json) or a server"
          + " configuration file (nginx.conf, Apache conf, .reg, java.security, ...)");
    }

    @Test
    @DisplayName("with a client id the catalog lacks, naming the closest")
    void unknownClientId() {
      assertMisuse(UnknownClientCase.class, "@RequiresClient on UnknownClientCase.test(): no client 'LPE-CE7' in the"
          + " catalog; did you mean LPE-CE6?");
    }

    @Test
    @DisplayName("with a tag no client carries, naming the closest")
    void unknownTag() {
      assertMisuse(UnknownTagCase.class, "@RequiresClient on UnknownTagCase.test(): no client carries the tag 'lynx'"
          + " (no client id, alias or tag 'lynx' in the catalog; did you mean lync?)");
    }

    @Test
    @DisplayName("naming no client")
    void noClient() {
      assertMisuse(NoClientCase.class, "@RequiresClient on NoClientCase.test() names no client; expected client ids"
          + " (value) or tags, e.g. (\"LPE-CE6\") or (tags = \"lync\")");
    }

    @Test
    @DisplayName("with a version nobody uses")
    void badVersion() {
      assertThat(misuse(BadVersionCase.class)).startsWith("@RequiresClient on BadVersionCase.test(): minVersion ="
          + " \"TLSv1.4\" is no protocol version: ");
    }

    @Test
    @DisplayName("with a cipher suite nobody names so")
    void badCipherSuite() {
      assertThat(misuse(BadSuiteCase.class)).startsWith("@RequiresClient on BadSuiteCase.test(): cipherSuite ="
          + " \"TLS_RSA_WITH_3DES_EDE_CBC_SHA256\" is no cipher suite: ");
    }

    @Test
    @DisplayName("with a URI without a port")
    void uriWithoutPort() {
      assertMisuse(UriWithoutPortCase.class, "@ServerUnderTest field 'server' of " + UriWithoutPortCase.class.getName()
          + " is the URI ldap://127.0.0.1 without a port; expected https://host:port");
    }

    private void assertMisuse(Class<?> testCase, String message) {
      assertThat(misuse(testCase)).isEqualTo(message);
    }

    private String misuse(Class<?> testCase) {
      EngineExecutionResults results = run(testCase);
      results.testEvents().assertStatistics(s -> s.started(1).failed(1));
      assertThat(failures(results)).singleElement().isInstanceOf(ExtensionConfigurationException.class);
      return failureMessage(results);
    }
  }

  // ---- test cases, run by the tests above through the engine

  static class PciCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}
  }

  static class FipsCase {
    @ServerUnderTest static String server = FIPS;

    @Test
    @RequiresClient(value = "LPE-CE6", version = "TLSv1.0", cipherSuite = "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
    void lyncPhoneConnectsWith3des() {}
  }

  static class FipsWithTls12Case {
    @ServerUnderTest static String server = FIPS;

    @Test
    @RequiresClient(value = "LPE-CE6", minVersion = "TLS 1.2", cipherSuite = "AES128-SHA")
    void lyncPhoneConnectsWithTls12() {}
  }

  static class SeveralClientsCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient({"LPE-CE6", "ie-6-xp", "chrome-101-win10"}) void allConnect() {}
  }

  @RequiresClient("LPE-CE6")
  static class ClassLevelCase {
    @ServerUnderTest static String server = PCI;

    @Test void first() {}

    @Test void second() {}

    @Nested class Inner {
      @Test void third() {}
    }
  }

  @Target({ElementType.METHOD, ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @RequiresClient("LPE-CE6")
  @interface LyncPhonesSupported {}

  static class ComposedCase {
    @ServerUnderTest static String server = PCI;

    @Test @LyncPhonesSupported void phones() {}

    @Test void other() {}
  }

  static class TagCase {
    @ServerUnderTest static String server = FIPS;

    @Test @RequiresClient(tags = "windows-ce") void windowsCeDevicesConnect() {}
  }

  static class PolicyCase {
    @ServerUnderTest
    static ServerPolicy server() {
      return Catalog.builtIn().server(PCI).toBuilder().id("tls12-only").build();
    }

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}
  }

  static class ConfigFileCase {
    @ServerUnderTest static Path file;

    @Test @RequiresClient("LPE-CE6") void lyncPhoneConnects() {}

    @Test @RequiresClient("chrome-101-win10") void chromeConnects() {}
  }

  static class JavaSecurityOnJdk25Case {
    @ServerUnderTest(library = "sunjsse-25") static Path file;

    @Test @RequiresClient("java-7u25") void java7Connects() {}

    @Test @RequiresClient("java-6u45") void java6Connects() {}
  }

  static class NoServerCase {
    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class ServerBase {
    @ServerUnderTest static String server = PCI;
  }

  static class TwoServersCase extends ServerBase {
    @ServerUnderTest static String server() {
      return FIPS;
    }

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class InstanceFieldCase {
    @ServerUnderTest String server = PCI;

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class MethodWithParametersCase {
    @ServerUnderTest static String server(String id) {
      return id;
    }

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class WrongTypeCase {
    @ServerUnderTest static Object server = 443;

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class NullCase {
    @ServerUnderTest static ServerPolicy server() {
      return null;
    }

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class UnknownServerCase {
    @ServerUnderTest static String server = "office365-2020-11";

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class MissingFileCase {
    @ServerUnderTest static Path server = Path.of("no/such/nginx.conf");

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class UnknownClientCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient("LPE-CE7") void test() {}
  }

  static class UnknownTagCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient(tags = "lynx") void test() {}
  }

  static class NoClientCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient void test() {}
  }

  static class BadSuiteCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient(value = "LPE-CE6", cipherSuite = "TLS_RSA_WITH_3DES_EDE_CBC_SHA256") void test() {}
  }

  static class UriWithoutPortCase {
    @ServerUnderTest static java.net.URI server = java.net.URI.create("ldap://127.0.0.1");

    @Test @RequiresClient("LPE-CE6") void test() {}
  }

  static class BadVersionCase {
    @ServerUnderTest static String server = PCI;

    @Test @RequiresClient(value = "LPE-CE6", minVersion = "TLSv1.4") void test() {}
  }
}
