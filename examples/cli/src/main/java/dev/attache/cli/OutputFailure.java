package dev.attache.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A write that failed: a full disk, a closed pipe, a device error. It names where the tool was
 * writing, so the message can say which output failed; the tool exits with status 2, or quietly
 * when the reader of standard output has gone away.
 */
final class OutputFailure extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final String where;

  OutputFailure(String where, IOException cause) {
    super("cannot write " + where + ": " + Io.reason(cause), cause);
    this.where = where;
  }

  /** Where the tool was writing: a quoted file name or {@code standard output}. */
  String where() {
    return where;
  }

  /**
   * True if the reader of a pipe has gone away ({@code attache generate … | head}): the JVM
   * ignores SIGPIPE, so the write fails with this error instead of the signal ending the tool.
   */
  boolean isClosedPipe() {
    String message = getCause().getMessage();
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("broken pipe") || lower.contains("pipe is being closed")
        || lower.contains("pipe has been ended");
  }
}
