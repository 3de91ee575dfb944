package dev.attache.postgres;

import dev.attache.model.Entity;
import java.time.Instant;
import java.util.Objects;

/**
 * An entity as the store holds it: with its version, to write it back with
 * {@link EntityStore#put(Entity, long)}, and the time it was written.
 *
 * @param <T> the entity type
 * @param entity the entity
 * @param version its version: 1 when first written, one more with each change
 * @param changedAt when this version was written
 */
public record Versioned<T extends Entity>(T entity, long version, Instant changedAt) {
  /**
   * Creates a versioned entity.
   *
   * @param entity the entity, not null
   * @param version its version, positive
   * @param changedAt when this version was written, not null
   */
  public Versioned {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
