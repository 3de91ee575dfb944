package dev.attache.json;

import java.util.LinkedHashMap;
import java.util.Map;
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
    if (!in.expect(JsonToken.START_OBJECT, "an object")) {
      return null;
    }
    long before = in.problemCount();
    Map<String, V> values = new LinkedHashMap<>();
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
    return in.problemCount() == before ? values : null;
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
