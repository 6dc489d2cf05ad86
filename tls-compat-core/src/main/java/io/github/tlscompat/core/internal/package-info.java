/**
 * Implementation support for tls-compat-core. Not API: nothing here is exported, and anything may
 * change or disappear in any release.
 */
package io.github.tlscompat.core.internal;
