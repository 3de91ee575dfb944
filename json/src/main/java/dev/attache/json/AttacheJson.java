package dev.attache.json;

import dev.attache.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of attache, ready to use: documents, single entities and NDJSON streams of
 * format 1, with a configured mapper and the JSON Schema. Immutable and thread-safe; the
 * {@code with…} methods return configured copies.
 *
 * <p>Strict by default: unknown properties, duplicate keys, trailing content, coercions and nulls
 * are problems, and every decoded entity is validated. {@link #lenient()} keeps unknown
 * properties and writes them back unchanged. Every Jackson flag that matters here is set
 * explicitly, because Jackson 3 changed several defaults.
 */
public final class AttacheJson {
  /** The format of documents and stream headers written by this version. */
  public static final String FORMAT = "attache/1";

  private static final AttacheJson STRICT = new AttacheJson(false, true, JsonLimits.defaults());
  private static final AttacheJson LENIENT = new AttacheJson(STRICT, true);

  private final boolean lenient;
  private final boolean validate;
  private final JsonLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader reader;

  private AttacheJson(boolean lenient, boolean validate, JsonLimits limits) {
    this.lenient = lenient;
    this.validate = validate;
    this.limits = limits;
    this.mapper = mapper(limits, validate);
    // the codecs detect repeated keys themselves, report them and go on with the next property
    this.reader = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /** A copy that differs only in leniency, which the mapper does not depend on: it is shared. */
  private AttacheJson(AttacheJson other, boolean lenient) {
    this.lenient = lenient;
    this.validate = other.validate;
    this.limits = other.limits;
    this.mapper = other.mapper;
    this.reader = other.reader;
  }

  /**
   * The {@code type} that names a kind in the JSON form ({@code attache-posting}), which is also
   * the name of its definition in the JSON Schema.
   *
   * @param kind the kind, not null
   * @return the name of the kind in lower case, with hyphens for underscores, not null
   */
  public static String typeName(dev.attache.model.EntityKind kind) {
    return Entities.typeName(kind);
  }

  /**
   * Strict reading with validation and the default limits.
   *
   * @return the strict instance, shared, not null
   */
  public static AttacheJson strict() {
    return STRICT;
  }

  /**
   * Lenient reading: unknown properties are kept and written back; everything else as strict.
   *
   * @return the lenient instance, shared, not null
   */
  public static AttacheJson lenient() {
    return LENIENT;
  }

  /**
   * A copy that validates every decoded entity, as {@link #strict()} and {@link #lenient()} do.
   *
   * @return this instance if it already validates, else a copy with its own mapper
   */
  public AttacheJson withValidation() {
    return validate ? this : new AttacheJson(lenient, true, limits);
  }

  /**
   * A copy that does not validate decoded entities: an entity that decodes is accepted even if it
   * breaks a rule of the model (for data that is checked later, or known to be valid).
   *
   * @return this instance if it already does not validate, else a copy with its own mapper
   */
  public AttacheJson withoutValidation() {
    return validate ? new AttacheJson(lenient, false, limits) : this;
  }

  /**
   * A copy that reads within these limits.
   *
   * @param limits the limits, not null
   * @return a new instance with these limits and its own mapper, not null
   */
  public AttacheJson withLimits(JsonLimits limits) {
    return new AttacheJson(lenient, validate, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Whether unknown properties are kept (lenient) rather than reported as problems (strict).
   *
   * @return true if this instance reads leniently
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Whether decoded entities are validated.
   *
   * @return true if decoded entities are validated
   */
  public boolean isValidating() {
    return validate;
  }

  /**
   * The limits on what this instance reads.
   *
   * @return the limits, not null
   */
  public JsonLimits getLimits() {
    return limits;
  }

  /**
   * A mapper with the {@link AttacheModule} and every relevant flag set explicitly, for reading
   * and writing values of the model inside a user's own types. It validates as this instance does
   * ({@link #isValidating()}) but reads strictly whatever {@link #isLenient()} says: an unknown
   * property of a value of the model is a problem, thrown in a {@link JsonDecodingException}.
   *
   * @return the mapper of this instance, shared, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  private static JsonMapper mapper(JsonLimits limits, boolean validate) {
    JsonFactoryBuilder builder = JsonFactory.builder()
        .streamReadConstraints(limits.constraints())
        // messages never quote the input source
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .rootValueSeparator((String) null)
        // buffers kept per thread: no synchronised pool to pass through for every value
        .recyclerPool(JsonRecyclerPools.threadLocalPool());
    // plain JSON only: every syntax extension off (comments, single quotes, leading zeros,
    // NaN, trailing commas, hexadecimal numbers, …), including those a newer Jackson adds
    for (JsonReadFeature feature : JsonReadFeature.values()) {
      if (feature.name().startsWith("ALLOW_")) {
        builder.disable(feature);
      }
    }
    JsonFactory factory = builder.build();
    return JsonMapper.builder(factory)
        .addModule(validate ? new AttacheModule().withValidation() : new AttacheModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // the model is never read through default typing or class names
        .deactivateDefaultTyping()
        .build();
  }

  // ---------------------------------------------------------------- documents

  /**
   * Reads a document. Never throws for bad data: problems are in the result, which says whether
   * the document was read to its end ({@link DocumentResult#complete()}). The stream is not
   * closed.
   *
   * @param in the stream holding the document, not null
   * @return the entities and the problems of the document, not null
   * @throws UncheckedIOException if reading the stream fails
   */
  public DocumentResult readDocument(InputStream in) {
    return read(in, null);
  }

  /**
   * Reads a document, handing each good entity to {@code entities} as soon as it is read instead
   * of keeping it: a document of any size in flat memory. The result has every problem and no
   * entities. The stream is not closed.
   *
   * @param in the stream holding the document, not null
   * @param entities receives each good entity, in document order, not null
   * @return the problems of the document, with no entities, not null
   * @throws UncheckedIOException if reading the stream fails
   */
  public DocumentResult readDocument(InputStream in, Consumer<? super DecodedEntity> entities) {
    return read(in, Objects.requireNonNull(entities, "entities"));
  }

  /** Reads a document, keeping its entities when {@code entities} is null. */
  private DocumentResult read(InputStream in, Consumer<? super DecodedEntity> entities) {
    Objects.requireNonNull(in, "in");
    try (JsonParser parser = reader.createParser(in)) {
      return entities == null ? Documents.read(parser, lenient, validate)
          : Documents.read(parser, lenient, validate, entities::accept);
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    } catch (JacksonException e) { // the first bytes could not even start a parser
      return new DocumentResult(List.of(), List.of(Reading.failure(e, "", 0)), Map.of(), 1, 0,
          false);
    }
  }

  /**
   * Reads a document from its text; never throws for bad data.
   *
   * @param json the text of the document, not null
   * @return the entities and the problems of the document, not null
   */
  public DocumentResult readDocument(String json) {
    try (JsonParser parser = reader.createParser(json)) {
      return Documents.read(parser, lenient, validate);
    }
  }

  /**
   * Reads a document from a file; never throws for bad data.
   *
   * @param file the file holding the document, not null
   * @return the entities and the problems of the document, not null
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public DocumentResult readDocument(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document of these entities, in UTF-8. The stream is flushed, not closed.
   *
   * @param entities the entities, in the order to write them, not null and without null elements
   * @param out the stream to write to, not null
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void writeDocument(Collection<? extends Entity> entities, OutputStream out) {
    writeDecoded(entities.stream().map(DecodedEntity::of).toList(), Map.of(), out);
  }

  /**
   * The document of these entities, as text.
   *
   * @param entities the entities, in the order to write them, not null and without null elements
   * @return the JSON text of the document, not null
   */
  public String writeDocument(Collection<? extends Entity> entities) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeDocument(entities, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes what was read back, unknown properties included (the lossless path), in UTF-8.
   * Entities handed to a consumer while reading are not in the result, so they are not written.
   * The stream is flushed, not closed.
   *
   * @param document the document as read, not null
   * @param out the stream to write to, not null
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void writeDocument(DocumentResult document, OutputStream out) {
    writeDecoded(document.decoded(), document.unknown(), out);
  }

  /**
   * What was read, unknown properties included, written back as text.
   *
   * @param document the document as read, not null
   * @return the JSON text of the document, not null
   */
  public String writeDocument(DocumentResult document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeDocument(document, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void writeDecoded(List<DecodedEntity> entities, Map<String, JsonNode> unknown,
      OutputStream out) {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      Documents.write(generator, mapper, entities, unknown);
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
  }

  /**
   * A writer of one document, entity by entity, in flat memory; close it to end the document.
   *
   * @param out the stream to write to, in UTF-8, not null; the writer flushes it but never
   *     closes it
   * @return a new writer, not null
   */
  public DocumentWriter documentWriter(OutputStream out) {
    return documentWriter(out, Map.of());
  }

  /**
   * A writer of one document that also writes these document-level properties (those a lenient
   * reading kept, {@link DocumentResult#unknown()}), after the entities.
   *
   * @param out the stream to write to, in UTF-8, not null; the writer flushes it but never
   *     closes it
   * @param properties the document-level properties, by name, in the order to write them, not
   *     null
   * @return a new writer, not null
   * @throws IllegalArgumentException if a property is named {@code format}, {@code entities} or
   *     {@code type}, which would be read back as something else
   */
  public DocumentWriter documentWriter(OutputStream out, Map<String, JsonNode> properties) {
    return new DocumentWriter(out, mapper, properties);
  }

  // ---------------------------------------------------------------- single entities

  /**
   * One entity as a compact JSON object.
   *
   * @param entity the entity, not null
   * @return the JSON text of the entity, not null
   */
  public String write(Entity entity) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    write(entity, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * One entity as a compact JSON object in UTF-8, the text of {@link #write(Entity)} without
   * making a string of it. The stream is flushed, not closed.
   *
   * @param entity the entity, not null
   * @param out where the bytes go, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Entity entity, OutputStream out) {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      EntityCodec.INSTANCE.write(generator, entity);
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
  }

  /**
   * Reads one entity of the given type. In lenient mode unknown properties are accepted and
   * dropped; read a document or an NDJSON stream to keep them.
   *
   * @param <T> the type of the entity
   * @param json the JSON text of exactly one entity, not null
   * @param type the class of the entity, such as {@code Agreement.class}, or {@code Entity.class}
   *     for any kind, not null
   * @return the entity, not null
   * @throws JsonDecodingException with every problem if it is not a valid one (bad JSON, more
   *     after the entity and an entity of another type included)
   */
  public <T extends Entity> T read(String json, Class<T> type) {
    try (JsonParser parser = reader.createParser(json)) {
      return read(parser, type);
    }
  }

  /**
   * Reads one entity of the given type from UTF-8 bytes. In lenient mode unknown properties are
   * accepted and dropped.
   *
   * @param <T> the type of the entity
   * @param json the JSON of exactly one entity, in UTF-8, not null
   * @param type the class of the entity, such as {@code Agreement.class}, or {@code Entity.class}
   *     for any kind, not null
   * @return the entity, not null
   * @throws JsonDecodingException with every problem if it is not a valid one (bad JSON, more
   *     after the entity and an entity of another type included)
   */
  public <T extends Entity> T read(byte[] json, Class<T> type) {
    try (JsonParser parser = reader.createParser(json)) {
      return read(parser, type);
    }
  }

  private <T extends Entity> T read(JsonParser parser, Class<T> type) {
    ProblemLog problems = new ProblemLog();
    Decoder in = new Decoder(parser, lenient, problems, "", 0, null);
    try {
      in.next();
      DecodedEntity entity = Reading.entity(in, validate);
      if (problems.isEmpty() && in.next() != null) {
        in.problem("json.trailing", "there is more after the entity");
      }
      if (problems.isEmpty() && !type.isInstance(entity.entity())) {
        EntityCodec.wrongType(in, dev.attache.model.EntityKind.of(type), entity.entity());
      }
      if (problems.isEmpty()) {
        return type.cast(entity.entity());
      }
    } catch (JacksonException e) {
      problems.add(Reading.failure(e, in.failurePointer(), 0));
    }
    throw new JsonDecodingException(parser, problems.list());
  }


  // ---------------------------------------------------------------- NDJSON

  /**
   * A reader of an NDJSON stream; close it to close the stream. Nothing is read until the
   * reader is asked for its first line.
   *
   * @param in the stream, in UTF-8, not null
   * @return a new reader, not null
   */
  public NdjsonReader ndjsonReader(InputStream in) {
    return new NdjsonReader(in, reader, lenient, validate, limits.getMaxLineLength(), 1);
  }

  /**
   * A reader of an NDJSON stream that decodes and validates lines on up to {@code threads}
   * threads while the caller takes the lines before them, handing on exactly the lines, entities
   * and problems of {@link #ndjsonReader(InputStream)}, in the same order, in memory that stays
   * flat (a few batches of lines). Worth it from some thousands of lines on a machine with more
   * than one core; its threads are daemons and end when idle or when the reader is closed.
   *
   * @param in the stream, in UTF-8, not null
   * @param threads how many threads decode; 1 reads on the caller's thread alone
   * @return a new reader, not null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public NdjsonReader ndjsonReader(InputStream in, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new NdjsonReader(in, reader, lenient, validate, limits.getMaxLineLength(), threads);
  }

  /**
   * A writer of an NDJSON stream: one entity per line, no header.
   *
   * @param out the stream to write to, in UTF-8, not null; the writer flushes it but never
   *     closes it
   * @return a new writer, not null
   */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    return new NdjsonWriter(out, mapper, false, Map.of());
  }

  /**
   * A writer of an NDJSON stream that begins with the header line
   * {@code {"format":"attache/1"}}.
   *
   * @param out the stream to write to, in UTF-8, not null; the writer flushes it but never
   *     closes it
   * @return a new writer, not null
   */
  public NdjsonWriter ndjsonWriterWithHeader(OutputStream out) {
    return new NdjsonWriter(out, mapper, true, Map.of());
  }

  /**
   * A writer of an NDJSON stream led by a header line that also holds these properties (those a
   * lenient reading kept, {@link NdjsonReader#headerUnknown()}).
   *
   * @param out the stream to write to, in UTF-8, not null; the writer flushes it but never
   *     closes it
   * @param headerProperties the properties of the header after its {@code format}, by name, in
   *     the order to write them, not null
   * @return a new writer, not null
   * @throws IllegalArgumentException if a property is named {@code format}, {@code entities} or
   *     {@code type}, which would be read back as something else
   */
  public NdjsonWriter ndjsonWriterWithHeader(OutputStream out,
      Map<String, JsonNode> headerProperties) {
    return new NdjsonWriter(out, mapper, true, headerProperties);
  }

  // ---------------------------------------------------------------- schema

  /**
   * The JSON Schema (2020-12) of format 1, generated from the codecs. It describes strict mode:
   * no unknown properties.
   *
   * @return the schema, a new tree on each call that the caller may change, not null
   */
  public static JsonNode schema() {
    return FormatSchema.generate();
  }

  /**
   * The JSON Schema as indented text, as shipped in the jar.
   *
   * @return the schema as indented JSON, ending with a newline, not null
   */
  public static String schemaText() {
    return SchemaText.INSTANCE;
  }

  private static final class SchemaText {
    static final String INSTANCE = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(FormatSchema.generate()) + "\n";
  }
}
