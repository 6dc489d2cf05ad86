package io.github.tlscompat.benchmarks.harness;

import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test suites {@link HarnessBenchmark} and {@link HarnessColdBenchmark} run: 100 tests in ten
 * classes, each class against its own catalog server (model evidence), each test requiring a
 * different client that connects to it; and the same 100 tests without {@code @RequiresClient}. The
 * test bodies are empty, so the difference between the two suites is what the harness adds.
 */
public final class HundredTests {
  /** The ten classes of 100 tests with {@code @RequiresClient}. */
  public static final List<Class<?>> REQUIRES_CLIENT = List.of(
      RequiresClient0.class, RequiresClient1.class, RequiresClient2.class, RequiresClient3.class, RequiresClient4.class,
      RequiresClient5.class, RequiresClient6.class, RequiresClient7.class, RequiresClient8.class, RequiresClient9.class);

  /** The same ten classes of 100 tests, without {@code @RequiresClient} and {@code @ServerUnderTest}. */
  public static final List<Class<?>> PLAIN = List.of(
      Plain0.class, Plain1.class, Plain2.class, Plain3.class, Plain4.class,
      Plain5.class, Plain6.class, Plain7.class, Plain8.class, Plain9.class);

  private HundredTests() {}

  /** Ten clients that connect to {@code iiscrypto-3.2-fips-140-2-win2012r2}. */
  public static class RequiresClient0 {
    @ServerUnderTest static String server = "iiscrypto-3.2-fips-140-2-win2012r2";
    @Test @RequiresClient("android-7.0-native") void client0() {}
    @Test @RequiresClient("apple-mail-16.0") void client1() {}
    @Test @RequiresClient("bingpreview-dec-2013") void client2() {}
    @Test @RequiresClient("chrome-70-win10") void client3() {}
    @Test @RequiresClient("edge-12-win10") void client4() {}
    @Test @RequiresClient("firefox-30-osx") void client5() {}
    @Test @RequiresClient("firefox-32-osx") void client6() {}
    @Test @RequiresClient("ie-8-xp") void client7() {}
    @Test @RequiresClient("safari-5-ios-5.1.1") void client8() {}
    @Test @RequiresClient("safari-9-osx-10.11") void client9() {}
  }

  /** Ten clients that connect to {@code iiscrypto-3.2-best-win2016}. */
  public static class RequiresClient1 {
    @ServerUnderTest static String server = "iiscrypto-3.2-best-win2016";
    @Test @RequiresClient("firefox-37-osx") void client0() {}
    @Test @RequiresClient("firefox-39-osx") void client1() {}
    @Test @RequiresClient("firefox-59-win7") void client2() {}
    @Test @RequiresClient("java-8u161") void client3() {}
    @Test @RequiresClient("openssl-4.0.0-git") void client4() {}
    @Test @RequiresClient("opera-66-win10") void client5() {}
    @Test @RequiresClient("safari-5.1.9-osx-10.6.8") void client6() {}
    @Test @RequiresClient("schannel-client-win7") void client7() {}
    @Test @RequiresClient("tor-17.0.9-win7") void client8() {}
    @Test @RequiresClient("yahoo-slurp-jun-2014") void client9() {}
  }

  /** Ten clients that connect to {@code mozilla-intermediate-5.7}. */
  public static class RequiresClient2 {
    @ServerUnderTest static String server = "mozilla-intermediate-5.7";
    @Test @RequiresClient("chrome-49-win7") void client0() {}
    @Test @RequiresClient("chrome-50-win7") void client1() {}
    @Test @RequiresClient("chrome-73-win10") void client2() {}
    @Test @RequiresClient("chromium-137-win11") void client3() {}
    @Test @RequiresClient("firefox-41-osx") void client4() {}
    @Test @RequiresClient("googlebot-feb-2015") void client5() {}
    @Test @RequiresClient("ie-11-win10") void client6() {}
    @Test @RequiresClient("java-8u31") void client7() {}
    @Test @RequiresClient("openssl-1.1.1d-debian") void client8() {}
    @Test @RequiresClient("safari-9-ios-9") void client9() {}
  }

  /** Ten clients that connect to {@code mozilla-old-5.7}. */
  public static class RequiresClient3 {
    @ServerUnderTest static String server = "mozilla-old-5.7";
    @Test @RequiresClient("LPE-CE6") void client0() {}
    @Test @RequiresClient("chrome-29-win7") void client1() {}
    @Test @RequiresClient("edge-13-winphone-10") void client2() {}
    @Test @RequiresClient("firefox-10.0.12-esr-win7") void client3() {}
    @Test @RequiresClient("firefox-49-xp-sp3") void client4() {}
    @Test @RequiresClient("ie-9-win7") void client5() {}
    @Test @RequiresClient("safari-10-osx-10.12") void client6() {}
    @Test @RequiresClient("safari-15.4-macos-12.3.1") void client7() {}
    @Test @RequiresClient("safari-6-ios-6.0.1") void client8() {}
    @Test @RequiresClient("sfb-2015-win7-tls12") void client9() {}
  }

  /** Ten clients that connect to {@code office365-2019}. */
  public static class RequiresClient4 {
    @ServerUnderTest static String server = "office365-2019";
    @Test @RequiresClient("android-5.0.0") void client0() {}
    @Test @RequiresClient("chrome-33-win7") void client1() {}
    @Test @RequiresClient("chrome-42-osx") void client2() {}
    @Test @RequiresClient("edge-13-win10") void client3() {}
    @Test @RequiresClient("edge-15-win10") void client4() {}
    @Test @RequiresClient("firefox-47-win7") void client5() {}
    @Test @RequiresClient("googlebot-oct-2013") void client6() {}
    @Test @RequiresClient("java-8b132") void client7() {}
    @Test @RequiresClient("safari-18.4-macos-15.4-ios-18.4") void client8() {}
    @Test @RequiresClient("safari-26.4-ios-ipados-26.4") void client9() {}
  }

  /** Ten clients that connect to {@code office365-2020-10}. */
  public static class RequiresClient5 {
    @ServerUnderTest static String server = "office365-2020-10";
    @Test @RequiresClient("android-10.0-native") void client0() {}
    @Test @RequiresClient("android-11-12-native") void client1() {}
    @Test @RequiresClient("chrome-43-osx") void client2() {}
    @Test @RequiresClient("chrome-78-win10") void client3() {}
    @Test @RequiresClient("edge-17-win10") void client4() {}
    @Test @RequiresClient("firefox-49-win7") void client5() {}
    @Test @RequiresClient("java-17.0.3-21.0.6-openjdk") void client6() {}
    @Test @RequiresClient("opera-17-win7") void client7() {}
    @Test @RequiresClient("safari-12.1-ios-12.2") void client8() {}
    @Test @RequiresClient("safari-26.4-macos-ios-ipados-26.4") void client9() {}
  }

  /** Ten clients that connect to {@code lync-server-2013}. */
  public static class RequiresClient6 {
    @ServerUnderTest static String server = "lync-server-2013";
    @Test @RequiresClient("android-2.3.7") void client0() {}
    @Test @RequiresClient("android-6.0") void client1() {}
    @Test @RequiresClient("apple-ats-9-ios-9") void client2() {}
    @Test @RequiresClient("baidu-jan-2015") void client3() {}
    @Test @RequiresClient("chrome-101-win10") void client4() {}
    @Test @RequiresClient("chrome-28-win7") void client5() {}
    @Test @RequiresClient("ie-10-winphone-8.0") void client6() {}
    @Test @RequiresClient("ie-11-win10-preview") void client7() {}
    @Test @RequiresClient("java-12.0.1-openjdk") void client8() {}
    @Test @RequiresClient("libressl-3.3.6-macos") void client9() {}
  }

  /** Ten clients that connect to {@code nginx-default}. */
  public static class RequiresClient7 {
    @ServerUnderTest static String server = "nginx-default";
    @Test @RequiresClient("chrome-31-win7") void client0() {}
    @Test @RequiresClient("chrome-49-xp-sp3") void client1() {}
    @Test @RequiresClient("firefox-137-win11") void client2() {}
    @Test @RequiresClient("firefox-35-osx") void client3() {}
    @Test @RequiresClient("go-1.17.8") void client4() {}
    @Test @RequiresClient("openssl-1.0.2e") void client5() {}
    @Test @RequiresClient("safari-10-ios-10") void client6() {}
    @Test @RequiresClient("schannel-client-win8") void client7() {}
    @Test @RequiresClient("schannel-client-win8.1") void client8() {}
    @Test @RequiresClient("thunderbird-91.9") void client9() {}
  }

  /** Ten clients that connect to {@code windows-server-2022-schannel-default}. */
  public static class RequiresClient8 {
    @ServerUnderTest static String server = "windows-server-2022-schannel-default";
    @Test @RequiresClient("android-4.0.4") void client0() {}
    @Test @RequiresClient("chrome-45-osx") void client1() {}
    @Test @RequiresClient("chrome-65-win7") void client2() {}
    @Test @RequiresClient("chrome-79-win10") void client3() {}
    @Test @RequiresClient("firefox-46-win7") void client4() {}
    @Test @RequiresClient("firefox-71-win10") void client5() {}
    @Test @RequiresClient("ie-11-win7") void client6() {}
    @Test @RequiresClient("java-6u45") void client7() {}
    @Test @RequiresClient("java-7u25") void client8() {}
    @Test @RequiresClient("schannel-client-win7-tls12") void client9() {}
  }

  /** Ten clients that connect to {@code jdk-17-default}. */
  public static class RequiresClient9 {
    @ServerUnderTest static String server = "jdk-17-default";
    @Test @RequiresClient("chrome-40-osx") void client0() {}
    @Test @RequiresClient("firefox-31.3.0-esr-win7") void client1() {}
    @Test @RequiresClient("firefox-44-osx") void client2() {}
    @Test @RequiresClient("firefox-45-win7") void client3() {}
    @Test @RequiresClient("java-21.0.6-openjdk") void client4() {}
    @Test @RequiresClient("openssl-1.0.1l") void client5() {}
    @Test @RequiresClient("openssl-1.1.0l-debian") void client6() {}
    @Test @RequiresClient("safari-8-ios-8.0-beta") void client7() {}
    @Test @RequiresClient("thunderbird-60.6") void client8() {}
    @Test @RequiresClient("yahoo-slurp-jan-2015") void client9() {}
  }

  /** {@link RequiresClient0} without the annotations. */
  public static class Plain0 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient1} without the annotations. */
  public static class Plain1 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient2} without the annotations. */
  public static class Plain2 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient3} without the annotations. */
  public static class Plain3 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient4} without the annotations. */
  public static class Plain4 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient5} without the annotations. */
  public static class Plain5 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient6} without the annotations. */
  public static class Plain6 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient7} without the annotations. */
  public static class Plain7 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient8} without the annotations. */
  public static class Plain8 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }

  /** {@link RequiresClient9} without the annotations. */
  public static class Plain9 {
    @Test void client0() {}
    @Test void client1() {}
    @Test void client2() {}
    @Test void client3() {}
    @Test void client4() {}
    @Test void client5() {}
    @Test void client6() {}
    @Test void client7() {}
    @Test void client8() {}
    @Test void client9() {}
  }
}
