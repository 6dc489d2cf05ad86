package io.github.tlscompat.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tlscompat.core.registry.HashAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  void permitsSignatureHash_answersWhatSignatureRefusalExplains_forEveryBuildLevelAndHash() {
    for (LibraryBuild build : ServerLibrary.KNOWN_BUILDS) {
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
