/**
 * Reading the cipher configuration of servers built on OpenSSL: cipher strings such as
 * {@code HIGH:!aNULL:!MD5} ({@link io.github.tlscompat.core.cipherstring.OpenSslCipherString}) and
 * the separate TLS 1.3 ciphersuites list, turned into the ordered suites the server offers.
 *
 * @since 0.1.0
 */
package io.github.tlscompat.core.cipherstring;
