package dev.attache.json;

import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.common.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any entity, told apart by its {@code type} property: one of a closed set of names, never a Java
 * class name, and never used to load a class.
 *
 * <p>Writers put {@code type} first, and a reader then decodes in one streaming pass. When
 * {@code type} comes later, the object is first read into a tree (property by property, so
 * repeats are still caught) and decoded from the tree; problems then carry the location of the
 * object's opening brace.
 */
final class EntityCodec implements Codec<Entity> {
  static final EntityCodec INSTANCE = new EntityCodec();

  private final Map<String, ObjectCodec<? extends Entity, ?>> byType = new HashMap<>();
  private final String types;
  private final ObjectCodec<?, ?>[] codecs = new ObjectCodec<?, ?>[EntityKind.values().length];
  private final tools.jackson.core.SerializableString[] typeNames =
      new tools.jackson.core.SerializableString[EntityKind.values().length];

  private EntityCodec() {
    Entities.BY_KIND.forEach((kind, codec) -> {
      byType.put(Entities.typeName(kind), codec);
      codecs[kind.ordinal()] = codec;
      typeNames[kind.ordinal()] = new tools.jackson.core.io.SerializedString(
          Entities.typeName(kind));
    });
    types = String.join(", ", Entities.BY_KIND.keySet().stream().map(Entities::typeName).toList());
  }

  @Override
  public Entity read(Decoder in) {
    if (!in.expect(JsonToken.START_OBJECT, "an entity object")) {
      return null;
    }
    TokenStreamLocation start = in.location();
    JsonToken token = in.next();
    if (token == JsonToken.PROPERTY_NAME && "type".equals(in.parser().currentName())) {
      in.next();
      in.push("type");
      ObjectCodec<? extends Entity, ?> codec = codecOf(in);
      in.pop();
      if (codec == null) {
        skipRest(in);
        return null;
      }
      return codec.readBody(in, true);
    }
    return readBuffered(in, start);
  }

  /** The codec named by the current {@code type} value, or null after reporting why not. */
  private ObjectCodec<? extends Entity, ?> codecOf(Decoder in) {
    if (!in.expect(JsonToken.VALUE_STRING, "the name of an entity type")) {
      return null;
    }
    String type = in.parser().getString();
    ObjectCodec<? extends Entity, ?> codec = byType.get(type);
    if (codec == null) {
      in.problem("json.entity.type", "unknown entity type " + InvalidValueException.quote(type)
          + ": expected one of " + types, type);
    }
    return codec;
  }

  /** Skips the remaining properties of the current object. */
  private static void skipRest(Decoder in) {
    while (in.next() == JsonToken.PROPERTY_NAME) {
      in.next();
      in.skip();
    }
  }

  /** Reads an object whose {@code type} is not first into a tree, then decodes the tree. */
  private Entity readBuffered(Decoder in, TokenStreamLocation start) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    long before = in.problemCount();
    Decoder.TreeBudget budget = new Decoder.TreeBudget(); // the whole entity, bounded
    int count = 0;
    for (JsonToken token = in.token(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.parser().currentName();
      if (!in.checkName(name)) {
        continue;
      }
      in.next();
      in.push(name);
      if (in.tooManyProperties(++count)) {
        in.pop();
        break;
      }
      if (tree.has(name)) {
        in.duplicate(name);
      } else {
        JsonNode value = in.readTree(budget);
        if (value != null) {
          tree.set(name, value);
        }
      }
      in.pop();
    }
    if (in.problemCount() > before) {
      return null;
    }
    JsonNode type = tree.get("type");
    in.push("type");
    ObjectCodec<? extends Entity, ?> codec = null;
    if (type == null) {
      in.problemAt(start, "json.entity.type", "the entity has no 'type': expected one of " + types);
    } else if (!type.isString()) {
      in.problemAt(start, "json.type",
          "expected the name of an entity type, got " + type.getNodeType());
    } else {
      codec = byType.get(type.stringValue());
      if (codec == null) {
        in.problemAt(start, "json.entity.type", "unknown entity type "
            + InvalidValueException.quote(type.stringValue()) + ": expected one of " + types,
            type.stringValue());
      }
    }
    in.pop();
    if (codec == null) {
      return null;
    }
    try (JsonParser body = tree.traverse(in.parser().objectReadContext())) {
      Decoder buffered = in.buffered(body, start);
      body.nextToken();
      Entity entity = codec.readBody(buffered, false);
      in.absorbUnknown(buffered);
      return entity;
    }
  }

  @Override
  public void write(JsonGenerator out, Entity entity) {
    write(out, entity, EntityKind.of(entity.getClass()));
  }

  private static final tools.jackson.core.SerializableString TYPE =
      new tools.jackson.core.io.SerializedString("type");

  @SuppressWarnings("unchecked")
  private <T extends Entity> void write(JsonGenerator out, Entity entity, EntityKind kind) {
    ObjectCodec<T, ?> codec = (ObjectCodec<T, ?>) codecs[kind.ordinal()];
    out.writeStartObject();
    out.writeName(TYPE);
    out.writeString(typeNames[kind.ordinal()]);
    codec.writeFields(out, (T) entity);
    out.writeEndObject();
  }

  /** Records {@code json.entity.type} at {@code type}: the entity read is not of the kind wanted. */
  static void wrongType(Decoder in, EntityKind expected, Entity got) {
    in.push("type");
    in.problem("json.entity.type", "expected an entity of type '" + Entities.typeName(expected)
        + "', got '" + Entities.typeName(got.entityKind()) + "'");
    in.pop();
  }

  /** The codec of one kind, for the Jackson module's per-type (de)serializers. */
  @SuppressWarnings("unchecked")
  <T extends Entity> Codec<T> of(Class<T> type) {
    EntityKind kind = EntityKind.of(type);
    EntityCodec union = this;
    return new Codec<>() {
      @Override
      public T read(Decoder in) {
        long before = in.problemCount();
        Entity entity = union.read(in);
        if (entity == null || type.isInstance(entity)) {
          return (T) entity;
        }
        in.problems().truncate(before);
        wrongType(in, kind, entity);
        return null;
      }

      @Override
      public void write(JsonGenerator out, T value) {
        union.write(out, value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return union.schemaOf(kind, schemas);
      }
    };
  }

  /** The schema of one kind: its object with a constant {@code type}. */
  ObjectNode schemaOf(EntityKind kind, Schemas schemas) {
    String type = typeNames[kind.ordinal()].getValue();
    return schemas.ref(type, () -> {
      ObjectNode schema = Entities.BY_KIND.get(kind).describe(schemas);
      ObjectNode properties = (ObjectNode) schema.get("properties");
      ObjectNode typeSchema = schemas.object().put("const", type);
      ObjectNode ordered = schemas.object();
      ordered.set("type", typeSchema);
      ordered.setAll(properties);
      schema.set("properties", ordered);
      schema.withArray("required").insert(0, "type");
      return schema;
    });
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    ObjectNode schema = schemas.object();
    for (EntityKind kind : Entities.BY_KIND.keySet()) {
      schema.withArray("oneOf").add(schemaOf(kind, schemas));
    }
    return schema;
  }
}
