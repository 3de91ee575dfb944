package dev.attache.json;

import dev.attache.validation.Problem;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes whole documents: {@code {"format": "attache/1", "entities": [...]}}. */
final class Documents {
  private Documents() {}

  /** Checks that the current value is the format of this version. */
  static void checkFormat(Decoder in) {
    if (!in.expect(JsonToken.VALUE_STRING, "\"" + AttacheJson.FORMAT + "\"")) {
      return;
    }
    String format = in.parser().getString();
    if (!AttacheJson.FORMAT.equals(format)) {
      in.problem("json.format", "unsupported format: expected \"" + AttacheJson.FORMAT + "\"",
          format);
    }
  }

  /** Reads a whole document, keeping its entities. */
  static DocumentResult read(JsonParser parser, boolean lenient, boolean validate) {
    List<DecodedEntity> entities = new ArrayList<>();
    DocumentResult result = read(parser, lenient, validate, entities::add);
    return new DocumentResult(entities, result.problems(), result.unknown(),
        result.problemCount(), result.invalidCount(), result.complete());
  }

  /**
   * Reads a document, handing each good entity to {@code sink} as soon as it is read; the result
   * has no entities. An I/O failure of the input is an {@link UncheckedIOException}; a syntax
   * error or an exceeded limit ends the reading with a problem, and the result is not complete.
   */
  static DocumentResult read(JsonParser parser, boolean lenient, boolean validate,
      Consumer<DecodedEntity> sink) {
    ProblemLog problems = new ProblemLog();
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    Decoder in = new Decoder(parser, lenient, problems, "", 0, null);
    long[] counts = new long[2]; // elements started, good entities: the rest were not good
    boolean complete = false;
    try {
      if (in.next() == null) {
        in.report(Problem.of("", "json.empty", "the document is empty"));
        return new DocumentResult(List.of(), problems.list(), unknown, problems.count(), 0, false);
      }
      if (!in.expect(JsonToken.START_OBJECT, "a document object")) {
        return new DocumentResult(List.of(), problems.list(), unknown, problems.count(), 0, false);
      }
      boolean format = false;
      boolean list = false;
      Decoder.TreeBudget budget = new Decoder.TreeBudget(); // the document's own properties
      int count = 0;
      for (String name; (name = in.nextProperty()) != null; ) {
        if (in.tooManyProperties(++count)) {
          in.pop();
          break;
        }
        if (name.equals("format") && !format) {
          format = true;
          checkFormat(in);
        } else if (name.equals("entities") && !list) {
          list = true;
          entities(in, validate, sink, counts);
        } else if (name.equals("format") || name.equals("entities") || unknown.containsKey(name)) {
          in.duplicate(name);
        } else if (lenient && RESERVED.contains(name)) {
          in.problem("json.property.unknown", "'" + name + "' is not a property of a document");
          in.skip();
        } else if (lenient) {
          JsonNode value = in.readTree(budget);
          if (value != null) {
            unknown.put(name, value);
          }
        } else {
          in.problem("json.property.unknown", "unknown property '" + name + "' in the document");
          in.skip();
        }
        in.pop();
      }
      complete = true;
      if (!format) {
        in.problem("json.format", "the document has no \"format\": expected \""
            + AttacheJson.FORMAT + "\"");
      }
      if (!list) {
        in.problem("json.property.missing", "the document has no \"entities\"");
      }
      if (in.next() != null) {
        in.problem("json.trailing", "there is more after the end of the document");
      }
    } catch (JacksonIOException e) {
      throw Reading.ioFailure(e);
    } catch (JacksonException e) {
      in.report(Reading.failure(e, in.failurePointer(), 0));
    }
    return new DocumentResult(List.of(), problems.list(), unknown, problems.count(),
        counts[0] - counts[1], complete);
  }

  /**
   * Reads the array of entities, counting the elements begun and the good entities among them as
   * it goes, so that the counts hold when reading stops in the middle.
   */
  private static void entities(Decoder in, boolean validate, Consumer<DecodedEntity> sink,
      long[] counts) {
    if (!in.expect(JsonToken.START_ARRAY, "an array of entities")) {
      return;
    }
    int index = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      in.push(index++);
      counts[0]++;
      DecodedEntity entity = Reading.entity(in, validate);
      if (entity != null) {
        counts[1]++;
        sink.accept(entity);
      }
      in.pop();
    }
  }

  /**
   * Names a document or a stream header may not carry as properties of its own: a document's
   * parts, and {@code type}, which makes a stream line an entity.
   */
  static final java.util.Set<String> RESERVED = java.util.Set.of("format", "entities", "type");

  /** Refuses properties of a container that would be read back as something else. */
  static Map<String, JsonNode> checkProperties(Map<String, JsonNode> properties) {
    for (String name : properties.keySet()) {
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException("'" + name + "' cannot be a property of a document or"
            + " of a stream header");
      }
    }
    return properties;
  }

  static void write(JsonGenerator out, JsonMapper mapper, Iterable<DecodedEntity> entities,
      Map<String, JsonNode> unknown) {
    out.writeStartObject();
    out.writeStringProperty("format", AttacheJson.FORMAT);
    out.writeName("entities");
    out.writeStartArray();
    for (DecodedEntity entity : entities) {
      Writing.entity(out, mapper, entity);
    }
    out.writeEndArray();
    unknown.forEach((name, value) -> {
      out.writeName(name);
      out.writeTree(value);
    });
    out.writeEndObject();
  }
}
