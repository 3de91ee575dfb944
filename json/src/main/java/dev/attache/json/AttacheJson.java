package dev.attache.json;

import dev.attache.common.Entity;
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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
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
  private static final AttacheJson LENIENT = STRICT.withLenient(true);

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
   */
  public static String typeName(dev.attache.common.EntityKind kind) {
    return Entities.typeName(kind);
  }

  /** Strict reading with validation and the default limits. */
  public static AttacheJson strict() {
    return STRICT;
  }

  /** Lenient reading: unknown properties are kept and written back; everything else as strict. */
  public static AttacheJson lenient() {
    return LENIENT;
  }

  public AttacheJson withLenient(boolean lenient) {
    return lenient == this.lenient ? this : new AttacheJson(this, lenient);
  }

  /** Whether decoded entities are validated (on by default). */
  public AttacheJson withValidation(boolean validate) {
    return validate == this.validate ? this : new AttacheJson(lenient, validate, limits);
  }

  public AttacheJson withLimits(JsonLimits limits) {
    return new AttacheJson(lenient, validate, Objects.requireNonNull(limits, "limits"));
  }

  public boolean isLenient() {
    return lenient;
  }

  public boolean isValidating() {
    return validate;
  }

  public JsonLimits getLimits() {
    return limits;
  }

  /**
   * A mapper with the {@link AttacheModule} and every relevant flag set explicitly, for reading
   * and writing values of the model inside a user's own types.
   */
  public JsonMapper mapper() {
    return mapper;
  }

  private static JsonMapper mapper(JsonLimits limits, boolean validate) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.constraints())
        // messages never quote the input source
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .rootValueSeparator((String) null)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new AttacheModule().withValidation(validate))
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
   * the document was read to its end ({@link DocumentResult#complete()}).
   *
   * @throws UncheckedIOException if reading the stream fails
   */
  public DocumentResult readDocument(InputStream in) {
    return readDocument(in, null);
  }

  /**
   * Reads a document, handing each good entity to {@code entities} as soon as it is read instead
   * of keeping it: a document of any size in flat memory. The result has every problem and no
   * entities.
   *
   * @throws UncheckedIOException if reading the stream fails
   */
  public DocumentResult readDocument(InputStream in, Consumer<? super DecodedEntity> entities) {
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

  /** Reads a document from its text; never throws for bad data. */
  public DocumentResult readDocument(String json) {
    try (JsonParser parser = reader.createParser(json)) {
      return Documents.read(parser, lenient, validate);
    }
  }

  /**
   * Reads a document from a file.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public DocumentResult readDocument(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document of these entities. The stream is flushed, not closed. */
  public void writeDocument(Collection<? extends Entity> entities, OutputStream out) {
    writeDecoded(entities.stream().map(DecodedEntity::of).toList(), Map.of(), out);
  }

  public String writeDocument(Collection<? extends Entity> entities) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeDocument(entities, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes what was read back, unknown properties included (the lossless path). */
  public void writeDocument(DocumentResult document, OutputStream out) {
    writeDecoded(document.entities(), document.unknown(), out);
  }

  public String writeDocument(DocumentResult document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeDocument(document, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void writeDecoded(List<DecodedEntity> entities, Map<String, JsonNode> unknown,
      OutputStream out) {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      Documents.write(generator, mapper, entities, unknown);
    }
  }

  /** A writer of one document, entity by entity, in flat memory; close it to end the document. */
  public DocumentWriter documentWriter(OutputStream out) {
    return documentWriter(out, Map.of());
  }

  /**
   * A writer of one document that also writes these document-level properties (those a lenient
   * reading kept, {@link DocumentResult#unknown()}), after the entities.
   */
  public DocumentWriter documentWriter(OutputStream out, Map<String, JsonNode> properties) {
    return new DocumentWriter(out, mapper, properties);
  }

  // ---------------------------------------------------------------- single entities

  /** One entity as a compact JSON object. */
  public String write(Entity entity) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = mapper.createGenerator(bytes)) {
      EntityCodec.INSTANCE.write(generator, entity);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads one entity of the given type.
   *
   * @throws JsonDecodingException with every problem if it is not a valid one
   */
  public <T extends Entity> T read(String json, Class<T> type) {
    try (JsonParser parser = reader.createParser(json)) {
      return read(parser, type);
    }
  }

  /**
   * Reads one entity of the given type from UTF-8 bytes.
   *
   * @throws JsonDecodingException with every problem if it is not a valid one
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
        EntityCodec.wrongType(in, dev.attache.common.EntityKind.of(type), entity.entity());
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

  /** A reader of an NDJSON stream; close it to close the stream. */
  public NdjsonReader ndjsonReader(InputStream in) {
    return new NdjsonReader(in, reader, lenient, validate, limits.getMaxLineLength());
  }

  /** A writer of an NDJSON stream, led by a header line when {@code header} is true. */
  public NdjsonWriter ndjsonWriter(OutputStream out, boolean header) {
    return new NdjsonWriter(out, mapper, header, Map.of());
  }

  /**
   * A writer of an NDJSON stream led by a header line that also holds these properties (those a
   * lenient reading kept, {@link NdjsonReader#headerUnknown()}).
   */
  public NdjsonWriter ndjsonWriter(OutputStream out, Map<String, JsonNode> headerProperties) {
    return new NdjsonWriter(out, mapper, true, headerProperties);
  }

  // ---------------------------------------------------------------- schema

  /** The JSON Schema (2020-12) of format 1, generated from the codecs. */
  public static JsonNode schema() {
    return FormatSchema.generate();
  }

  /** The JSON Schema as indented text, as shipped in the jar. */
  public static String schemaText() {
    return SchemaText.INSTANCE;
  }

  private static final class SchemaText {
    static final String INSTANCE = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(FormatSchema.generate()) + "\n";
  }
}
