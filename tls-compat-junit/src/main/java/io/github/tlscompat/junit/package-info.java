/**
 * The JUnit Jupiter extension, annotations and AssertJ assertions that fail a build when a server
 * policy would cut off a client a test requires.
 *
 * <p>This release ships the package without types yet; the module exists so that its coordinates
 * and the BOM are stable from the first release.
 */
package io.github.tlscompat.junit;
