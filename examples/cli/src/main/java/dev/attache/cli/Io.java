package dev.attache.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: standard output for data, as bytes and as text, and standard error for
 * problems, progress and messages. Tests give their own streams. A failed write to standard
 * output is an {@link OutputFailure}, never a silently lost line.
 */
final class Io {
  static final String STANDARD_OUTPUT = "standard output";

  final GuardedOutput out;
  final PrintWriter text;
  final PrintWriter err;
  final boolean interactive;

  Io(OutputStream out, OutputStream err, boolean interactive) {
    this.out = new GuardedOutput(out, STANDARD_OUTPUT);
    this.text = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.interactive = interactive;
  }

  /** Writes out what is buffered for standard output; a failure is an {@link OutputFailure}. */
  void flush() {
    text.flush();
    out.flush();
    err.flush();
  }

  /** What went wrong with a file, for a message: the system's words, or the exception's name. */
  static String reason(IOException e) {
    String message;
    if (e instanceof java.nio.file.NoSuchFileException) {
      message = "no such file or directory";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      message = "permission denied";
    } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
      message = "it exists";
    } else if (e instanceof java.nio.file.FileSystemException fs) {
      message = fs.getReason();
    } else {
      message = e.getMessage();
    }
    return Printable.of(message == null ? e.getClass().getSimpleName() : message);
  }
}
