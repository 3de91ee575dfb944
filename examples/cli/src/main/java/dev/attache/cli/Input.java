package dev.attache.cli;

import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import dev.attache.json.DocumentResult;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.validation.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * An input file, a document or an NDJSON stream, read entity by entity in flat memory. It hands on
 * each good entity and each problem and counts them; what the file holds besides its entities (a
 * stream's header, a document's own properties) is known before the entities are read, so that a
 * conversion can write it first. An input that cannot be read is an I/O error (exit 2), never a
 * data problem.
 */
final class Input implements AutoCloseable {
  private final Path file;
  private final Formats format;
  private final AttacheJson json;
  private final InputStream stream;
  private NdjsonReader lines;
  private DocumentResult buffered;

  /** What reading the file found. */
  static final class Counts {
    long valid;
    long invalid;
    long problems;
    /** False if the input stopped before its end (a document cut short): nothing may be built on it. */
    boolean complete = true;
  }

  private Input(Path file, Formats format, AttacheJson json, InputStream stream) {
    this.file = file;
    this.format = format;
    this.json = json;
    this.stream = stream;
  }

  /**
   * Opens a file; for a stream, reads its first line, so that its header is known.
   *
   * @throws CliException (exit 2) if the file cannot be read or is not an input format
   */
  static Input open(Path file, Formats format, AttacheJson json) {
    return open(file, format, json, 1);
  }

  /**
   * Opens a file whose NDJSON lines, if it is a stream, are decoded on {@code threads} threads.
   *
   * @throws CliException (exit 2) if the file cannot be read or is not an input format
   */
  static Input open(Path file, Formats format, AttacheJson json, int threads) {
    if (format == Formats.CSV || format == Formats.FTM || format == Formats.FTM_STATEMENTS) {
      throw new CliException(ExitCodes.USAGE_OR_IO, Printable.quote(file) + ": "
          + format.name().toLowerCase(Locale.ROOT).replace('_', '-') + " is an output format");
    }
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot read " + Printable.quote(file)
          + ": it is a directory");
    }
    InputStream stream;
    try {
      stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, Printable.quote(file) + " does not exist", e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    Input input = new Input(file, format, json, stream);
    if (format == Formats.NDJSON) {
      input.lines = json.ndjsonReader(stream, threads);
      input.guard(() -> input.lines.hasNext());
    }
    return input;
  }

  private static CliException cannotRead(Path file, IOException e) {
    return new CliException(ExitCodes.USAGE_OR_IO, "cannot read " + Printable.quote(file) + ": "
        + Io.reason(e), e);
  }

  /** Runs a read; a failure of the input (not of an output written meanwhile) names the file. */
  private <T> T guard(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (OutputFailure e) {
      throw e; // a write that failed while entities were handed on: not a read error
    } catch (UncheckedIOException e) {
      throw cannotRead(file, e.getCause());
    }
  }

  /** The file, as given. */
  Path file() {
    return file;
  }

  /**
   * Reads a document whole, now, so that its own properties are known before its entities are
   * handed on; a stream needs no such step.
   */
  void buffer() {
    if (format == Formats.JSON && buffered == null) {
      buffered = guard(() -> json.readDocument(stream));
    }
  }

  /** True if the input is a stream that began with a header line. */
  boolean hasHeader() {
    return lines != null && lines.hasHeader();
  }

  /**
   * What the input holds besides its entities and this version does not know (lenient reading): a
   * stream's header properties, or a buffered document's own properties.
   */
  Map<String, JsonNode> properties() {
    if (lines != null) {
      return lines.headerUnknown();
    }
    if (buffered == null) {
      throw new IllegalStateException("a document's properties are known once it is buffered");
    }
    return buffered.unknown();
  }

  /** Reads the entities, handing on each good one and each problem. */
  Counts read(Consumer<DecodedEntity> entities, Consumer<Problem> problems) {
    Counts counts = new Counts();
    if (lines != null) {
      guard(() -> {
        while (lines.hasNext()) {
          NdjsonLine line = lines.next();
          if (line.entity().isPresent()) {
            counts.valid++;
            entities.accept(line.entity().get());
          } else {
            counts.invalid++;
          }
          counts.problems += line.problems().size();
          line.problems().forEach(problems);
        }
        return null;
      });
      return counts;
    }
    DocumentResult document;
    if (buffered != null) {
      document = buffered;
      document.decoded().forEach(entities);
      counts.valid = document.decoded().size();
    } else {
      document = guard(() -> json.readDocument(stream, entity -> {
        counts.valid++;
        entities.accept(entity);
      }));
    }
    counts.invalid = document.invalidCount();
    counts.problems = document.problemCount();
    counts.complete = document.complete();
    document.problems().forEach(problems);
    return counts;
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // read to its end, or failed already: nothing more to report
    }
  }

  /**
   * A problem as one line: {@code FILE:LINE: /pointer code: message}; LINE is 0 for a problem
   * with no place in the text, so that every line splits the same way.
   */
  static String line(Path file, Problem problem) {
    return Printable.of(file) + ":"
        + (problem.getLine().isPresent() ? problem.getLine().getAsLong() : 0) + ": "
        + (problem.getPointer().isEmpty() ? "/" : Printable.of(problem.getPointer())) + " "
        + problem.getCode() + ": " + problem.getMessage();
  }
}
