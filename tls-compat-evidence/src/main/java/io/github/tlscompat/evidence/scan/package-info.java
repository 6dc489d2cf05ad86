/**
 * Scans a live server into a {@link io.github.tlscompat.core.model.ServerPolicy}: crafted
 * ClientHellos sent to the one host named ({@link io.github.tlscompat.evidence.scan.ServerScan}),
 * their answers read as a policy the model can simulate, diff and remedy, each field marked
 * measured or assumed, with what no probe settled said in words
 * ({@link io.github.tlscompat.evidence.scan.ScanResult}).
 *
 * @since 0.1.0
 */
package io.github.tlscompat.evidence.scan;
