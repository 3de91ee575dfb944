package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

  static DocumentResult read(JsonParser parser, boolean lenient, boolean validate) {
    List<Problem> problems = new ArrayList<>();
    List<DecodedEntity> entities = new ArrayList<>();
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    Decoder in = new Decoder(parser, lenient, problems, "", 0, null);
    try {
      if (in.next() == null) {
        problems.add(Problem.of("", "json.empty", "the document is empty"));
        return new DocumentResult(entities, problems, unknown);
      }
      if (!in.expect(JsonToken.START_OBJECT, "a document object")) {
        return new DocumentResult(entities, problems, unknown);
      }
      boolean format = false;
      boolean list = false;
      for (String name; (name = in.nextProperty()) != null; ) {
        if (name.equals("format") && !format) {
          format = true;
          checkFormat(in);
        } else if (name.equals("entities") && !list) {
          list = true;
          entities(in, validate, entities);
        } else if (name.equals("format") || name.equals("entities") || unknown.containsKey(name)) {
          in.duplicate(name);
        } else if (lenient) {
          tools.jackson.databind.JsonNode value = in.parser().readValueAsTree();
          if (in.checkTree(value)) {
            unknown.put(name, value);
          }
        } else {
          in.problem("json.property.unknown", "unknown property '" + name + "' in the document");
          in.skip();
        }
        in.pop();
      }
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
    } catch (JacksonException e) {
      problems.add(Reading.failure(e, in.failurePointer(), 0));
    }
    return new DocumentResult(entities, problems, unknown);
  }

  private static void entities(Decoder in, boolean validate, List<DecodedEntity> entities) {
    if (!in.expect(JsonToken.START_ARRAY, "an array of entities")) {
      return;
    }
    int index = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      in.push(index++);
      DecodedEntity entity = Reading.entity(in, validate);
      if (entity != null) {
        entities.add(entity);
      }
      in.pop();
    }
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
