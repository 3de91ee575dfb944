package dev.attache.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds JSON Schema nodes and collects the shared definitions ({@code $defs}). */
final class Schemas {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();

  ObjectNode object() {
    return nodes.objectNode();
  }

  ObjectNode type(String type) {
    return object().put("type", type);
  }

  ObjectNode string(String description) {
    return type("string").put("description", description);
  }

  /** A reference to a shared definition, registering it on first use. */
  ObjectNode ref(String name, Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, null); // reserve: a definition may refer to itself
      definitions.put(name, definition.get());
    }
    return object().put("$ref", "#/$defs/" + name);
  }

  Map<String, ObjectNode> definitions() {
    return definitions;
  }
}
