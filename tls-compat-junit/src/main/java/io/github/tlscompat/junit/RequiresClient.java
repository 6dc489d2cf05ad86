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
 * {@code @RequiresClient} states that clients must be able to connect to the
 * {@link ServerUnderTest @ServerUnderTest}: the test <em>fails</em> when one of them would be
 * refused, so the build that would cut a client off does not pass.
 *
 * <h2>Which clients</h2>
 *
 * <p>{@link #value()} names clients by id or alias, {@link #tags()} by tag (every client carrying
 * it), both from the catalog: the built-in profiles plus those of {@link TlsProfiles @TlsProfiles}.
 * At least one of the two must be given.
 *
 * <h2>Expectations</h2>
 *
 * <p>Connecting is the requirement; {@link #version()}, {@link #minVersion()} and
 * {@link #cipherSuite()} add what the connection must be. Versions take any usual spelling
 * ({@code TLSv1.2}, {@code TLS 1.2}, {@code TLS_1_2}), suites the IANA, JSSE or OpenSSL name.
 *
 * <h2>When and how it fails</h2>
 *
 * <p>The check runs before each test method (before its {@code @BeforeEach} methods) of the element
 * it is on. It negotiates each client with the server, on every kind of evidence the server offers
 * (see {@link ServerUnderTest}), publishes what was negotiated as a report entry (key
 * {@code tls-compat.<client id>}), and fails the test with one {@link AssertionError} listing every
 * client that is refused, connects otherwise than expected, or on which model and wire disagree.
 * A refusal reads, for example:
 *
 * <pre>
 * LPE-CE6 (Lync Phone Edition on Windows CE 6.0 ...) cannot connect to iiscrypto-3.2-pci-3.2-win2016:
 * NO_SHARED_PROTOCOL_VERSION - client offers SSLv3..TLSv1.0, server enables TLSv1.2 only. Remedy:
 * enable TLSv1.0, add TLS_RSA_WITH_3DES_EDE_CBC_SHA: connects with TLSv1.0 TLS_RSA_WITH_3DES_EDE_CBC_SHA
 * (graded weak).
 * </pre>
 *
 * <p>That is who, the server, the reason constant ({@code Refused.Reason}), what each side offered,
 * and the smallest change to the server's policy that re-admits the client. A live server's policy
 * is unknown, so its refusals come without a remedy.
 *
 * <h2>Where</h2>
 *
 * <p>On a test method, on a test class (then it applies to each test method of the class, its
 * subclasses and its {@code @Nested} classes), or on your own annotation, which then stands for it:
 * the annotation registers its extension itself. It is {@linkplain Repeatable repeatable}.
 *
 * <h2>Misuse</h2>
 *
 * <p>No {@code @ServerUnderTest}, no ids or tags, an id or tag the catalog lacks (the message names
 * the closest ids), or a version or suite name nobody uses fails the test with an
 * {@code ExtensionConfigurationException} saying so.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * @Retention(RetentionPolicy.RUNTIME)
 * @RequiresClient({"LPE-CE6", "lync-2013-win7"})
 * @interface LyncPhonesSupported {
 * }
 *
 * class FrontEndTests {
 *
 *   @ServerUnderTest
 *   static String frontEnd = "iiscrypto-3.2-fips-140-2-win2012r2";
 *
 *   @Test
 *   @RequiresClient(value = "LPE-CE6", version = "TLSv1.0", cipherSuite = "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
 *   void lyncPhoneEditionConnectsWith3des() {
 *   }
 *
 *   @Test
 *   @LyncPhonesSupported
 *   void lyncPhonesConnect() {
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
@Repeatable(RequiresClient.List.class)
@ExtendWith(RequiresClientExtension.class)
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface RequiresClient {

  /** Client ids or aliases, e.g. {@code "LPE-CE6"}. */
  String[] value() default {};

  /** Client tags, e.g. {@code "lync"}: every client carrying one. */
  String[] tags() default {};

  /** The exact protocol version each client must negotiate, e.g. {@code "TLSv1.2"}; empty for any. */
  String version() default "";

  /** The oldest protocol version each client may negotiate, e.g. {@code "TLSv1.2"}; empty for any. */
  String minVersion() default "";

  /** The cipher suite each client must negotiate, e.g. {@code "TLS_RSA_WITH_3DES_EDE_CBC_SHA"}; empty for any. */
  String cipherSuite() default "";

  /**
   * The container of repeated {@code @RequiresClient}; the compiler writes it for you.
   *
   * @since 0.1.0
   */
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Inherited
  @ExtendWith(RequiresClientExtension.class)
  @API(status = EXPERIMENTAL, since = "0.1.0")
  @interface List {

    /** The repeated annotations. */
    RequiresClient[] value();
  }
}
