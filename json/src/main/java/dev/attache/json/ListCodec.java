package dev.attache.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
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
    List<E> values = new ArrayList<>();
    return fill(in, values) ? values : null;
  }

  private static final Scratch<ArrayList<Object>> SCRATCH = new Scratch<>(ArrayList::new);

  /**
   * Reads the array and hands its elements to {@code set} in a list that is emptied and used
   * again once {@code set} returns ({@link Scratch}): {@code set} must copy what it keeps (a
   * builder's {@code addAll…} does). Nothing is handed on if an element was bad; the problems say
   * why.
   */
  @SuppressWarnings("unchecked")
  <B> void readInto(Decoder in, B builder, BiConsumer<B, List<E>> set) {
    ArrayList<Object> list = SCRATCH.take();
    try {
      if (fill(in, (List<E>) (List<?>) list)) {
        set.accept(builder, (List<E>) (List<?>) list);
      }
    } finally {
      list.clear();
      SCRATCH.give(list);
    }
  }

  /** Reads the array's elements into {@code values}; false if one was bad (reported). */
  private boolean fill(Decoder in, List<E> values) {
    if (!in.expect(JsonToken.START_ARRAY, "an array")) {
      return false;
    }
    long before = in.problemCount();
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
        return false;
      }
      in.push(index++);
      E value = in.token() == JsonToken.VALUE_NULL ? nullElement(in) : element.read(in);
      in.pop();
      if (value != null) {
        values.add(value);
      }
    }
    return in.problemCount() == before;
  }

  private E nullElement(Decoder in) {
    in.problem("json.null", "null is not allowed in an array");
    return null;
  }

  @Override
  public void write(JsonGenerator out, List<E> values) {
    if (values instanceof java.util.RandomAccess) {
      writeList(out, values);
    } else {
      writeAll(out, values);
    }
  }

  /**
   * Writes a property holding a list or a set, name and array, unless it is empty. One type test
   * of the value (each test of a class against another interface costs a search of its
   * supertypes): a list is written by index, any other collection in its order.
   */
  @SuppressWarnings("unchecked")
  void writeProperty(JsonGenerator out, SerializableString name, Object values) {
    // Object, not Collection: a cast to Collection before the test for List would be a second
    // interface test of the same value
    List<? extends E> list = values instanceof List<?> l ? (List<? extends E>) l : null;
    Collection<? extends E> all = list != null ? list : (Collection<? extends E>) values;
    if (all.isEmpty()) {
      return;
    }
    out.writeName(name);
    if (list != null) {
      writeList(out, list);
    } else {
      writeAll(out, all);
    }
  }

  /**
   * Writes a list by index: the model's lists are random-access (its builders copy into array
   * lists), and no iterator is made for each list written.
   */
  private void writeList(JsonGenerator out, List<? extends E> values) {
    out.writeStartArray();
    for (int i = 0, size = values.size(); i < size; i++) {
      element.write(out, values.get(i));
    }
    out.writeEndArray();
  }

  /** Writes any other collection (the model's sets) in its order. */
  private void writeAll(JsonGenerator out, Collection<? extends E> values) {
    out.writeStartArray();
    for (E value : values) {
      element.write(out, value);
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
