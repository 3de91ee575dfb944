package dev.attache.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --input-format}: how to read the input files, when their extensions do not tell. */
final class InputFormatOption {
  @Option(names = "--input-format", paramLabel = "json|ndjson",
      description = "The format of the input (default: by its file's extension).")
  String name;

  /** The format of a file: the one asked for, else the one its extension names. */
  Formats of(Path file) {
    return Formats.of(name, file, "--input-format json|ndjson");
  }
}
