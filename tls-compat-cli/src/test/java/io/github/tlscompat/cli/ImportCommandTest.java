package io.github.tlscompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tlscompat.core.config.ApacheConfig;
import io.github.tlscompat.core.config.JdkDisabledAlgorithms;
import io.github.tlscompat.core.config.JsseConfig;
import io.github.tlscompat.core.config.JdkServerConfig;
import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.config.NginxConfig;
import io.github.tlscompat.core.config.OpenSslConfig;
import io.github.tlscompat.core.config.SchannelConfig;
import io.github.tlscompat.core.model.CertificateSpec;
import io.github.tlscompat.core.model.ServerPolicy;
import io.github.tlscompat.core.registry.CipherSuite;
import io.github.tlscompat.core.registry.ParameterSet;
import io.github.tlscompat.core.registry.ProtocolVersion;
import io.github.tlscompat.profiles.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final String WINDOWS_2022 = "windows-server-2022-schannel-default";
  private static final CertificateSpec RSA = CertificateSpec.RSA_2048_SHA256;

  @TempDir
  Path dir;

  /** A hand-written configuration from {@code src/test/resources/io/github/tlscompat/cli/configs}. */
  static Path config(String name) {
    try {
      return Path.of(ImportCommandTest.class.getResource("configs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The profile file {@code import -o} wrote, read back as a user's catalog would. */
  private static ServerPolicy readBack(Path profile, String id) {
    return Catalog.builder().addPath(profile).buildStrict().server(id);
  }

  /** Each type: the file, the id import gives it, and what core's reader makes of it. */
  static Stream<Arguments> everyType() throws IOException {
    Path reg = config("iis-crypto-best.reg");
    return Stream.of(
        Arguments.of("nginx", "nginx.conf", "nginx", NginxConfig.read(text(config("nginx.conf")))),
        Arguments.of("apache", "ssl.conf", "ssl", ApacheConfig.read(text(config("ssl.conf")))),
        // The file's comment, backslash continuations and leading "openssl s_server" are dropped.
        Arguments.of("openssl", "s_server.args", "s_server", OpenSslConfig.readArguments("-accept 4433 -www"
            + " -cert /srv/tls/server.pem -key /srv/tls/server.key -cipher 'ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL'"
            + " -ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384 -min_protocol TLSv1.2 -serverpref"
            + " -groups X25519:P-256").toPolicy("s_server", RSA)),
        Arguments.of("reg", "iis-crypto-best.reg", "iis-crypto-best",
            SchannelConfig.readReg(Files.readAllBytes(reg), CATALOG.server(WINDOWS_2022))),
        Arguments.of("reg", "iis-crypto-best-utf8.reg", "iis-crypto-best-utf8",
            SchannelConfig.readReg(text(config("iis-crypto-best-utf8.reg")), CATALOG.server(WINDOWS_2022))),
        Arguments.of("get-tlsciphersuite", "Get-TlsCipherSuite.txt", "Get-TlsCipherSuite",
            CATALOG.server(WINDOWS_2022).toBuilder()
                .cipherSuites(SchannelConfig.readGetTlsCipherSuite(text(config("Get-TlsCipherSuite.txt")))).build()),
        Arguments.of("jsse", "jsse-server.properties", "jsse-server",
            JsseConfig.readProperties("jsse-server", text(config("jsse-server.properties")), RSA).toBuilder()
                .library(io.github.tlscompat.profiles.ConfigFile.ASSUMED_JSSE_LIBRARY).build()),
        Arguments.of("jdk-disabled", "java.security", "java", JdkDisabledAlgorithms.apply(CATALOG.server("jdk-17-default"),
            "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 2048, EC keySize < 224,"
                + " 3DES_EDE_CBC, anon, NULL, ECDH, TLS_RSA_*, include jdk.disabled.namedCurves",
            Map.of(JdkDisabledAlgorithms.NAMED_CURVES_PROPERTY, "secp384r1"))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyType")
  void output_everyType_loadsBackToTheReadersPolicy(String type, String file, String id, ServerPolicy read) {
    // GIVEN
    Path profile = dir.resolve(id + ".json");

    // WHEN: OpenSSL-based configurations as written, as core's reader takes them
    List<String> args = new java.util.ArrayList<>(List.of("import", config(file).toString(), "-o", profile.toString()));
    if (List.of("nginx", "apache", "openssl").contains(type)) args.addAll(List.of("--library", "none"));
    CliRun run = CliRun.of(args.toArray(String[]::new));

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEmpty();
    ServerPolicy loaded = readBack(profile, id);
    assertThat(loaded.id()).isEqualTo(id);
    assertThat(loaded).isEqualTo(read.toBuilder().id(id).name(loaded.name()).build());
    assertThat(Catalog.builder().addPath(profile).buildStrict().info(id).tags()).contains("imported", type);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nginx.conf", "ssl.conf", "s_server.args", "iis-crypto-best.reg", "Get-TlsCipherSuite.txt",
      "jsse-server.properties", "java.security"})
  void type_notGiven_isToldFromTheContentAlone(String file) throws IOException {
    // GIVEN: the same bytes under a name that says nothing
    Path anonymous = Files.write(dir.resolve("settings.txt"), Files.readAllBytes(config(file)));

    // WHEN
    CliRun byName = CliRun.of("import", config(file).toString());
    CliRun byContent = CliRun.of("import", anonymous.toString());

    // THEN
    assertThat(byContent.exitCode()).as(byContent.err()).isEqualTo(ExitCodes.OK);
    assertThat(byContent.json().get("tags")).isEqualTo(byName.json().get("tags"));
    assertThat(byContent.json().get("cipherSuites")).isEqualTo(byName.json().get("cipherSuites"));
  }

  @Test
  void nginx_noServerName_printsTheFirstSslServerAndWarnsOnStderr() {
    // GIVEN
    Path file = config("nginx.conf");

    // WHEN
    CliRun run = CliRun.of("import", file.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> warnings = List.of(
        "line 38: include snippets/legacy-headers.conf is not followed; directives in the included files are"
            + " not in this profile",
        "2 server blocks listen with ssl; the first is read (tls-compat import --server-name picks another)",
        "library: assumed OpenSSL 3.0 at security level 1 (its default); the file does not say which TLS library"
            + " the server runs on (tls-compat import --library debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default,"
            + " rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips, libressl-3.3, libressl-4.2, boringssl-2026-08 or none says)",
        "certificates: assumed [rsa:2048:sha256]; the file does not say what certificates the server holds"
            + " (tls-compat import --cert does)");
    assertThat(run.errLines()).containsExactlyElementsOf(
        warnings.stream().map(w -> "tls-compat import: warning: " + file + ": " + w).toList());
    JsonNode profile = run.json();
    assertThat(profile.get("kind").asText()).isEqualTo("server");
    assertThat(profile.get("id").asText()).isEqualTo("nginx");
    assertThat(profile.get("name").asText()).isEqualTo("nginx configuration nginx.conf");
    assertThat(profile.get("source").get(0).asText())
        .isEqualTo("imported by tls-compat import from nginx.conf (nginx configuration)");
    assertThat(profile.get("notes")).extracting(JsonNode::asText).containsExactlyElementsOf(warnings);
    assertThat(profile.get("assumed")).extracting(JsonNode::asText).containsExactly("certificates");
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.2", "TLSv1.3");
  }

  @Test
  void nginx_serverName_readsThatServerBlockIntoItsOwnId() {
    // The desk phones' TLS 1.0 and 3DES need an OpenSSL that still has them at its default level.
    CliRun run = CliRun.of("import", config("nginx.conf").toString(), "--server-name", "legacy.example.com",
        "--library", "openssl-1.1.1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).doesNotContain("server blocks listen with ssl");
    JsonNode profile = run.json();
    assertThat(profile.get("id").asText()).isEqualTo("nginx-legacy.example.com");
    assertThat(profile.get("name").asText()).isEqualTo("nginx configuration nginx.conf (server legacy.example.com)");
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2");
    assertThat(profile.get("cipherSuites")).extracting(JsonNode::asText).endsWith("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void apache_serverName_readsThatVirtualHost() {
    CliRun run = CliRun.of("import", config("ssl.conf").toString(), "--server-name", "INTRANET.example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode profile = run.json();
    assertThat(profile.get("id").asText()).isEqualTo("ssl-INTRANET.example.com");
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.2");
    assertThat(profile.has("serverPreference")).isFalse(); // true, the format's default
  }

  @Test
  void cert_given_isTheServersAndNotAssumed() throws IOException {
    // GIVEN
    Path profile = dir.resolve("out.json");

    // WHEN
    CliRun run = CliRun.of("import", config("jsse-server.properties").toString(), "--cert", "ecdsa:p256:sha256",
        "--cert", "rsa:3072:sha384", "-o", profile.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    // no "certificates: assumed" warning; the JDK is still assumed
    assertThat(run.errLines()).containsExactly("tls-compat import: warning: " + config("jsse-server.properties")
        + ": library: assumed SunJSSE (JDK 17.0.15); the file does not say which JDK serves it (tls-compat import"
        + " --library sunjsse-8, sunjsse-11, sunjsse-17, sunjsse-21, sunjsse-25, bcjsse-1.83, bcjsse-1.84 takes the defaults under"
        + " it from that JDK)");
    assertThat(readBack(profile, "jsse-server").certificates())
        .containsExactly(CertificateSpec.ECDSA_P256_SHA256, CertificateSpec.parse("rsa:3072:sha384"));
    // the certificates are not among the profile's assumed fields (the note names the assumed JDK)
    assertThat(text(profile)).doesNotContain("\"assumed\"");
  }

  @Test
  void base_given_isWhatTheExportChanges() {
    // GIVEN: Windows 8.1 has no TLS 1.3; the export does not mention it
    String base = "windows-8.1-2012r2-schannel-default";

    // WHEN
    CliRun run = CliRun.of("import", config("iis-crypto-best.reg").toString(), "--base", base);

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode profile = run.json();
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.2");
    assertThat(profile.get("source").get(1).asText()).isEqualTo("base policy: " + base + " ("
        + CATALOG.server(base).name() + ")");
    assertThat(run.errLines()).contains("tls-compat import: warning: " + config("iis-crypto-best.reg")
        + ": what the export does not set is as in the base policy " + base + " (" + CATALOG.server(base).name() + ")");
  }

  @Test
  void idAndName_given_nameTheProfile() {
    CliRun run = CliRun.of("import", config("s_server.args").toString(), "--id", "lab-endpoint", "--name", "Lab endpoint");

    assertThat(run.json().get("id").asText()).isEqualTo("lab-endpoint");
    assertThat(run.json().get("name").asText()).isEqualTo("Lab endpoint");
  }

  @Test
  void id_derivedIdTakenInTheCatalog_getsASuffixAndAWarning() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("office365-2019.args"), "-cipher HIGH -tls1_2\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString());

    // THEN
    assertThat(run.json().get("id").asText()).isEqualTo("office365-2019-2");
    assertThat(run.errLines()).first().isEqualTo("tls-compat import: warning: " + file
        + ": id 'office365-2019' is taken; the profile is 'office365-2019-2' (tls-compat import --id chooses another)");
  }

  @Test
  void jdkDisabled_bareValue_takesAwayFromTheJdkDefault() throws IOException {
    Path file = Files.writeString(dir.resolve("disabled.txt"), "# our hardening\nTLSv1.2, \\\n  TLS_CHACHA20_POLY1305_SHA256\n");

    CliRun run = CliRun.of("import", "--type", "jdk-disabled", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    ServerPolicy expected = JdkDisabledAlgorithms.apply(CATALOG.server("jdk-17-default"),
        "TLSv1.2, TLS_CHACHA20_POLY1305_SHA256");
    assertThat(run.json().get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.3");
    assertThat(run.json().get("cipherSuites")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(expected.cipherSuites().stream().map(CipherSuite::ianaName).toList());
  }

  // ---- bad input: exit 2, one line naming the file, the place and what was expected

  @Test
  void badDirective_nginx_exitsWithUsageNamingTheFileLineAndDirective() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("nginx.conf"),
        "http {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.4;\n  }\n}\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": line 4: ssl_protocols: unknown"
        + " protocol 'TLSv1.4'; expected SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3; did you mean TLSv1.1 or"
        + " TLSv1.2 or TLSv1.3?");
  }

  @Test
  void badSection_apache_namesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("site.conf"), "<VirtualHost *:443>\n  SSLEngine on\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file
        + ": line 1: <virtualhost>: section is not closed; expected </virtualhost>");
  }

  @Test
  void badKey_reg_namesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.reg"), "Windows Registry Editor Version 5.00\r\n\r\n"
        + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.4\\Server]"
        + "\r\n\"Enabled\"=dword:00000000\r\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": line 3: SCHANNEL: unknown protocol"
        + " 'TLS 1.4'; expected SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1, TLS 1.2 or TLS 1.3; did you mean TLS 1.0 or TLS 1.1"
        + " or TLS 1.2?");
  }

  @Test
  void badEntry_javaSecurity_namesTheLineOfTheProperty() throws IOException {
    Path file = Files.writeString(dir.resolve("java.security"),
        "# hardening\njdk.tls.disabledAlgorithms=SSLv3, \\\n    TLSv1 keySizes < 3\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": line 2: entry 2 'TLSv1 keySizes < 3'"
        + " of jdk.tls.disabledAlgorithms: unknown constraint 'keySizes < 3'; expected keySize <op> <bits>, jdkCA,"
        + " denyAfter YYYY-MM-DD or usage ...; did you mean keySize?");
  }

  @Test
  void javaSecurity_propertyLineContinuingTheLineBefore_isBadInputNamingTheLine() throws IOException {
    // Found by fuzzing (javaSecurity): the line looks like the property, but the one before ends in a
    // backslash, so java.util.Properties (and the JDK) read it as part of jdk.disabled.namedCurves.
    Path file = Files.writeString(dir.resolve("java.security"), "# hardening\n"
        + "jdk.disabled.namedCurves = secp112r1, \\\njdk.tls.disabledAlgorithms=SSLv3, TLSv1\n");

    CliRun run = CliRun.of("import", file.toString());
    CliRun onJsse = CliRun.of("import", file.toString(), "--library", "sunjsse-25");

    String expected = "tls-compat import: " + file + ": line 3: jdk.tls.disabledAlgorithms"
        + " is not a property of this file as the JDK reads it (java.util.Properties): the line continues the one"
        + " before it, which ends in a backslash, or follows a line break Properties does not know (U+0085, U+2028,"
        + " U+2029); so the file disables no TLS algorithm; expected the property at the start of a line of its own";
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(expected);
    assertThat(onJsse.exitCode()).as("on a JSSE build, where it fell back to the JDK's default").isEqualTo(ExitCodes.USAGE);
    assertThat(onJsse.errLines()).containsExactly(expected);
  }

  @Test
  void type_undetectable_namesEveryType() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "remember to renew the certificate\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": cannot tell the configuration type"
        + " from the file's name or content; expected one of nginx, apache, openssl, gnutls, reg, get-tlsciphersuite, jsse or"
        + " jdk-disabled (tls-compat import --type TYPE says which)");
  }

  @Test
  void type_ambiguous_namesTheCandidates() throws IOException {
    Path file = Files.writeString(dir.resolve("both.conf"), "ssl_protocols TLSv1.2;\nSSLProtocol -all +TLSv1.2\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": the content could be nginx or"
        + " apache; expected one of nginx, apache, openssl, gnutls, reg, get-tlsciphersuite, jsse or jdk-disabled"
        + " (tls-compat import --type TYPE says which)");
  }

  @Test
  void type_profileFile_saysItIsOneAlready() throws IOException {
    Path file = Files.writeString(dir.resolve("mine"), "{\"kind\": \"server\"}\n");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": is a profile file already (JSON);"
        + " expected a server configuration to import");
  }

  @Test
  void type_unknown_namesEveryType() {
    CliRun run = CliRun.of("import", "--type", "iis", config("nginx.conf").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: Invalid value for option '--type': unknown type"
        + " 'iis'; expected nginx, apache, openssl, gnutls, reg, get-tlsciphersuite, jsse or jdk-disabled");
  }

  @Test
  void file_missing_exitsWithUsage() {
    Path file = dir.resolve("nginx.conf");

    CliRun run = CliRun.of("import", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + file + ": no such file");
  }

  @Test
  void serverName_unknown_namesTheKnownOnes() {
    Path file = config("nginx.conf");

    CliRun run = CliRun.of("import", file.toString(), "--server-name", "legacy.example.org");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat import: " + file
        + ": no server block has server_name 'legacy.example.org'; expected one of www.example.com, example.com"
        + " or legacy.example.com");
  }

  @Test
  void library_given_narrowsForThatBuild_andIsWrittenInTheProfile() {
    CliRun run = CliRun.of("import", config("nginx.conf").toString(), "--server-name", "legacy.example.com",
        "--library", "debian-12");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).doesNotContain("library: assumed");
    assertThat(run.errLines()).contains("tls-compat import: warning: " + config("nginx.conf") + ": ssl_ciphers: 1"
        + " suite is dropped, not in OpenSSL 3.0 (Debian 12): DES-CBC3-SHA");
    JsonNode profile = run.json();
    // TLS 1.0 and 1.1 stay as configured; the library's signature rule refuses their clients
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2");
    assertThat(run.errLines()).contains("tls-compat import: warning: " + config("nginx.conf") + ": ssl_protocols:"
        + " TLSv1 completes no handshake: before TLS 1.2 the server signs with MD5+SHA-1 (its key is RSA), and"
        + " OpenSSL 3.0 (Debian 12) at security level 2 rates it 67 bits of security, below the level's 112, so"
        + " every TLS 1.0 handshake fails with internal_error, RSA key exchange included (ssl/t1_lib.c"
        + " tls1_get_legacy_sigalg)");
    assertThat(profile.get("library").toString())
        .isEqualTo("{\"name\":\"openssl\",\"version\":\"3.0\",\"build\":\"debian-12\"}");
    assertThat(profile.get("cipherSuites")).extracting(JsonNode::asText)
        .doesNotContain("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void library_unknown_isRejectedWithTheBuildsOfEveryFamily() {
    CliRun unknown = CliRun.of("import", config("nginx.conf").toString(), "--library", "debian-13");

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.errLines()).containsExactly("tls-compat import: Invalid value for option '--library':"
        + " unknown OpenSSL, LibreSSL, BoringSSL, GnuTLS, Schannel, SunJSSE or BCJSSE build 'debian-13'; expected one of debian-12,"
        + " openssl-3.0,"
        + " openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default, rhel-8-legacy,"
        + " rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips, libressl-3.3,"
        + " libressl-4.2, boringssl-2026-08, gnutls-debian-12, gnutls-3.7, gnutls-3.8, schannel-2003, schannel-2003-fips, schannel-2008,"
        + " schannel-2008-fips, schannel-2008r2, schannel-2008r2-fips, schannel-2012, schannel-2012-fips,"
        + " schannel-2012r2, schannel-2012r2-fips, schannel-2016, schannel-2016-fips, schannel-2019,"
        + " schannel-2019-fips, schannel-2022, schannel-2022-fips, schannel-2025, schannel-2025-fips, sunjsse-8, sunjsse-11, sunjsse-17,"
        + " sunjsse-21, sunjsse-25, bcjsse-1.83, bcjsse-1.84; did you mean debian-10 or debian-11 or debian-12?, or none");
  }

  @Test
  void library_ofAnotherFamilyForARegExport_namesTheWindowsReleases() {
    CliRun reg = CliRun.of("import", config("iis-crypto-best.reg").toString(), "--library", "debian-12");

    assertThat(reg.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(reg.errLines()).containsExactly("tls-compat import: " + config("iis-crypto-best.reg")
        + ": unknown Schannel build 'debian-12'; expected one of schannel-2003, schannel-2003-fips, schannel-2008, schannel-2008-fips, schannel-2008r2, schannel-2008r2-fips, schannel-2012, schannel-2012-fips, schannel-2012r2, schannel-2012r2-fips, schannel-2016, schannel-2016-fips, schannel-2019, schannel-2019-fips, schannel-2022, schannel-2022-fips, schannel-2025, schannel-2025-fips");
  }

  @Test
  void library_windowsRelease_isTheBaseOfARegExport_andItsFipsBuildNarrowsIt() throws IOException {
    CliRun on2025 = CliRun.of("import", config("iis-crypto-best.reg").toString(), "--library", "schannel-2025");

    assertThat(on2025.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(on2025.json().get("library").toString())
        .isEqualTo("{\"name\":\"schannel\",\"version\":\"10.0.26100\",\"build\":\"schannel-2025\"}");
    assertThat(on2025.json().get("source").get(1).asText()).isEqualTo("base policy: windows-server-2025-schannel-default"
        + " (Windows Server 2025 Schannel defaults)");

    Path fips = Files.writeString(dir.resolve("fips.reg"), """
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server]
        "Enabled"=dword:00000001
        """);
    CliRun fipsOn2012r2 = CliRun.of("import", fips.toString(), "--library", "schannel-2012r2-fips");

    assertThat(fipsOn2012r2.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode profile = fipsOn2012r2.json();
    assertThat(profile.get("library").get("build").asText()).isEqualTo("schannel-2012r2-fips");
    // the export turns SSL 3.0 on; the FIPS policy keeps TLS only, and no RC4
    assertThat(profile.get("versions")).extracting(JsonNode::asText).containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2");
    assertThat(profile.get("cipherSuites")).extracting(JsonNode::asText).noneMatch(s -> s.contains("RC4"))
        .contains("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(profile.get("source").get(1).asText()).isEqualTo("base policy: windows-8.1-2012r2-schannel-default"
        + " (Windows 8.1 / Windows Server 2012 R2 Schannel defaults (after update 2919355))");
  }

  @Test
  void library_jsseBuild_takesTheDefaultsUnderJssePropertiesFromThatJdk() throws IOException {
    // GIVEN a service that sets its protocols only
    Path file = Files.writeString(dir.resolve("service.properties"), "jdk.tls.server.protocols=TLSv1.3,TLSv1.2\n");

    // WHEN
    CliRun on17 = CliRun.of("import", "--type", "jsse", file.toString(), "--library", "sunjsse-17");
    CliRun on25 = CliRun.of("import", "--type", "jsse", file.toString(), "--library", "sunjsse-25");

    // THEN JDK 17 still serves RSA key exchange, JDK 25 disables it (jdk.tls.disabledAlgorithms TLS_RSA_*)
    assertThat(on17.exitCode()).as(on17.err()).isEqualTo(ExitCodes.OK);
    assertThat(on17.json().get("cipherSuites")).extracting(JsonNode::asText).contains("TLS_RSA_WITH_AES_128_GCM_SHA256");
    assertThat(on25.json().get("cipherSuites")).extracting(JsonNode::asText)
        .doesNotContain("TLS_RSA_WITH_AES_128_GCM_SHA256");
    assertThat(on25.err()).doesNotContain("library: assumed");
    assertThat(on25.errLines()).contains("tls-compat import: warning: " + file + ": jdk.tls.server.cipherSuites: not"
        + " set; SunJSSE (JDK 25.0.3)'s default list of " + JsseBuild.SUNJSSE_25.defaultCipherSuites().size() + " suites");
    assertThat(on25.json().get("name").asText()).isEqualTo("JSSE server properties service.properties on sunjsse-25");
  }

  @Test
  void library_jsseBuild_readsAJavaSecurityOverrideOverThatJdksDefaults() throws IOException {
    // GIVEN an override that takes TLSv1 and TLSv1.1 out of the JDK's list
    Path file = Files.writeString(dir.resolve("java.security"), "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES,"
        + " MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n");

    // WHEN
    CliRun run = CliRun.of("import", file.toString(), "--library", "sunjsse-25");
    CliRun both = CliRun.of("import", file.toString(), "--library", "sunjsse-25", "--base", "jdk-17-default");

    // THEN JDK 25's defaults under the override: TLS 1.0 back, RSA key exchange back (the override drops TLS_RSA_*)
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    ServerPolicy expected = JdkServerConfig.read("java", text(file), "", RSA, JsseBuild.SUNJSSE_25).policy();
    assertThat(run.json().get("versions")).extracting(JsonNode::asText)
        .containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3");
    assertThat(run.json().get("cipherSuites")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(expected.cipherSuites().stream().map(CipherSuite::ianaName).toList());
    assertThat(run.err()).doesNotContain("base policy");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.errLines()).containsExactly("tls-compat import: " + file + ": --base jdk-17-default and --library"
        + " sunjsse-25 both say what the file changes; give one (--library for that JDK's defaults)");
  }

  @Test
  void library_notAJsseBuild_forAJsseFile_namesTheFileTheFlagAndTheJsseBuilds() {
    CliRun run = CliRun.of("import", config("jsse-server.properties").toString(), "--library", "openssl-3.0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: " + config("jsse-server.properties")
        + ": --library openssl-3.0 is not a JSSE build; a JSSE server properties file is read for the JDK that"
        + " serves it: expected --library sunjsse-8, sunjsse-11, sunjsse-17, sunjsse-21, sunjsse-25, bcjsse-1.83, bcjsse-1.84");
  }

  @Test
  void serverName_forAWholeServerType_isRejected() {
    CliRun run = CliRun.of("import", config("s_server.args").toString(), "--server-name", "www.example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: Invalid value for option '--server-name':"
        + " --server-name applies to nginx and apache, not to openssl, which describes one server");
  }

  @Test
  void base_forAWholeServerType_isRejected() {
    CliRun run = CliRun.of("import", config("nginx.conf").toString(), "--base", WINDOWS_2022);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: Invalid value for option '--base': --base"
        + " applies to reg, get-tlsciphersuite and jdk-disabled, not to nginx, which describes a whole server");
  }

  @Test
  void base_unknown_exitsWithUsageAndDidYouMean() {
    CliRun run = CliRun.of("import", config("Get-TlsCipherSuite.txt").toString(), "--base", "windows-server-2022");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("tls-compat import: Invalid value for option"
        + " '--base': no server 'windows-server-2022' in the catalog; did you mean");
  }

  @Test
  void id_notAnId_isRejected() {
    CliRun run = CliRun.of("import", config("s_server.args").toString(), "--id", "lab endpoint");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: Invalid value for option '--id': 'lab endpoint'"
        + " is not an id; expected letters, digits, '.', '_' and '-', starting with a letter or digit");
  }

  @Test
  void cert_malformed_namesTheOptionAndTheForm() {
    CliRun run = CliRun.of("import", config("nginx.conf").toString(), "--cert", "rsa:2048");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("tls-compat import: Invalid value for option '--cert' (SPEC):"
        + " certificate 'rsa:2048' must be type:bits:hash[:wildcard][@issuer], e.g. rsa:2048:sha256");
  }

  @Test
  void output_unwritable_exitsWithUsage() {
    Path output = dir.resolve("no-such-dir").resolve("out.json");

    CliRun run = CliRun.of("import", config("s_server.args").toString(), "-o", output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).last().isEqualTo("tls-compat import: Invalid value for option"
        + " '--output': cannot write " + output + ": no such directory: " + dir.resolve("no-such-dir"));
    assertThat(Files.exists(dir.resolve("no-such-dir"))).as("no directory made").isFalse();
  }

  @Test
  void output_existingFile_isReplacedWholeWithNothingLeftBeside() throws IOException {
    // GIVEN a profile written by an earlier import
    Path profile = Files.writeString(dir.resolve("out.json"), "earlier\n");

    // WHEN a new import writes over it
    CliRun run = CliRun.of("import", config("s_server.args").toString(), "-o", profile.toString());

    // THEN it holds the new profile, and the directory holds only what the user named
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Catalog.builder().addPath(profile).buildStrict().size()).isEqualTo(1);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(profile);
    }
  }

  @Test
  void output_importFails_leavesTheEarlierFileAsItWas() throws IOException {
    Path profile = Files.writeString(dir.resolve("out.json"), "earlier\n");
    Path broken = Files.writeString(dir.resolve("disabled.txt"), "&\n");

    CliRun run = CliRun.of("import", "--type", "jdk-disabled", broken.toString(), "-o", profile.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(profile)).isEqualTo("earlier\n");
  }

  @Test
  void certificates_withoutCert_areRecordedAsAssumed() throws IOException {
    Path profile = dir.resolve("reg.json");

    CliRun.of("import", config("iis-crypto-best.reg").toString(), "-o", profile.toString());

    Catalog loaded = Catalog.builder().addPath(profile).buildStrict();
    assertThat(loaded.info("iis-crypto-best").assumed()).containsExactly("certificates");
    assertThat(loaded.server("iis-crypto-best").versions())
        .isEqualTo(ParameterSet.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3));
    assertThat(Optional.of(loaded.info("iis-crypto-best").location())).contains(profile.toString());
  }
}
