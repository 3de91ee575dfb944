package dev.attache.cli;

import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.json.AttacheJson;
import java.io.IOException;
import java.io.OutputStream;
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
 * Schema; a text, number or boolean as itself; a list of texts joined by {@code " | "}, with
 * {@code \\} and {@code |} inside a text escaped as {@code \\\\} and {@code \\|}, so the cell
 * splits back into exactly its texts; anything else (names, periods, money, lists of objects) as
 * its compact format-1 JSON. Files are opened on the first entity of their kind; rows stream, so
 * memory stays flat.
 *
 * <p>Text that a spreadsheet would take for a formula (a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is neutralised as OWASP recommends for CSV
 * injection: a single quote is put before it, so the cell shows as text. Numbers are written as
 * they are; {@code --csv-raw} turns the neutralising off.
 */
final class CsvSink implements AutoCloseable {
  private final Path directory;
  private final JsonMapper json = AttacheJson.strict().mapper();
  private final CsvMapper csv = CsvMapper.builder().build();
  private final JsonNode definitions = AttacheJson.schema().get("$defs");
  private final Map<EntityKind, Writer> writers = new EnumMap<>(EntityKind.class);

  private record Writer(List<String> columns, SequenceWriter rows, OutputStream stream) {}

  private final boolean neutralise;
  private final Path shown;

  /**
   * @param directory where the files are written (the temporary directory of the output)
   * @param shown the output directory as the user named it, for messages
   * @param neutralise whether text that a spreadsheet would run as a formula is made plain text
   */
  CsvSink(Path directory, Path shown, boolean neutralise) {
    this.directory = directory;
    this.shown = shown;
    this.neutralise = neutralise;
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
    String file = AttacheJson.typeName(kind) + ".csv";
    OutputStream stream = AtomicOutput.create(directory.resolve(file),
        Printable.quote(shown.resolve(file)));
    SequenceWriter rows = csv.writer(schema.build().withHeader()).writeValues(stream);
    return new Writer(columns, rows, stream);
  }

  /** The flattened text of a value. */
  String cell(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.isString() ? text(value.asString()) : value.asString();
    }
    if (value.isArray()) {
      boolean texts = true;
      for (JsonNode element : value) {
        texts &= element.isValueNode();
      }
      if (texts) {
        List<String> parts = new ArrayList<>();
        value.forEach(element -> parts.add(element.asString().replace("\\", "\\\\")
            .replace("|", "\\|")));
        return text(String.join(" | ", parts));
      }
    }
    return json.writeValueAsString(value);
  }

  /** A text cell, with a formula-leading text made plain text unless raw cells were asked for. */
  private String text(String cell) {
    if (neutralise && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  /** The first characters that make a spreadsheet evaluate a cell (OWASP, CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";

  /** Ends every file and forces it to the disk; a failure names the file. */
  @Override
  public void close() {
    for (Writer writer : writers.values()) {
      writer.rows().close();
      try {
        writer.stream().close();
      } catch (IOException e) {
        throw new OutputFailure("a CSV file of " + Printable.quote(shown), e);
      }
    }
  }
}
