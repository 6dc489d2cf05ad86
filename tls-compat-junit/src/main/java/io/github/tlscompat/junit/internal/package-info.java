/**
 * Internal support of the harness, shared by its extensions and its AssertJ assertions.
 *
 * <p><strong>DO NOT USE THESE CLASSES.</strong> They are public only so that
 * {@code io.github.tlscompat.junit} and {@code io.github.tlscompat.junit.assertj} can share them;
 * they change without notice.
 */
package io.github.tlscompat.junit.internal;
