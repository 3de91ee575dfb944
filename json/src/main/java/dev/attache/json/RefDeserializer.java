package dev.attache.json;

import dev.attache.common.InvalidValueException;
import dev.attache.model.Entity;
import dev.attache.model.Ref;
import dev.attache.validation.Problem;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * An id read from its text. Where the declared type names the kind ({@code Ref<Agreement>}), the
 * id must be of that kind ({@code id.kind}); a wildcard or raw {@code Ref} takes any kind.
 */
@SuppressWarnings("rawtypes")
final class RefDeserializer extends ValueDeserializer<Ref> {
  private final Class<? extends Entity> type;

  RefDeserializer(Class<? extends Entity> type) {
    this.type = type;
  }

  @Override
  public Class<?> handledType() {
    return Ref.class;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueDeserializer<?> createContextual(DeserializationContext context,
      BeanProperty property) {
    JavaType declared = context.getContextualType();
    if (declared == null && property != null) {
      declared = property.getType();
    }
    if (declared != null && declared.containedTypeCount() == 1) {
      Class<?> argument = declared.containedType(0).getRawClass();
      if (argument != Entity.class && Entity.class.isAssignableFrom(argument)) {
        return new RefDeserializer((Class<? extends Entity>) argument);
      }
    }
    return this;
  }

  @Override
  public Ref deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw new JsonDecodingException(parser, List.of(Problem.of("", "json.type",
          "expected an id (kind:slug), got " + Decoder.describe(parser.currentToken()))));
    }
    String text = parser.getString();
    try {
      return type == null ? Ref.parse(text) : Ref.parse(type, text);
    } catch (InvalidValueException e) {
      throw new JsonDecodingException(parser, List.of(Problem.of("", e.getCode(), e.getMessage(),
          text)));
    }
  }

  @Override
  public Ref getNullValue(DeserializationContext context) {
    if (!Decoder.saysNull(context)) {
      return null; // left out of a user's type: absent, or an empty Optional, for it to judge
    }
    throw new JsonDecodingException(context.getParser(), List.of(Problem.of("", "json.null",
        "null is not allowed: expected an id; leave it out instead")));
  }
}
