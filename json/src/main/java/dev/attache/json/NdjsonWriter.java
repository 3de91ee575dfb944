package dev.attache.json;

import dev.attache.common.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an NDJSON stream of format 1: optionally a header line, then one entity per line, each
 * line ended by {@code \n}. Streams: memory does not grow with the number of entities. Not
 * thread-safe; close it to flush: the stream stays open, to be closed by whoever opened it.
 */
public final class NdjsonWriter implements AutoCloseable {
  private final JsonGenerator out;
  private final JsonMapper mapper;
  private long count;

  NdjsonWriter(OutputStream stream, JsonMapper mapper, boolean header) {
    this.mapper = mapper;
    this.out = mapper.createGenerator(stream);
    if (header) {
      out.writeStartObject();
      out.writeStringProperty("format", AttacheJson.FORMAT);
      out.writeEndObject();
      out.writeRaw('\n');
    }
  }

  /** Writes one entity as one line. */
  public NdjsonWriter write(Entity entity) {
    return write(DecodedEntity.of(entity));
  }

  /** Writes one entity as one line, with the unknown properties it was read with. */
  public NdjsonWriter write(DecodedEntity entity) {
    Writing.entity(out, mapper, entity);
    out.writeRaw('\n');
    count++;
    return this;
  }

  /** How many entities were written. */
  public long count() {
    return count;
  }

  /** Flushes what is buffered to the stream. */
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }
}
