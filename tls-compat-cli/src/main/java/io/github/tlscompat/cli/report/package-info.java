/**
 * Reports for people: {@link io.github.tlscompat.cli.report.HtmlReport} renders a compatibility
 * matrix as one self-contained HTML page.
 *
 * <p>Nothing in this package is null unless documented.
 */
package io.github.tlscompat.cli.report;
