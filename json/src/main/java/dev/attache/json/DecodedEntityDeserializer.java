package dev.attache.json;

import dev.attache.model.Entity;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an entity of any kind, told apart by its {@code type}, with the unknown properties the
 * module's {@link UnknownProperties#KEEP} keeps: the lossless path for a service that stores and
 * returns documents of a later format version.
 */
final class DecodedEntityDeserializer extends ValueDeserializer<DecodedEntity> {
  private final boolean validate;
  private final UnknownProperties unknown;

  DecodedEntityDeserializer(boolean validate, UnknownProperties unknown) {
    this.validate = validate;
    this.unknown = unknown;
  }

  @Override
  public Class<?> handledType() {
    return DecodedEntity.class;
  }

  @Override
  public DecodedEntity deserialize(JsonParser parser, DeserializationContext context) {
    ProblemLog problems = new ProblemLog();
    Decoder in = new Decoder(parser, false, problems, "", 0, null)
        .handlingUnknown((decoder, property, owner) ->
            unknown.handle(decoder, property, owner, context, this, DecodedEntity.class, true));
    TokenStreamLocation start = parser.currentTokenLocation();
    in.beginEntity();
    Entity entity = EntityCodec.INSTANCE.read(in);
    Map<String, JsonNode> kept = in.takeUnknown();
    if (entity != null && validate && problems.isEmpty()) {
      for (Problem problem : AttacheValidator.standard().validate(entity)) {
        problems.add(in.locate(problem, start));
      }
    }
    if (!problems.isEmpty()) {
      throw new JsonDecodingException(parser, problems.list());
    }
    return entity == null ? null : new DecodedEntity(entity, kept);
  }

  @Override
  public DecodedEntity getNullValue(DeserializationContext context) {
    if (!Decoder.saysNull(context)) {
      return null; // left out of a user's type: absent, or an empty Optional, for it to judge
    }
    throw new JsonDecodingException(context.getParser(), List.of(Problem.of("", "json.null",
        "null is not allowed: expected an entity; leave it out instead")));
  }
}
