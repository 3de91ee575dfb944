package dev.attache.json;

import dev.attache.common.Entity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a format-1 document one entity at a time, so a document of any size is written in flat
 * memory: {@code {"format":"attache/1","entities":[…]}}. Not thread-safe; {@link #close()} ends
 * the document and flushes the stream, without closing it.
 */
public final class DocumentWriter implements AutoCloseable {
  private final JsonGenerator out;
  private final JsonMapper mapper;
  private long count;
  private boolean closed;

  DocumentWriter(java.io.OutputStream stream, JsonMapper mapper) {
    this.mapper = mapper;
    this.out = mapper.createGenerator(stream);
    out.writeStartObject();
    out.writeStringProperty("format", AttacheJson.FORMAT);
    out.writeName("entities");
    out.writeStartArray();
  }

  public DocumentWriter write(Entity entity) {
    return write(DecodedEntity.of(entity));
  }

  /** Writes an entity with the unknown properties it was read with. */
  public DocumentWriter write(DecodedEntity entity) {
    Writing.entity(out, mapper, entity);
    count++;
    return this;
  }

  public long count() {
    return count;
  }

  /** Ends the document and flushes it. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      out.writeEndArray();
      out.writeEndObject();
      out.close();
    }
  }
}
