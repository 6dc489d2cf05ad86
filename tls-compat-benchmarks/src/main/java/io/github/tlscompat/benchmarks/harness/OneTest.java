package io.github.tlscompat.benchmarks.harness;

import io.github.tlscompat.junit.RequiresClient;
import io.github.tlscompat.junit.ServerUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Single tests for {@link HarnessColdBenchmark}'s first-test measurement: the seed story's phone
 * against the FIPS template it connects to, the same test without the harness, and a test that only
 * warms JUnit up.
 */
public final class OneTest {
  private OneTest() {}

  /** One {@code @RequiresClient} test, model evidence. */
  public static class Annotated {
    @ServerUnderTest static String server = "iiscrypto-3.2-fips-140-2-win2012r2";

    @Test @RequiresClient("LPE-CE6") void lyncPhoneEditionConnects() {}
  }

  /** The same test without the harness. */
  public static class Plain {
    @Test void lyncPhoneEditionConnects() {}
  }

  /** Run first, so that JUnit itself is loaded and warm before the measured test. */
  public static class JUnitWarmUp {
    @Test void nothing() {}
  }
}
