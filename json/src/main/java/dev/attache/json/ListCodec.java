package dev.attache.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON array of values of one codec. Every element is read, so every bad element is reported;
 * past {@code maxItems} the rest is skipped with one {@code json.array.size} problem, so no input
 * can grow a list without bound before validation sees it.
 */
final class ListCodec<E> implements Codec<List<E>> {
  private final Codec<E> element;
  private final int maxItems;

  ListCodec(Codec<E> element, int maxItems) {
    this.element = element;
    this.maxItems = maxItems;
  }

  @Override
  public List<E> read(Decoder in) {
    if (!in.expect(JsonToken.START_ARRAY, "an array")) {
      return null;
    }
    long before = in.problemCount();
    List<E> values = new ArrayList<>();
    int index = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      if (index == maxItems) {
        in.push(index);
        in.problem("json.array.size", "the array has more than " + maxItems + " elements");
        in.pop();
        in.skip();
        while (in.next() != JsonToken.END_ARRAY) {
          in.skip();
        }
        return null;
      }
      in.push(index++);
      E value = in.token() == JsonToken.VALUE_NULL ? nullElement(in) : element.read(in);
      in.pop();
      if (value != null) {
        values.add(value);
      }
    }
    return in.problemCount() == before ? values : null;
  }

  private E nullElement(Decoder in) {
    in.problem("json.null", "null is not allowed in an array");
    return null;
  }

  @Override
  public void write(JsonGenerator out, List<E> values) {
    writeAll(out, values);
  }

  void writeAll(JsonGenerator out, Collection<? extends E> values) {
    out.writeStartArray();
    if (values instanceof java.util.List<? extends E> list
        && values instanceof java.util.RandomAccess) {
      // the model's lists are random-access: no iterator for each list written
      for (int i = 0, size = list.size(); i < size; i++) {
        element.write(out, list.get(i));
      }
    } else {
      for (E value : values) {
        element.write(out, value);
      }
    }
    out.writeEndArray();
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    ObjectNode schema = schemas.type("array").put("maxItems", maxItems);
    schema.set("items", element.schema(schemas));
    return schema;
  }
}
