package dev.attache.cli;

import dev.attache.internal.Texts;
import java.nio.file.Path;

/**
 * What the tool prints of its input: file names and texts from the data, made into one safe line
 * each (control characters, line and paragraph separators and bidirectional controls escaped), so
 * that no input can forge or reorder a line of a report, a problem list or a message.
 */
final class Printable {
  private Printable() {}

  /** A text of the data, made safe to print. */
  static String of(Object text) {
    return Texts.printable(String.valueOf(text));
  }

  /** A file name, quoted and made safe to print: {@code 'data.ndjson'}. */
  static String quote(Path file) {
    return "'" + of(file) + "'";
  }
}
