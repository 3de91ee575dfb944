package dev.attache.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose failures cannot be missed: every {@link IOException} becomes an
 * {@link OutputFailure} naming the output. {@link java.io.PrintStream} and
 * {@link java.io.PrintWriter} swallow {@code IOException}s and only set a flag; an unchecked
 * failure passes through them, so a full disk or a closed pipe ends the command at the first
 * write that fails.
 */
final class GuardedOutput extends FilterOutputStream {
  private final String where;

  GuardedOutput(OutputStream out, String where) {
    super(out);
    this.where = where;
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new OutputFailure(where, e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new OutputFailure(where, e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputFailure(where, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new OutputFailure(where, e);
    }
  }
}
