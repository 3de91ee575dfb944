package dev.attache.json;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What {@link AttacheModule} does with a property that a value of the model does not have, such
 * as one written by a later version of the format.
 */
public enum UnknownProperties {
  /**
   * As the mapper does for its own beans: its {@code DeserializationProblemHandler}s first, then
   * {@code FAIL_ON_UNKNOWN_PROPERTIES} (a {@code json.property.unknown} problem), else skipped.
   * The default of the module that {@code ServiceLoader} makes, like any Jackson module's.
   */
  FOLLOW_MAPPER,
  /** A {@code json.property.unknown} problem among the others of the value. */
  FAIL,
  /** Skipped: read and dropped. The value cannot be written back as it came. */
  IGNORE,
  /**
   * Kept, for writing back unchanged, where the target can hold them: a {@link DecodedEntity}.
   * Anything else (an {@code Agreement}, a building block) has no place for them, so they are a
   * {@code json.property.unknown} problem there rather than silently lost.
   */
  KEEP;

  /** Deals with one unknown property, the decoder on its value. */
  void handle(Decoder in, String property, String owner, DeserializationContext context,
      ValueDeserializer<?> deserializer, Class<?> type, boolean canKeep) {
    switch (this) {
      case FOLLOW_MAPPER -> {
        try {
          if (!context.handleUnknownProperty(in.parser(), deserializer, type, property)) {
            in.skip();
          }
        } catch (UnrecognizedPropertyException e) {
          fail(in, property, owner, "");
        }
      }
      case FAIL -> fail(in, property, owner, "");
      case IGNORE -> in.skip();
      case KEEP -> {
        if (canKeep) {
          in.keepUnknown();
        } else {
          fail(in, property, owner, " (kept only when reading a DecodedEntity)");
        }
      }
    }
  }

  private static void fail(Decoder in, String property, String owner, String hint) {
    in.problem("json.property.unknown", "unknown property '" + property + "' in " + owner + hint);
    in.skip();
  }
}
