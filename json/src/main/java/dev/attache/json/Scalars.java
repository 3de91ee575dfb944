package dev.attache.json;

import dev.attache.common.InvalidValueException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * Codecs of scalar values. Strict by construction: a string is read only from a JSON string, an
 * integer only from a JSON integer, an enum only from the exact name of a constant. Nothing is
 * coerced: not {@code "12"} to a number, not {@code 1.9} to an integer, not {@code 2} to an enum.
 */
final class Scalars {
  private Scalars() {}

  /** Any text. */
  static final Codec<String> TEXT = new Codec<>() {
    @Override
    public String read(Decoder in) {
      if (!in.expect(JsonToken.VALUE_STRING, "a string")) {
        return null;
      }
      String text = in.parser().getString();
      return in.checkText(text) ? text : null;
    }

    @Override
    public void write(JsonGenerator out, String value) {
      out.writeString(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.type("string");
    }
  };

  /** A boolean. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(Decoder in) {
      JsonToken token = in.token();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      in.mismatch("true or false");
      return null;
    }

    @Override
    public void write(JsonGenerator out, Boolean value) {
      out.writeBoolean(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return schemas.type("boolean");
    }
  };

  /** An integer within a range. */
  static Codec<Long> integer(long min, long max) {
    return new Codec<>() {
      @Override
      public Long read(Decoder in) {
        if (!in.expect(JsonToken.VALUE_NUMBER_INT, "an integer")) {
          return null;
        }
        JsonParser parser = in.parser();
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER) {
          BigInteger big = parser.getBigIntegerValue();
          in.problem("json.number.range", "the integer is outside " + min + ".." + max, big);
          return null;
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
          in.problem("json.number.range", "the integer is outside " + min + ".." + max, value);
          return null;
        }
        return value;
      }

      @Override
      public void write(JsonGenerator out, Long value) {
        out.writeNumber(value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schemas.type("integer").put("minimum", min).put("maximum", max);
      }
    };
  }

  /** An enum constant, by its exact name. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String names = String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
    String expected = "one of " + names; // once: an enum is read for nearly every entity
    // each constant's name encoded once: writing it is then a copy
    tools.jackson.core.SerializableString[] encoded =
        new tools.jackson.core.SerializableString[constants.length];
    for (E constant : constants) {
      encoded[constant.ordinal()] = new tools.jackson.core.io.SerializedString(constant.name());
    }
    return new Codec<>() {
      @Override
      public E read(Decoder in) {
        if (!in.expect(JsonToken.VALUE_STRING, expected)) {
          return null;
        }
        String text = in.parser().getString();
        for (E constant : constants) {
          if (constant.name().equals(text)) {
            return constant;
          }
        }
        in.problem("json.enum", "unknown value " + InvalidValueException.quote(text)
            + ": expected " + expected, text);
        return null;
      }

      @Override
      public void write(JsonGenerator out, E value) {
        out.writeString(encoded[value.ordinal()]);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schemas.ref(type.getSimpleName(), () -> {
          ObjectNode schema = schemas.type("string");
          Arrays.stream(constants).forEach(c -> schema.withArray("enum").add(c.name()));
          return schema;
        });
      }
    };
  }

  /**
   * A value with a text form: read from a JSON string by {@code parse}, written by
   * {@code toString}. A parse failure is reported with the value's own code.
   */
  static <T> Codec<T> parsed(String name, Function<String, T> parse,
      Function<Schemas, ObjectNode> schema) {
    return new Codec<>() {
      @Override
      public T read(Decoder in) {
        if (!in.expect(JsonToken.VALUE_STRING, "a string")) {
          return null;
        }
        try {
          return parse.apply(in.parser().getString());
        } catch (InvalidValueException e) {
          in.problem(e.getCode(), e.getMessage(), in.parser().getString());
          return null;
        } catch (IllegalArgumentException e) {
          in.problem("json.value", "invalid " + name + ": " + e.getMessage(),
              in.parser().getString());
          return null;
        }
      }

      @Override
      public void write(JsonGenerator out, T value) {
        out.writeString(value.toString());
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schemas.ref(name, () -> schema.apply(schemas));
      }
    };
  }
}
