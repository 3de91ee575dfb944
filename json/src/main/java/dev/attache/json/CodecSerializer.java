package dev.attache.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** A Jackson serializer that writes through a {@link Codec}. */
final class CodecSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializationContext context) {
    codec.write(out, value);
  }
}
