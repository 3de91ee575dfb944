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
import java.util.Map;

/**
 * FtM statements as CSV (RFC 4180: every field quoted when it holds a comma, a quote or a line
 * break), one row a property value.
 */
final class FtmStatementsWriter extends CountingWriter {
  static final String HEADER = "id,entity_id,canonical_id,prop,prop_type,schema,value,dataset,"
      + "origin,lang,original_value,first_seen,last_seen,external";

  /** The FtM type of each property the mapping writes, as the statements name it. */
  static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("name", "name"), Map.entry("alias", "name"), Map.entry("title", "string"),
      Map.entry("country", "country"), Map.entry("citizenship", "country"),
      Map.entry("parent", "entity"), Map.entry("proof", "entity"),
      Map.entry("member", "entity"), Map.entry("organization", "entity"),
      Map.entry("holder", "entity"), Map.entry("post", "entity"),
      Map.entry("project", "entity"), Map.entry("participant", "entity"),
      Map.entry("authority", "entity"), Map.entry("organizer", "entity"),
      Map.entry("involved", "entity"),
      Map.entry("startDate", "date"), Map.entry("endDate", "date"), Map.entry("date", "date"),
      Map.entry("publishedAt", "date"), Map.entry("contractDate", "date"),
      Map.entry("incorporationDate", "date"), Map.entry("dissolutionDate", "date"),
      Map.entry("notes", "text"), Map.entry("summary", "text"), Map.entry("description", "text"),
      Map.entry("classification", "string"), Map.entry("role", "string"),
      Map.entry("status", "string"), Map.entry("type", "string"), Map.entry("author", "string"),
      Map.entry("publisher", "string"), Map.entry("sourceUrl", "url"),
      Map.entry("language", "language"), Map.entry("location", "address"),
      Map.entry("amount", "number"), Map.entry("currency", "string"));

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
          csv(value.property()), csv(TYPES.getOrDefault(value.property(), "string")),
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
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
