package dev.attache.ftm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** FtM entities as NDJSON: {@code {"id":…,"schema":…,"properties":{prop:[values]}}} a line. */
final class FtmEntitiesWriter extends CountingWriter {
  // no separator between root values: Jackson's default, a space, would start every line but
  // the first
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).rootValueSeparator((String) null).build();

  private final JsonGenerator out;

  FtmEntitiesWriter(FtmExport export, OutputStream stream) {
    super(export);
    this.out = JSON.createGenerator(ObjectWriteContext.empty(), stream, JsonEncoding.UTF8);
  }

  @Override
  void write(FtmEntity ftm) {
    try {
      out.writeStartObject();
      out.writeStringProperty("id", ftm.id());
      out.writeStringProperty("schema", ftm.schema());
      out.writeName("properties");
      out.writeStartObject();
      for (Map.Entry<String, List<String>> property : ftm.properties().entrySet()) {
        out.writeName(property.getKey());
        out.writeStartArray();
        for (String value : property.getValue()) {
          out.writeString(value);
        }
        out.writeEndArray();
      }
      out.writeEndObject();
      out.writeEndObject();
      out.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  void flush() {
    try {
      out.close(); // flushes; the target stream stays open (AUTO_CLOSE_TARGET is off)
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  /** A failed write of the stream, as the rest of attache reports one. */
  private static UncheckedIOException failed(JacksonIOException e) {
    return new UncheckedIOException(e.getCause() != null ? e.getCause() : new IOException(e));
  }
}
