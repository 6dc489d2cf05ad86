package io.github.tlscompat.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @EmulatedServer} injects a real TLS server on 127.0.0.1 that behaves as a server profile
 * says, so that you test your own <em>client</em> code against, say, Office 365 after TLS 1.0 was
 * turned off: the parameter must be a {@link TlsServer}.
 *
 * <h2>The server</h2>
 *
 * <p>{@link #value()} is a server id or alias of the catalog (built-in plus
 * {@link TlsProfiles @TlsProfiles}). The server is the Bouncy Castle emulation of that policy
 * ({@code io.github.tlscompat.evidence.handshake.EmulatedServer}) on an ephemeral port, with a fresh
 * certificate for {@code localhost} and {@code 127.0.0.1} of the kind the policy holds. Trust it
 * through {@link TlsServer#trustStore()} or {@link TlsServer#clientContext()}. After a handshake it
 * answers one request with {@code HTTP/1.0 200 OK} and a body naming the version and suite, then
 * closes the connection.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>A server is started for each parameter when it is resolved and closed when the scope of the
 * method ends: after the test for a test method, after the class for a {@code @BeforeAll} method.
 * Each handshake is recorded ({@link TlsServer#connections()}), and after each test one report
 * entry ({@code tls-compat.emulated.<id>}) lists what each connection negotiated.
 *
 * <h2>Misuse</h2>
 *
 * <p>A parameter of another type, an id the catalog lacks (the message names the closest ids), or a
 * policy Bouncy Castle cannot serve fails with a {@code ParameterResolutionException} saying so.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * class MailClientTests {
 *
 *   @Test
 *   void connectsToOffice365AfterTls10WasTurnedOff(@EmulatedServer("office365-2020-10") TlsServer server)
 *       throws Exception {
 *     MailClient client = new MailClient(server.uri(), server.clientContext());
 *
 *     client.login("user", "secret");
 *
 *     ServedConnection c = server.awaitConnections(1, Duration.ofSeconds(5)).get(0);
 *     assertThat(c.result().negotiation()).get().hasToString("CONNECTED TLSv1.2 ...");
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EmulatedServerExtension.class)
@API(status = EXPERIMENTAL, since = "0.1.0")
public @interface EmulatedServer {

  /** The server profile's id or alias, e.g. {@code "office365-2020-10"}. */
  String value();
}
