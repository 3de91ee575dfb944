package dev.attache.json;

import dev.attache.common.Entity;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator generator = mapper.createGenerator(bytes)) {
      EntityCodec.INSTANCE.write(generator, entity);
    }
    ObjectNode tree = (ObjectNode) mapper.readTree(bytes.toByteArray());
    unknown.forEach((pointer, value) -> {
      int slash = pointer.lastIndexOf('/');
      String parent = pointer.substring(0, slash);
      String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      JsonNode container = parent.isEmpty() ? tree : tree.at(parent);
      if (container instanceof ObjectNode object && !object.has(name)) {
        object.set(name, value);
      }
    });
    return tree;
  }
}
