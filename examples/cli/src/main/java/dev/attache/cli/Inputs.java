package dev.attache.cli;

import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import dev.attache.json.DocumentResult;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the entities of a file, a document or an NDJSON stream (streamed in flat memory), handing
 * on each good entity and each problem, and counting valid and invalid entities.
 */
final class Inputs {
  private Inputs() {}

  /** What reading a file found. */
  static final class Counts {
    long valid;
    long invalid;
    long problems;
  }

  static Counts read(Path file, Formats format, AttacheJson json,
      Consumer<DecodedEntity> entities, Consumer<Problem> problems) {
    Counts counts = new Counts();
    try (InputStream in = Files.newInputStream(file)) {
      if (format == Formats.NDJSON) {
        try (NdjsonReader reader = json.ndjsonReader(in)) {
          while (reader.hasNext()) {
            NdjsonLine line = reader.next();
            if (line.entity().isPresent()) {
              counts.valid++;
              entities.accept(line.entity().get());
            } else {
              counts.invalid++;
            }
            line.problems().forEach(p -> {
              counts.problems++;
              problems.accept(p);
            });
          }
        }
      } else if (format == Formats.JSON) {
        DocumentResult document = json.readDocument(in);
        document.entities().forEach(entities);
        counts.valid = document.entities().size();
        Set<String> invalid = new HashSet<>();
        for (Problem problem : document.problems()) {
          counts.problems++;
          String pointer = problem.getPointer();
          if (pointer.startsWith("/entities/")) {
            int end = pointer.indexOf('/', "/entities/".length());
            invalid.add(end < 0 ? pointer : pointer.substring(0, end));
          }
          problems.accept(problem);
        }
        counts.invalid = invalid.size();
      } else {
        throw new CliException(ExitCodes.USAGE_OR_IO, "'" + file + "': CSV is an output format");
      }
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "'" + file + "' does not exist", e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot read '" + file + "': " + e.getMessage(),
          e);
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot read '" + file + "': "
          + e.getCause().getMessage(), e);
    }
    return counts;
  }

  /** A problem as one line: {@code FILE:LINE: /pointer code: message}. */
  static String line(Path file, Problem problem) {
    return file + ":" + (problem.getLine().isPresent() ? problem.getLine().getAsLong() : 0) + ": "
        + (problem.getPointer().isEmpty() ? "/" : problem.getPointer()) + " " + problem.getCode()
        + ": " + problem.getMessage();
  }
}
