package dev.attache.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/** A JSON object used as a map from names to values of one codec, keeping its order. */
final class MapCodec<V> implements Codec<Map<String, V>> {
  private final Codec<V> value;
  private final int maxEntries;

  MapCodec(Codec<V> value, int maxEntries) {
    this.value = value;
    this.maxEntries = maxEntries;
  }

  @Override
  public Map<String, V> read(Decoder in) {
    Map<String, V> values = new LinkedHashMap<>();
    return fill(in, values) ? values : null;
  }

  private static final Scratch<LinkedHashMap<String, Object>> SCRATCH =
      new Scratch<>(LinkedHashMap::new);

  /**
   * Reads the object and hands its entries to {@code set} in a map that is emptied and used again
   * once {@code set} returns ({@link Scratch}): {@code set} must copy what it keeps (a builder's
   * {@code putAll…} does). Nothing is handed on if an entry was bad; the problems say why.
   */
  @SuppressWarnings("unchecked")
  <B> void readInto(Decoder in, B builder, BiConsumer<B, Map<String, V>> set) {
    LinkedHashMap<String, Object> map = SCRATCH.take();
    try {
      if (fill(in, (Map<String, V>) (Map<String, ?>) map)) {
        set.accept(builder, (Map<String, V>) (Map<String, ?>) map);
      }
    } finally {
      map.clear();
      SCRATCH.give(map);
    }
  }

  /** Reads the object's entries into {@code values}; false if one was bad (reported). */
  private boolean fill(Decoder in, Map<String, V> values) {
    if (!in.expect(JsonToken.START_OBJECT, "an object")) {
      return false;
    }
    long before = in.problemCount();
    for (String name; (name = in.nextProperty()) != null; ) {
      if (values.containsKey(name)) {
        in.duplicate(name);
      } else if (values.size() >= maxEntries) {
        in.problem("json.array.size", "the object has more than " + maxEntries + " properties");
        in.skip();
      } else if (in.token() == JsonToken.VALUE_NULL) {
        in.problem("json.null", "null is not allowed");
      } else {
        V read = value.read(in);
        if (read != null) {
          values.put(name, read);
        }
      }
      in.pop();
    }
    return in.problemCount() == before;
  }

  @Override
  public void write(JsonGenerator out, Map<String, V> values) {
    out.writeStartObject();
    for (Map.Entry<String, V> entry : values.entrySet()) {
      out.writeName(entry.getKey());
      value.write(out, entry.getValue());
    }
    out.writeEndObject();
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    ObjectNode schema = schemas.type("object").put("maxProperties", maxEntries);
    schema.set("additionalProperties", value.schema(schemas));
    return schema;
  }
}
