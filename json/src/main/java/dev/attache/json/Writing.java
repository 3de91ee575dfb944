package dev.attache.json;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes entities, putting kept unknown properties back where they were. */
final class Writing {
  private Writing() {}

  static void entity(JsonGenerator out, JsonMapper mapper, DecodedEntity decoded) {
    if (decoded.unknown().isEmpty()) {
      EntityCodec.INSTANCE.write(out, decoded.entity());
      return;
    }
    out.writeTree(withUnknown(mapper.valueToTree(decoded.entity()), decoded.unknown()));
  }

  /** The entity's tree, with each unknown property set again at its pointer. */
  static ObjectNode withUnknown(ObjectNode tree, Map<String, JsonNode> unknown) {
    unknown.forEach((pointer, value) -> {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode container = tree.at(at.head());
      String name = at.last().getMatchingProperty();
      if (container instanceof ObjectNode object && !object.has(name)) {
        object.set(name, value);
      }
    });
    return tree;
  }
}
