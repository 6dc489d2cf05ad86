package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ForEachClient} makes a method a test template that runs once per client, each invocation
 * named after its client ({@code LPE-CE6 (Lync Phone Edition ...)}), so a report shows who passed.
 *
 * <h2>Which clients</h2>
 *
 * <p>{@link #value()} ids or aliases, then {@link #tags()} tags, from the catalog (built-in plus
 * {@link TlsProfiles @TlsProfiles}), in that order, each client once. At least one must be given.
 *
 * <h2>Parameters</h2>
 *
 * <p>The method may declare, in any order, besides what other resolvers supply:
 * <ul>
 *   <li>{@code io.github.tlscompat.core.model.ClientProfile}: the invocation's client;</li>
 *   <li>{@code io.github.tlscompat.core.negotiation.Negotiation}: the outcome of the client with the
 *       {@link ServerUnderTest @ServerUnderTest} (required for this parameter), on every kind of
 *       evidence the server offers (see there); a {@code Connected} or {@code Refused} to switch on
 *       or assert, e.g. with {@code TlsCompatAssertions.assertThat(negotiation)}.</li>
 * </ul>
 *
 * <p>Unlike {@link RequiresClient @RequiresClient}, a refusal does not fail the invocation: the
 * test decides. Where the server offers model and wire evidence and they disagree, the invocation
 * fails before the method runs, saying which said what. Each invocation publishes a report entry
 * {@code tls-compat.<client id>} with what was negotiated.
 *
 * <h2>Misuse</h2>
 *
 * <p>No ids or tags, or one the catalog lacks, fails the template with an
 * {@code ExtensionConfigurationException} naming the closest ids; a {@code Negotiation} parameter
 * without a {@code @ServerUnderTest} fails each invocation with a {@code ParameterResolutionException}.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * class PhoneFleetTests {
 *
 *   @ServerUnderTest
 *   static String frontEnd = "lync-server-2013";
 *
 *   static final Set<String> WITHOUT_FORWARD_SECRECY = Set.of("LPE-CE6");
 *
 *   @ForEachClient(tags = "lync")
 *   void eachLyncClientHasForwardSecrecyOrIsListed(ClientProfile client, Negotiation negotiation) {
 *     if (negotiation instanceof Connected c && !c.cipherSuite().isForwardSecret()) {
 *       assertThat(WITHOUT_FORWARD_SECRECY).contains(client.id());
 *     }
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ForEachClientExtension.class)
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface ForEachClient {

  /** Client ids or aliases, e.g. {@code "LPE-CE6"}. */
  String[] value() default {};

  /** Client tags, e.g. {@code "lync"}: every client carrying one. */
  String[] tags() default {};
}
