package dev.attache.json;

import dev.attache.common.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object read into a builder of the model and written from its getters, one declared field
 * at a time, in declaration order. Absent optional values and empty collections are not written;
 * a missing one reads as absent or empty. Unknown properties are a {@code json.property.unknown}
 * problem, or in lenient mode kept to be written back; a repeated property is
 * {@code json.property.duplicate}; {@code null} is {@code json.null}; a missing required property
 * is {@code json.property.missing}. A broken invariant found when building is reported with the
 * value's own code at the object.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> implements Codec<T> {
  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new HashMap<>();
  private final Set<String> reserved = new HashSet<>();
  /** The value type whose getters' constraints narrow the schema; null for none. */
  private Class<?> constrained;

  ObjectCodec(String name, Supplier<B> newBuilder, Function<B, T> build) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Takes the constraints of {@code type}'s getters into the schema of each property
   * ({@link Constraints}).
   */
  ObjectCodec<T, B> constrainedBy(Class<? super T> type) {
    this.constrained = type;
    return this;
  }

  /** A property written and read by another codec (an entity's {@code type}): not repeatable. */
  ObjectCodec<T, B> reserve(String property) {
    reserved.add(property);
    return this;
  }

  <V> ObjectCodec<T, B> required(String property, Codec<V> codec, BiConsumer<B, V> set,
      Function<T, V> get) {
    return requiredField(property, codec, get,
        (in, builder) -> ifRead(codec.read(in), builder, set));
  }

  /**
   * A required map, written in the map's order. {@code set} must copy the entries it is given (a
   * builder's {@code putAll…} does): the map is used again.
   */
  <V> ObjectCodec<T, B> map(String property, MapCodec<V> codec,
      BiConsumer<B, Map<String, V>> set, Function<T, Map<String, V>> get) {
    return requiredField(property, codec, get, (in, builder) -> codec.readInto(in, builder, set));
  }

  /** A required property, read by {@code read} into the builder. */
  private <V> ObjectCodec<T, B> requiredField(String property, Codec<V> codec, Function<T, V> get,
      BiConsumer<Decoder, B> read) {
    return add(new Field<>(property, true) {
      @Override
      void read(Decoder in, B builder) {
        read.accept(in, builder);
      }

      @Override
      void write(JsonGenerator out, T value) {
        out.writeName(serialized);
        codec.write(out, get.apply(value));
      }

      @Override
      ObjectNode schema(Schemas schemas) {
        return codec.schema(schemas);
      }
    });
  }

  <V> ObjectCodec<T, B> optional(String property, Codec<V> codec, BiConsumer<B, V> set,
      Function<T, Optional<V>> get) {
    return add(new Field<>(property, false) {
      @Override
      void read(Decoder in, B builder) {
        ifRead(codec.read(in), builder, set);
      }

      @Override
      void write(JsonGenerator out, T value) {
        Optional<V> present = get.apply(value);
        if (present.isPresent()) {
          out.writeName(serialized);
          codec.write(out, present.get());
        }
      }

      @Override
      ObjectNode schema(Schemas schemas) {
        return codec.schema(schemas);
      }
    });
  }

  ObjectCodec<T, B> optionalInt(String property, Codec<Long> codec, BiConsumer<B, Integer> set,
      Function<T, OptionalInt> get) {
    return add(new Field<>(property, false) {
      @Override
      void read(Decoder in, B builder) {
        Long value = codec.read(in);
        if (value != null) { // null: the codec reported why
          set.accept(builder, value.intValue());
        }
      }

      @Override
      void write(JsonGenerator out, T value) {
        OptionalInt present = get.apply(value);
        if (present.isPresent()) {
          out.writeName(serialized);
          out.writeNumber(present.getAsInt());
        }
      }

      @Override
      ObjectNode schema(Schemas schemas) {
        return codec.schema(schemas);
      }
    });
  }

  /**
   * A list or set; written in the collection's order, not written when empty. {@code set} must
   * copy the elements it is given (a builder's {@code addAll…} does): the list is used again.
   */
  <V> ObjectCodec<T, B> list(String property, Codec<V> codec, int maxItems,
      BiConsumer<B, List<V>> set, Function<T, Collection<V>> get) {
    ListCodec<V> list = new ListCodec<>(codec, maxItems);
    return add(new Field<>(property, false) {
      @Override
      void read(Decoder in, B builder) {
        list.readInto(in, builder, set); // set: a builder's addAll…, which copies
      }

      @Override
      void write(JsonGenerator out, T value) {
        list.writeProperty(out, serialized, get.apply(value));
      }

      @Override
      ObjectNode schema(Schemas schemas) {
        return list.schema(schemas);
      }
    });
  }

  /** A boolean with a default: always written, so that the form never depends on a default. */
  ObjectCodec<T, B> flag(String property, BiConsumer<B, Boolean> set, Predicate<T> get) {
    return add(new Field<>(property, false) {
      @Override
      void read(Decoder in, B builder) {
        ifRead(Scalars.BOOLEAN.read(in), builder, set);
      }

      @Override
      void write(JsonGenerator out, T value) {
        out.writeName(serialized);
        out.writeBoolean(get.test(value));
      }

      @Override
      ObjectNode schema(Schemas schemas) {
        return Scalars.BOOLEAN.schema(schemas);
      }
    });
  }

  private ObjectCodec<T, B> add(Field<T, B> field) {
    if (fields.size() == 64) {
      throw new IllegalStateException("an object codec has at most 64 fields");
    }
    field.index = fields.size();
    fields.add(field);
    byName.put(field.name, field);
    return this;
  }

  @Override
  public T read(Decoder in) {
    if (!in.expect(JsonToken.START_OBJECT, "an object")) {
      return null;
    }
    return readBody(in, false);
  }

  /**
   * Reads the properties up to the closing brace; the opening brace, and the reserved property if
   * {@code reservedSeen}, were read by the caller.
   */
  T readBody(Decoder in, boolean reservedSeen) {
    long before = in.problemCount();
    B builder = newBuilder.get();
    long seen = 0; // one bit a field: at most 64 fields
    boolean reservedRead = reservedSeen;
    Set<String> unknown = null;
    int count = 0;
    for (String property; (property = in.nextProperty()) != null; ) {
      if (in.tooManyProperties(++count)) {
        in.pop();
        break;
      }
      Field<T, B> field = byName.get(property);
      if (field != null) {
        long bit = 1L << field.index;
        if ((seen & bit) != 0) {
          in.duplicate(property);
        } else {
          seen |= bit;
          if (in.token() == JsonToken.VALUE_NULL) {
            in.problem("json.null", "null is not allowed: leave the property out instead");
          } else {
            field.read(in, builder);
          }
        }
      } else if (reserved.contains(property)) {
        if (!reservedRead) {
          reservedRead = true;
          in.skip(); // the caller's codec has read it already, from a buffered copy
        } else {
          in.duplicate(property);
        }
      } else {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        if (!unknown.add(property)) {
          in.duplicate(property);
        } else {
          in.unknownProperty(property, name);
        }
      }
      in.pop();
    }
    TokenStreamLocation end = null;
    for (Field<T, B> field : fields) {
      if (field.required && (seen & (1L << field.index)) == 0) {
        if (end == null) {
          end = in.location(); // only when needed: a location is an allocation
        }
        in.push(field.name);
        in.problemAt(end, "json.property.missing",
            "the required property '" + field.name + "' is missing");
        in.pop();
      }
    }
    if (in.problemCount() > before) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (InvalidValueException e) {
      in.problem(e);
      return null;
    }
  }


  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    writeFields(out, value);
    out.writeEndObject();
  }

  void writeFields(JsonGenerator out, T value) {
    for (Field<T, B> field : fields) {
      field.write(out, value);
    }
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    return schemas.ref(name, () -> describe(schemas));
  }

  /** The object's schema itself, without registering it. */
  ObjectNode describe(Schemas schemas) {
    ObjectNode schema = schemas.type("object");
    ObjectNode properties = schema.putObject("properties");
    for (Field<T, B> field : fields) {
      ObjectNode property = field.schema(schemas);
      if (constrained != null) {
        Constraints.apply(constrained, field.name, property);
      }
      properties.set(field.name, property);
      if (field.required) {
        schema.withArray("required").add(field.name);
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** One property of the object. */
  /** Sets what a codec read, unless it read nothing: then it has reported why. */
  private static <B, V> void ifRead(V value, B builder, BiConsumer<B, V> set) {
    if (value != null) {
      set.accept(builder, value);
    }
  }

  abstract static class Field<T, B> {
    final String name;
    /** The name, encoded once: writing it is then a copy. */
    final tools.jackson.core.SerializableString serialized;
    final boolean required;
    int index;

    Field(String name, boolean required) {
      this.name = name;
      this.serialized = new tools.jackson.core.io.SerializedString(name);
      this.required = required;
    }

    /** Reads the value into the builder; a bad value is reported and leaves the builder as is. */
    abstract void read(Decoder in, B builder);

    abstract void write(JsonGenerator out, T value);

    abstract ObjectNode schema(Schemas schemas);
  }
}
