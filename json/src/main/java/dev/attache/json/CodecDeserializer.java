package dev.attache.json;

import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A Jackson deserializer that reads through a {@link Codec}, collects every problem of the value
 * and throws them together as a {@link JsonDecodingException}, so Jackson adds the path of the
 * enclosing value. Unknown properties are dealt with as the module's {@link UnknownProperties}
 * says; a bare value has no place to keep them.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;
  private final boolean validate;
  private final UnknownProperties unknown;

  CodecDeserializer(Class<T> type, Codec<T> codec, boolean validate, UnknownProperties unknown) {
    this.type = type;
    this.codec = codec;
    this.validate = validate;
    this.unknown = unknown;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ProblemLog problems = new ProblemLog();
    Decoder in = new Decoder(parser, false, problems, "", 0, null)
        .handlingUnknown((decoder, property, owner) ->
            unknown.handle(decoder, property, owner, context, this, type, false));
    TokenStreamLocation start = parser.currentTokenLocation();
    T value = codec.read(in);
    in.takeUnknown();
    if (value != null && validate) {
      for (Problem problem : AttacheValidator.standard().validate(value)) {
        problems.add(in.locate(problem, start));
      }
    }
    if (!problems.isEmpty()) {
      throw new JsonDecodingException(parser, problems.list());
    }
    return value;
  }

  /**
   * Refuses {@code null} where a value of the model is expected ({@code {"price":null}},
   * {@code [null]}): the model has no null values. A value left out of a user's type is
   * {@code null} there, or an empty {@code Optional}.
   */
  @Override
  public T getNullValue(DeserializationContext context) {
    if (!Decoder.saysNull(context)) {
      return null; // left out of a user's type: absent, or an empty Optional, for it to judge
    }
    throw new JsonDecodingException(context.getParser(), List.of(Problem.of("", "json.null",
        "null is not allowed: expected " + Decoder.article(type.getSimpleName())
        + "; leave it out instead")));
  }
}
