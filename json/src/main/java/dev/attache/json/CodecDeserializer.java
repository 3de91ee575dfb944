package dev.attache.json;

import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.ValueDeserializer;

/**
 * A Jackson deserializer that reads through a {@link Codec}, collects every problem of the value
 * and throws them together as a {@link JsonDecodingException}, so Jackson adds the path of the
 * enclosing value. Unknown properties go through the mapper's own handling (problem handlers,
 * then {@code FAIL_ON_UNKNOWN_PROPERTIES}); use {@link AttacheJson} in lenient mode to keep them.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;
  private final boolean validate;

  CodecDeserializer(Class<T> type, Codec<T> codec, boolean validate) {
    this.type = type;
    this.codec = codec;
    this.validate = validate;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    ProblemLog problems = new ProblemLog();
    Decoder in = new Decoder(parser, false, problems, "", 0, null)
        .handlingUnknown((decoder, property, owner) -> unknown(context, decoder, property, owner));
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
   * A property of the model's value that the format does not have goes through the mapper's own
   * handling, as a property of a bean would: its problem handlers first, then
   * {@code FAIL_ON_UNKNOWN_PROPERTIES}, which makes it a {@code json.property.unknown} problem
   * among the others of the value, else it is skipped.
   */
  private void unknown(DeserializationContext context, Decoder in, String property,
      String owner) {
    try {
      if (!context.handleUnknownProperty(in.parser(), this, type, property)) {
        in.skip();
      }
    } catch (UnrecognizedPropertyException e) {
      in.problem("json.property.unknown", "unknown property '" + property + "' in " + owner);
      in.skip();
    }
  }

  /**
   * Refuses {@code null} where a value of the model is expected ({@code {"price":null}},
   * {@code [null]}): the model has no null values; an absent value is left out, or is an empty
   * {@code Optional}, which Jackson's own deserializers handle before asking this one.
   */
  @Override
  public T getNullValue(DeserializationContext context) {
    throw new JsonDecodingException(context.getParser(), List.of(Problem.of("", "json.null",
        "null is not allowed: expected a " + type.getSimpleName() + "; leave it out instead")));
  }
}
