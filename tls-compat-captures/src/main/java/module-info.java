/**
 * Captured ClientHello bytes of the built-in tls-compat clients, from testssl.sh (GPL-2.0): data
 * only, under {@code META-INF/tls-compat/captures/v1/}, which no module encapsulates.
 *
 * <p>Nothing requires this module: on the module path, add it to the graph with
 * {@code requires io.github.tlscompat.captures} or {@code --add-modules io.github.tlscompat.captures}
 * for {@code Catalog.capturedClientHello} to find the captures.
 *
 * @since 0.1.0
 */
module io.github.tlscompat.captures {
}
