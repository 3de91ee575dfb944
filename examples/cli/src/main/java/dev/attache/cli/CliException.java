package dev.attache.cli;

/** A failure the user can act on: a message and an exit status, never a stack trace. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }
}
