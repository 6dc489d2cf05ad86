package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tlscompat.core.library.JsseBuild;
import io.github.tlscompat.core.library.LibraryBuild;
import io.github.tlscompat.core.library.SchannelBuild;
import io.github.tlscompat.core.library.ServerLibrary;
import io.github.tlscompat.core.model.ServerPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's Windows- and Java-based server profiles say which TLS library they run on, profiles
 * that extend them inherit it, and the importers that change a base policy keep the base's library.
 */
class LibraryOfCatalogServersTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  @TempDir Path dir;

  private static Optional<LibraryBuild> build(String id) {
    return CATALOG.server(id).library().map(ServerLibrary::build);
  }

  @Test
  void schannelDefaults_eachNamesItsWindowsRelease_andTheBuildPointsBack() {
    for (SchannelBuild b : SchannelBuild.ALL) {
      b.defaultsProfile().ifPresent(id -> assertThat(build(id)).as(id).contains(b));
    }
    assertThat(build("windows-7-2008r2-schannel-default")).contains(SchannelBuild.WINDOWS_2008_R2);
  }

  @Test
  void windowsBasedServers_carrySchannel_directlyOrThroughExtends() {
    assertThat(build("iiscrypto-3.2-pci-3.2-win2016")).contains(SchannelBuild.WINDOWS_2016);
    assertThat(build("iiscrypto-3.2-strict-win2012r2")).contains(SchannelBuild.WINDOWS_2012_R2);
    assertThat(build("adfs-3.0-wap-2012r2-fallback")).contains(SchannelBuild.WINDOWS_2012_R2);
    assertThat(build("lync-server-2013")).contains(SchannelBuild.WINDOWS_2012_R2);
    assertThat(build("sfb-server-2015-tls12-only")).contains(SchannelBuild.WINDOWS_2012_R2);
    assertThat(build("exchange-ews-tls10-disabled")).contains(SchannelBuild.WINDOWS_2012_R2);
    // a service, not a Windows server anyone configures
    assertThat(build("office365-2019")).isEmpty();
  }

  @Test
  void jdkDefaults_carrySunJsse() {
    assertThat(build("jdk-17-default")).contains(JsseBuild.SUNJSSE_17);
    assertThat(build("jdk-21-default")).contains(JsseBuild.SUNJSSE_21);
  }

  @Test
  void regImport_takesTheLibraryOfItsBase() throws IOException {
    Path file = Files.writeString(dir.resolve("tls10-off.reg"), """
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]
        "Enabled"=dword:00000000
        """);
    ServerPolicy onDefault = ConfigFile.of(file).read(CATALOG).policy();
    assertThat(onDefault.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2022));
    ServerPolicy on2012r2 = ConfigFile.of(file).read(ConfigType.REG, new ConfigFile.Request(
        Optional.of("windows-8.1-2012r2-schannel-default"), Optional.empty(), java.util.List.of(), Optional.empty(),
        Optional.empty()), CATALOG::server, id -> false).policy();
    assertThat(on2012r2.library()).contains(ServerLibrary.of(SchannelBuild.WINDOWS_2012_R2));
  }

  @Test
  void getTlsCipherSuiteImport_takesTheLibraryOfItsBase() throws IOException {
    Path file = Files.writeString(dir.resolve("suites.txt"), """
        Name                  : TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
        Name                  : TLS_RSA_WITH_AES_128_CBC_SHA
        """);
    assertThat(ConfigFile.of(file).read(CATALOG).policy().library())
        .contains(ServerLibrary.of(SchannelBuild.WINDOWS_2022));
  }

  @Test
  void jdkDisabledImport_takesTheLibraryOfItsBase_jssePropertiesAssumeJdk17() throws IOException {
    Path disabled = Files.writeString(dir.resolve("java.security"), "jdk.tls.disabledAlgorithms=SSLv3, RC4\n");
    assertThat(ConfigFile.of(disabled).read(CATALOG).policy().library())
        .contains(ServerLibrary.of(JsseBuild.SUNJSSE_17));
    Path jsse = Files.writeString(dir.resolve("server.properties"),
        "jdk.tls.server.protocols=TLSv1.2\njdk.tls.server.cipherSuites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n");
    ConfigFile.Imported imported = ConfigFile.of(jsse).read(CATALOG);
    assertThat(imported.policy().library()).contains(ConfigFile.ASSUMED_JSSE_LIBRARY);
    assertThat(imported.warnings()).contains("library: assumed SunJSSE (JDK 17.0.15); the file does not say which JDK"
        + " serves it (tls-compat import --library sunjsse-8, sunjsse-11, sunjsse-17, sunjsse-21, sunjsse-25,"
        + " bcjsse-1.83, bcjsse-1.84 takes the defaults under it from that JDK)");
  }
}
