package dev.attache.json;

import dev.attache.internal.Texts;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes entities, putting kept unknown properties back where they were. */
final class Writing {
  private Writing() {}

  /** Reads back what is written, to check it: binding only, whatever the writer's settings. */
  private static final JsonMapper READ_BACK = JsonMapper.builder()
      .addModule(new AttacheModule().withUnknownProperties(UnknownProperties.KEEP)).build();

  static void entity(JsonGenerator out, JsonMapper mapper, DecodedEntity decoded) {
    if (decoded.unknown().isEmpty()) {
      EntityCodec.INSTANCE.write(out, decoded.entity());
      return;
    }
    out.writeTree(checked(withUnknown(mapper.valueToTree(decoded.entity()), decoded.unknown()),
        decoded));
  }

  /**
   * The tree, if a reader makes of it the entity and the unknown properties it was made from: an
   * "unknown" property the model has (one the entity leaves out, such as an absent date) would be
   * read as the model's.
   *
   * @throws IllegalArgumentException naming the properties that would not read back as unknown
   */
  static ObjectNode checked(ObjectNode tree, DecodedEntity decoded) {
    DecodedEntity back;
    try {
      back = READ_BACK.treeToValue(tree, DecodedEntity.class);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("the unknown properties "
          + Texts.printable(Texts.abbreviate(String.join(", ", decoded.unknown().keySet())))
          + " would not read back: " + Texts.printable(Texts.abbreviate(e.getMessage())), e);
    }
    if (!back.entity().equals(decoded.entity())
        || !back.unknown().keySet().equals(decoded.unknown().keySet())) {
      java.util.Set<String> lost = new java.util.TreeSet<>(decoded.unknown().keySet());
      lost.removeAll(back.unknown().keySet());
      throw new IllegalArgumentException("the unknown properties " + Texts.printable(
          Texts.abbreviate(String.join(", ", lost))) + " are the model's (a property it has, or"
          + " a name in a language): they cannot be written as unknown");
    }
    return tree;
  }

  /**
   * Checks that a pointer could be an unknown property's: a pointer, to a property. Whether the
   * entity has an object there, and whether the model leaves the name free, only writing can tell
   * ({@link #withUnknown}, {@link #checked}).
   *
   * @throws IllegalArgumentException if it could not
   */
  static void checkUnknownPointer(String pointer) {
    JsonPointer at;
    try {
      at = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an unknown property's pointer starts with '/': "
          + Texts.printable(Texts.abbreviate(pointer)), e);
    }
    if (at.matches()) {
      throw new IllegalArgumentException("an unknown property's pointer names a property, not"
          + " the entity itself");
    }
  }

  /**
   * The entity's tree, with each unknown property set again at its pointer: into an object of
   * the entity, under a name the model does not give it.
   *
   * @throws IllegalArgumentException if a property has no object to go in, or is one the entity
   *     has: nothing is written of the entity
   */
  static ObjectNode withUnknown(ObjectNode tree, Map<String, JsonNode> unknown) {
    unknown.forEach((pointer, value) -> {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode container = tree.at(at.head());
      String name = at.last().getMatchingProperty();
      if (!(container instanceof ObjectNode object)) {
        throw new IllegalArgumentException("the unknown property "
            + Texts.printable(Texts.abbreviate(pointer)) + " has no object of the entity to go in");
      }
      if (object.has(name)) {
        throw new IllegalArgumentException("the unknown property "
            + Texts.printable(Texts.abbreviate(pointer)) + " is a property the entity has");
      }
      object.set(name, value);
    });
    return tree;
  }
}
