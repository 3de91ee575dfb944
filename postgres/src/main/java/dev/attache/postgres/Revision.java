package dev.attache.postgres;

import dev.attache.model.Entity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an entity in its history ({@link EntityStore#history}): what it was, or that it
 * was deleted, and when.
 *
 * @param version the version, from 1
 * @param changedAt when this version was written, or the entity deleted
 * @param entity the entity as it was; empty for a deletion
 */
public record Revision(long version, Instant changedAt, Optional<Entity> entity) {
  /**
   * Creates a revision.
   *
   * @param version the version, positive
   * @param changedAt when it was written, not null
   * @param entity the entity, or empty for a deletion; not null
   */
  public Revision {
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(entity, "entity");
  }

  /**
   * True if this revision is the entity's deletion.
   *
   * @return true if there is no entity
   */
  public boolean isDeletion() {
    return entity.isEmpty();
  }
}
