/**
 * The JUnit Jupiter harness: annotations that fail a build when a server policy would cut off a
 * client a test requires, and inject emulated servers for testing client code.
 *
 * <ul>
 *   <li>{@link io.github.tlscompat.junit.ServerUnderTest @ServerUnderTest}: the server a class checks
 *       (a policy, a catalog id, a profile or configuration file, an {@code SSLContext}, a live
 *       address);</li>
 *   <li>{@link io.github.tlscompat.junit.RequiresClient @RequiresClient} and
 *       {@link io.github.tlscompat.junit.RejectsClient @RejectsClient}: who must and who must not
 *       connect;</li>
 *   <li>{@link io.github.tlscompat.junit.ForEachClient @ForEachClient}: one invocation per client;</li>
 *   <li>{@link io.github.tlscompat.junit.EmulatedServer @EmulatedServer}: a real TLS server on
 *       127.0.0.1 behaving as a server profile says;</li>
 *   <li>{@link io.github.tlscompat.junit.TlsProfiles @TlsProfiles}: your own profiles.</li>
 * </ul>
 *
 * <p>The AssertJ assertions are in {@link io.github.tlscompat.junit.assertj}. Nothing is null unless
 * marked; absence is an empty {@code Optional} or collection.
 */
package io.github.tlscompat.junit;
