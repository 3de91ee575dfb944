package dev.attache.json;

import dev.attache.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;

/**
 * Reads an NDJSON stream of format 1 one line at a time, in memory that does not grow with the
 * stream: each line is parsed on its own, within the limits, and yields its entity or its
 * problems; a bad line never stops the lines after it.
 *
 * <p>Blank lines are skipped. The first non-blank line may be a header,
 * {@code {"format":"attache/1"}}; a header anywhere else is a {@code json.format} problem. A line
 * longer than the limit is {@code json.line.length}; two values on one line ({@code {}{}}) are
 * {@code json.trailing}. A read error of the underlying stream is an {@link UncheckedIOException}.
 * Not thread-safe; close it to close the stream.
 */
public final class NdjsonReader implements Iterator<NdjsonLine>, AutoCloseable {
  private final InputStream stream;
  private final LineReader lines;
  private final ObjectReader reader;
  private final boolean lenient;
  private final boolean validate;
  private final int maxLineLength;
  private NdjsonLine next;
  private boolean seenContent;
  private long entities;
  private long invalidLines;

  NdjsonReader(InputStream stream, ObjectReader reader, boolean lenient, boolean validate,
      int maxLineLength) {
    this.stream = stream;
    this.lines = new LineReader(stream, maxLineLength);
    this.reader = reader;
    this.lenient = lenient;
    this.validate = validate;
    this.maxLineLength = maxLineLength;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public NdjsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NdjsonLine line = next;
    next = null;
    return line;
  }

  /** The lines still to come, as a sequential stream; closing the stream closes this reader. */
  public Stream<NdjsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** How many entities were read so far. */
  public long entityCount() {
    return entities;
  }

  /** How many non-blank lines had problems so far. */
  public long invalidLineCount() {
    return invalidLines;
  }

  private NdjsonLine advance() {
    try {
      while (lines.next()) {
        if (lines.isTooLong()) {
          return count(new NdjsonLine(lines.number(), Optional.empty(), List.of(
              Problem.builder().pointer("").code("json.line.length")
                  .message("the line is longer than " + maxLineLength + " bytes")
                  .line(lines.number()).column(1).build())));
        }
        if (lines.isBlank()) {
          continue;
        }
        NdjsonLine line = parse();
        if (line != null) {
          return count(line);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private NdjsonLine count(NdjsonLine line) {
    if (line.entity().isPresent()) {
      entities++;
    } else {
      invalidLines++;
    }
    return line;
  }

  /** The entity or problems of the current line; null for a good header. */
  private NdjsonLine parse() {
    long number = lines.number();
    boolean firstContent = !seenContent;
    seenContent = true;
    List<Problem> problems = new ArrayList<>(0);
    DecodedEntity entity = null;
    JsonParser parser;
    try {
      // JSON detects UTF-16 and UTF-32 from zero bytes; a line of an NDJSON stream is UTF-8
      parser = reader.createParser(lines.bytes(), 0, lines.length());
    } catch (JacksonException e) {
      return new NdjsonLine(number, Optional.empty(),
          List.of(Reading.failure(e, "", number - 1).withLine(number).withColumn(1)));
    }
    try (parser) {
      Decoder in = new Decoder(parser, lenient, problems, "", number - 1, null);
      try {
        in.next();
        if (isHeader(lines.bytes(), lines.length())) {
          header(in, firstContent);
        } else {
          entity = Reading.entity(in, validate);
        }
        if (problems.isEmpty() && in.next() != null) {
          in.problem("json.trailing", "the line holds more than one JSON value");
          entity = null;
        }
      } catch (JacksonException e) {
        problems.add(Reading.failure(e, in.failurePointer(), number - 1));
        entity = null;
      }
    }
    if (entity == null && problems.isEmpty()) {
      return null; // a good header
    }
    return new NdjsonLine(number, Optional.ofNullable(entity), problems);
  }

  private static final byte[] FORMAT = "\"format\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** True if the line is an object whose first property is {@code "format"}, by its bytes. */
  static boolean isHeader(byte[] line, int length) {
    int i = skipSpace(line, 0, length);
    if (i >= length || line[i] != '{') {
      return false;
    }
    i = skipSpace(line, i + 1, length);
    if (length - i < FORMAT.length) {
      return false;
    }
    for (int k = 0; k < FORMAT.length; k++) {
      if (line[i + k] != FORMAT[k]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(byte[] line, int from, int length) {
    int i = from;
    while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
      i++;
    }
    return i;
  }

  private void header(Decoder in, boolean firstContent) {
    in.next(); // "format"
    in.next();
    in.push("format");
    Documents.checkFormat(in);
    in.pop();
    if (!firstContent) {
      in.problem("json.format", "a header may only be the first line of a stream");
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (!lenient) {
        in.problem("json.property.unknown", "unknown property '" + name + "' in the header");
      }
      in.skip();
      in.pop();
    }
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
