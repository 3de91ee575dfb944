package dev.attache.cli;

import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import dev.attache.json.DocumentWriter;
import dev.attache.json.NdjsonWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The file formats the tool reads and writes, told by option or by file name. */
enum Formats {
  JSON, NDJSON, CSV,
  /** FollowTheMoney entities, NDJSON: an output only, asked for with {@code --to ftm}. */
  FTM,
  /** FollowTheMoney statements, CSV: an output only, {@code --to ftm-statements}. */
  FTM_STATEMENTS;

  static Formats of(String option, Path file, String what) {
    if (option != null) {
      try {
        return valueOf(option.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE_OR_IO, "unknown format '" + Printable.of(option)
            + "': expected json, ndjson, csv, ftm or ftm-statements");
      }
    }
    if (file == null || file.getFileName() == null) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot tell the format of "
          + Printable.quote(file) + ": use " + what);
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
    throw new CliException(ExitCodes.USAGE_OR_IO, "cannot tell the format of "
        + Printable.quote(file) + " from its name: use " + what);
  }

  /**
   * This format, if it is attache's own JSON (a document or NDJSON), which is all a command that
   * makes entities writes; the others come from {@code convert}.
   */
  Formats requireAttacheJson(String command) {
    if (this != JSON && this != NDJSON) {
      throw new CliException(ExitCodes.USAGE_OR_IO, command + " writes json or ndjson; use"
          + " convert for " + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return this;
  }

  /**
   * Writes entities to a stream as a document or as NDJSON (with a header line if asked): the
   * body is given where to put each entity, and its result is returned. The stream stays open.
   */
  <R> R write(AttacheJson json, OutputStream stream, boolean header,
      Function<Consumer<DecodedEntity>, R> body) {
    switch (this) {
      case JSON -> {
        try (DocumentWriter writer = json.documentWriter(stream)) {
          return body.apply(writer::write);
        }
      }
      case NDJSON -> {
        try (NdjsonWriter writer = header ? json.ndjsonWriterWithHeader(stream)
            : json.ndjsonWriter(stream)) {
          return body.apply(writer::write);
        }
      }
      default -> throw new IllegalStateException(this + " is written by its own sink");
    }
  }
}
