package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @TlsProfiles} adds your own client and server profiles to the catalog a test class sees:
 * profile files ({@code .json}, the format of {@code docs/profile-format.md}) or folders of them,
 * next to the built-in profiles.
 *
 * <p>The ids they define can then be used wherever the harness takes an id:
 * {@link ServerUnderTest @ServerUnderTest} strings, {@link RequiresClient @RequiresClient},
 * {@link RejectsClient @RejectsClient}, {@link ForEachClient @ForEachClient} and
 * {@link EmulatedServer @EmulatedServer}. A tag your profiles carry selects them by tag.
 *
 * <h2>Paths</h2>
 *
 * <p>Relative paths are resolved against the working directory, which for Maven and Gradle is the
 * module's directory. A folder contributes every {@code *.json} file below it, in name order.
 *
 * <h2>Scope and loading</h2>
 *
 * <p>The annotation is {@linkplain Inherited inherited}, and a {@code @Nested} class sees the
 * profiles of its enclosing classes too: the paths of all are combined. Each distinct set of paths
 * is loaded once per test run and shared by every class naming the same set, also when classes run
 * in parallel ({@code junit.jupiter.execution.parallel.enabled}).
 *
 * <h2>Misuse</h2>
 *
 * <p>A path that does not exist, or a profile file with problems (invalid JSON, a field the schema
 * does not allow, an id already taken), fails each test that uses the catalog with an
 * {@code ExtensionConfigurationException} listing every problem with its file and JSON pointer.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * @TlsProfiles("src/test/resources/tls")   // holds shop-floor-scanner.json, tagged "scanner"
 * class WarehouseTlsTests {
 *
 *   @ServerUnderTest
 *   static String server = "iiscrypto-3.2-best-win2016";
 *
 *   @Test
 *   @RequiresClient(tags = "scanner")
 *   void scannersConnect() {
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface TlsProfiles {

  /** Profile files or folders of them; relative paths against the working directory. */
  String[] value();
}
