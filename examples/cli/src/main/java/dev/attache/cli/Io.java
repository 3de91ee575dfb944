package dev.attache.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: the raw standard output (for data), the same as text, and standard error
 * (for problems, progress and messages). Tests give their own streams.
 */
final class Io {
  final OutputStream out;
  final PrintWriter text;
  final PrintWriter err;
  final boolean interactive;

  Io(OutputStream out, OutputStream err, boolean interactive) {
    this.out = out;
    this.text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.interactive = interactive;
  }

  void flush() {
    text.flush();
    err.flush();
  }
}
