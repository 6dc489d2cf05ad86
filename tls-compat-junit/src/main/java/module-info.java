/**
 * The tls-compat JUnit Jupiter harness: {@code @ServerUnderTest}, {@code @RequiresClient},
 * {@code @RejectsClient}, {@code @ForEachClient}, {@code @EmulatedServer} and {@code @TlsProfiles}
 * ({@code io.github.tlscompat.junit}), and the AssertJ assertions
 * ({@code io.github.tlscompat.junit.assertj}).
 *
 * @since 0.1.0
 */
module io.github.tlscompat.junit {
  exports io.github.tlscompat.junit;
  exports io.github.tlscompat.junit.assertj;

  // Model types, the catalog and the emulated server's recorded connections appear in the API.
  requires transitive io.github.tlscompat.core;
  requires transitive io.github.tlscompat.evidence;
  requires transitive io.github.tlscompat.profiles;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static transitive org.apiguardian.api;

  // JUnit creates the package-private extensions by reflection.
  opens io.github.tlscompat.junit to org.junit.platform.commons;
}
