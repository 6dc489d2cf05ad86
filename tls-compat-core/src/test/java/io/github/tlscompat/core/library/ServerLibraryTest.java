package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServerLibraryTest {

  @Test
  void fromId_namesEachKnownBuild_ignoringCase() {
    assertThat(ServerLibrary.fromId("debian-12")).isEqualTo(ServerLibrary.of(OpenSslBuild.DEBIAN_12));
    assertThat(ServerLibrary.fromId("OpenSSL-3.0").build()).isSameAs(OpenSslBuild.OPENSSL_3_0);
    assertThat(ServerLibrary.fromId(" openssl-1.1.1 ").build()).isSameAs(OpenSslBuild.OPENSSL_1_1_1);
  }

  @Test
  void fromId_unknown_listsTheKnownOnesAndTheClosest() {
    assertThatThrownBy(() -> ServerLibrary.fromId("openssl-3.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown TLS library 'openssl-3.2'; expected one of debian-12, openssl-3.0, openssl-1.1.1, openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default,"
            + " rhel-8-legacy, rhel-8-future, rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips,"
            + " schannel-2003, schannel-2003-fips, schannel-2008, schannel-2008-fips, schannel-2008r2,"
            + " schannel-2008r2-fips, schannel-2012, schannel-2012-fips, schannel-2012r2, schannel-2012r2-fips,"
            + " schannel-2016, schannel-2016-fips, schannel-2019, schannel-2019-fips, schannel-2022, schannel-2022-fips,"
            + " schannel-2025, schannel-2025-fips, sunjsse-8, sunjsse-11, sunjsse-17, sunjsse-21, sunjsse-25,"
            + " bcjsse-1.83, bcjsse-1.84, gnutls-debian-12, gnutls-3.7, gnutls-3.8, libressl-3.3, libressl-4.2, boringssl-2026-08; did you mean"
            + " openssl-3.0 or openssl-3.5?");
  }

  @Test
  void fromIdOfAFamily_buildOfAnotherFamily_listsOnlyThatFamilysBuilds() {
    assertThat(ServerLibrary.fromId("schannel-2012r2", LibraryFamily.SCHANNEL).build())
        .isSameAs(SchannelBuild.WINDOWS_2012_R2);
    assertThatThrownBy(() -> ServerLibrary.fromId("schannel-2012r2", LibraryFamily.OPENSSL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown OpenSSL build 'schannel-2012r2'; expected one of debian-12, openssl-3.0, openssl-1.1.1,"
            + " openssl-1.0.2, openssl-3.5, debian-10, debian-11, rhel-8-default, rhel-8-legacy, rhel-8-future,"
            + " rhel-8-fips, rhel-9-default, rhel-9-legacy, rhel-9-future, rhel-9-fips");
  }

  @Test
  void schannelAndJsseBuilds_haveNoSecurityLevels() {
    assertThat(ServerLibrary.of(SchannelBuild.WINDOWS_2022).effectiveSecurityLevel()).isEmpty();
    assertThat(ServerLibrary.of(JsseBuild.SUNJSSE_25)).hasToString("SunJSSE (JDK 25.0.3)");
    assertThatThrownBy(() -> new ServerLibrary(JsseBuild.SUNJSSE_17, java.util.Optional.of(SecurityLevel.LEVEL_1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SunJSSE (JDK 17.0.15) has no security levels; only OpenSSL builds do");
  }

  @Test
  void effectiveSecurityLevel_isTheSetOneElseTheBuildsDefault() {
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).effectiveSecurityLevel()).contains(SecurityLevel.LEVEL_2);
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0).effectiveSecurityLevel()).contains(SecurityLevel.LEVEL_1);
    assertThat(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0)).effectiveSecurityLevel())
        .contains(SecurityLevel.LEVEL_0);
  }

  @Test
  void knownBuilds_haveDistinctIds_andAnOpenSslBuildIsItsOwnFamilysUpstreamOrAVendors() {
    assertThat(ServerLibrary.knownIds()).doesNotHaveDuplicates();
    assertThat(ServerLibrary.findBuild("OPENSSL-1.1.1")).contains(OpenSslBuild.OPENSSL_1_1_1);
    assertThat(ServerLibrary.findBuild("openssl-0.9.8")).isEmpty();
    assertThat(OpenSslBuild.DEBIAN_12.family()).isEqualTo(LibraryFamily.OPENSSL);
    assertThat(OpenSslBuild.DEBIAN_12.release()).isEqualTo("3.0");
    assertThat(ServerLibrary.fromId("debian-12").openSsl()).contains(OpenSslBuild.DEBIAN_12);
  }

  @Test
  void knownBuilds_ofEachFamily_areAllOfThatFamilysAndTogetherAllBuilds() {
    List<LibraryBuild> all = ServerLibrary.knownBuilds();
    int total = 0;
    for (LibraryFamily family : LibraryFamily.values()) {
      List<LibraryBuild> ofFamily = ServerLibrary.knownBuilds(family);
      assertThat(ofFamily).as(family.toString()).isNotEmpty()
          .containsExactlyElementsOf(all.stream().filter(b -> b.family() == family).toList());
      assertThat(ServerLibrary.knownIds(family)).containsExactlyElementsOf(ofFamily.stream().map(LibraryBuild::id).toList());
      total += ofFamily.size();
    }
    assertThat(all).hasSize(total);
  }

  @Test
  void fromId_withFamily_findsOnlyThatFamilysBuilds() {
    assertThat(ServerLibrary.fromId("Schannel-2016", LibraryFamily.SCHANNEL).build()).isSameAs(SchannelBuild.WINDOWS_2016);
    assertThatThrownBy(() -> ServerLibrary.fromId("debian-12", LibraryFamily.GNUTLS))
        .hasMessage("unknown GnuTLS build 'debian-12'; expected one of gnutls-debian-12, gnutls-3.7, gnutls-3.8; did you mean gnutls-debian-12?");
  }

  /**
   * Reading a server that runs on Schannel or SunJSSE (most built-in ones that name a library) must
   * not load OpenSSL's builds, whose cipher strings and distribution policies cost a fresh
   * {@code matrix} a tenth of its catalog work; this names the class that did.
   */
  @Test
  void fromId_withFamily_initialisesNoOtherFamilysBuilds() throws Exception {
    assertThat(initialisedWhile(LookUpSchannelAndJsse.class)).contains("library.SchannelBuild", "library.JsseBuild")
        .doesNotContain("library.OpenSslBuild", "library.OpenSslDistributions", "library.GnuTlsBuild",
            "library.LibreSslBuilds", "library.BoringSslBuilds", "cipherstring.OpenSslCipherString",
            "cipherstring.BoringSslCipherString");
  }

  /**
   * An OpenSSL build needs the suites a cipher string can name, not the parser's name tables, its
   * "did you mean" words or a {@link java.util.Formatter}, each milliseconds in a cold JVM.
   */
  @Test
  void fromId_openSsl_initialisesNoCipherStringParsingTables() throws Exception {
    assertThat(initialisedWhile(LookUpOpenSsl.class)).contains("library.OpenSslBuild", "library.OpenSslDistributions",
        "cipherstring.OpenSslCipherString")
        .doesNotContain("cipherstring.OpenSslCipherString$Names", "cipherstring.OpenSslCipherString$Suggestions",
            "java.util.Formatter");
  }

  /** The classes of the core's library and cipher-string packages, and the Formatter, {@code main} initialises. */
  private static Set<String> initialisedWhile(Class<?> main) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off", "-Xlog:class+init=info:stdout", "-cp", System.getProperty("java.class.path"),
        main.getName()).redirectErrorStream(true).start();
    String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(log).isZero();
    String lookUp = log.substring(log.indexOf(START), log.indexOf(END));
    Set<String> initialised = new TreeSet<>();
    Matcher m = Pattern.compile("Initializing '(?:io/github/tlscompat/core/((?:library|cipherstring)/[^']*)|(java/util/Formatter))'")
        .matcher(lookUp);
    while (m.find()) initialised.add((m.group(1) != null ? m.group(1) : m.group(2)).replace('/', '.'));
    return initialised;
  }

  private static final String START = "[start of the look-up]";
  private static final String END = "[end of the look-up]";

  /** Looks up a Schannel and a SunJSSE build between two markers on stdout (run in a child JVM). */
  static final class LookUpSchannelAndJsse {
    public static void main(String[] args) {
      System.out.println(START);
      System.out.flush();
      ServerLibrary.fromId("schannel-2012r2", LibraryFamily.SCHANNEL);
      ServerLibrary.fromId("sunjsse-17", LibraryFamily.SUNJSSE);
      System.out.println(END);
    }
  }

  /** Looks up an OpenSSL build between two markers on stdout (run in a child JVM). */
  static final class LookUpOpenSsl {
    public static void main(String[] args) {
      System.out.println(START);
      System.out.flush();
      ServerLibrary.fromId("openssl-3.0", LibraryFamily.OPENSSL);
      System.out.println(END);
    }
  }

  @Test
  void permitsSignatureHash_answersWhatSignatureRefusalExplains_forEveryBuildLevelAndHash() {
    for (LibraryBuild build : ServerLibrary.knownBuilds()) {
      List<ServerLibrary> libraries = new ArrayList<>(List.of(ServerLibrary.of(build)));
      if (build instanceof OpenSslBuild o && o.version().hasSecurityLevels()) {
        for (SecurityLevel level : SecurityLevel.values()) libraries.add(new ServerLibrary(build, Optional.of(level)));
      }
      for (ServerLibrary library : libraries) {
        for (HashAlgorithm hash : HashAlgorithm.values()) {
          assertThat(library.permitsSignatureHash(hash)).as("%s signing with %s", library, hash)
              .isEqualTo(library.signatureRefusal(hash).isEmpty());
        }
      }
    }
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).permitsSignatureHash(HashAlgorithm.SHA1)).isFalse();
    assertThat(ServerLibrary.of(OpenSslBuild.DEBIAN_12).permitsSignatureHash(HashAlgorithm.SHA256)).isTrue();
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_1_0_2).permitsSignatureHash(HashAlgorithm.MD5_SHA1)).isTrue();
    assertThat(new ServerLibrary(OpenSslDistributions.RHEL_9_DEFAULT, Optional.of(SecurityLevel.LEVEL_0))
        .permitsSignatureHash(HashAlgorithm.SHA1)).isFalse();
  }

  @Test
  void toString_namesTheBuildAndTheLevelInEffect() {
    assertThat(ServerLibrary.of(OpenSslBuild.OPENSSL_3_0)).hasToString("OpenSSL 3.0 at security level 1 (its default)");
    assertThat(new ServerLibrary(OpenSslBuild.DEBIAN_12, Optional.of(SecurityLevel.LEVEL_0)))
        .hasToString("OpenSSL 3.0 (Debian 12) at security level 0");
  }

  @Test
  void libraryFamily_fromName_takesTheJsonAndTheVendorsName() {
    assertThat(LibraryFamily.fromName("GnuTLS")).isEqualTo(LibraryFamily.GNUTLS);
    assertThat(LibraryFamily.fromName(" schannel ")).isEqualTo(LibraryFamily.SCHANNEL);
    assertThatThrownBy(() -> LibraryFamily.fromName("opensll"))
        .hasMessage("unknown TLS library 'opensll'; expected one of openssl, libressl, boringssl, gnutls, schannel,"
            + " sunjsse, bcjsse; did you mean openssl?");
  }
}
