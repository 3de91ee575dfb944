package dev.attache.cli;

import dev.attache.common.Entity;
import dev.attache.common.EntityKind;
import dev.attache.json.AttacheJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes entities as CSV, one file per kind ({@code organization.csv}, …), flattened as documented
 * in the README: one column per property of the kind in format 1, in the order of the JSON
 * Schema; a text, number or boolean as itself; a list of texts joined by {@code " | "}; anything
 * else (names, periods, money, lists of objects) as its compact format-1 JSON. Files are opened on
 * the first entity of their kind; rows stream, so memory stays flat.
 */
final class CsvSink implements AutoCloseable {
  private final Path directory;
  private final JsonMapper json = AttacheJson.strict().mapper();
  private final CsvMapper csv = CsvMapper.builder().build();
  private final JsonNode definitions = AttacheJson.schema().get("$defs");
  private final Map<EntityKind, Writer> writers = new EnumMap<>(EntityKind.class);

  private record Writer(List<String> columns, SequenceWriter rows, OutputStream stream) {}

  CsvSink(Path directory) {
    this.directory = directory;
  }

  /** The columns of a kind: its format-1 properties, without {@code type}. */
  List<String> columns(EntityKind kind) {
    List<String> columns = new ArrayList<>();
    definitions.get(AttacheJson.typeName(kind)).get("properties").propertyNames().forEach(name -> {
      if (!name.equals("type")) {
        columns.add(name);
      }
    });
    return columns;
  }

  void write(Entity entity) {
    Writer writer = writers.computeIfAbsent(entity.entityKind(), this::open);
    JsonNode tree = json.valueToTree(entity);
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : writer.columns()) {
      row.put(column, cell(tree.get(column)));
    }
    writer.rows().write(row);
  }

  private Writer open(EntityKind kind) {
    List<String> columns = columns(kind);
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    try {
      OutputStream stream = new BufferedOutputStream(Files.newOutputStream(
          directory.resolve(AttacheJson.typeName(kind) + ".csv")), 1 << 16);
      SequenceWriter rows = csv.writer(schema.build().withHeader()).writeValues(stream);
      return new Writer(columns, rows, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The flattened text of a value. */
  String cell(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    if (value.isArray()) {
      boolean texts = true;
      for (JsonNode element : value) {
        texts &= element.isValueNode();
      }
      if (texts) {
        List<String> parts = new ArrayList<>();
        value.forEach(element -> parts.add(element.asString()));
        return String.join(" | ", parts);
      }
    }
    return json.writeValueAsString(value);
  }

  @Override
  public void close() {
    for (Writer writer : writers.values()) {
      writer.rows().close();
      try {
        writer.stream().close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
