/**
 * Remedies: the smallest server policy changes that re-admit a refused client.
 */
package io.github.tlscompat.core.remedy;
