package dev.attache.ftm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * FtM statements as CSV (RFC 4180: every field quoted when it holds a comma, a quote or a line
 * break), one row a property value.
 */
final class FtmStatementsWriter extends CountingWriter {
  static final String HEADER = "id,entity_id,canonical_id,prop,prop_type,schema,value,dataset,"
      + "origin,lang,original_value,first_seen,last_seen,external";

  private final FtmExport export;
  private final Writer out;
  private final MessageDigest sha1;

  FtmStatementsWriter(FtmExport export, OutputStream stream) {
    super(export);
    this.export = export;
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    try {
      this.sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
    line(HEADER);
  }

  @Override
  void write(FtmEntity ftm) {
    for (FtmEntity.Value value : ftm.values()) {
      line(String.join(",", id(ftm.id(), value), csv(ftm.id()), csv(ftm.id()),
          csv(value.property()), csv(FtmTypes.of(value.property())),
          csv(ftm.schema()), csv(value.value()), csv(export.dataset()), csv(value.origin()),
          csv(value.language()), "", "", "", "f"));
    }
  }

  /** The statement's id as FtM makes it: the SHA-1 of dataset, entity, property and value. */
  private String id(String entityId, FtmEntity.Value value) {
    String key = export.dataset() + "." + entityId + "." + value.property() + "." + value.value();
    return HexFormat.of().formatHex(sha1.digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  static String csv(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  private void line(String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
