package dev.attache.json;

import dev.attache.common.Entity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An entity as it was decoded, with the properties this version does not know (lenient mode
 * only), so that writing it back loses nothing.
 *
 * @param entity the entity
 * @param unknown the unknown properties, by JSON Pointer relative to the entity, in input order;
 *     empty in strict mode
 */
public record DecodedEntity(Entity entity, Map<String, JsonNode> unknown) {
  public DecodedEntity {
    unknown = unknown.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
  }

  /** An entity with nothing unknown. */
  public static DecodedEntity of(Entity entity) {
    return new DecodedEntity(entity, Map.of());
  }
}
