package dev.attache.cli;

/** The exit statuses of the tool. */
final class ExitCodes {
  /** Everything valid, everything done. */
  static final int OK = 0;
  /** The data has problems (validate, convert). */
  static final int PROBLEMS = 1;
  /** A usage error or an I/O error: a missing file, an output that exists, a bad option. */
  static final int USAGE_OR_IO = 2;
  /** A bug of the tool itself; {@code --verbose} shows its stack trace. */
  static final int INTERNAL = 3;
  /**
   * The reader of standard output went away ({@code attache generate … | head}): the tool stops at
   * once and quietly, with the status a shell reports for a program ended by SIGPIPE (128 + 13).
   */
  static final int CLOSED_PIPE = 141;

  private ExitCodes() {}
}
