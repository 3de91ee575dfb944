package dev.attache.spark;

import dev.attache.internal.Texts;

/**
 * A run the job refuses before it starts, for a reason its message says in one line: an output
 * that exists, an input that does not, an output inside an input. Exit status 2, as a usage error.
 */
final class Refused extends Exception {
  private static final long serialVersionUID = 1L;

  Refused(String message) {
    super(message);
  }

  /** A path as the user gave it, quoted, on one line whatever it holds. */
  static String quote(String path) {
    return "'" + Texts.printable(path) + "'";
  }
}
