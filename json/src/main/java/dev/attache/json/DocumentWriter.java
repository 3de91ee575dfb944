package dev.attache.json;

import dev.attache.model.Entity;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a format-1 document one entity at a time, so a document of any size is written in flat
 * memory: {@code {"format":"attache/1","entities":[…]}}, then any document-level properties
 * it was given. Not thread-safe; {@link #close()} ends
 * the document and flushes the stream, without closing it. A failed write of the stream is an
 * {@link java.io.UncheckedIOException}.
 */
public final class DocumentWriter implements AutoCloseable {
  private final JsonGenerator out;
  private final JsonMapper mapper;
  private long count;
  private boolean closed;

  private final Map<String, JsonNode> properties;

  DocumentWriter(java.io.OutputStream stream, JsonMapper mapper, Map<String, JsonNode> properties) {
    this.mapper = mapper;
    this.properties = new java.util.LinkedHashMap<>(Documents.checkProperties(properties));
    this.out = mapper.createGenerator(stream);
    out.writeStartObject();
    out.writeStringProperty("format", AttacheJson.FORMAT);
    out.writeName("entities");
    out.writeStartArray();
  }

  /**
   * Writes an entity.
   *
   * @param entity the entity, not null
   * @return this writer
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public DocumentWriter write(Entity entity) {
    return write(DecodedEntity.of(entity));
  }

  /**
   * Writes an entity with the unknown properties it was read with.
   *
   * @param entity the entity as decoded, not null
   * @return this writer
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  public DocumentWriter write(DecodedEntity entity) {
    try {
      Writing.entity(out, mapper, entity);
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    }
    count++;
    return this;
  }

  /**
   * How many entities were written.
   *
   * @return the number of entities written so far
   */
  public long count() {
    return count;
  }

  /**
   * Ends the document and flushes it; the stream stays open. Closing a closed writer does
   * nothing.
   *
   * @throws java.io.UncheckedIOException if writing to the stream fails
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        end();
      } catch (JacksonIOException e) {
        throw Reading.ioFailure(e);
      }
    }
  }

  private void end() {
    out.writeEndArray();
    // what a lenient reading kept of the document, in the order it was read
    properties.forEach((name, value) -> {
      out.writeName(name);
      out.writeTree(value);
    });
    out.writeEndObject();
    out.close();
  }
}
