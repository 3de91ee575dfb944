package dev.attache.json;

import dev.attache.model.Entity;
import java.io.OutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an NDJSON stream of format 1: optionally a header line (with any properties a lenient
 * reading kept of the header it came from), then one entity per line, each
 * line ended by {@code \n}. Streams: memory does not grow with the number of entities. Not
 * thread-safe; close it to flush: the stream stays open, to be closed by whoever opened it. A
 * failed write of the stream is an {@link java.io.UncheckedIOException}.
 */
public final class NdjsonWriter implements AutoCloseable {
  private final JsonGenerator out;
  private final JsonMapper mapper;
  private long count;

  NdjsonWriter(OutputStream stream, JsonMapper mapper, boolean header,
      Map<String, JsonNode> headerProperties) {
    this.mapper = mapper;
    this.out = mapper.createGenerator(stream);
    if (header) {
      out.writeStartObject();
      out.writeStringProperty("format", AttacheJson.FORMAT);
      Documents.checkProperties(headerProperties).forEach((name, value) -> {
        out.writeName(name);
        out.writeTree(value);
      });
      out.writeEndObject();
      out.writeRaw('\n');
    }
  }

  /**
   * Writes one entity as one line.
   *
   * @param entity the entity, not null
   * @return this writer
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public NdjsonWriter write(Entity entity) {
    return write(DecodedEntity.of(entity));
  }

  /**
   * Writes one entity as one line, with the unknown properties it was read with.
   *
   * @param entity the entity as decoded, not null
   * @return this writer
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public NdjsonWriter write(DecodedEntity entity) {
    try {
      Writing.entity(out, mapper, entity);
      out.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
    count++;
    return this;
  }

  /**
   * How many entities were written.
   *
   * @return the number of entities written so far, the header line not counted
   */
  public long count() {
    return count;
  }

  /**
   * Flushes what is buffered to the stream, and the stream itself.
   *
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public void flush() {
    try {
      out.flush();
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
  }

  /**
   * Flushes what is buffered and the stream, which stays open.
   *
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
  }
}
