package io.github.tlscompat.cli;

/**
 * The exit codes of the {@code tls-compat} command.
 *
 * <p>A CI job fails a build on {@link #EXPECTATION_FAILED}; every other failure has a code of its
 * own so that a typo or a crash is never mistaken for a compatibility finding. 70 is
 * {@code EX_SOFTWARE} from BSD {@code sysexits.h}.
 *
 * @since 0.1.0
 */
public final class ExitCodes {

  /** Every expectation holds (and commands that check nothing ran to completion). */
  public static final int OK = 0;

  /** An expectation failed: a client is cut off where it must not be. */
  public static final int EXPECTATION_FAILED = 1;

  /** Bad input: an unknown subcommand, option or value, or no subcommand at all. */
  public static final int USAGE = 2;

  /** An internal error: a bug in tls-compat, reported with its stack trace. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {}
}
