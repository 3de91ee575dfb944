package dev.attache.json;

import dev.attache.common.InvalidValueException;
import dev.attache.model.Entity;
import dev.attache.model.Ref;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleKeyDeserializers;

/**
 * Map keys of the model's text-form values, each read by the value's own parser. An id's key is
 * read as its value is ({@link RefDeserializer}): of the kind its type argument names
 * ({@code Map<Ref<Agreement>, …>} refuses {@code "org:undp"} with {@code id.kind}).
 */
final class ModelKeyDeserializers extends SimpleKeyDeserializers {
  private static final long serialVersionUID = 1L;

  /** A key read by a parser, its problem a {@link JsonDecodingException}. */
  static KeyDeserializer of(Function<String, ?> parse) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        try {
          return parse.apply(key);
        } catch (InvalidValueException e) {
          throw new JsonDecodingException(context.getParser(), List.of(Problem.of("",
              e.getCode(), e.getMessage(), key)));
        }
      }
    };
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier description) {
    if (type.getRawClass() == Ref.class && type.containedTypeCount() == 1) {
      Class<?> argument = type.containedType(0).getRawClass();
      if (argument != Entity.class && Entity.class.isAssignableFrom(argument)) {
        return of(text -> Ref.parse((Class) argument, text));
      }
    }
    return super.findKeyDeserializer(type, config, description);
  }
}
