package dev.attache.json;

import dev.attache.validation.Distinct;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the model's own limits into the JSON Schema: the Jakarta constraints on a getter
 * ({@code @Size}, {@code @NonBlank}, {@code @Distinct}, on the value or on the elements of a
 * list or map) become {@code minLength}/{@code maxLength}, {@code minItems}/{@code maxItems},
 * {@code maxProperties}, {@code uniqueItems}. One source of truth: the schema accepts what the
 * model accepts, within what the parser accepts.
 */
final class Constraints {
  private Constraints() {}

  /** Narrows a property's schema by the constraints of its getter on {@code type}, if any. */
  static void apply(Class<?> type, String property, ObjectNode schema) {
    Method getter = getter(type, property);
    if (getter == null) {
      return;
    }
    AnnotatedType declared = getter.getAnnotatedReturnType();
    Class<?> raw = getter.getReturnType();
    if (raw == java.util.Optional.class) { // the constraints are on the value inside
      apply(argument(declared, 0), schema);
      return;
    }
    applyTo(getter, schema);
    if (java.util.Collection.class.isAssignableFrom(raw) && schema.has("items")) {
      apply(argument(declared, 0), (ObjectNode) schema.get("items"));
    } else if (java.util.Map.class.isAssignableFrom(raw)) {
      JsonNode values = schema.get("additionalProperties");
      if (values instanceof ObjectNode valueSchema) {
        apply(argument(declared, 1), valueSchema);
      }
      AnnotatedType key = argument(declared, 0);
      Size size = key == null ? null : key.getAnnotation(Size.class);
      if (size != null && size.max() < Integer.MAX_VALUE) {
        schema.putObject("propertyNames").put("maxLength", size.max());
      }
    }
  }

  private static void apply(AnnotatedType type, ObjectNode schema) {
    if (type != null) {
      applyTo(type, schema);
    }
  }

  private static void applyTo(AnnotatedElement element, ObjectNode schema) {
    String kind = schema.path("type").asString("");
    Size size = element.getAnnotation(Size.class);
    if (size != null) {
      switch (kind) {
        case "string" -> bound(schema, "minLength", size.min(), "maxLength", size.max());
        case "array" -> bound(schema, "minItems", size.min(), "maxItems", size.max());
        case "object" -> bound(schema, "minProperties", size.min(), "maxProperties", size.max());
        default -> { } // a value of the model's own (a $ref): bounded by its own definition
      }
    }
    if (element.isAnnotationPresent(NonBlank.class) && kind.equals("string")
        && schema.path("minLength").asInt(0) < 1) {
      schema.put("minLength", 1);
    }
    if (element.isAnnotationPresent(Distinct.class) && kind.equals("array")) {
      schema.put("uniqueItems", true);
    }
  }

  /** Sets a lower bound above zero, and an upper bound tighter than the one already there. */
  private static void bound(ObjectNode schema, String minName, int min, String maxName, int max) {
    if (min > 0) {
      schema.put(minName, Math.max(min, schema.path(minName).asInt(0)));
    }
    if (max < Integer.MAX_VALUE) {
      JsonNode current = schema.get(maxName);
      schema.put(maxName, current == null ? max : Math.min(max, current.asInt()));
    }
  }

  private static AnnotatedType argument(AnnotatedType type, int index) {
    if (type instanceof AnnotatedParameterizedType parameterized
        && parameterized.getAnnotatedActualTypeArguments().length > index) {
      return parameterized.getAnnotatedActualTypeArguments()[index];
    }
    return null;
  }

  /** The JavaBeans getter of a property: {@code getTitle}, {@code isSingleHolder}. */
  static Method getter(Class<?> type, String property) {
    String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String name : new String[] {"get" + suffix, "is" + suffix}) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        // try the other form
      }
    }
    return null;
  }
}
