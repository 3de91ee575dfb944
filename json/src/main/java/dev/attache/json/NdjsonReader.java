package dev.attache.json;

import dev.attache.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads an NDJSON stream of format 1 one line at a time, in memory that does not grow with the
 * stream: each line is parsed on its own, within the limits, and yields its entity or its
 * problems; a bad line never stops the lines after it.
 *
 * <p>Blank lines are skipped. The first non-blank line may be a header,
 * {@code {"format":"attache/1"}}: an object with a {@code format} and no {@code type} (a line with
 * a {@code type} is always read as an entity); a header anywhere else is a {@code json.format}
 * problem. Properties of the header this version does not know are problems, or in lenient mode
 * kept ({@link #headerUnknown()}). A line
 * longer than the limit is {@code json.line.length}; two values on one line ({@code {}{}}) are
 * {@code json.trailing}. A read error of the underlying stream is an {@link UncheckedIOException}.
 * Not thread-safe; close it to close the stream.
 *
 * <p>Made with more than one thread ({@link AttacheJson#ndjsonReader(InputStream, int)}), it reads
 * ahead: after the first line, lines are cut into batches (at most {@value #BATCH_LINES} lines or
 * {@value #BATCH_BYTES} bytes) that worker threads decode and validate while the caller takes the
 * lines before them; at most two batches a thread are held, so memory stays flat. The lines, their
 * entities, problems and numbers are exactly those of a reader with one thread, in the same order.
 */
public final class NdjsonReader implements Iterator<NdjsonLine>, AutoCloseable {
  private final InputStream stream;
  private final LineReader lines;
  private final ObjectReader reader;
  private final boolean lenient;
  private final boolean validate;
  private final int maxLineLength;
  private NdjsonLine next;
  private boolean hasHeader;
  private final Map<String, JsonNode> headerUnknown = new LinkedHashMap<>();
  private boolean seenContent;
  private long entities;
  private long invalidLines;

  static final int BATCH_LINES = 512;
  static final int BATCH_BYTES = 1 << 20;
  private final int threads;
  /** Batches handed to the workers, in stream order; only with more than one thread. */
  private final ArrayDeque<Future<NdjsonLine[]>> inFlight = new ArrayDeque<>();
  private ThreadPoolExecutor workers;
  private NdjsonLine[] batch;
  private int inBatch;
  private boolean exhausted;

  NdjsonReader(InputStream stream, ObjectReader reader, boolean lenient, boolean validate,
      int maxLineLength, int threads) {
    this.stream = stream;
    this.lines = new LineReader(stream, maxLineLength);
    this.reader = reader;
    this.lenient = lenient;
    this.validate = validate;
    this.maxLineLength = maxLineLength;
    this.threads = threads;
  }

  /**
   * Whether there is another line, with an entity or problems; reads ahead to it, skipping blank
   * lines and a good header.
   *
   * @return true if there is another line
   * @throws UncheckedIOException if reading the stream fails
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  /**
   * The next line, with its entity or its problems.
   *
   * @return the next line, not null
   * @throws NoSuchElementException if there is no other line
   * @throws UncheckedIOException if reading the stream fails
   */
  @Override
  public NdjsonLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NdjsonLine line = next;
    next = null;
    return line;
  }

  /**
   * The lines still to come, as a sequential stream; closing the stream closes this reader.
   *
   * @return a stream of the lines, in order, not null
   */
  public Stream<NdjsonLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /**
   * How many entities were read so far.
   *
   * @return the number of lines read so far that had an entity
   */
  public long entityCount() {
    return entities;
  }

  /**
   * How many non-blank lines had problems so far.
   *
   * @return the number of lines read so far that had problems
   */
  public long invalidLineCount() {
    return invalidLines;
  }

  private NdjsonLine advance() {
    try {
      // the first line may be a header, which changes what the reader knows: read it here
      if (threads > 1 && seenContent) {
        return advanceAhead();
      }
      while (lines.next()) {
        if (lines.isTooLong()) {
          seenContent = true; // a line was there: a header can no longer follow
          return count(tooLong(lines.number()));
        }
        if (lines.isBlank()) {
          continue;
        }
        boolean firstContent = !seenContent;
        seenContent = true;
        NdjsonLine line = parse(lines.bytes(), lines.length(), lines.number(), firstContent);
        if (line != null) {
          return count(line);
        }
        if (threads > 1) {
          return advanceAhead(); // a good header: the rest goes to the workers
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private NdjsonLine tooLong(long number) {
    return new NdjsonLine(number, Optional.empty(), List.of(
        Problem.builder().pointer("").code("json.line.length")
            .message("the line is longer than " + maxLineLength + " bytes")
            .line(number).column(1).build()));
  }

  /** The next line from the batches the workers decode, keeping them supplied. */
  private NdjsonLine advanceAhead() throws IOException {
    while (true) {
      if (batch != null && inBatch < batch.length) {
        NdjsonLine line = batch[inBatch];
        batch[inBatch++] = null; // handed on: not held by the reader any longer
        if (line != null) {
          return count(line);
        }
        continue;
      }
      // the workers keep two batches a thread: while the caller takes this one, the rest go on
      supply();
      Future<NdjsonLine[]> head = inFlight.poll();
      if (head == null) {
        return null;
      }
      batch = await(head);
      inBatch = 0;
    }
  }

  /** Cuts batches of lines and hands them to the workers, up to two a thread in flight. */
  private void supply() throws IOException {
    while (!exhausted && inFlight.size() < 2 * threads) {
      long[] numbers = new long[BATCH_LINES];
      byte[][] texts = new byte[BATCH_LINES][];
      int count = 0;
      long bytes = 0;
      while (count < BATCH_LINES && bytes < BATCH_BYTES) {
        if (!lines.next()) {
          exhausted = true;
          break;
        }
        boolean tooLong = lines.isTooLong();
        if (!tooLong && lines.isBlank()) {
          continue;
        }
        numbers[count] = lines.number();
        // a line too long keeps no bytes: its problem is all there is to say
        texts[count] = tooLong ? null : Arrays.copyOf(lines.bytes(), lines.length());
        bytes += tooLong ? 0 : lines.length();
        count++;
      }
      if (count == 0) {
        return;
      }
      int size = count;
      inFlight.add(workers().submit(() -> {
        NdjsonLine[] decoded = new NdjsonLine[size];
        for (int i = 0; i < size; i++) {
          decoded[i] = texts[i] == null ? tooLong(numbers[i])
              : parse(texts[i], texts[i].length, numbers[i], false);
        }
        return decoded;
      }));
    }
  }

  private ThreadPoolExecutor workers() {
    if (workers == null) {
      AtomicInteger made = new AtomicInteger();
      // daemon threads that end when idle: a reader never closed keeps nothing alive
      workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "attache-ndjson-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
      workers.allowCoreThreadTimeOut(true);
    }
    return workers;
  }

  /** The decoded batch; what failed in a worker fails here, as it would have read in one thread. */
  private static NdjsonLine[] await(Future<NdjsonLine[]> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for lines");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
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

  /**
   * The entity or problems of a line; null for a good header. Changes the reader only for the
   * first line (its header), so the lines after it may be parsed on any thread.
   */
  private NdjsonLine parse(byte[] bytes, int length, long number, boolean firstContent) {
    ProblemLog problems = new ProblemLog();
    DecodedEntity entity = null;
    JsonParser parser;
    try {
      // JSON detects UTF-16 and UTF-32 from zero bytes; a line of an NDJSON stream is UTF-8
      parser = reader.createParser(bytes, 0, length);
    } catch (JacksonException e) {
      return new NdjsonLine(number, Optional.empty(),
          List.of(Reading.failure(e, "", number - 1).withLine(number).withColumn(1)));
    }
    try (parser) {
      Decoder in = new Decoder(parser, lenient, problems, "", number - 1, null);
      try {
        in.next();
        if (isHeader(bytes, length)) {
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
    return new NdjsonLine(number, Optional.ofNullable(entity), onLine(problems.list(), number));
  }

  /**
   * Every problem of a line carries its number, also those of a failure without a location
   * (some of Jackson's limits): a reader of the report must find the line.
   */
  private static List<Problem> onLine(List<Problem> problems, long number) {
    for (Problem problem : problems) {
      if (problem.getLine().isEmpty()) {
        return problems.stream().map(p -> p.getLine().isPresent() ? p
            : p.withLine(number).withColumn(1)).toList();
      }
    }
    return problems;
  }

  private static final byte[] FORMAT = "\"format\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] TYPE_FIRST =
      "{\"type\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * True if the line is a header: an object with a {@code format} property and no {@code type}.
   * Anything with a {@code type} is an entity, whatever else it holds, so no entity can be taken
   * for a header and vanish. A line that starts with a {@code type}, as every entity written in
   * the canonical form does, costs one comparison; most others never mention {@code "format"}
   * and cost one byte scan.
   */
  boolean isHeader(byte[] line, int length) {
    if (startsWith(line, length, TYPE_FIRST) || !contains(line, length, FORMAT)) {
      return false;
    }
    try (JsonParser names = reader.createParser(line, 0, length)) {
      if (names.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean format = false;
      while (names.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = names.currentName();
        if (name.equals("type")) {
          return false;
        }
        format |= name.equals("format");
        names.nextToken();
        names.skipChildren();
      }
      return format;
    } catch (JacksonException e) {
      return false; // broken: reported when the line is read as an entity
    }
  }

  private static boolean startsWith(byte[] line, int length, byte[] part) {
    return length >= part.length
        && Arrays.equals(line, 0, part.length, part, 0, part.length);
  }

  private static boolean contains(byte[] line, int length, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (line[i + k] != part[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private void header(Decoder in, boolean firstContent) {
    if (!firstContent) {
      in.problem("json.format", "a header may only be the first line of a stream");
      in.skip();
      return;
    }
    hasHeader = true;
    boolean format = false;
    Decoder.TreeBudget budget = new Decoder.TreeBudget();
    int count = 0;
    for (String name; (name = in.nextProperty()) != null; ) {
      if (in.tooManyProperties(++count)) {
        in.pop();
        break;
      }
      if (name.equals("format") && !format) {
        format = true;
        Documents.checkFormat(in);
      } else if (name.equals("entities")) {
        in.problem("json.format", "the line is a whole document: a stream has one entity per line"
            + " (read the document as one, not as a stream)");
        in.skip();
      } else if (name.equals("format") || headerUnknown.containsKey(name)) {
        in.duplicate(name);
      } else if (lenient) {
        JsonNode value = in.readTree(budget);
        if (value != null) {
          headerUnknown.put(name, value);
        }
      } else {
        in.problem("json.property.unknown", "unknown property '" + name + "' in the header");
        in.skip();
      }
      in.pop();
    }
  }

  /**
   * True if the stream began with a header line; known once the first line has been read.
   *
   * @return true if the first non-blank line was a header
   */
  public boolean hasHeader() {
    return hasHeader;
  }

  /**
   * The properties of the header this version does not know (lenient mode; in strict mode they
   * are problems), in the order read: pass them to
   * {@link AttacheJson#ndjsonWriterWithHeader(java.io.OutputStream, Map)} to write them back. Known once the
   * first line has been read; unmodifiable.
   *
   * @return the unknown properties of the header, by name, not null
   */
  public Map<String, JsonNode> headerUnknown() {
    return Collections.unmodifiableMap(headerUnknown);
  }

  /**
   * Closes the stream.
   *
   * @throws UncheckedIOException if closing the stream fails
   */
  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
      inFlight.clear();
    }
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
