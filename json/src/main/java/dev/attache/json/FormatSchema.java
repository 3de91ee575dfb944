package dev.attache.json;

import dev.attache.model.EntityKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (2020-12) of format 1 from the codecs themselves, so the schema and
 * the encoder cannot disagree. The schema describes strict mode: no unknown properties.
 */
final class FormatSchema {
  static final String ID = "https://attache.dev/schema/attache-1.schema.json";

  private FormatSchema() {}

  static ObjectNode generate() {
    Schemas schemas = new Schemas();
    ObjectNode root = schemas.object();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "attache format 1");
    root.put("description", "A document of format 1: {\"format\": \"attache/1\", \"entities\":"
        + " [...]}. An NDJSON stream holds one entity (#/$defs/entity) per line, optionally"
        + " after a header line (#/$defs/header).");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.set("format", schemas.object().put("const", AttacheJson.FORMAT));
    ObjectNode entities = properties.putObject("entities");
    entities.put("type", "array");
    entities.set("items", schemas.ref("entity", () -> EntityCodec.INSTANCE.schema(schemas)));
    root.putArray("required").add("format").add("entities");
    root.put("additionalProperties", false);
    schemas.ref("header", () -> {
      ObjectNode header = schemas.type("object");
      header.putObject("properties").set("format",
          schemas.object().put("const", AttacheJson.FORMAT));
      header.putArray("required").add("format");
      header.put("additionalProperties", false);
      return header;
    });
    for (EntityKind kind : EntityKind.values()) {
      EntityCodec.INSTANCE.schemaOf(kind, schemas);
    }
    Problems.schema(schemas);
    ObjectNode definitions = root.putObject("$defs");
    schemas.definitions().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> definitions.set(e.getKey(), e.getValue()));
    return root;
  }
}
