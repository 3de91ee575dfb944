package dev.attache.json;

import dev.attache.model.Ref;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** An id written as its text, {@code "org:undp"}, whatever its type argument. */
@SuppressWarnings("rawtypes")
final class RefSerializer extends ValueSerializer<Ref> {
  @Override
  public Class<?> handledType() {
    return Ref.class;
  }

  @Override
  public void serialize(Ref value, JsonGenerator out, SerializationContext context) {
    out.writeString(value.toString());
  }
}
