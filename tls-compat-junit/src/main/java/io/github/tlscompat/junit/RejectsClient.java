package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @RejectsClient} states a security expectation: clients that must <em>not</em> be able to
 * connect to the {@link ServerUnderTest @ServerUnderTest}. The test fails when one of them would
 * connect, saying with which version and cipher suite.
 *
 * <p>It selects clients as {@link RequiresClient @RequiresClient} does ({@link #value()} ids,
 * {@link #tags()} tags), checks them at the same moment on the same evidence, publishes the same
 * report entries, and fails with one {@link AssertionError} listing every client that connects (or
 * on which model and wire disagree), for example:
 *
 * <pre>
 * ie-6-xp (IE 6 on Windows XP) connects to legacy-proxy with SSLv3 TLS_RSA_WITH_RC4_128_SHA, but must be refused.
 * </pre>
 *
 * <p>A refusal for any reason satisfies it. It may be put on a test method, a test class or your
 * own annotation, and is repeatable; misuse fails as for {@code @RequiresClient}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * class HardeningTests {
 *
 *   @ServerUnderTest
 *   static String server = "iiscrypto-3.2-pci-3.2-win2016";
 *
 *   @Test
 *   @RejectsClient(tags = "windows-xp")
 *   @RejectsClient("java-6u45")
 *   void clientsWithoutTls12AreCutOff() {
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(RejectsClient.List.class)
@ExtendWith(RejectsClientExtension.class)
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface RejectsClient {

  /** Client ids or aliases, e.g. {@code "ie-6-xp"}. */
  String[] value() default {};

  /** Client tags, e.g. {@code "windows-xp"}: every client carrying one. */
  String[] tags() default {};

  /**
   * The container of repeated {@code @RejectsClient}; the compiler writes it for you.
   *
   * @since 0.1.0
   */
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Inherited
  @ExtendWith(RejectsClientExtension.class)
  @API(status = EXPERIMENTAL, since = "0.1.0")
  @interface List {

    /** The repeated annotations. */
    RejectsClient[] value();
  }
}
