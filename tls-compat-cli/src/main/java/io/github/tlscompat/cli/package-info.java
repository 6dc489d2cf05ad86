/**
 * The {@code tls-compat} command line: {@link io.github.tlscompat.cli.TlsCompatCommand} and its
 * subcommands, built on picocli.
 *
 * <p>Exit codes are part of the interface (see {@link io.github.tlscompat.cli.ExitCodes}): scripts
 * and CI jobs branch on them, so 1 means only "a client is cut off" and never a crash.
 */
package io.github.tlscompat.cli;
