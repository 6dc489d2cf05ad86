/**
 * Paths through proxies: a client, the hops its connection crosses and the server it reaches,
 * evaluated leg by leg with the negotiation engine.
 */
package io.github.tlscompat.core.path;
