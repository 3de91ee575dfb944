package dev.attache.json;

import dev.attache.model.Entity;
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
    out.writeTree(withUnknown(mapper, decoded.entity(), decoded.unknown()));
  }

  /** The entity as a tree, with each unknown property set again at its pointer. */
  static ObjectNode withUnknown(JsonMapper mapper, Entity entity, Map<String, JsonNode> unknown) {
    ObjectNode tree = mapper.valueToTree(entity);
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
