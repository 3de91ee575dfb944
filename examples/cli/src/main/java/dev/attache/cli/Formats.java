package dev.attache.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the tool reads and writes, told by option or by file name. */
enum Formats {
  JSON, NDJSON, CSV;

  static Formats of(String option, Path file, String what) {
    if (option != null) {
      try {
        return valueOf(option.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE_OR_IO, "unknown format '" + option
            + "': expected json, ndjson or csv");
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    throw new CliException(ExitCodes.USAGE_OR_IO, "cannot tell the format of '" + file
        + "' from its name: use " + what);
  }
}
