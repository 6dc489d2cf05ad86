package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @ServerUnderTest} marks the static field or static method whose value is the TLS server a
 * test class checks clients against with {@link RequiresClient @RequiresClient},
 * {@link RejectsClient @RejectsClient} and {@link ForEachClient @ForEachClient}.
 *
 * <h2>Accepted values</h2>
 *
 * <table>
 *   <caption>what the value may be, and the evidence each check then rests on</caption>
 *   <tr><th>value</th><th>the server</th><th>evidence</th></tr>
 *   <tr><td>{@code io.github.tlscompat.core.model.ServerPolicy}</td><td>the policy itself</td>
 *       <td>model</td></tr>
 *   <tr><td>{@code String}</td><td>the server profile with this id or alias in the catalog (built-in
 *       plus {@link TlsProfiles @TlsProfiles})</td><td>model</td></tr>
 *   <tr><td>{@code java.nio.file.Path}</td><td>a server profile file ({@code .json}), or a server
 *       configuration file (nginx.conf, Apache mod_ssl directives, {@code openssl s_server}
 *       arguments, a SChannel {@code .reg} export, {@code Get-TlsCipherSuite} output, JSSE
 *       properties, a {@code java.security}) read as {@code tls-compat import} reads it, with its
 *       defaults ({@code io.github.tlscompat.profiles.ConfigFile}) and the OpenSSL of
 *       {@link #library()}</td><td>model</td></tr>
 *   <tr><td>{@code javax.net.ssl.SSLContext}, or a {@link JsseServer} (a context with
 *       {@code SSLParameters})</td><td>a JSSE server: a server-mode {@code SSLEngine} from the
 *       context, with the parameters applied</td><td>model (a policy read from the engine's
 *       parameters: protocols, suites, cipher order, groups, client authentication) <em>and</em>
 *       wire (each client's ClientHello fed to a fresh engine)</td></tr>
 *   <tr><td>{@code java.net.InetSocketAddress} or {@code java.net.URI}
 *       ({@code https://host:port})</td><td>a live server</td><td>model (the policy a scan
 *       measures on the wire, as {@code tls-compat scan HOST:PORT} does:
 *       {@code io.github.tlscompat.evidence.scan.ServerScan} with its defaults, server_name the host
 *       when it is a name) <em>and</em> wire (each client's ClientHello sent over TCP; the answer
 *       read up to the server's first flight)</td></tr>
 * </table>
 *
 * <p>Where a server offers two kinds of evidence, each client is checked with both, and the test
 * fails if they disagree, saying which said what. The JDK's {@code java.security}
 * ({@code jdk.tls.disabledAlgorithms}) disables TLS 1.0, TLS 1.1 and 3DES for every engine of the
 * JVM, whatever the {@code SSLParameters} enable; such a disagreement names the value it ran under.
 * A live server is scanned once per test class, when the first check needs it (a scan of a loopback
 * server takes a second or two); a disagreement then means the server changed after the scan, or
 * behaves in a way the scan could not settle, and says so. A server the scan cannot reach fails
 * each test that needs it with an {@code UncheckedIOException} naming the member, the address and
 * what failed.
 *
 * <h2>Where and when</h2>
 *
 * <p>One field or method per test class, counting its superclasses and, for a {@code @Nested} class,
 * its enclosing classes. It must be {@code static}; a method must take no parameters. It is read
 * once per test class, when the first test that needs it runs, after the {@code @BeforeAll} methods:
 * a live server started there can be declared by its address.
 *
 * <h2>Misuse</h2>
 *
 * <p>Two declarations, an instance member, a method with parameters, {@code null}, a value of
 * another type, an id the catalog lacks or a file that cannot be read fail the test that needs the
 * server with an {@code ExtensionConfigurationException} naming the class, the member, what was
 * found and what is accepted.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * class FrontEndTlsTests {
 *
 *   @ServerUnderTest
 *   static Path frontEnd = Path.of("src/main/nginx/nginx.conf");
 *
 *   @Test
 *   @RequiresClient("LPE-CE6")
 *   @RequiresClient(tags = "browser", minVersion = "TLSv1.2")
 *   void phonesAndBrowsersStillConnect() {
 *   }
 *
 *   @Test
 *   @RejectsClient(tags = "windows-xp")
 *   void windowsXpIsCutOff() {
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface ServerUnderTest {

  /**
   * For an nginx, Apache httpd or {@code openssl s_server} configuration file: the OpenSSL the
   * server runs on, as {@code tls-compat import --library} takes it ({@code debian-12},
   * {@code openssl-3.0}, {@code openssl-1.1.1}, or {@code none} for the configuration as written);
   * empty (the default) for {@code ConfigFile}'s assumption, upstream OpenSSL 3.0 at its default
   * security level, said among the import's warnings. For a GnuTLS priority string, a GnuTLS
   * build ({@code gnutls-3.8}); for JSSE properties or a {@code jdk.tls.disabledAlgorithms} file,
   * the JDK whose defaults stand under it ({@code sunjsse-17}, {@code sunjsse-25}). Ignored for
   * other values.
   *
   * @since 0.1.0
   */
  String library() default "";
}
