package dev.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --threads}: how many threads decode and validate the lines of an NDJSON input. By
 * default one for inputs under {@value #LARGE} bytes and every core for larger ones: a short run
 * spends most of its time with cold code, and extra threads then only compete with the JIT
 * compiler; a long one is warm soon enough for more threads to pay off (measured on two cores:
 * 100,000 lines no faster, 1,000,000 lines 1.3 times as fast).
 */
final class ThreadsOption {
  /** From this size on, an input is read on every core unless told otherwise. */
  static final long LARGE = 64L << 20;

  @Option(names = "--threads", paramLabel = "N",
      description = "Decode and validate NDJSON lines on N threads, handed on in order (default:"
          + " every core for inputs of 64 MiB or more, else 1).")
  Integer threads;

  /** Refuses a count below one (exit 2) before anything is read. */
  void check() {
    if (threads != null && threads < 1) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "--threads must be at least 1, not "
          + threads);
    }
  }

  /** The thread count for a file. */
  int of(Path file) {
    check();
    if (threads != null) {
      return threads;
    }
    try {
      return Files.isRegularFile(file) && Files.size(file) >= LARGE
          ? Runtime.getRuntime().availableProcessors() : 1;
    } catch (IOException e) {
      return 1; // the input reports what is wrong with the file when it opens it
    }
  }
}
