package dev.attache.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes an entity with the unknown properties it was read with, each where it was. */
final class DecodedEntitySerializer extends ValueSerializer<DecodedEntity> {
  @Override
  public Class<?> handledType() {
    return DecodedEntity.class;
  }

  @Override
  public void serialize(DecodedEntity value, JsonGenerator out, SerializationContext context) {
    if (value.unknown().isEmpty()) {
      EntityCodec.INSTANCE.write(out, value.entity());
    } else {
      out.writeTree(Writing.checked(Writing.withUnknown(context.valueToTree(value.entity()),
          value.unknown()), value));
    }
  }
}
