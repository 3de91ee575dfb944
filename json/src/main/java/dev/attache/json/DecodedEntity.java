package dev.attache.json;

import dev.attache.model.Entity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An entity as it was decoded, with the properties this version does not know (kept by
 * {@link AttacheJson#lenient()} reading, or by an {@link AttacheModule} with
 * {@link UnknownProperties#KEEP}), so that writing it back loses nothing. As a Jackson value
 * (through {@link AttacheModule}) it reads an entity of any kind and writes the entity with its
 * unknown properties where they were. Immutable and thread-safe, but for the
 * {@link JsonNode} trees of the unknown properties, which are not copied.
 *
 * @param entity the entity
 * @param unknown the unknown properties, by JSON Pointer relative to the entity, in input order;
 *     empty in strict mode
 */
public record DecodedEntity(Entity entity, Map<String, JsonNode> unknown) {
  /**
   * Creates a decoded entity, copying the unknown properties into an unmodifiable map, each under
   * a JSON Pointer to a property. Writing refuses one that would not read back as unknown: a
   * property the model has (a name in a {@code byLanguage} map included), or one with no object
   * of the entity to go in; a writer never drops nor merges one silently.
   *
   * @param entity the entity, not null
   * @param unknown the unknown properties, by JSON Pointer relative to the entity, not null
   * @throws IllegalArgumentException if a pointer is not a pointer to a property
   */
  public DecodedEntity {
    java.util.Objects.requireNonNull(entity, "entity");
    unknown.forEach((pointer, value) -> {
      java.util.Objects.requireNonNull(value, "the value of an unknown property");
      Writing.checkUnknownPointer(pointer);
    });
    unknown = unknown.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
  }

  /**
   * An entity with nothing unknown.
   *
   * @param entity the entity, not null
   * @return the entity with no unknown properties, not null
   */
  public static DecodedEntity of(Entity entity) {
    return new DecodedEntity(entity, Map.of());
  }
}
