/**
 * AssertJ assertions for the tls-compat model: start with
 * {@link io.github.tlscompat.junit.assertj.TlsCompatAssertions#assertThat}, or collect failures with
 * {@link io.github.tlscompat.junit.assertj.TlsCompatSoftAssertions}. A refusal fails with the same
 * text as {@code @RequiresClient}.
 */
package io.github.tlscompat.junit.assertj;
